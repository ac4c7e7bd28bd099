#include "httpsink.h"
#include "loopbackhttpserver.h"
#include "manualclock.h"
#include "probeengine.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace qd;
using qd::test::closedPort;
using namespace Qt::StringLiterals;
using Mode = LoopbackHttpServer::Mode;

Q_DECLARE_METATYPE(qd::LoopbackHttpServer::Mode)

namespace {

ServiceSpec httpSpec(const QString &name, const QString &url, int timeoutMs = 1000)
{
    ServiceSpec s;
    s.name = name;
    s.kind = ServiceSpec::Kind::Http;
    s.url = QUrl(url);
    s.timeout = Millis(timeoutMs);
    s.interval = Millis(3'600'000);
    s.failuresBeforeDown = 1;
    return s;
}


} // namespace

class TestProbeEngine final : public QObject
{
    Q_OBJECT

    LoopbackHttpServer *m_server = nullptr;
    ManualClock m_clock;

    // Runs one check of each spec and returns the raw results by name.
    QHash<QString, ProbeResult> runOnce(const QList<ServiceSpec> &specs, int maxInFlight = ProbeEngine::kDefaultMaxInFlight)
    {
        ProbeEngine engine(&m_clock);
        engine.setOneShot(true);
        engine.setBatchInterval(0);
        engine.setMaxInFlight(maxInFlight);
        QHash<QString, ProbeResult> out;
        connect(&engine, &ProbeEngine::resultsReady, this, [&out](const QList<ProbeResult> &rs) {
            for (const ProbeResult &r : rs)
                out.insert(r.service, r);
        });
        QSignalSpy done(&engine, &ProbeEngine::roundFinished);
        engine.setServices(specs);
        if (!done.wait(10'000))
            qWarning() << "round did not finish";
        return out;
    }

private slots:
    void initTestCase()
    {
        m_server = new LoopbackHttpServer(u"api"_s, this);
        QVERIFY(m_server->listen(0));
        m_server->setSlowDelay(400);
        m_server->setRoute(u"/health"_s, Mode::Healthy);
        m_server->setRoute(u"/error"_s, Mode::Error);
        m_server->setErrorStatus(500);
        m_server->setRoute(u"/slow"_s, Mode::Slow);
        m_server->setRoute(u"/hang"_s, Mode::Hang);
        m_server->setRoute(u"/trickle"_s, Mode::Trickle);
        m_server->setRoute(u"/wrong"_s, Mode::WrongBody);
        m_server->setRoute(u"/redirect"_s, Mode::Redirect);
        m_server->setRoute(u"/loop"_s, Mode::RedirectLoop);
    }

    void http_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("up") << u"/health"_s << int(ServiceState::Up) << u"HTTP 200 OK"_s;
        QTest::newRow("500") << u"/error"_s << int(ServiceState::Down) << u"HTTP 500 Error"_s;
        QTest::newRow("slow") << u"/slow"_s << int(ServiceState::Degraded) << u"slow: "_s;
        QTest::newRow("hangs after accept") << u"/hang"_s << int(ServiceState::Down) << u"no answer within 1 s (timeout)"_s;
        QTest::newRow("trickles bytes") << u"/trickle"_s << int(ServiceState::Down) << u"answer incomplete after 1 s (HTTP 200"_s;
        QTest::newRow("wrong body") << u"/wrong"_s << int(ServiceState::Down)
                                    << u"HTTP 200 OK but the body does not contain \"\"status\": \"ok\"\""_s;
        QTest::newRow("redirect followed") << u"/redirect"_s << int(ServiceState::Up) << u"HTTP 200 OK"_s;
        QTest::newRow("redirect loop") << u"/loop"_s << int(ServiceState::Down) << u"too many redirects"_s;
    }
    void http()
    {
        QFETCH(QString, path);
        QFETCH(int, state);
        QFETCH(QString, message);
        ServiceSpec s = httpSpec(u"svc"_s, m_server->baseUrl() + path);
        s.bodyContains = u"\"status\": \"ok\""_s;
        s.maxLatency = Millis(200);
        QElapsedTimer t;
        t.start();
        const auto results = runOnce({s});
        const qint64 took = t.elapsed();
        QVERIFY(results.contains(u"svc"_s));
        const ProbeResult r = results.value(u"svc"_s);
        QCOMPARE(int(r.outcome), state);
        QVERIFY2(r.message.startsWith(message), qPrintable(r.message));
        QVERIFY(r.finishedAt == m_clock.now());
        // The timeout holds: a hung or trickling endpoint is given up on at
        // its deadline (1 s), not when the server gives up.
        QVERIFY2(took < 1800, qPrintable(QString::number(took)));
        if (state == int(ServiceState::Down) && path != u"/error" && path != u"/wrong")
            QVERIFY(r.latencyMs < 0);
        else
            QVERIFY(r.latencyMs >= 0);
    }

    void refused()
    {
        const auto results = runOnce({httpSpec(u"gone"_s, u"http://127.0.0.1:%1/health"_s.arg(closedPort()))});
        QCOMPARE(results.value(u"gone"_s).outcome, ServiceState::Down);
        QCOMPARE(results.value(u"gone"_s).message, u"connection refused"_s);
    }

    void regexAndStatusExpectations()
    {
        ServiceSpec re = httpSpec(u"re"_s, m_server->baseUrl() + u"/health"_s);
        re.bodyMatches = u"\"status\":\\s*\"(ok|healthy)\""_s;
        ServiceSpec reBad = re;
        reBad.name = u"re-bad"_s;
        reBad.bodyMatches = u"\"status\":\\s*\"degraded\""_s;
        ServiceSpec accepted = httpSpec(u"accept-500"_s, m_server->baseUrl() + u"/error"_s);
        accepted.acceptedStatus = {500};
        ServiceSpec noFollow = httpSpec(u"no-follow"_s, m_server->baseUrl() + u"/redirect"_s);
        noFollow.followRedirects = false;
        const auto r = runOnce({re, reBad, accepted, noFollow});
        QCOMPARE(r.value(u"re"_s).outcome, ServiceState::Up);
        QCOMPARE(r.value(u"re-bad"_s).outcome, ServiceState::Down);
        QVERIFY(r.value(u"re-bad"_s).message.contains(u"does not match"_s));
        QCOMPARE(r.value(u"accept-500"_s).outcome, ServiceState::Up);
        QCOMPARE(r.value(u"no-follow"_s).outcome, ServiceState::Down);
        QCOMPARE(r.value(u"no-follow"_s).message, u"HTTP 302 Found (redirect to /health not followed)"_s);
        QCOMPARE(r.value(u"no-follow"_s).httpStatus, 302);
    }

    void hungEndpointsDoNotDelayHealthyOnes()
    {
        // Ten hung endpoints on one host fill its pool; the healthy service on
        // another host must still be answered at once.
        LoopbackHttpServer hung(u"hung"_s);
        QVERIFY(hung.listen(0));
        hung.setMode(Mode::Hang);
        QList<ServiceSpec> specs;
        for (int i = 0; i < 10; ++i)
            specs << httpSpec(u"hung-%1"_s.arg(i), hung.baseUrl() + u"/h%1"_s.arg(i), 1500);
        specs << httpSpec(u"healthy"_s, m_server->baseUrl() + u"/health"_s, 1500);
        const auto r = runOnce(specs);
        QCOMPARE(r.size(), 11);
        const ProbeResult ok = r.value(u"healthy"_s);
        QCOMPARE(ok.outcome, ServiceState::Up);
        QVERIFY2(ok.waitedMs + ok.latencyMs < 300, qPrintable(QString::number(ok.waitedMs + ok.latencyMs)));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(r.value(u"hung-%1"_s.arg(i)).outcome, ServiceState::Down);
    }

    void hungEndpointsGiveTheirSlotsBack()
    {
        // Twelve hung endpoints on twelve hosts against an active cap of four:
        // each holds a slot only for the grace period, so the healthy check
        // queued behind them starts within a few grace periods, not after the
        // 1.5 s timeouts.
        std::vector<std::unique_ptr<LoopbackHttpServer>> hung;
        QList<ServiceSpec> specs;
        for (int i = 0; i < 12; ++i) {
            hung.push_back(std::make_unique<LoopbackHttpServer>(u"hung"_s));
            QVERIFY(hung.back()->listen(0));
            hung.back()->setMode(Mode::Hang);
            specs << httpSpec(u"hung-%1"_s.arg(i), hung.back()->baseUrl() + u"/health"_s, 1500);
        }
        specs << httpSpec(u"healthy"_s, m_server->baseUrl() + u"/health"_s, 1500);
        const auto out = runOnce(specs, 4);
        QCOMPARE(out.size(), 13);
        const ProbeResult ok = out.value(u"healthy"_s);
        QCOMPARE(ok.outcome, ServiceState::Up);
        QVERIFY2(ok.waitedMs >= ProbeEngine::kGraceMs, qPrintable(QString::number(ok.waitedMs)));   // it did queue
        QVERIFY2(ok.waitedMs < 3 * ProbeEngine::kGraceMs + 200, qPrintable(QString::number(ok.waitedMs)));
        for (int i = 0; i < 12; ++i)
            QCOMPARE(out.value(u"hung-%1"_s.arg(i)).outcome, ServiceState::Down);
    }

    void hungPathsOnOneServerDoNotBlockItsHealthyPath()
    {
        // Qt's pool allows six connections per host:port; twelve hung paths
        // would fill it twice over. The engine opens another pool instead of
        // letting /health queue behind them until their timeouts.
        QList<ServiceSpec> specs;
        for (int i = 0; i < 12; ++i) {
            m_server->setRoute(u"/stuck-%1"_s.arg(i), Mode::Hang);
            specs << httpSpec(u"stuck-%1"_s.arg(i), m_server->baseUrl() + u"/stuck-%1"_s.arg(i), 1500);
        }
        specs << httpSpec(u"healthy"_s, m_server->baseUrl() + u"/health"_s, 1500);
        const auto r = runOnce(specs);
        const ProbeResult ok = r.value(u"healthy"_s);
        QCOMPARE(ok.outcome, ServiceState::Up);
        QVERIFY2(ok.waitedMs + ok.latencyMs < 300, qPrintable(QString::number(ok.waitedMs + ok.latencyMs)));
        QCOMPARE(r.value(u"stuck-11"_s).outcome, ServiceState::Down);
    }

    void commandLeavesNothingRunning()
    {
        ServiceSpec bg;
        bg.name = u"bg"_s;
        bg.kind = ServiceSpec::Kind::Command;
        bg.command = u"sleep 41.5 & echo started"_s;
        bg.timeout = Millis(5000);
        const auto r = runOnce({bg});
        QCOMPARE(r.value(u"bg"_s).outcome, ServiceState::Up);
        QTRY_VERIFY_WITH_TIMEOUT(QProcess::execute(u"pgrep"_s, {u"-f"_s, u"sleep 41.5"_s}) == 1, 3000);
    }

    void tcp()
    {
        ServiceSpec up;
        up.name = u"tcp-up"_s;
        up.kind = ServiceSpec::Kind::Tcp;
        up.host = u"127.0.0.1"_s;
        up.port = m_server->port();
        ServiceSpec down = up;
        down.name = u"tcp-down"_s;
        down.port = closedPort();
        const auto r = runOnce({up, down});
        QCOMPARE(r.value(u"tcp-up"_s).outcome, ServiceState::Up);
        QCOMPARE(r.value(u"tcp-down"_s).outcome, ServiceState::Down);
        QCOMPARE(r.value(u"tcp-down"_s).message, u"connection refused"_s);
    }

    void command()
    {
        ServiceSpec ok;
        ok.name = u"ok"_s;
        ok.kind = ServiceSpec::Kind::Command;
        ok.command = u"echo active"_s;
        ok.timeout = Millis(5000);
        ServiceSpec fail = ok;
        fail.name = u"fail"_s;
        fail.command = u"echo 'inactive (dead)'; exit 3"_s;
        ServiceSpec slow = ok;
        slow.name = u"slow"_s;
        // A grandchild in the background: the timeout must end it too.
        slow.command = u"sleep 37.5 & sleep 37.5; wait"_s;
        slow.timeout = Millis(400);
        QElapsedTimer t;
        t.start();
        const auto r = runOnce({ok, fail, slow});
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(r.value(u"ok"_s).outcome, ServiceState::Up);
        QCOMPARE(r.value(u"ok"_s).message, u"exit 0: active"_s);
        QCOMPARE(r.value(u"fail"_s).outcome, ServiceState::Down);
        QCOMPARE(r.value(u"fail"_s).message, u"exit 3: inactive (dead)"_s);
        QCOMPARE(r.value(u"slow"_s).outcome, ServiceState::Down);
        QVERIFY(r.value(u"slow"_s).message.contains(u"timeout"_s));
        // the whole process group is gone
        QTRY_VERIFY_WITH_TIMEOUT(QProcess::execute(u"pgrep"_s, {u"-f"_s, u"sleep 37.5"_s}) == 1, 3000);
    }

    void dampingAndStatusBatches()
    {
        ProbeEngine engine(&m_clock);
        engine.setBatchInterval(20);
        ServiceSpec s = httpSpec(u"flaky"_s, m_server->baseUrl() + u"/error"_s);
        s.interval = Millis(100);
        s.failuresBeforeDown = 2;
        QList<ServiceState> seen;
        connect(&engine, &ProbeEngine::statusesChanged, this, [&seen](const QList<ServiceStatus> &sts) {
            for (const ServiceStatus &st : sts)
                if (seen.isEmpty() || seen.last() != st.state)
                    seen << st.state;
        });
        engine.setServices({s});
        QTRY_COMPARE_WITH_TIMEOUT(seen, (QList<ServiceState>{ServiceState::Degraded, ServiceState::Down}), 3000);
        m_server->setRoute(u"/error"_s, Mode::Healthy);
        QTRY_COMPARE_WITH_TIMEOUT(seen.last(), ServiceState::Up, 3000);
        m_server->setRoute(u"/error"_s, Mode::Error);
        engine.stop();
    }

    void replacingServicesCancelsChecksInFlight()
    {
        ProbeEngine engine(&m_clock);
        engine.setBatchInterval(0);
        QStringList names;
        connect(&engine, &ProbeEngine::resultsReady, this, [&names](const QList<ProbeResult> &rs) {
            for (const ProbeResult &r : rs)
                names << r.service;
        });
        engine.setServices({httpSpec(u"old-hung"_s, m_server->baseUrl() + u"/hang"_s, 800)});
        QTest::qWait(100);
        engine.setServices({httpSpec(u"new"_s, m_server->baseUrl() + u"/health"_s)});
        QTRY_VERIFY(names.contains(u"new"_s));
        QTest::qWait(1000);
        QVERIFY2(!names.contains(u"old-hung"_s), qPrintable(names.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestProbeEngine)
#include "tst_probeengine.moc"
