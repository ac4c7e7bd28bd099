#include "verificationpage.h"

#include "heartbeatmodel.h"
#include "rollbacksession.h"
#include "rollbackwizard.h"
#include "servicetablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qd {

VerificationPage::VerificationPage(RollbackWizard *wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_checks(new QTreeWidget(this))
    , m_accept(new QCheckBox(tr("Accept as it is, though not everything is green"), this))
    , m_reason(new QLineEdit(this))
{
    setTitle(tr("Verification"));
    setSubTitle(tr("The profile's health and heartbeat checks, live: all of them must be green."));
    m_summary->setTextFormat(Qt::RichText);
    m_checks->setObjectName(QStringLiteral("verificationChecks"));
    m_checks->setHeaderLabels({tr("Check"), tr("State"), tr("Detail")});
    m_checks->setRootIsDecorated(true);
    m_checks->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_accept->setObjectName(QStringLiteral("acceptAsIs"));
    m_reason->setObjectName(QStringLiteral("acceptReason"));
    m_reason->setPlaceholderText(tr("Why (recorded)"));
    auto *checkNow = new QPushButton(tr("Check &now (F5)"), this);
    auto *key = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(checkNow, &QPushButton::clicked, wizard, &RollbackWizard::checkNowRequested);
    connect(key, &QShortcut::activated, wizard, &RollbackWizard::checkNowRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(checkNow);
    auto *accept = new QHBoxLayout;
    accept->addWidget(m_accept);
    accept->addWidget(m_reason, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_checks, 1);
    layout->addLayout(accept);
    connect(m_accept, &QCheckBox::toggled, this, &VerificationPage::completeChanged);
    connect(m_reason, &QLineEdit::textChanged, this, &VerificationPage::completeChanged);
    for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(wizard->inputs().services),
                                  static_cast<QAbstractItemModel *>(wizard->inputs().heartbeats)}) {
        if (!m)
            continue;
        connect(m, &QAbstractItemModel::dataChanged, this, &VerificationPage::refresh);
        connect(m, &QAbstractItemModel::modelReset, this, &VerificationPage::refresh);
        connect(m, &QAbstractItemModel::rowsInserted, this, &VerificationPage::refresh);
    }
}

void VerificationPage::initializePage()
{
    refresh();
}

void VerificationPage::refresh()
{
    const RollbackInputs &in = m_wizard->inputs();
    m_checks->clear();
    m_green = 0;
    m_total = 0;
    const QColor green(0x2e, 0x7d, 0x32), red(0xc6, 0x28, 0x28);
    if (ServiceTableModel *services = in.services) {
        auto *group = new QTreeWidgetItem(m_checks, {tr("Services")});
        for (int r = 0; r < services->rowCount(); ++r) {
            const ServiceStatus &st = services->status(r);
            const bool up = st.state == ServiceState::Up;
            auto *item = new QTreeWidgetItem(group, {services->spec(r).name, serviceStateName(st.state), st.message});
            item->setForeground(1, up ? green : red);
            m_green += up;
            ++m_total;
        }
    }
    if (HeartbeatModel *heartbeats = in.heartbeats) {
        auto *group = new QTreeWidgetItem(m_checks, {tr("Heartbeats")});
        for (int r = 0; r < heartbeats->rowCount(); ++r) {
            const HeartbeatLevel level = heartbeats->level(r);
            const bool fresh = level == HeartbeatLevel::Fresh;
            auto *item = new QTreeWidgetItem(group, {heartbeats->spec(r).name, heartbeatLevelName(level),
                                                     heartbeats->index(r, HeartbeatModel::AgeColumn).data().toString()});
            item->setForeground(1, fresh ? green : red);
            m_green += fresh;
            ++m_total;
        }
    }
    // The procedure's SQL checks run against the profile's database, which
    // needs the connection and keychain work not built yet: listed, honestly.
    auto *sql = new QTreeWidgetItem(m_checks, {tr("SQL checks")});
    for (const PlannedStep &p : m_wizard->session()->steps())
        if (RollbackSession::runsAtVerification(p))
            new QTreeWidgetItem(sql, {p.step.label.isEmpty() ? p.command.section(u'\n', 0, 0) : p.step.label, tr("not run"),
                                      tr("the database connection is not built yet: run it by hand")});
    if (sql->childCount() == 0)
        delete sql;
    m_checks->expandAll();
    m_checks->resizeColumnToContents(0);
    m_checks->resizeColumnToContents(1);
    m_summary->setText(allGreen() ? tr("<b style='color:#2e7d32'>All %1 checks green.</b>").arg(m_total)
                                  : tr("<b style='color:#c62828'>%1 of %2 checks green.</b> Waiting for the rest…").arg(m_green).arg(m_total));
    m_accept->setVisible(!allGreen());
    m_reason->setVisible(!allGreen());
    emit completeChanged();
}

bool VerificationPage::allGreen() const
{
    return m_total > 0 && m_green == m_total;
}

bool VerificationPage::isComplete() const
{
    return allGreen() || (m_accept->isChecked() && !m_reason->text().trimmed().isEmpty());
}

bool VerificationPage::validatePage()
{
    QJsonArray red;
    for (int g = 0; g < m_checks->topLevelItemCount(); ++g)
        for (int i = 0; i < m_checks->topLevelItem(g)->childCount(); ++i) {
            const QTreeWidgetItem *item = m_checks->topLevelItem(g)->child(i);
            if (item->foreground(1).color() != QColor(0x2e, 0x7d, 0x32))
                red.append(QStringLiteral("%1: %2").arg(item->text(0), item->text(1)));
        }
    QJsonObject data{{QStringLiteral("action"), QStringLiteral("verification")},
                     {QStringLiteral("green"), m_green},
                     {QStringLiteral("total"), m_total},
                     {QStringLiteral("notGreen"), red}};
    QString text = tr("Verification: %1 of %2 checks green").arg(m_green).arg(m_total);
    if (!allGreen()) {
        data.insert(QStringLiteral("acceptedBecause"), m_reason->text().trimmed());
        text += tr("; accepted as it is: %1").arg(m_reason->text().trimmed());
    }
    m_wizard->session()->recordEvent(QStringLiteral("verification"), text, data, true);
    return true;
}

} // namespace qd
