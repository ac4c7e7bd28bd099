#include "serverthread.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;
using Mode = LoopbackHttpServer::Mode;

// `quarterdeck check` is run as the real binary against a real server; the
// server lives on its own thread because this one blocks on the child.
class TestCheckCommand final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::ServerThread> m_server;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run check(const QString &profilePath, const QStringList &extra = {})
    {
        QProcess p;
        p.start(QStringLiteral(QD_BINARY_DIR) + u"/quarterdeck"_s, QStringList{u"check"_s, u"--profile"_s, profilePath} + extra);
        Run r;
        if (!p.waitForFinished(20'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString profile(const QString &name, const QString &servicePath, int heartbeatAgeSeconds = 1)
    {
        const QString beat = m_dir.filePath(name + u".beat"_s);
        {
            QFile f(beat);
            if (!f.open(QIODevice::WriteOnly))
                return {};
            f.write("x");
            f.close();
            if (!f.open(QIODevice::ReadWrite))
                return {};
            f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-heartbeatAgeSeconds), QFileDevice::FileModificationTime);
        }
        const QString path = m_dir.filePath(name + u".yaml"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(u"environment: {name: %1}\n"
                 "services:\n"
                 "  - name: api\n"
                 "    timeout: 1s\n"
                 "    http: {url: '%2', max_latency: 200ms}\n"
                 "  - name: port\n"
                 "    tcp: '127.0.0.1:%3'\n"
                 "heartbeats:\n"
                 "  - {name: bot, path: %4, warn_after: 60s, critical_after: 120s}\n"_s
                    .arg(name, m_server->url(servicePath))
                    .arg(m_server->port())
                    .arg(beat)
                    .toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::ServerThread>();
        QVERIFY(m_server->ok());
        m_server->setSlowDelay(400);
        m_server->route(u"/slow"_s, Mode::Slow);
        m_server->route(u"/down"_s, Mode::Error);
        m_server->route(u"/hang"_s, Mode::Hang);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("heartbeatAge");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("line");
        QTest::newRow("all up") << u"/health"_s << 1 << 0 << u"UP        api"_s;
        QTest::newRow("degraded") << u"/slow"_s << 1 << 1 << u"DEGRADED  api"_s;
        QTest::newRow("heartbeat at warn") << u"/health"_s << 90 << 1 << u"WARN      bot"_s;
        QTest::newRow("down") << u"/down"_s << 1 << 2 << u"DOWN      api"_s;
        QTest::newRow("hung endpoint") << u"/hang"_s << 1 << 2 << u"no answer within 1 s (timeout)"_s;
        QTest::newRow("heartbeat critical") << u"/health"_s << 600 << 2 << u"CRITICAL  bot"_s;
    }
    void exitCodes()
    {
        QFETCH(QString, path);
        QFETCH(int, heartbeatAge);
        QFETCH(int, code);
        QFETCH(QString, line);
        const QString file = profile(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), path, heartbeatAge);
        QVERIFY(!file.isEmpty());
        const Run r = check(file);
        QVERIFY2(r.code == code, qPrintable(u"exit %1\n"_s.arg(r.code) + r.out + r.err));
        QVERIFY2(r.out.contains(line), qPrintable(r.out));
    }

    void missingHeartbeatIsCritical()
    {
        const QString file = profile(u"nobeat"_s, u"/health"_s);
        QVERIFY(QFile::remove(m_dir.filePath(u"nobeat.beat"_s)));
        const Run r = check(file);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(u"heartbeat: file not found"_s), qPrintable(r.out));
    }

    void json()
    {
        const Run r = check(profile(u"json"_s, u"/down"_s), {u"--json"_s});
        QCOMPARE(r.code, 2);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString() + r.out));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(u"environment"_s).toString(), u"json"_s);
        QCOMPARE(root.value(u"exit_code"_s).toInt(), 2);
        const QJsonArray services = root.value(u"services"_s).toArray();
        QCOMPARE(services.size(), 2);
        QCOMPARE(services[0].toObject().value(u"name"_s).toString(), u"api"_s);
        QCOMPARE(services[0].toObject().value(u"state"_s).toString(), u"down"_s);
        QCOMPARE(services[0].toObject().value(u"http_status"_s).toInt(), 503);
        QCOMPARE(services[1].toObject().value(u"state"_s).toString(), u"up"_s);
        const QJsonObject hb = root.value(u"heartbeats"_s).toArray().first().toObject();
        QCOMPARE(hb.value(u"state"_s).toString(), u"fresh"_s);
        QVERIFY(hb.value(u"age_s"_s).toDouble() < 60);
    }

    void signalEndsTheChecksInFlight()
    {
        const QString path = m_dir.filePath(u"slow-command.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("environment: {name: x}\nservices:\n  - {name: job, timeout: 30s, command: 'sleep 55.5; true'}\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral(QD_BINARY_DIR) + u"/quarterdeck"_s, {u"check"_s, u"--profile"_s, path});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QProcess::execute(u"pgrep"_s, {u"-f"_s, u"sleep 55.5"_s}) == 0, 5000);
        p.terminate();   // SIGTERM
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 128 + 15);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(QProcess::execute(u"pgrep"_s, {u"-f"_s, u"sleep 55.5"_s}) == 1, 3000);
    }

    void invalidProfile()
    {
        const QString path = m_dir.filePath(u"bad.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("environment:\n  name: prod\nservices:\n  - name: api\n    http: {url: 'http://h/', max_latency: fast}\n");
        f.close();
        const Run r = check(path);
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.trimmed(),
                 path + u":5:43: 'max_latency' in the http check of 'api' must be a duration such as 500ms, 30s, 5m or 2h"_s);
        QCOMPARE(check(m_dir.filePath(u"missing.yaml"_s)).code, 3);
        // a script asking for JSON gets JSON, errors included
        const Run j = check(path, {u"--json"_s});
        QCOMPARE(j.code, 3);
        const QJsonObject root = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(root.value(u"exit_code"_s).toInt(), 3);
        const QJsonObject e = root.value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(e.value(u"line"_s).toInt(), 5);
        QCOMPARE(e.value(u"column"_s).toInt(), 43);
        QVERIFY(e.value(u"message"_s).toString().startsWith(u"'max_latency'"_s));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
