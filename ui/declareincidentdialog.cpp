#include "declareincidentdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace qd {

DeclareIncidentDialog::DeclareIncidentDialog(const QString &environment, bool drill, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_environment(new QLineEdit(environment, this))
    , m_drill(new QCheckBox(tr("A drill, not a real incident"), this))
{
    setObjectName(QStringLiteral("declareIncidentDialog"));
    setWindowTitle(tr("Declare an incident"));
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setPlaceholderText(tr("What is wrong, in a few words: “Trade service down”"));
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    for (const Incident::Severity s : {Incident::Severity::Sev1, Incident::Severity::Sev2, Incident::Severity::Sev3, Incident::Severity::Sev4})
        m_severity->addItem(QStringLiteral("%1 — %2").arg(Incident::severityName(s), Incident::severityWord(s)), int(s));
    m_severity->setCurrentIndex(1);   // SEV2: bad enough to declare, not yet the worst
    m_drill->setChecked(drill);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_declare = buttons->addButton(tr("&Declare"), QDialogButtonBox::AcceptRole);
    m_declare->setDefault(true);
    m_declare->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &t) { m_declare->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(QString(), m_drill);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

Incident DeclareIncidentDialog::draft() const
{
    Incident i;
    i.title = m_title->text().trimmed();
    i.severity = Incident::Severity(m_severity->currentData().toInt());
    i.environment = m_environment->text().trimmed();
    i.drill = m_drill->isChecked();
    return i;
}

} // namespace qd
