#include "heartbeatmodel.h"
#include "keychainstore.h"
#include "rollbacksession.h"
#include "rollbackwizard.h"
#include "runbookparser.h"
#include "secrets.h"
#include "servicetablemodel.h"
#include "sqlchecker.h"
#include "systemclock.h"
#include "verificationpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <pqxx/pqxx>

#include "testpostgres.h"

using namespace qd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(qd::TimelineEvent)

// The wizard's verification runs the procedure's SQL checks against the
// throwaway PostgreSQL (QD_TEST_PG_*) with the password asked once and kept
// in the real keyring (dbus-run-session + gnome-keyring): an orphan check
// fails, the data is fixed, the checks run again without asking, all green.
// The password never reaches the timeline.
class TestVerificationSql final : public QObject
{
    Q_OBJECT
    SystemClock m_clock;
    QString m_db;
    const QString m_password = u"canary-verify-5b7a"_s;

    static QString env(const char *name) { return qEnvironmentVariable(name); }
    static std::string admin(const QString &db) { return testPostgresAdmin(db); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<qd::TimelineEvent>();
        if (env("QD_TEST_PG_HOST").isEmpty() || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the throwaway PostgreSQL and the keyring that scripts/test starts");
        m_db = u"qd_verify_%1"_s.arg(QCoreApplication::applicationPid());
        {
            pqxx::connection c(admin(env("QD_TEST_PG_DB")));
            pqxx::nontransaction n(c);
            n.exec("DROP DATABASE IF EXISTS " + m_db.toStdString());
            n.exec("CREATE DATABASE " + m_db.toStdString());
            n.exec("DROP ROLE IF EXISTS qd_verifier");
            n.exec("CREATE ROLE qd_verifier LOGIN PASSWORD " + n.quote(m_password.toStdString()));
        }
        pqxx::connection c(admin(m_db));
        pqxx::work w(c);
        w.exec("CREATE TABLE users (id int PRIMARY KEY)");
        w.exec("CREATE TABLE deposits (id int PRIMARY KEY, user_id int)");
        w.exec("INSERT INTO users VALUES (1), (2)");
        w.exec("INSERT INTO deposits VALUES (10, 1), (11, 7)");
        w.exec("GRANT SELECT ON users, deposits TO qd_verifier");
        w.commit();
    }

    void cleanupTestCase()
    {
        if (m_db.isEmpty())
            return;
        pqxx::connection c(admin(env("QD_TEST_PG_DB")));
        pqxx::nontransaction n(c);
        n.exec("DROP DATABASE IF EXISTS " + m_db.toStdString());
        n.exec("DROP ROLE IF EXISTS qd_verifier");
    }

    void sqlChecksWithTheKeychain()
    {
        const QByteArray md = "# Ops\n\n## Restore\n\n```bash\necho restored\n```\n\n```sql\n-- Users after the restore\n"
                              "SELECT COUNT(*) FROM users;\n\n-- Deposits without a user\n"
                              "SELECT COUNT(*) FROM deposits d LEFT JOIN users u ON u.id = d.user_id WHERE u.id IS NULL;\n```\n";
        const Runbook rb = RunbookParser().parse(md, u"/tmp/ops.md"_s);
        QCOMPARE(rb.procedures.first().steps.size(), 3);

        QThread sqlThread, keychainThread;
        auto *checker = new SqlChecker;
        checker->moveToThread(&sqlThread);
        connect(&sqlThread, &QThread::finished, checker, &QObject::deleteLater);
        auto *keychain = new KeychainStore;
        keychain->moveToThread(&keychainThread);
        connect(&keychainThread, &QThread::finished, keychain, &QObject::deleteLater);
        sqlThread.start();
        keychainThread.start();
        Secrets secrets(keychain);

        ServiceTableModel services;
        HeartbeatModel heartbeats(&m_clock);
        RollbackInputs in;
        in.runbooks = {rb};
        in.profile.environment.name = u"verify-test-%1"_s.arg(QCoreApplication::applicationPid());
        DatabaseSpec db;
        db.name = u"trading"_s;
        db.host = env("QD_TEST_PG_HOST");
        db.port = env("QD_TEST_PG_PORT").toInt();
        db.dbname = m_db;
        db.user = u"qd_verifier"_s;
        db.sslmode = u"disable"_s;
        in.profile.databases = {db};
        in.services = &services;
        in.heartbeats = &heartbeats;
        in.clock = &m_clock;
        in.sql = checker;
        in.secrets = &secrets;

        RollbackSession session(&m_clock);
        session.setContext({QUuid::createUuid(), u"ana"_s, u"sandbox"_s, QDir::tempPath()});
        QSignalSpy recorded(&session, &RollbackSession::record);
        session.setProcedure(rb, rb.procedures.first());
        QString why;
        QVERIFY(session.run(0, std::nullopt, &why));
        QTRY_COMPARE(session.state(0), RollbackSession::StepState::Succeeded);
        QCOMPARE(session.current(), 3);   // the SQL steps wait for the verification

        RollbackWizard wizard(&session, in);
        wizard.setStartId(RollbackWizard::Verification);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        VerificationPage *page = wizard.verificationPage();
        QVERIFY(page->sqlButton()->isEnabled());
        QVERIFY(!page->allGreen());

        // First time: the keychain has nothing; the password is asked for.
        page->sqlButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page->passwordBox()->isVisible(), 5000);
        QVERIFY2(page->sqlStatus()->text().contains(u"type it once"_s), qPrintable(page->sqlStatus()->text()));
        QVERIFY(page->rememberBox()->isChecked());
        QTest::keyClicks(page->passwordBox(), m_password);
        QTest::keyClick(page->passwordBox(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!page->sqlRunning() && page->sqlStatus()->text().contains(u"SQL checks as expected"_s), 15000);
        QVERIFY2(page->sqlStatus()->text().startsWith(u"1 of 2"_s), qPrintable(page->sqlStatus()->text()));
        QVERIFY(!page->allGreen());

        // Fixed; run again: no question this time.
        {
            pqxx::connection c(admin(m_db));
            pqxx::work w(c);
            w.exec("DELETE FROM deposits WHERE id = 11");
            w.commit();
        }
        page->sqlButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->sqlRunning() && page->sqlStatus()->text().startsWith(u"2 of 2"_s), 15000);
        QVERIFY(!page->passwordBox()->isVisible());
        QTRY_VERIFY(page->allGreen());

        // A later console finds the password in the keychain.
        Secrets later(keychain);
        QSignalSpy found(&later, &Secrets::found);
        later.request(db.secretKey(in.profile.environment.name));
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 5000);
        QCOMPARE(found.first().at(1).toString(), m_password);

        // Recorded, without the password.
        int sqlEvents = 0;
        for (const QList<QVariant> &a : recorded) {
            const TimelineEvent e = a.first().value<TimelineEvent>();
            QVERIFY(!e.text.contains(m_password));
            QVERIFY(!QJsonDocument(e.data).toJson().contains(m_password.toUtf8()));
            sqlEvents += e.data.value(u"action"_s).toString() == u"sql";
        }
        QCOMPARE(sqlEvents, 2);

        sqlThread.quit();
        keychainThread.quit();
        sqlThread.wait();
        keychainThread.wait();
    }
};

QTEST_MAIN(TestVerificationSql)
#include "tst_verificationsql.moc"
