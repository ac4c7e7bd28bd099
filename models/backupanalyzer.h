#pragma once

#include "backup.h"
#include "backupfinding.h"
#include "backupsetspec.h"

#include <QCoreApplication>
#include <QList>

namespace qd {

// Judges a set's backups against its schedule, retention and RPO. Pure: the
// caller lists the folder (off the UI thread) and passes the time, so every
// finding can be tested with a fixed clock.
class BackupAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(qd::BackupAnalyzer)
public:
    struct Result
    {
        QList<BackupFinding> findings;
        int newest = -1;       // index into the backups, newest by timestamp
        int newestGood = -1;   // newest not known bad and not "could not check" (may be unverified)
        Millis newestGoodAge{-1};
    };

    // A backup this much smaller than the median of its neighbours is a
    // "successful" dump with nothing in it.
    static constexpr double kMuchSmallerRatio = 0.1;
    // Schedules drift; a gap counts as missed only past this share of the interval.
    static constexpr double kScheduleSlack = 1.25;
    // Clocks differ between machines; a backup stamped further ahead than
    // this is not counted at all (it would hide an RPO breach for a year).
    static constexpr qint64 kFutureToleranceMs = 5 * 60 * 1000;

    // `rpo`: the set's own, or its component's objective (-1: none).
    // `folderError`: the folder could not be listed; then that is the only
    // finding, and the set is "could not check", never fine.
    static Result analyze(const BackupSetSpec &spec, const QList<Backup> &backups, Millis rpo, const QDateTime &now,
                          const QString &folderError = QString());
};

} // namespace qd
