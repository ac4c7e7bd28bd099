#include "incidentcapture.h"
#include "incidentservice.h"
#include "loopbackhttpserver.h"
#include "manualclock.h"
#include "probeengine.h"
#include "sqlitestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace qd;
using namespace Qt::StringLiterals;
using Millis = std::chrono::milliseconds;

// A real service on loopback stops answering while an incident is open:
// the change lands on the incident's timeline by itself, as the console
// wires it (probe engine → capture → store worker).
class TestIncidentCapture final : public QObject
{
    Q_OBJECT

private slots:
    void serviceGoingDownIsRecorded()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"incidents.db"_s);
        ManualClock clock;
        QUuid incident;
        {
            SqliteStore store(file, u"setup"_s, clock);
            QString error;
            QVERIFY(store.open(&error));
            Incident draft;
            draft.title = u"watching trade"_s;
            incident = store.declare(draft, u"ana"_s, &error)->id;
        }
        LoopbackHttpServer server(u"trade"_s);
        QVERIFY(server.listen(0));
        server.setRoute(u"/health"_s, LoopbackHttpServer::Mode::Healthy);

        QThread thread;
        auto *service = new IncidentService(file, u"console"_s, clock);
        service->moveToThread(&thread);
        connect(&thread, &QThread::finished, service, &QObject::deleteLater);
        thread.start();

        ProbeEngine engine(&clock);
        engine.setBatchInterval(0);
        IncidentCapture capture;
        connect(service, &IncidentService::incidentsChanged, &capture, &IncidentCapture::setOpenIncidents);
        connect(&engine, &ProbeEngine::statusesChanged, &capture, &IncidentCapture::applyStatuses);
        connect(&capture, &IncidentCapture::eventReady, service, &IncidentService::append);
        QSignalSpy appended(service, &IncidentService::appended);
        QSignalSpy statuses(&engine, &ProbeEngine::statusesChanged);
        QMetaObject::invokeMethod(service, &IncidentService::open);

        ServiceSpec spec;
        spec.name = u"trade"_s;
        spec.kind = ServiceSpec::Kind::Http;
        spec.url = QUrl(server.baseUrl() + u"/health"_s);
        spec.timeout = Millis(1000);
        spec.interval = Millis(200);
        spec.failuresBeforeDown = 1;
        engine.setServices({spec});
        QTRY_VERIFY(!statuses.isEmpty());   // first state: Up, not a change
        QTest::qWait(300);
        QCOMPARE(appended.size(), 0);

        server.setRoute(u"/health"_s, LoopbackHttpServer::Mode::Error);
        QTRY_VERIFY_WITH_TIMEOUT(appended.size() >= 1, 5000);
        const TimelineEvent e = appended.first().at(0).value<TimelineEvent>();
        QCOMPARE(e.incidentId, incident);
        QCOMPARE(e.kind, u"service-state"_s);
        QCOMPARE(e.actor, u"probe"_s);
        QCOMPARE(e.data.value(u"service"_s).toString(), u"trade"_s);
        QCOMPARE(e.data.value(u"from"_s).toString(), u"up"_s);
        QCOMPARE(e.data.value(u"to"_s).toString(), u"down"_s);
        QVERIFY2(e.text.startsWith(u"trade: "_s), qPrintable(e.text));

        engine.stop();
        thread.quit();
        thread.wait();
        // On disk, in the incident's timeline.
        SqliteStore check(file, u"check"_s, clock);
        QString error;
        QVERIFY(check.open(&error));
        const QList<TimelineEvent> events = check.events(incident, 0, 100, &error);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const TimelineEvent &x) { return x.kind == u"service-state"; }));
    }
};

QTEST_GUILESS_MAIN(TestIncidentCapture)
#include "tst_incidentcapture.moc"
