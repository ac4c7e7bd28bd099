#include "verificationpage.h"

#include "heartbeatmodel.h"
#include "rollbacksession.h"
#include "rollbackwizard.h"
#include "secrets.h"
#include "servicetablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
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
    , m_sqlStatus(new QLabel(this))
    , m_database(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember it in the keychain"), this))
    , m_runSql(new QPushButton(tr("Run the &SQL checks"), this))
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
    // The procedure's SQL checks: against the profile's database, the
    // password from the keychain (asked once), on the checker's thread.
    auto *sqlBox = new QGroupBox(tr("SQL checks"), this);
    m_sqlBox = sqlBox;
    sqlBox->setObjectName(QStringLiteral("sqlBox"));
    m_sqlStatus->setObjectName(QStringLiteral("sqlStatus"));
    m_sqlStatus->setWordWrap(true);
    m_database->setObjectName(QStringLiteral("sqlDatabase"));
    m_password->setObjectName(QStringLiteral("sqlPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("sqlRemember"));
    m_remember->setChecked(true);
    m_runSql->setObjectName(QStringLiteral("runSql"));
    auto *sqlRow = new QHBoxLayout;
    sqlRow->addWidget(m_database);
    sqlRow->addWidget(m_password, 1);
    sqlRow->addWidget(m_remember);
    sqlRow->addWidget(m_runSql);
    auto *sqlLayout = new QVBoxLayout(sqlBox);
    sqlLayout->addLayout(sqlRow);
    sqlLayout->addWidget(m_sqlStatus);
    m_password->hide();
    m_remember->hide();
    connect(m_runSql, &QPushButton::clicked, this, &VerificationPage::runSql);
    connect(m_password, &QLineEdit::returnPressed, this, &VerificationPage::runSql);
    if (SqlChecker *checker = wizard->inputs().sql) {
        connect(checker, &SqlChecker::checkDone, this, [this](const SqlChecker::Result &r) {
            m_sqlResults.insert(r.index, r);
            refresh();
        });
        connect(checker, &SqlChecker::finished, this, [this](bool connected, const QString &error) {
            m_sqlRunning = false;
            m_runSql->setEnabled(true);
            int ok = 0;
            QJsonArray results;
            for (auto it = m_sqlResults.cbegin(); it != m_sqlResults.cend(); ++it) {
                ok += it->ok;
                results.append(QJsonObject{{QStringLiteral("step"), it.key() + 1},
                                           {QStringLiteral("ok"), it->ok},
                                           {QStringLiteral("value"), it->value},
                                           {QStringLiteral("error"), it->error}});
            }
            if (!connected) {
                m_sqlStatus->setText(error);
                // A password from the keychain that no longer works: ask.
                if (error.contains(QStringLiteral("password"), Qt::CaseInsensitive))
                    askPassword(tr("The password was refused: type it again."), true);
            } else {
                m_sqlStatus->setText(tr("%1 of %2 SQL checks as expected.").arg(ok).arg(m_sqlResults.size()));
            }
            m_wizard->session()->recordEvent(QStringLiteral("verification"),
                                             connected ? tr("SQL checks: %1 of %2 as expected").arg(ok).arg(m_sqlResults.size())
                                                       : tr("SQL checks could not run: %1").arg(error),
                                             QJsonObject{{QStringLiteral("action"), QStringLiteral("sql")},
                                                         {QStringLiteral("connected"), connected},
                                                         {QStringLiteral("results"), results}});
            refresh();
        });
    }
    if (Secrets *secrets = wizard->inputs().secrets) {
        connect(secrets, &Secrets::found, this, [this](const QString &key, const QString &password) {
            if (key != secretKey() || m_sqlRunning)
                return;
            m_passwordFromKeychain = true;
            startSql(password);
        });
        connect(secrets, &Secrets::missing, this, [this](const QString &key) {
            if (key == secretKey())
                askPassword(tr("The keychain has no password for it yet: type it once."), true);
        });
        connect(secrets, &Secrets::unavailable, this, [this](const QString &key, const QString &why) {
            if (key == secretKey())
                askPassword(tr("The keychain is unavailable (%1): the password is kept for this session only, never written "
                               "anywhere.").arg(why),
                            false);
        });
        connect(secrets, &Secrets::stored, this, [this](const QString &key, bool ok, const QString &why) {
            if (key == secretKey() && !ok)
                m_sqlStatus->setText(m_sqlStatus->text() + u' '
                                     + tr("It could not be kept in the keychain (%1): kept for this session only.").arg(why));
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_checks, 1);
    layout->addWidget(sqlBox);
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
    const RollbackInputs &in = m_wizard->inputs();
    m_database->clear();
    for (const DatabaseSpec &db : in.profile.databases)
        m_database->addItem(QStringLiteral("%1 (%2@%3/%4)").arg(db.name, db.user, db.host.isEmpty() ? QStringLiteral("localhost") : db.host,
                                                               db.dbname));
    m_database->setVisible(m_database->count() > 1);
    const bool any = !sqlChecks().isEmpty();
    m_sqlBox->setVisible(any);   // nothing to show for a procedure without them
    m_runSql->setEnabled(any && in.sql && in.secrets && database());
    m_sqlStatus->setText(!any              ? tr("The procedure has no SQL checks.")
                         : !in.sql         ? tr("Run these checks by hand.")
                         : !database()     ? tr("The profile names no database: run these checks by hand, or add one under databases:.")
                                           : tr("%n check(s) against %1; the password comes from the keychain.", nullptr,
                                                int(sqlChecks().size()))
                                                 .arg(database()->name));
    refresh();
}

QList<SqlChecker::Check> VerificationPage::sqlChecks() const
{
    QList<SqlChecker::Check> out;
    const RollbackSession *s = m_wizard->session();
    const StepPlanner::Values values = s->values();
    for (int i = 0; i < s->steps().size(); ++i) {
        const PlannedStep &p = s->steps().at(i);
        // Done by hand on the Steps page (in psql, say), or skipped with a
        // reason: not run again here.
        const RollbackSession::StepState state = s->state(i);
        if (!RollbackSession::runsAtVerification(p) || state == RollbackSession::StepState::DoneByHand
            || state == RollbackSession::StepState::Skipped)
            continue;
        SqlChecker::Check c;
        c.index = i;
        c.label = p.step.label.isEmpty() ? p.command.section(u'\n', 0, 0) : p.step.label;
        c.sql = p.command;
        for (const QString &name : p.sqlParameters) {
            c.parameters.append(values.value(name).text);
            if (values.value(name).secret)
                c.secrets.append(values.value(name).text);
        }
        c.expectZero = SqlChecker::expectsZero(c.label);
        out.append(c);
    }
    return out;
}

const DatabaseSpec *VerificationPage::database() const
{
    const QList<DatabaseSpec> &dbs = m_wizard->inputs().profile.databases;
    const int i = qMax(0, m_database->currentIndex());
    return i < dbs.size() ? &dbs.at(i) : nullptr;
}

QString VerificationPage::secretKey() const
{
    const DatabaseSpec *db = database();
    return db ? db->secretKey(m_wizard->inputs().profile.environment.name) : QString();
}

void VerificationPage::askPassword(const QString &why, bool keychainWorks)
{
    const DatabaseSpec *db = database();
    m_sqlStatus->setText(why);
    m_password->setPlaceholderText(db ? tr("Password of %1 on %2").arg(db->user, db->name) : QString());
    m_password->show();
    m_remember->setVisible(keychainWorks);
    m_remember->setChecked(keychainWorks);
    m_password->setFocus();
    m_runSql->setEnabled(true);
}

void VerificationPage::runSql()
{
    const RollbackInputs &in = m_wizard->inputs();
    if (!in.sql || !in.secrets || !database() || m_sqlRunning)
        return;
    if (m_password->isVisible() && !m_password->text().isEmpty()) {
        const QString typed = m_password->text();
        m_password->clear();
        m_password->hide();
        m_remember->hide();
        in.secrets->provide(secretKey(), typed, m_remember->isChecked());
        m_passwordFromKeychain = false;
        startSql(typed);
        return;
    }
    m_runSql->setEnabled(false);
    m_sqlStatus->setText(tr("Asking the keychain…"));
    in.secrets->request(secretKey());
}

void VerificationPage::startSql(const QString &password)
{
    const DatabaseSpec *db = database();
    SqlChecker *checker = m_wizard->inputs().sql;
    if (!db || !checker)
        return;
    m_sqlRunning = true;
    m_runSql->setEnabled(false);
    m_sqlResults.clear();
    m_sqlStatus->setText(tr("Running the SQL checks against %1…").arg(db->name));
    const DatabaseSpec spec = *db;
    const QList<SqlChecker::Check> checks = sqlChecks();
    QMetaObject::invokeMethod(checker, [checker, spec, password, checks] { checker->run(spec, password, checks); }, Qt::QueuedConnection);
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
    auto *sql = new QTreeWidgetItem(m_checks, {tr("SQL checks")});
    for (const SqlChecker::Check &c : sqlChecks()) {
        const auto r = m_sqlResults.constFind(c.index);
        QString state = m_sqlRunning ? tr("running") : tr("not run");
        QString detail = c.expectZero ? tr("expects 0") : QString();
        bool ok = false;
        if (r != m_sqlResults.cend()) {
            ok = r->ok;
            state = r->ok ? tr("OK") : tr("FAILED");
            detail = r->error.isEmpty() ? r->value.section(u'\n', 0, 0) : r->error;
        }
        auto *item = new QTreeWidgetItem(sql, {c.label, state, detail});
        item->setToolTip(2, r != m_sqlResults.cend() ? (r->error.isEmpty() ? r->value : r->error) : c.sql);
        item->setForeground(1, ok ? green : red);
        m_green += ok;
        ++m_total;
    }
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
