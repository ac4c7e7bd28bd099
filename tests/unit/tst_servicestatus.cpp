#include "servicestatus.h"

#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

namespace {

ProbeResult result(ServiceState s, int second, const QString &msg = QString())
{
    ProbeResult r;
    r.service = u"api"_s;
    r.outcome = s;
    r.latencyMs = s == ServiceState::Down ? -1 : 3;
    r.message = msg;
    r.finishedAt = QDateTime(QDate(2026, 11, 21), QTime(3, 0, second), Qt::UTC);
    return r;
}

} // namespace

class TestServiceStatus final : public QObject
{
    Q_OBJECT
private slots:
    void firstResultSetsStateAndTime()
    {
        ServiceStatus st;
        QCOMPARE(st.state, ServiceState::Unknown);
        QVERIFY(st.apply(result(ServiceState::Up, 1), 3));
        QCOMPARE(st.state, ServiceState::Up);
        QCOMPARE(st.lastChange, result(ServiceState::Up, 1).finishedAt);
    }

    void failuresBeforeDownDampsSingleFailures()
    {
        ServiceStatus st;
        st.apply(result(ServiceState::Up, 1), 3);
        QVERIFY(st.apply(result(ServiceState::Down, 2, u"connection refused"_s), 3));
        QCOMPARE(st.state, ServiceState::Degraded);
        QCOMPARE(st.message, u"failure 1 of 3 before Down: connection refused"_s);
        QVERIFY(!st.apply(result(ServiceState::Down, 3, u"connection refused"_s), 3));
        QCOMPARE(st.state, ServiceState::Degraded);
        QCOMPARE(st.lastChange, result(ServiceState::Up, 2).finishedAt);   // unchanged while still Degraded
        QVERIFY(st.apply(result(ServiceState::Down, 4, u"connection refused"_s), 3));
        QCOMPARE(st.state, ServiceState::Down);
        QCOMPARE(st.message, u"connection refused"_s);
        QCOMPARE(st.consecutiveFailures, 3);
        QCOMPARE(st.lastChange, result(ServiceState::Up, 4).finishedAt);
    }

    void recoveryResetsTheCount()
    {
        ServiceStatus st;
        st.apply(result(ServiceState::Down, 1), 2);
        st.apply(result(ServiceState::Down, 2), 2);
        QCOMPARE(st.state, ServiceState::Down);
        QVERIFY(st.apply(result(ServiceState::Up, 3), 2));
        QCOMPARE(st.state, ServiceState::Up);
        QCOMPARE(st.consecutiveFailures, 0);
        // the next single failure is damped again
        st.apply(result(ServiceState::Down, 4), 2);
        QCOMPARE(st.state, ServiceState::Degraded);
    }

    void oneFailureIsEnoughWhenConfigured()
    {
        ServiceStatus st;
        st.apply(result(ServiceState::Up, 1), 1);
        st.apply(result(ServiceState::Down, 2), 1);
        QCOMPARE(st.state, ServiceState::Down);
    }

    void slowIsDegradedWithoutCountingAsFailure()
    {
        ServiceStatus st;
        st.apply(result(ServiceState::Degraded, 1, u"slow"_s), 2);
        QCOMPARE(st.state, ServiceState::Degraded);
        QCOMPARE(st.consecutiveFailures, 0);
        QCOMPARE(st.message, u"slow"_s);
    }
};

QTEST_APPLESS_MAIN(TestServiceStatus)
#include "tst_servicestatus.moc"
