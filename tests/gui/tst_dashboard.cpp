#include "dashboardwidget.h"
#include "environmentbanner.h"
#include "heartbeatmodel.h"
#include "latencyhistory.h"
#include "loopbackhttpserver.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "objectivemodel.h"
#include "probeengine.h"
#include "profileparser.h"
#include "servicetablemodel.h"
#include "systemclock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace qd;
using namespace Qt::StringLiterals;
using Mode = LoopbackHttpServer::Mode;

// The real window, fed by a real probe engine on a worker thread, against a
// real loopback server: the way the application wires it.
class TestDashboard final : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    LoopbackHttpServer *m_server = nullptr;
    QThread m_thread;
    ProbeEngine *m_engine = nullptr;
    ServiceTableModel *m_services = nullptr;
    HeartbeatModel *m_heartbeats = nullptr;
    ObjectiveModel *m_objectives = nullptr;
    LatencyHistory *m_latency = nullptr;
    MainWindow *m_window = nullptr;
    QList<QAbstractItemModelTester *> m_testers;

    Profile profile(bool production)
    {
        const QByteArray yaml = u"environment: {name: %1, production: %2}\n"
                                 "defaults: {interval: 200ms, timeout: 500ms, failures_before_down: 1}\n"
                                 "services:\n"
                                 "  - {name: auth, http: '%3/health'}\n"
                                 "  - {name: trade, http: '%3/trade'}\n"
                                 "  - {name: data, http: '%3/data'}\n"
                                 "heartbeats:\n"
                                 "  - {name: bot, path: /nonexistent/bot.heartbeat}\n"
                                 "objectives:\n"
                                 "  - {component: trade, rto: 15m, rpo: 0s}\n"_s
                                    .arg(production ? u"production"_s : u"staging"_s, production ? u"true"_s : u"false"_s,
                                         m_server->baseUrl())
                                    .toUtf8();
        const auto r = ProfileParser::parseText(yaml, u"/tmp/dashboard.yaml"_s);
        if (!r.ok())
            qFatal("%s", qPrintable(r.errorText()));
        return *r.profile;
    }

    void load(const Profile &p)
    {
        m_window->setProfile(p);
        m_services->setServices(p.services);
        m_heartbeats->setHeartbeats(p.heartbeats);
        m_objectives->setObjectives(p.objectives);
        QMetaObject::invokeMethod(m_engine, [e = m_engine, s = p.services] { e->setServices(s); }, Qt::QueuedConnection);
    }

    int rowOfInView(const QString &name)
    {
        QAbstractItemModel *m = m_window->dashboard()->servicesView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(ServiceTableModel::NameRole).toString() == name)
                return r;
        return -1;
    }
    QString cell(const QString &name, int column)
    {
        QAbstractItemModel *m = m_window->dashboard()->servicesView()->model();
        const int r = rowOfInView(name);
        return r < 0 ? QString() : m->index(r, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        m_server = new LoopbackHttpServer(u"t"_s, this);
        QVERIFY(m_server->listen(0));
        m_engine = new ProbeEngine(&m_clock);
        m_engine->setBatchInterval(20);
        m_engine->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
        m_thread.start();

        m_services = new ServiceTableModel(this);
        m_heartbeats = new HeartbeatModel(&m_clock, this);
        m_objectives = new ObjectiveModel(this);
        m_latency = new LatencyHistory(this);
        for (QAbstractItemModel *m : {static_cast<QAbstractItemModel *>(m_services), static_cast<QAbstractItemModel *>(m_heartbeats),
                                      static_cast<QAbstractItemModel *>(m_objectives)})
            m_testers << new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        connect(m_engine, &ProbeEngine::statusesChanged, m_services, &ServiceTableModel::applyStatuses);
        connect(m_engine, &ProbeEngine::resultsReady, m_latency, [this](const QList<ProbeResult> &rs) {
            for (const ProbeResult &r : rs)
                m_latency->add(r.service, r.finishedAt.toMSecsSinceEpoch(), r.latencyMs);
        });
        m_window = new MainWindow({m_services, m_heartbeats, m_objectives, m_latency});
        // the proxy in front of the table is tested too
        m_testers << new QAbstractItemModelTester(m_window->dashboard()->servicesView()->model(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_engine, &ProbeEngine::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_window;
    }

    void rowsMatchTheProfile()
    {
        load(profile(false));
        QTableView *view = m_window->findChild<QTableView *>(u"servicesTable"_s);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 3);
        for (const QString &name : {u"auth"_s, u"trade"_s, u"data"_s})
            QVERIFY(rowOfInView(name) >= 0);
        QCOMPARE(m_window->findChild<QTableView *>(u"heartbeatsTable"_s)->model()->rowCount(), 1);
        QCOMPARE(m_window->findChild<QTableView *>(u"objectivesTable"_s)->model()->rowCount(), 1);
        QTRY_COMPARE(cell(u"auth"_s, ServiceTableModel::StateColumn), u"Up"_s);
        QTRY_COMPARE(cell(u"trade"_s, ServiceTableModel::StateColumn), u"Up"_s);
        QVERIFY(m_window->windowTitle().startsWith(u"staging"_s));
        const QLabel *name = m_window->findChild<QLabel *>(u"environmentName"_s);
        QCOMPARE(name->text(), u"staging"_s);
        QCOMPARE(m_window->findChild<QLabel *>(u"environmentBadge"_s)->text(), u"not production"_s);
        // a heartbeat file that is not there is "could not check", never fresh,
        // and the banner's one-line summary says so
        QCOMPARE(m_heartbeats->index(0, HeartbeatModel::LevelColumn).data().toString(), u"Could not check"_s);
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"stateSummary"_s)->text().contains(u"\u2665 Could not check"_s));
    }

    void stateChangeReachesTheTable()
    {
        m_server->setRoute(u"/trade"_s, Mode::Error);
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"trade"_s, ServiceTableModel::StateColumn), u"Down"_s, 5000);
        QCOMPARE(cell(u"trade"_s, ServiceTableModel::MessageColumn), u"HTTP 503 Service Unavailable"_s);
        // Down sorts first
        QCOMPARE(rowOfInView(u"trade"_s), 0);
        const QLabel *summary = m_window->findChild<QLabel *>(u"stateSummary"_s);
        QTRY_VERIFY(summary->text().contains(u"<b>1</b> Down"_s));

        m_server->setRoute(u"/data"_s, Mode::Hang);
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"data"_s, ServiceTableModel::StateColumn), u"Down"_s, 5000);
        QCOMPARE(cell(u"data"_s, ServiceTableModel::MessageColumn), u"no answer within 500 ms (timeout)"_s);

        m_server->setRoute(u"/trade"_s, Mode::Healthy);
        m_server->setRoute(u"/data"_s, Mode::Healthy);
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"trade"_s, ServiceTableModel::StateColumn), u"Up"_s, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"data"_s, ServiceTableModel::StateColumn), u"Up"_s, 5000);
    }

    void filterByKeyboard()
    {
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
        auto *filter = m_window->findChild<QLineEdit *>(u"serviceFilter"_s);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"trad"_s);
        QAbstractItemModel *m = m_window->dashboard()->servicesView()->model();
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, 0).data(ServiceTableModel::NameRole).toString(), u"trade"_s);
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(m->rowCount(), 3);
    }

    void latencyChartFollowsSelection()
    {
        m_window->dashboard()->selectService(u"auth"_s);
        QCOMPARE(m_window->dashboard()->selectedService(), u"auth"_s);
        QTRY_VERIFY(!m_latency->samples(u"auth"_s).isEmpty());
        auto *box = m_window->findChild<QWidget *>(u"latencyBox"_s);
        QVERIFY(box);
        QCOMPARE(box->property("title").toString(), u"Latency of auth, last hour"_s);
    }

    void productionIsRedAndErrorsAreShown()
    {
        load(profile(true));
        QCOMPARE(m_window->findChild<QLabel *>(u"environmentBadge"_s)->text(), u"PRODUCTION"_s);
        QVERIFY(m_window->windowTitle().contains(u"PRODUCTION"_s));
        const QImage img = m_window->banner()->grab().toImage();
        const QColor bg = img.pixelColor(2, 2);
        QVERIFY2(bg.red() > 150 && bg.green() < 80 && bg.blue() < 80, qPrintable(bg.name()));
        // The badge's word must be readable: red text on its white ground, not white on white.
        auto *badge = m_window->findChild<QLabel *>(u"environmentBadge"_s);
        const QImage b = badge->grab().toImage();
        int redText = 0;
        for (int y = 0; y < b.height(); ++y)
            for (int x = 0; x < b.width(); ++x) {
                const QColor c = b.pixelColor(x, y);
                redText += c.red() > 120 && c.green() < 90 && c.blue() < 90;
            }
        QVERIFY2(redText > 20, qPrintable(QString::number(redText)));

        auto *errors = m_window->findChild<QLabel *>(u"profileErrors"_s);
        QVERIFY(errors->isHidden());
        m_window->setProfileErrors({{u"/tmp/p.yaml"_s, 4, 7, u"unknown key 'intervall'"_s}}, true);
        QVERIFY(errors->isVisible());
        QVERIFY(errors->text().contains(u"/tmp/p.yaml:4:7: unknown key"_s));
        QVERIFY(errors->text().contains(u"keeps running the last good version"_s));
        load(profile(false));
        QVERIFY(errors->isHidden());
    }

    void drillMenuEmitsRequests()
    {
        m_window->enableDrills({u"auth"_s, u"trade"_s});
        QSignalSpy service(m_window, &MainWindow::drillServiceRequested);
        QSignalSpy heartbeat(m_window, &MainWindow::drillHeartbeatRequested);
        QSignalSpy heal(m_window, &MainWindow::drillHealRequested);
        auto *hang = m_window->findChild<QAction *>(u"drill-trade-%1"_s.arg(int(Mode::Hang)));
        QVERIFY(hang);
        hang->trigger();
        QCOMPARE(service.size(), 1);
        QCOMPARE(service.first().at(0).toString(), u"trade"_s);
        QCOMPARE(service.first().at(1).value<Mode>(), Mode::Hang);
        QMenu *drill = m_window->findChild<QMenu *>(u"drillMenu"_s);
        QVERIFY(drill->menuAction()->isVisible());
        for (QAction *a : drill->actions()) {
            if (a->isCheckable() && !a->menu())
                a->trigger();   // stop the heartbeat
        }
        QCOMPARE(heartbeat.size(), 1);
        QCOMPARE(heartbeat.first().at(0).toBool(), false);
        QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(heal.size(), 1);
        QVERIFY(hang->isChecked() == false);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
