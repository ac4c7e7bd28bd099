#include "latencyhistory.h"
#include "noticedtime.h"
#include "objectivemodel.h"
#include "servicefilter.h"
#include "serviceproxymodel.h"
#include "servicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

namespace {

QList<ServiceSpec> specs(int n)
{
    QList<ServiceSpec> out;
    for (int i = 0; i < n; ++i) {
        ServiceSpec s;
        s.name = u"svc-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        s.url = QUrl(u"http://127.0.0.1:%1/health"_s.arg(8000 + i));
        out << s;
    }
    return out;
}

ServiceStatus status(const QString &name, ServiceState s, const QString &msg = QString())
{
    ServiceStatus st;
    st.name = name;
    st.state = s;
    st.message = msg;
    st.latencyMs = 2.5;
    st.lastChange = QDateTime(QDate(2026, 11, 21), QTime(3, 0), Qt::UTC);
    return st;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT
private slots:
    // "We noticed at 14:02": today's 14:02 local, or yesterday's when today's
    // is still ahead; ISO times as written; anything else is no time.
    void noticedTimes()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(10, 30), Qt::LocalTime).toUTC();
        QCOMPARE(noticedTime(QStringLiteral("10:02"), now), QDateTime(QDate(2026, 11, 22), QTime(10, 2), Qt::LocalTime).toUTC());
        QCOMPARE(noticedTime(QStringLiteral("23:50"), now), QDateTime(QDate(2026, 11, 21), QTime(23, 50), Qt::LocalTime).toUTC());
        QCOMPARE(noticedTime(QStringLiteral("2026-11-20T02:58:00Z"), now), QDateTime(QDate(2026, 11, 20), QTime(2, 58), Qt::UTC));
        QVERIFY(!noticedTime(QStringLiteral("25:00"), now).isValid());
        QVERIFY(!noticedTime(QStringLiteral("soon"), now).isValid());
        const NoticedNote n = splitNoticedTime(QStringLiteral("10:02 orders stuck"), now);
        QCOMPARE(n.text, QStringLiteral("orders stuck"));
        QCOMPARE(n.at, QDateTime(QDate(2026, 11, 22), QTime(10, 2), Qt::LocalTime).toUTC());
        // A number that is no time stays part of the note.
        QCOMPARE(splitNoticedTime(QStringLiteral("99:99 was the error code"), now).text, QStringLiteral("99:99 was the error code"));
        QVERIFY(!splitNoticedTime(QStringLiteral("orders stuck"), now).at.isValid());
    }

    void serviceModelBatchesUpdates()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(specs(100));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.countIn(ServiceState::Unknown), 100);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<ServiceStatus> batch;
        for (int i = 10; i < 60; ++i)
            batch << status(u"svc-%1"_s.arg(i, 3, 10, QLatin1Char('0')), ServiceState::Up, u"HTTP 200 OK"_s);
        batch << status(u"not-in-profile"_s, ServiceState::Down);   // ignored, never a crash
        model.applyStatuses(batch);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 10);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 59);
        QCOMPARE(model.countIn(ServiceState::Up), 50);
        QCOMPARE(model.index(10, ServiceTableModel::StateColumn).data().toString(), u"Up"_s);
        QCOMPARE(model.index(10, ServiceTableModel::LatencyColumn).data().toString(), u"2.5 ms"_s);
        QCOMPARE(model.index(10, ServiceTableModel::MessageColumn).data().toString(), u"HTTP 200 OK"_s);
        QCOMPARE(model.index(10, ServiceTableModel::TargetColumn).data().toString(), u"http://127.0.0.1:8010/health"_s);
        QCOMPARE(model.index(10, ServiceTableModel::StateColumn).data(ServiceTableModel::SortRole).toInt(), 0);
    }

    void reloadKeepsStatusOfServicesThatStay()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(specs(3));
        model.applyStatuses({status(u"svc-001"_s, ServiceState::Down, u"refused"_s)});
        QList<ServiceSpec> next = specs(3).mid(1);
        ServiceSpec extra;
        extra.name = u"new"_s;
        next << extra;
        model.setServices(next);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.status(model.rowOf(u"svc-001"_s)).state, ServiceState::Down);
        QCOMPARE(model.status(model.rowOf(u"new"_s)).state, ServiceState::Unknown);
        QCOMPARE(model.rowOf(u"svc-000"_s), -1);
    }

    void filterLogic()
    {
        ServiceSpec s = specs(1).first();
        s.component = u"database"_s;
        ServiceFilter f;
        QVERIFY(!f.isActive());
        QVERIFY(f.matches(s, status(s.name, ServiceState::Up)));
        f.setText(u"DATA"_s);
        QVERIFY(f.matches(s, status(s.name, ServiceState::Up)));   // component, any case
        f.setText(u"8000"_s);
        QVERIFY(f.matches(s, status(s.name, ServiceState::Up)));   // target
        f.setText(u"refused"_s);
        QVERIFY(f.matches(s, status(s.name, ServiceState::Down, u"connection refused"_s)));
        QVERIFY(!f.matches(s, status(s.name, ServiceState::Up, u"HTTP 200"_s)));
        f.setText(QString());
        f.setProblemsOnly(true);
        QVERIFY(!f.matches(s, status(s.name, ServiceState::Up)));
        QVERIFY(f.matches(s, status(s.name, ServiceState::Degraded)));
        QVERIFY(f.matches(s, status(s.name, ServiceState::Unknown)));   // could not check is a problem
    }

    void proxySortsDownFirstAndFilters()
    {
        ServiceTableModel model;
        ServiceProxyModel proxy;
        proxy.setServiceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServices(specs(4));
        model.applyStatuses({status(u"svc-000"_s, ServiceState::Up), status(u"svc-001"_s, ServiceState::Down),
                             status(u"svc-002"_s, ServiceState::Degraded), status(u"svc-003"_s, ServiceState::Up)});
        proxy.sort(ServiceTableModel::StateColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(ServiceTableModel::NameRole).toString(), u"svc-001"_s);
        QCOMPARE(proxy.index(1, 0).data(ServiceTableModel::NameRole).toString(), u"svc-002"_s);
        // equal states: by name, A to Z, even though the column sorts descending
        QCOMPARE(proxy.index(2, 0).data(ServiceTableModel::NameRole).toString(), u"svc-000"_s);
        QCOMPARE(proxy.index(3, 0).data(ServiceTableModel::NameRole).toString(), u"svc-003"_s);

        ServiceFilter f;
        f.setProblemsOnly(true);
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        // a recovery leaves the filtered view by itself
        model.applyStatuses({status(u"svc-002"_s, ServiceState::Up)});
        QCOMPARE(proxy.rowCount(), 1);
    }

    void objectiveModel()
    {
        ObjectiveModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Objective a{u"database"_s, Millis(3'600'000), Millis(900'000), u"restore"_s};
        Objective b{u"trade"_s, Millis(900'000), Millis(0), QString()};
        Objective c{u"web"_s, Millis(-1), Millis(-1), QString()};
        model.setObjectives({a, b, c});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ObjectiveModel::RtoColumn).data().toString(), u"1 h"_s);
        QCOMPARE(model.index(0, ObjectiveModel::RpoColumn).data().toString(), u"15 m"_s);
        QCOMPARE(model.index(1, ObjectiveModel::RpoColumn).data().toString(), u"no data loss"_s);
        QCOMPARE(model.index(2, ObjectiveModel::RtoColumn).data().toString(), u"not set"_s);
    }

    void latencyHistoryIsBoundedByTime()
    {
        LatencyHistory h;
        h.setWindowMs(60'000);
        for (int i = 0; i < 200; ++i)
            h.add(u"api"_s, qint64(i) * 1000, i);
        const auto samples = h.samples(u"api"_s);
        QCOMPARE(samples.first().atMs, 139'000);   // older than the window dropped
        QCOMPARE(samples.last().atMs, 199'000);
        QVERIFY(h.samples(u"other"_s).isEmpty());
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
