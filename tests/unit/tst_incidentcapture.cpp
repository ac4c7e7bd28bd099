#include "backupservice.h"
#include "heartbeatmonitor.h"
#include "incidentcapture.h"
#include "postmortem.h"
#include "incidentservice.h"
#include "loopbackhttpserver.h"
#include "manualclock.h"
#include "probeengine.h"
#include "sandboxbackups.h"
#include "sqlitestore.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace qd;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Millis = std::chrono::milliseconds;

namespace {

Incident openIncident(const QString &title)
{
    Incident i;
    i.id = QUuid::createUuid();
    i.title = title;
    return i;
}

QList<TimelineEvent> eventsOf(const QSignalSpy &spy, const QString &kind)
{
    QList<TimelineEvent> out;
    for (const QList<QVariant> &args : spy) {
        const TimelineEvent e = args.at(0).value<TimelineEvent>();
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}

// A worker that writes the time of its last beat into its heartbeat file.
void writeBeat(const QString &path, const QDateTime &t)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(t.toString(Qt::ISODate).toLatin1() + "\n");
}

HeartbeatSpec tradeBeat(const QString &path)
{
    HeartbeatSpec s;
    s.name = u"trade"_s;
    s.component = u"trading"_s;
    s.path = path;
    s.source = HeartbeatSpec::Source::Content;
    s.warnAfter = 90s;
    s.criticalAfter = 300s;
    return s;
}

// The sandbox's two backup sets; market-data must be at most 15 min old.
Profile backupProfile(const QTemporaryDir &dir)
{
    Profile p;
    for (const auto &[name, folder, pattern, interval, rpo] :
         {std::tuple{u"market-data"_s, u"backups/market-data"_s, u"marketdata_{YYYYMMDD}_{HHMMSS}.sql.gz"_s, 5, 15},
          std::tuple{u"strategy"_s, u"backups/strategy"_s, u"strategy_{YYYYMMDD}_{HHMMSS}.sql.gz"_s, 60, 180}}) {
        BackupSetSpec s;
        s.name = name;
        s.component = u"trading"_s;
        s.folder = dir.filePath(folder);
        s.pattern = pattern;
        s.interval = Millis(interval * 60'000);
        s.rpo = Millis(rpo * 60'000);
        p.backups.append(s);
    }
    return p;
}

// The backup worker on a thread of its own, as the console runs it, over the
// sandbox's real dumps (one of the strategy set damaged on purpose).
class BackupRig
{
public:
    BackupRig(ManualClock &clock, IncidentCapture &capture, QObject *context)
    {
        SandboxBackups backups(dir.path());
        QString error;
        populated = backups.populate(clock.now(), &error);
        service = new BackupService(&clock, QString());
        service->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, service, &QObject::deleteLater);
        QObject::connect(service, &BackupService::inventoryChanged, &capture, &IncidentCapture::applyInventory);
        // Queued after the capture's own slot, from the same thread: when this
        // runs, the capture has seen the inventory.
        QObject::connect(service, &BackupService::inventoryChanged, context,
                         [this](const QList<BackupSetStatus> &sets) {
                             last = sets;
                             ++inventories;
                         });
        QObject::connect(service, &BackupService::verificationFinished, context, [this] { ++finishedRuns; });
        thread.start();
    }
    ~BackupRig()
    {
        QMetaObject::invokeMethod(service, &BackupService::shutdown, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    void setProfile(const Profile &p)
    {
        QMetaObject::invokeMethod(service, [s = service, p] { s->setProfile(p); });
    }
    void verify(const QStringList &paths, bool recheck)
    {
        QMetaObject::invokeMethod(service, [s = service, paths, recheck] { s->verify(paths, recheck); });
    }
    void rescan() { QMetaObject::invokeMethod(service, &BackupService::rescan); }

    QTemporaryDir dir;
    bool populated = false;
    QThread thread;
    BackupService *service = nullptr;
    QList<BackupSetStatus> last;
    int inventories = 0;
    int finishedRuns = 0;
};

QStringList pathsOf(const BackupSetStatus &set)
{
    QStringList out;
    for (const Backup &b : set.backups)
        out.append(b.path);
    return out;
}

} // namespace

class TestIncidentCapture final : public QObject
{
    Q_OBJECT

private slots:
    // A real service on loopback stops answering while an incident is open:
    // the change lands on the incident's timeline by itself, as the console
    // wires it (probe engine → capture → store worker).
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
        IncidentCapture capture(&clock);
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

    // A real monitor reads a real heartbeat file; the capture's clock ages it.
    void heartbeatGoesStaleAndRecovers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"trade.beat"_s);
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(1, 52), Qt::UTC));
        const QDateTime firstBeat = clock.now().addSecs(-30);
        writeBeat(path, firstBeat);

        IncidentCapture capture(&clock);
        const Incident incident = openIncident(u"trade is slow"_s);
        capture.setOpenIncidents({incident});
        QSignalSpy events(&capture, &IncidentCapture::eventReady);
        HeartbeatMonitor monitor;
        monitor.setPollInterval(50);
        connect(&monitor, &HeartbeatMonitor::heartbeatsUpdated, &capture, &IncidentCapture::applyHeartbeats);
        QSignalSpy updates(&monitor, &HeartbeatMonitor::heartbeatsUpdated);
        capture.setHeartbeats({tradeBeat(path)});
        monitor.setHeartbeats({tradeBeat(path)});

        // The first reading is a baseline, fresh or not.
        QCOMPARE(updates.size(), 1);
        capture.tick();
        QCOMPARE(events.size(), 0);

        // Three minutes without a beat; the file does not change, so only
        // the tick can notice.
        clock.advance(150s);
        capture.tick();
        QCOMPARE(events.size(), 1);
        const TimelineEvent stale = events.at(0).at(0).value<TimelineEvent>();
        QCOMPARE(stale.incidentId, incident.id);
        QCOMPARE(stale.kind, u"heartbeat"_s);
        QCOMPARE(stale.actor, u"probe"_s);
        QCOMPARE(stale.data.value(u"name"_s).toString(), u"trade"_s);
        QCOMPARE(stale.data.value(u"component"_s).toString(), u"trading"_s);
        QCOMPARE(stale.data.value(u"from"_s).toString(), u"fresh"_s);
        QCOMPARE(stale.data.value(u"to"_s).toString(), u"stale"_s);
        QCOMPARE(stale.data.value(u"ageSeconds"_s).toInteger(), 180);
        QCOMPARE(stale.data.value(u"limitSeconds"_s).toInteger(), 90);
        QCOMPARE(stale.data.value(u"lastBeat"_s).toString(), firstBeat.toString(Qt::ISODateWithMs));
        // When the limit passed, not when the tick saw it.
        QCOMPARE(stale.occurredAt, firstBeat.addSecs(90));
        QCOMPARE(stale.occurredAt.timeSpec(), Qt::UTC);
        QVERIFY2(stale.text.startsWith(u"trade heartbeat stale: last beat "_s), qPrintable(stale.text));

        // Past the critical limit, and the monitor polling an unchanged
        // file: still the same "stale", no second event.
        clock.advance(300s);
        capture.tick();
        QTest::qWait(200);
        capture.tick();
        QCOMPARE(events.size(), 1);

        const QDateTime secondBeat = clock.now().addSecs(-2);
        writeBeat(path, secondBeat);
        QTRY_COMPARE(events.size(), 2);
        const TimelineEvent back = events.at(1).at(0).value<TimelineEvent>();
        QCOMPARE(back.incidentId, incident.id);
        QCOMPARE(back.kind, u"heartbeat"_s);
        QCOMPARE(back.actor, u"probe"_s);
        QCOMPARE(back.data.value(u"from"_s).toString(), u"stale"_s);
        QCOMPARE(back.data.value(u"to"_s).toString(), u"fresh"_s);
        QCOMPARE(back.data.value(u"ageSeconds"_s).toInteger(), 2);
        QCOMPARE(back.occurredAt, secondBeat);
        QVERIFY2(back.text.startsWith(u"trade heartbeat recovered"_s), qPrintable(back.text));

        capture.tick();
        QTest::qWait(200);
        QCOMPARE(events.size(), 2);
        monitor.stop();
    }

    // No incident, no event; and what went wrong before one was declared is
    // not replayed when it is.
    void heartbeatWithoutIncidentIsNotRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"trade.beat"_s);
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(1, 52), Qt::UTC));
        writeBeat(path, clock.now());

        IncidentCapture capture(&clock);
        QSignalSpy events(&capture, &IncidentCapture::eventReady);
        HeartbeatMonitor monitor;
        monitor.setPollInterval(50);
        connect(&monitor, &HeartbeatMonitor::heartbeatsUpdated, &capture, &IncidentCapture::applyHeartbeats);
        capture.setHeartbeats({tradeBeat(path)});
        monitor.setHeartbeats({tradeBeat(path)});

        clock.advance(10min);
        capture.tick();
        QCOMPARE(events.size(), 0);

        const Incident a = openIncident(u"a"_s);
        const Incident b = openIncident(u"b"_s);
        capture.setOpenIncidents({a, b});
        capture.tick();
        QCOMPARE(events.size(), 0);   // already stale: not news

        // One change, one event on each open incident.
        writeBeat(path, clock.now());
        QTRY_COMPARE(events.size(), 2);
        QCOMPARE(events.at(0).at(0).value<TimelineEvent>().incidentId, a.id);
        QCOMPARE(events.at(1).at(0).value<TimelineEvent>().incidentId, b.id);
        QCOMPARE(events.at(1).at(0).value<TimelineEvent>().data.value(u"to"_s).toString(), u"fresh"_s);

        // Resolved: nothing more.
        capture.setOpenIncidents({});
        clock.advance(10min);
        capture.tick();
        QCOMPARE(events.size(), 2);
        monitor.stop();
    }

    // Verifying the strategy set during an incident: one event per backup,
    // and the damaged one is also a finding on the set.
    void backupVerificationAndFindings()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(1, 52), Qt::UTC));
        IncidentCapture capture(&clock);
        const Incident incident = openIncident(u"strategy lost its state"_s);
        capture.setOpenIncidents({incident});
        QSignalSpy events(&capture, &IncidentCapture::eventReady);
        BackupRig rig(clock, capture, this);
        QVERIFY(rig.populated);

        // The first inventory is a baseline, even with market-data already
        // past its RPO when the console starts.
        clock.advance(20min);
        rig.setProfile(backupProfile(rig.dir));
        QTRY_VERIFY_WITH_TIMEOUT(rig.inventories >= 1, 5000);
        QCOMPARE(rig.last.size(), 2);
        QCOMPARE(rig.last[1].backups.size(), 8);
        const QList<BackupFinding> &known = rig.last[0].analysis.findings;
        QVERIFY(std::any_of(known.cbegin(), known.cend(), [](const BackupFinding &f) { return f.kind == BackupFinding::Kind::RpoBreached; }));
        QCOMPARE(events.size(), 0);

        rig.verify(pathsOf(rig.last[1]), false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.finishedRuns, 1, 30000);
        const QList<TimelineEvent> verifications = eventsOf(events, u"verification"_s);
        const QList<TimelineEvent> findings = eventsOf(events, u"backup"_s);
        QCOMPARE(events.size(), 9);
        QCOMPARE(verifications.size(), 8);
        QCOMPARE(findings.size(), 1);

        QList<TimelineEvent> corrupt;
        QSet<QString> seen;
        for (const TimelineEvent &e : verifications) {
            QCOMPARE(e.incidentId, incident.id);
            QCOMPARE(e.actor, u"backups"_s);
            QCOMPARE(e.data.value(u"set"_s).toString(), u"strategy"_s);
            QCOMPARE(e.data.value(u"from"_s).toString(), u"unverified"_s);
            QVERIFY(e.occurredAt.isValid());
            QCOMPARE(e.occurredAt.timeSpec(), Qt::UTC);
            seen.insert(e.data.value(u"path"_s).toString());
            if (e.data.value(u"result"_s).toString() == u"corrupt") {
                corrupt.append(e);
                QVERIFY(!e.data.contains(u"sha256"_s));
            } else {
                QCOMPARE(e.data.value(u"result"_s).toString(), u"ok"_s);
                QCOMPARE(e.data.value(u"sha256"_s).toString().size(), 64);
                QVERIFY2(e.text.contains(u" verified OK"_s), qPrintable(e.text));
            }
        }
        QCOMPARE(seen.size(), 8);   // one per backup
        QCOMPARE(corrupt.size(), 1);
        const QString bad = corrupt[0].data.value(u"backup"_s).toString();
        QVERIFY(!corrupt[0].data.value(u"reason"_s).toString().isEmpty());
        QVERIFY2(corrupt[0].text.startsWith(u"strategy: "_s + bad + u" failed verification: "_s), qPrintable(corrupt[0].text));

        const TimelineEvent finding = findings[0];
        QCOMPARE(finding.incidentId, incident.id);
        QCOMPARE(finding.actor, u"backups"_s);
        QCOMPARE(finding.data.value(u"set"_s).toString(), u"strategy"_s);
        QCOMPARE(finding.data.value(u"finding"_s).toString(), u"corrupt"_s);
        QCOMPARE(finding.data.value(u"change"_s).toString(), u"raised"_s);
        QCOMPARE(finding.data.value(u"backup"_s).toString(), bad);
        QCOMPARE(finding.occurredAt, corrupt[0].occurredAt);   // when the verification found it

        // An unchanged inventory says nothing new.
        const int before = rig.inventories;
        rig.rescan();
        QTRY_VERIFY_WITH_TIMEOUT(rig.inventories > before, 5000);
        QCOMPARE(events.size(), 9);

        // Re-reading a backup is a new result, even when it is the same.
        QString good;
        for (const Backup &b : std::as_const(rig.last[1].backups))
            if (b.verification == Backup::Verification::Ok)
                good = b.path;
        rig.verify({good}, true);
        QTRY_COMPARE_WITH_TIMEOUT(rig.finishedRuns, 2, 10000);
        QCOMPARE(events.size(), 10);
        const TimelineEvent again = events.at(9).at(0).value<TimelineEvent>();
        QCOMPARE(again.kind, u"verification"_s);
        QCOMPARE(again.data.value(u"path"_s).toString(), good);
        QCOMPARE(again.data.value(u"from"_s).toString(), u"ok"_s);
        QCOMPARE(again.data.value(u"result"_s).toString(), u"ok"_s);
    }

    // Twenty minutes without a market-data backup breaches its 15 min RPO;
    // the next backup ends the breach.
    void backupRpoBreachAndRecovery()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(1, 52), Qt::UTC));
        IncidentCapture capture(&clock);
        const Incident incident = openIncident(u"market data feed down"_s);
        capture.setOpenIncidents({incident});
        QSignalSpy events(&capture, &IncidentCapture::eventReady);
        BackupRig rig(clock, capture, this);
        QVERIFY(rig.populated);
        rig.setProfile(backupProfile(rig.dir));
        QTRY_VERIFY_WITH_TIMEOUT(rig.inventories >= 1, 5000);
        QCOMPARE(events.size(), 0);

        clock.advance(20min);
        int before = rig.inventories;
        rig.rescan();
        QTRY_VERIFY_WITH_TIMEOUT(rig.inventories > before, 5000);
        QCOMPARE(events.size(), 1);
        const TimelineEvent breach = events.at(0).at(0).value<TimelineEvent>();
        QCOMPARE(breach.incidentId, incident.id);
        QCOMPARE(breach.kind, u"backup"_s);
        QCOMPARE(breach.actor, u"backups"_s);
        QCOMPARE(breach.data.value(u"set"_s).toString(), u"market-data"_s);
        QCOMPARE(breach.data.value(u"finding"_s).toString(), u"rpo_breached"_s);
        QCOMPARE(breach.data.value(u"change"_s).toString(), u"raised"_s);
        QCOMPARE(breach.data.value(u"rpoSeconds"_s).toInteger(), 15 * 60);
        QCOMPARE(breach.data.value(u"ageSeconds"_s).toInteger(), 22 * 60);   // newest at 01:50, now 02:12
        QCOMPARE(breach.occurredAt, QDateTime(QDate(2026, 11, 22), QTime(2, 5), Qt::UTC));

        // Still breached, older: the same finding, not a new one.
        clock.advance(1min);
        before = rig.inventories;
        rig.rescan();
        QTRY_VERIFY_WITH_TIMEOUT(rig.inventories > before, 5000);
        QCOMPARE(events.size(), 1);

        // The backup job runs; the folder watcher lists the sets again by itself.
        SandboxBackups(rig.dir.path()).backUpNow(clock.now());
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, 5000);
        const TimelineEvent healed = events.at(1).at(0).value<TimelineEvent>();
        QCOMPARE(healed.kind, u"backup"_s);
        QCOMPARE(healed.data.value(u"set"_s).toString(), u"market-data"_s);
        QCOMPARE(healed.data.value(u"finding"_s).toString(), u"rpo_breached"_s);
        QCOMPARE(healed.data.value(u"change"_s).toString(), u"cleared"_s);
        QVERIFY2(healed.text.contains(u"within the RPO again"_s), qPrintable(healed.text));
        QTest::qWait(500);
        QCOMPARE(events.size(), 2);
    }

    // Declared now: the backups as they stand are recorded with it, once
    // the inventory is in; the post-mortem measures the data-loss window
    // from that record even after retention removed the backup.
    void backupsAtDeclaration()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(1, 52), Qt::UTC));
        IncidentCapture capture(&clock);
        Incident incident = openIncident(u"market data feed down"_s);
        incident.declaredAt = clock.now();
        QSignalSpy events(&capture, &IncidentCapture::eventReady);
        capture.setOpenIncidents({incident});
        QCOMPARE(events.size(), 0);   // no inventory yet
        BackupRig rig(clock, capture, this);
        QVERIFY(rig.populated);
        rig.setProfile(backupProfile(rig.dir));
        QTRY_VERIFY_WITH_TIMEOUT(rig.inventories >= 1, 5000);
        const QList<TimelineEvent> snaps = eventsOf(events, u"backup-snapshot"_s);
        QCOMPARE(snaps.size(), 1);
        const TimelineEvent snap = snaps.first();
        QCOMPARE(snap.incidentId, incident.id);
        QVERIFY2(snap.text.startsWith(u"Backups at declaration: market-data: newest good 2026-11-22 01:50 UTC"_s), qPrintable(snap.text));
        const QJsonArray sets = snap.data.value(u"sets"_s).toArray();
        QCOMPARE(sets.size(), 2);
        // Seen again (a new list of incidents): not recorded twice.
        capture.setOpenIncidents({incident});
        QCOMPARE(eventsOf(events, u"backup-snapshot"_s).size(), 1);
        // One declared long ago is not recorded when the console meets it.
        Incident old = openIncident(u"old"_s);
        old.declaredAt = clock.now().addSecs(-3600);
        capture.setOpenIncidents({incident, old});
        QCOMPARE(eventsOf(events, u"backup-snapshot"_s).size(), 1);

        // The post-mortem with an inventory that no longer has those
        // backups: the window still comes from the newest before the start.
        incident.fields.insert(u"time.detected"_s, u"2026-11-22T01:51:00Z"_s);
        PostMortem::Recovery pruned;
        BackupSetStatus empty;
        empty.spec.name = u"market-data"_s;
        empty.spec.component = u"data"_s;
        empty.spec.rpo = Millis(15 * 60'000);
        pruned.backups = {empty};
        const QString md = PostMortem::markdown(incident, {snap}, clock.now(), pruned).text;
        QVERIFY2(md.contains(u"| market-data | data | 15 m | marketdata\\_20261122\\_015000.sql.gz (2026-11-22 01:50 UTC, not verified) | 1 m | within |"_s), qPrintable(md));
    }

    void backupsWithoutIncidentAreNotRecorded()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(1, 52), Qt::UTC));
        IncidentCapture capture(&clock);
        QSignalSpy events(&capture, &IncidentCapture::eventReady);
        BackupRig rig(clock, capture, this);
        QVERIFY(rig.populated);
        rig.setProfile(backupProfile(rig.dir));
        QTRY_VERIFY_WITH_TIMEOUT(rig.inventories >= 1, 5000);
        rig.verify(pathsOf(rig.last[1]), false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.finishedRuns, 1, 30000);
        QCOMPARE(events.size(), 0);

        // Declared afterwards: the corrupt backup is known, not news.
        capture.setOpenIncidents({openIncident(u"late"_s)});
        const int before = rig.inventories;
        rig.rescan();
        QTRY_VERIFY_WITH_TIMEOUT(rig.inventories > before, 5000);
        QCOMPARE(events.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIncidentCapture)
#include "tst_incidentcapture.moc"
