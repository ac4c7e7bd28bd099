#pragma once

#include "backupsetstatus.h"
#include "incident.h"
#include "profile.h"
#include "runbook.h"

#include <QList>

class QAbstractItemModel;

namespace qd {

class Clock;
class HeartbeatModel;
class Secrets;
class SqlChecker;
class ServiceTableModel;

// What the rollback wizard reads and never changes: the runbooks, the
// profile, the backup inventory, the incident it works for, and the live
// dashboard models its verification watches.
struct RollbackInputs
{
    QList<Runbook> runbooks;
    Profile profile;
    QList<BackupSetStatus> inventory;
    Incident incident;                         // id null: a drill without one yet
    ServiceTableModel *services = nullptr;
    HeartbeatModel *heartbeats = nullptr;
    const Clock *clock = nullptr;
    // The verification's SQL checks: the checker lives on a worker thread
    // (called queued), the secrets on this one. Null: SQL checks by hand.
    SqlChecker *sql = nullptr;
    Secrets *secrets = nullptr;
};

} // namespace qd
