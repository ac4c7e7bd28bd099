#include "backupfinding.h"

namespace qd {

QString BackupFinding::key(Kind kind)
{
    switch (kind) {
    case Kind::RpoBreached:
        return QStringLiteral("rpo_breached");
    case Kind::NoGoodBackup:
        return QStringLiteral("no_good_backup");
    case Kind::MissedSchedule:
        return QStringLiteral("missed_schedule");
    case Kind::PastRetention:
        return QStringLiteral("past_retention");
    case Kind::MuchSmaller:
        return QStringLiteral("much_smaller");
    case Kind::Empty:
        return QStringLiteral("empty");
    case Kind::TimestampFromMtime:
        return QStringLiteral("timestamp_from_mtime");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::ChangedSinceVerified:
        return QStringLiteral("changed_since_verified");
    case Kind::FutureTimestamp:
        return QStringLiteral("future_timestamp");
    case Kind::CouldNotCheck:
        break;
    }
    return QStringLiteral("could_not_check");
}

} // namespace qd
