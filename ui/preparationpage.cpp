#include "preparationpage.h"

#include "rollbacksession.h"
#include "rollbackwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace qd {

PreparationPage::PreparationPage(RollbackWizard *wizard)
    : m_wizard(wizard)
    , m_cautions(new QLabel(this))
    , m_list(new QVBoxLayout)
    , m_safetyWarning(new QLabel(this))
    , m_safety(new QLineEdit(this))
    , m_safetySteps(new QComboBox(this))
    , m_runSafety(new QPushButton(tr("Run it &now"), this))
    , m_safetyResult(new QLabel(this))
{
    setTitle(tr("Preparation"));
    setSubTitle(tr("Before anything changes: the runbook's preparation, ticked item by item."));
    m_cautions->setWordWrap(true);
    m_cautions->setTextFormat(Qt::RichText);
    auto *group = new QGroupBox(tr("Preparation checklist"), this);
    group->setLayout(m_list);
    m_safetyWarning->setWordWrap(true);
    m_safetyWarning->setTextFormat(Qt::RichText);
    m_safety->setObjectName(QStringLiteral("safetyCopy"));
    m_safety->setPlaceholderText(tr("Where the safety copy is (recorded), e.g. /var/backups/pre-rollback.dump"));
    connect(m_safety, &QLineEdit::textChanged, this, &PreparationPage::completeChanged);
    m_safetySteps->setObjectName(QStringLiteral("safetySteps"));
    m_runSafety->setObjectName(QStringLiteral("runSafety"));
    m_safetyResult->setObjectName(QStringLiteral("safetyResult"));
    m_safetyResult->setWordWrap(true);
    auto *offer = new QHBoxLayout;
    offer->addWidget(m_safetySteps, 1);
    offer->addWidget(m_runSafety);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cautions);
    layout->addWidget(group);
    layout->addWidget(m_safetyWarning);
    layout->addLayout(offer);
    layout->addWidget(m_safetyResult);
    layout->addWidget(m_safety);
    layout->addStretch(1);

    RollbackSession *session = wizard->session();
    connect(m_runSafety, &QPushButton::clicked, this, [this, session] {
        const int i = m_safetySteps->currentIndex();
        if (i < 0 || i >= m_candidates.size())
            return;
        QString why;
        if (!session->runSafetyStep(m_candidates.at(i).step, m_candidates.at(i).procedure, &why)) {
            m_safetyResult->setText(why);
            return;
        }
        m_runSafety->setEnabled(false);
        m_safetyResult->setText(tr("Running…"));
    });
    connect(session, &RollbackSession::safetyFinished, this, [this](const StepResult &r) {
        m_runSafety->setEnabled(true);
        m_safetyTaken = m_safetyTaken || r.succeeded();
        const QString tail = r.output.trimmed().section(u'\n', -3);
        m_safetyResult->setText(r.succeeded() ? tr("Safety copy taken (exit 0).\n%1").arg(tail)
                                              : tr("It did not succeed (exit %1): %2").arg(r.exitCode).arg(tail.isEmpty() ? r.error : tail));
        m_safetyResult->setStyleSheet(r.succeeded() ? QStringLiteral("color:#2e7d32") : QStringLiteral("color:#c62828"));
        emit completeChanged();
    });
}

bool PreparationPage::asksForSafetyCopy() const
{
    const QList<PlannedStep> &steps = m_wizard->session()->steps();
    static const QRegularExpression safety(QStringLiteral("backup|safety|snapshot|pg_dump|dump|copy|archive"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const PlannedStep &p : steps) {
        if (p.step.destructive())
            return true;   // reached a destructive step with nothing safe before it
        if (safety.match(p.step.label).hasMatch() || safety.match(p.command).hasMatch())
            return false;
    }
    return false;
}

void PreparationPage::initializePage()
{
    RollbackSession *session = m_wizard->session();
    const Runbook::Procedure &proc = session->procedure();
    QStringList cautions;
    for (const QString &c : proc.cautions)
        cautions.append(QStringLiteral("<span style='color:#c62828'><b>%1</b></span>").arg(c.toHtmlEscaped()));
    m_cautions->setText(cautions.join(QStringLiteral("<br>")));
    m_cautions->setVisible(!cautions.isEmpty());

    qDeleteAll(m_items);
    m_items.clear();
    while (QLayoutItem *item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The runbook's own preparation: a procedure named so, beside this one.
    for (const Runbook &rb : m_wizard->inputs().runbooks) {
        if (rb.path != session->runbookPath())
            continue;
        for (const Runbook::Procedure &p : rb.procedures) {
            if (!p.name.contains(QStringLiteral("prepar"), Qt::CaseInsensitive) || p.name == proc.name)
                continue;
            for (const RunbookStep &s : p.steps) {
                if (s.kind == RunbookStep::Kind::Command)
                    continue;
                const QString text = s.label.isEmpty() ? s.text : s.label + QStringLiteral(": ") + s.text.section(u':', 1).trimmed();
                auto *box = new QCheckBox(text.simplified());
                box->setObjectName(QStringLiteral("prep%1").arg(m_items.size()));
                box->setChecked(s.checked);
                connect(box, &QCheckBox::toggled, this, &PreparationPage::completeChanged);
                m_list->addWidget(box);
                m_items.append(box);
            }
        }
    }
    if (m_items.isEmpty())
        m_list->addWidget(new QLabel(tr("The runbook has no preparation checklist.")));

    const bool ask = asksForSafetyCopy();
    m_askSafety = ask;
    m_safetyWarning->setVisible(ask);
    m_safety->setVisible(ask);
    // The runbook's own safety steps elsewhere (its preparation, say),
    // offered to run now instead of by hand.
    m_candidates.clear();
    m_safetySteps->clear();
    static const QRegularExpression safetyWords(QStringLiteral("backup|safety|snapshot|pg_dump|\\bdump"),
                                                QRegularExpression::CaseInsensitiveOption);
    for (const Runbook &rb : m_wizard->inputs().runbooks) {
        if (!ask || rb.path != session->runbookPath())
            continue;
        for (const Runbook::Procedure &p : rb.procedures) {
            if (p.name == proc.name)
                continue;
            for (const RunbookStep &st : p.steps)
                if (st.kind == RunbookStep::Kind::Command && st.runner == RunbookStep::Runner::Bash && !st.destructive()
                    && (safetyWords.match(st.label).hasMatch())) {
                    m_candidates.append({st, p.name});
                    m_safetySteps->addItem(tr("%1 (from %2)").arg(st.label, p.name));
                }
        }
    }
    m_safetySteps->setVisible(ask && !m_candidates.isEmpty());
    m_runSafety->setVisible(ask && !m_candidates.isEmpty());
    m_safetyResult->setVisible(ask);
    m_safetyResult->clear();
    if (ask) {
        int first = 0;
        while (first < session->steps().size() && !session->steps().at(first).step.destructive())
            ++first;
        const PlannedStep &p = session->steps().at(first);
        m_safetyWarning->setText(tr("<b style='color:#c62828'>No step takes a backup or safety copy before step %1 (%2), which is "
                                    "destructive.</b> Run the runbook's own safety step below, or take one by hand and say where "
                                    "it is:")
                                     .arg(p.number)
                                     .arg((p.step.label.isEmpty() ? p.command.section(u'\n', 0, 0) : p.step.label).toHtmlEscaped()));
    }
    emit completeChanged();
}

bool PreparationPage::isComplete() const
{
    for (const QCheckBox *box : m_items)
        if (!box->isChecked())
            return false;
    return !m_askSafety || m_safetyTaken || !m_safety->text().trimmed().isEmpty();
}

bool PreparationPage::validatePage()
{
    QJsonArray ticked;
    for (const QCheckBox *box : std::as_const(m_items))
        ticked.append(box->text());
    QJsonObject data{{QStringLiteral("action"), QStringLiteral("preparation")}, {QStringLiteral("checklist"), ticked}};
    QString text = tr("Preparation done: %n checklist item(s) ticked", nullptr, int(ticked.size()));
    if (m_askSafety && !m_safety->text().trimmed().isEmpty()) {
        data.insert(QStringLiteral("safetyCopy"), m_safety->text().trimmed());
        text += tr("; safety copy at %1").arg(m_safety->text().trimmed());
    } else if (m_safetyTaken) {
        text += tr("; safety step run");
    }
    m_wizard->session()->recordEvent(QStringLiteral("runbook"), text, data);
    return true;
}

} // namespace qd
