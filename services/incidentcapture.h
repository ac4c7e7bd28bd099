#pragma once

#include "backupsetstatus.h"
#include "heartbeatspec.h"
#include "heartbeatstatus.h"
#include "incident.h"
#include "servicestatus.h"
#include "timelineevent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace qd {

class Clock;

// What the console sees while an incident is open goes on its timeline by
// itself: a service changing state ("trade: Up → Down (connection
// refused)"), a heartbeat going stale or recovering, a backup set's finding
// appearing or clearing, a backup's verification ending. Fed the same
// signals the views get and the list of open incidents; answers with events
// for the store to append.
//
// A newly declared incident also gets the backups as they stand then
// ("backup-snapshot"): the post-mortem's data-loss window is measured
// against the newest good backup before the start, and retention may have
// removed it from the inventory by the time the post-mortem is written.
//
// Only changes are events. The first reading of anything (a service's first
// state, a heartbeat's first beat, a set's first inventory) is a baseline,
// and state is tracked while no incident is open, so opening one does not
// replay everything that was already wrong.
class IncidentCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentCapture)
public:
    // `clock` ages heartbeats between beats; it must outlive the capture.
    explicit IncidentCapture(const Clock *clock, QObject *parent = nullptr);

public slots:
    void setOpenIncidents(const QList<qd::Incident> &incidents);   // every incident; the open ones count
    // ProbeEngine::statusesChanged.
    void applyStatuses(const QList<qd::ServiceStatus> &statuses);

    // The profile's heartbeats: their thresholds say when a beat is stale.
    // A heartbeat whose path changed starts again from a baseline.
    void setHeartbeats(const QList<qd::HeartbeatSpec> &specs);
    // HeartbeatMonitor::heartbeatsUpdated: only beats that changed.
    void applyHeartbeats(const QList<qd::HeartbeatStatus> &statuses);
    // A heartbeat goes stale while its file stays the same, so the monitor
    // says nothing: the age has to be re-read from the clock now and then.
    void tick();

    // BackupService::inventoryChanged.
    void applyInventory(const QList<qd::BackupSetStatus> &sets, const QDateTime &at);

signals:
    void eventReady(const qd::TimelineEvent &event);

private:
    struct Heartbeat
    {
        HeartbeatSpec spec;
        HeartbeatStatus status;
        bool hasStatus = false;
        bool baselined = false;
        QString state;   // "fresh", "stale" or "unknown"
    };
    struct Verdict
    {
        Backup::Verification verification = Backup::Verification::Unverified;
        QDateTime verifiedAt;
    };
    struct BackupSet
    {
        QString folder;
        QList<BackupFinding> findings;   // the reported kinds, in the analyzer's order
        QSet<QString> findingIds;        // findingId() of each
        QHash<QString, Verdict> verdicts;         // by backup path
        QDateTime at;
    };

    void judgeHeartbeat(Heartbeat &h, const QDateTime &now, bool report);
    void compareSet(const BackupSetStatus &set, const BackupSet &before, const BackupSet &after, const QDateTime &at);
    void publish(TimelineEvent e);

    const Clock *m_clock;
    QHash<QString, ServiceState> m_last;
    QList<QUuid> m_open;
    QSet<QUuid> m_seen;                       // incidents this console has looked at
    QList<QUuid> m_awaitingInventory;         // declared before the first inventory came
    QList<BackupSetStatus> m_inventory;       // the last one
    bool m_hasInventory = false;
    void snapshot(const QUuid &incident);
    QHash<QString, Heartbeat> m_heartbeats;   // by name
    QHash<QString, BackupSet> m_sets;         // by set name
};

} // namespace qd
