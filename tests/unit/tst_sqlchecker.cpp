#include "sqlchecker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <pqxx/pqxx>

#include "testpostgres.h"

using namespace qd;
using namespace Qt::StringLiterals;

namespace {
QStringList g_logged;
void capture(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_logged.append(msg);
}
} // namespace

// The verification's SQL checks against the throwaway PostgreSQL that
// scripts/test starts (QD_TEST_PG_*): counts, an orphan check, parameters,
// read-only even for a DELETE, errors in a sentence, sslmode honoured, the
// password never in a message or a log line.
class TestSqlChecker final : public QObject
{
    Q_OBJECT
    QString m_db;
    const QString m_password = u"canary-pg-4c1e"_s;
    DatabaseSpec m_spec;

    static QString env(const char *name) { return qEnvironmentVariable(name); }
    static std::string admin(const QString &db) { return testPostgresAdmin(db); }

    QList<SqlChecker::Result> run(const DatabaseSpec &spec, const QString &password, const QList<SqlChecker::Check> &checks,
                                  bool *connected = nullptr)
    {
        QThread thread;
        auto *checker = new SqlChecker;
        checker->moveToThread(&thread);
        connect(&thread, &QThread::finished, checker, &QObject::deleteLater);
        QSignalSpy done(checker, &SqlChecker::checkDone);
        QSignalSpy finished(checker, &SqlChecker::finished);
        thread.start();
        QMetaObject::invokeMethod(checker, [=] { checker->run(spec, password, checks); });
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000); }();
        thread.quit();
        thread.wait();
        if (connected && !finished.isEmpty())
            *connected = finished.first().first().toBool();
        QList<SqlChecker::Result> out;
        for (const QList<QVariant> &a : done)
            out.append(a.first().value<SqlChecker::Result>());
        return out;
    }

private slots:
    void initTestCase()
    {
        if (env("QD_TEST_PG_HOST").isEmpty())
            QSKIP("no throwaway PostgreSQL: scripts/test starts one (QD_TEST_PG_*)");
        m_db = u"qd_check_%1"_s.arg(QCoreApplication::applicationPid());
        {
            pqxx::connection c(admin(env("QD_TEST_PG_DB")));
            pqxx::nontransaction n(c);
            n.exec("DROP DATABASE IF EXISTS " + m_db.toStdString());
            n.exec("CREATE DATABASE " + m_db.toStdString());
            n.exec("DROP ROLE IF EXISTS qd_checker");
            n.exec("CREATE ROLE qd_checker LOGIN PASSWORD " + n.quote(m_password.toStdString()));
        }
        pqxx::connection c(admin(m_db));
        pqxx::work w(c);
        w.exec("CREATE TABLE users (id int PRIMARY KEY, name text)");
        w.exec("CREATE TABLE deposits (id int PRIMARY KEY, user_id int, amount numeric)");
        w.exec("INSERT INTO users VALUES (1, 'ana'), (2, 'ben'), (3, 'cy')");
        w.exec("INSERT INTO deposits VALUES (10, 1, 5), (11, 2, 7), (12, 99, 1)");   // 12: no such user
        w.exec("GRANT SELECT, DELETE ON users, deposits TO qd_checker");
        w.commit();
        m_spec.name = u"trading"_s;
        m_spec.host = env("QD_TEST_PG_HOST");
        m_spec.port = env("QD_TEST_PG_PORT").toInt();
        m_spec.dbname = m_db;
        m_spec.user = u"qd_checker"_s;
        m_spec.sslmode = u"disable"_s;
        qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        if (m_db.isEmpty())
            return;
        pqxx::connection c(admin(env("QD_TEST_PG_DB")));
        pqxx::nontransaction n(c);
        n.exec("DROP DATABASE IF EXISTS " + m_db.toStdString());
        n.exec("DROP ROLE IF EXISTS qd_checker");
    }

    void countsOrphansAndParameters()
    {
        QVERIFY(SqlChecker::expectsZero(u"Deposits without a user"_s));
        QVERIFY(SqlChecker::expectsZero(u"No trades in the future"_s));
        QVERIFY(!SqlChecker::expectsZero(u"Users after the restore"_s));
        const QList<SqlChecker::Result> r =
            run(m_spec, m_password,
                {{0, u"Users"_s, u"SELECT COUNT(*) FROM users;"_s, {}, false},
                 {1, u"Deposits without a user"_s,
                  u"SELECT COUNT(*) FROM deposits d LEFT JOIN users u ON u.id = d.user_id WHERE u.id IS NULL"_s, {}, true},
                 {2, u"Users after"_s, u"SELECT name FROM users WHERE id > $1 ORDER BY id"_s, {u"1"_s}, false},
                 // A runbook's DELETE in a verification: refused, nothing changed.
                 {3, u"Tidy"_s, u"DELETE FROM deposits WHERE id = 12"_s, {}, false},
                 {4, u"Typo"_s, u"SELEC 1"_s, {}, false},
                 {5, u"Injection as a value"_s, u"SELECT COUNT(*) FROM users WHERE name = $1"_s, {u"x' OR '1'='1"_s}, false},
                 // PostgreSQL quotes a bad value back in its error: a secret one is masked there.
                 {6, u"A date"_s, u"SELECT $1::date"_s, {u"canary-param-22"_s}, false, {u"canary-param-22"_s}}});
        QCOMPARE(r.size(), 7);
        QVERIFY(!r[6].ok);
        QVERIFY2(r[6].error.contains(u"invalid input syntax"_s) && !r[6].error.contains(u"canary-param-22"_s), qPrintable(r[6].error));
        QVERIFY(r[0].ok);
        QCOMPARE(r[0].value, u"3"_s);
        QVERIFY(!r[1].ok);
        QCOMPARE(r[1].error, u"expected 0, found 1"_s);
        QVERIFY(r[2].ok);
        QCOMPARE(r[2].value, u"ben\ncy"_s);
        QVERIFY(!r[3].ok);
        QVERIFY2(r[3].error.contains(u"read-only"_s), qPrintable(r[3].error));
        QVERIFY(!r[4].ok);
        QVERIFY2(r[4].error.contains(u"syntax error"_s), qPrintable(r[4].error));
        QVERIFY(r[5].ok);
        QCOMPARE(r[5].value, u"0"_s);
        pqxx::connection c(admin(m_db));
        pqxx::work w(c);
        QCOMPARE(w.exec1("SELECT COUNT(*) FROM deposits")[0].as<int>(), 3);
    }

    // Cannot connect: every check says why, in a sentence, without the password.
    void connectionFailuresSayWhy()
    {
        bool connected = true;
        QList<SqlChecker::Result> r = run(m_spec, u"wrong-canary-pw"_s, {{0, u"Users"_s, u"SELECT 1"_s, {}, false}}, &connected);
        QVERIFY(!connected);
        QCOMPARE(r.size(), 1);
        QVERIFY2(r[0].error.contains(u"password authentication failed"_s), qPrintable(r[0].error));
        QVERIFY(!r[0].error.contains(u"wrong-canary-pw"_s));
        // sslmode from the profile is honoured: this server has no SSL.
        DatabaseSpec ssl = m_spec;
        ssl.sslmode = u"require"_s;
        r = run(ssl, m_password, {{0, u"Users"_s, u"SELECT 1"_s, {}, false}}, &connected);
        QVERIFY(!connected);
        QVERIFY2(r[0].error.contains(u"SSL"_s), qPrintable(r[0].error));
        DatabaseSpec nowhere = m_spec;
        nowhere.port = 1;
        r = run(nowhere, m_password, {{0, u"Users"_s, u"SELECT 1"_s, {}, false}}, &connected);
        QVERIFY(!connected);
        QVERIFY2(r[0].error.startsWith(u"cannot connect to trading"_s), qPrintable(r[0].error));
    }

    void thePasswordIsNeverLogged()
    {
        for (const QString &line : std::as_const(g_logged)) {
            QVERIFY2(!line.contains(m_password), qPrintable(line));
            QVERIFY2(!line.contains(u"wrong-canary-pw"_s), qPrintable(line));
        }
        QVERIFY(!g_logged.isEmpty());   // the failures above were logged, masked
    }
};

QTEST_GUILESS_MAIN(TestSqlChecker)
#include "tst_sqlchecker.moc"
