#include "incidentservice.h"
#include "manualclock.h"
#include "sqlitestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace qd;
using namespace Qt::StringLiterals;

// The console's store worker on its own thread: declare, watch, append,
// and what another writer (the command line) adds, seen within a second.
class TestIncidentService final : public QObject
{
    Q_OBJECT

private slots:
    void declareWatchAppendAndSeeOtherWriters()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"incidents.db"_s);
        ManualClock clock;
        QThread thread;
        thread.setObjectName(u"qd-store"_s);
        auto *service = new IncidentService(file, u"console"_s, clock);
        service->moveToThread(&thread);
        connect(&thread, &QThread::finished, service, &QObject::deleteLater);
        thread.start();

        QSignalSpy opened(service, &IncidentService::opened);
        QSignalSpy incidents(service, &IncidentService::incidentsChanged);
        QSignalSpy declared(service, &IncidentService::declared);
        QSignalSpy arrived(service, &IncidentService::eventsArrived);
        QSignalSpy appended(service, &IncidentService::appended);
        QSignalSpy failedAppend(service, &IncidentService::appendFailed);
        QMetaObject::invokeMethod(service, &IncidentService::open);
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(opened.first().at(0).toBool());
        // The store works on its thread, not on ours.
        QVERIFY(service->thread() != QThread::currentThread());

        Incident draft;
        draft.title = u"Trade service down"_s;
        draft.severity = Incident::Severity::Sev1;
        QMetaObject::invokeMethod(service, [service, draft] { service->declare(draft, u"ana"_s); });
        QTRY_COMPARE(declared.size(), 1);
        const Incident incident = declared.first().at(0).value<Incident>();
        QTRY_VERIFY(!incidents.isEmpty() && incidents.last().at(0).value<QList<Incident>>().size() == 1);

        QMetaObject::invokeMethod(service, [service, id = incident.id] { service->watch(id); });
        QTRY_COMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().at(1).value<QList<TimelineEvent>>().first().kind, u"declared"_s);

        TimelineEvent note;
        note.incidentId = incident.id;
        note.kind = u"note"_s;
        note.actor = u"ana"_s;
        note.text = u"orders stuck"_s;
        QMetaObject::invokeMethod(service, [service, note] { service->append(note); });
        QTRY_COMPARE(appended.size(), 1);
        QTRY_COMPARE(arrived.size(), 2);
        QCOMPARE(arrived.last().at(1).value<QList<TimelineEvent>>().first().text, u"orders stuck"_s);

        // Another writer on the file, as `quarterdeck incident note` would be.
        {
            SqliteStore cli(file, u"cli@host"_s, clock);
            QString error;
            QVERIFY(cli.open(&error));
            TimelineEvent other = note;
            other.actor = u"ben"_s;
            other.text = u"feed restarted"_s;
            QVERIFY(cli.append(other, &error));
            TimelineEvent status;
            status.incidentId = incident.id;
            status.kind = u"status"_s;
            status.data = {{u"to"_s, int(Incident::Status::Resolved)}};
            QVERIFY(cli.append(status, &error));
        }
        QTRY_VERIFY_WITH_TIMEOUT(arrived.size() >= 3, 2000);
        QList<TimelineEvent> seen;
        for (const QList<QVariant> &a : std::as_const(arrived))
            seen.append(a.at(1).value<QList<TimelineEvent>>());
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen[2].text, u"feed restarted"_s);
        QCOMPARE(seen[2].consoleId, u"cli@host"_s);
        // Resolved elsewhere: still listed (the history), no longer open.
        QTRY_VERIFY_WITH_TIMEOUT(!incidents.last().at(0).value<QList<Incident>>().value(0).open(), 2000);
        QCOMPARE(incidents.last().at(0).value<QList<Incident>>().size(), 1);

        // A filtered watch starts over with only what matches.
        QSignalSpy started(service, &IncidentService::watchStarted);
        QSignalSpy facets(service, &IncidentService::facetsChanged);
        const int before = int(arrived.size());
        QMetaObject::invokeMethod(service, [service, id = incident.id] { service->watch(id, TimelineFilter{{}, u"ben"_s, {}}); });
        QTRY_COMPARE(started.size(), 1);
        QTRY_COMPARE(arrived.size(), before + 1);
        const QList<TimelineEvent> bens = arrived.last().at(1).value<QList<TimelineEvent>>();
        QCOMPARE(bens.size(), 1);
        QCOMPARE(bens.first().text, u"feed restarted"_s);
        QTRY_COMPARE(facets.size(), 1);
        QCOMPARE(facets.first().at(2).toStringList(), (QStringList{u""_s, u"ana"_s, u"ben"_s}));

        // Not recorded: said, with the event back so nothing typed is lost.
        TimelineEvent orphan = note;
        orphan.incidentId = QUuid::createUuid();
        QMetaObject::invokeMethod(service, [service, orphan] { service->append(orphan); });
        QTRY_COMPARE(failedAppend.size(), 1);
        QCOMPARE(failedAppend.first().at(0).value<TimelineEvent>().text, u"orders stuck"_s);

        thread.quit();
        thread.wait();
    }

    void unusableStoreSaysSo()
    {
        ManualClock clock;
        IncidentService service(u"/proc/nowhere/incidents.db"_s, u"c"_s, clock);
        QSignalSpy opened(&service, &IncidentService::opened);
        service.open();
        QCOMPARE(opened.size(), 1);
        QVERIFY(!opened.first().at(0).toBool());
        QVERIFY(opened.first().at(1).toString().contains(u"/proc/nowhere"_s));
    }
};

QTEST_GUILESS_MAIN(TestIncidentService)
#include "tst_incidentservice.moc"
