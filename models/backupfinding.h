#pragma once

#include <QString>

namespace qd {

// Something about a backup set a commander should know, in a plain sentence.
struct BackupFinding
{
    enum class Kind { RpoBreached, NoGoodBackup, MissedSchedule, PastRetention, MuchSmaller, Empty, TimestampFromMtime, CouldNotCheck,
                      Corrupt, ChangedSinceVerified, FutureTimestamp };
    enum class Severity { Info, Warning, Critical };

    Kind kind;
    Severity severity;
    QString backup;    // the backup it is about; empty for the set as a whole
    QString text;

    // The finding's word in `quarterdeck backups --json` and on the
    // timeline ("rpo_breached", "corrupt", …): one spelling for both.
    static QString key(Kind kind);
};

} // namespace qd
