#pragma once

#include "backup.h"
#include "backupanalyzer.h"
#include "backupsetstatus.h"
#include "backupsetspec.h"
#include "profile.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>

namespace qd {

class BackupManifest;

// One pass over every backup set of a profile: list each folder, optionally
// verify the backups by content (in parallel), and judge each set. Blocking:
// the CLI calls it directly, the console will call it from a worker.
class BackupInventory
{
    Q_DECLARE_TR_FUNCTIONS(qd::BackupInventory)
public:
    enum ExitCode { AllFine = 0, Warnings = 1, Critical = 2, InvalidProfile = 3 };

    using Set = BackupSetStatus;

    struct Options
    {
        // Read backups whose verdict is not cached for their size and mtime.
        bool verify = false;
        // Read every backup again, cache or not (a backup can rot in place).
        bool recheck = false;
        // Cached verdicts come from here and fresh ones go here; may be null.
        BackupManifest *manifest = nullptr;
        const std::atomic<bool> *cancel = nullptr;
    };

    static QList<Set> run(const Profile &profile, const QDateTime &now, const Options &options);
    // Lists one set's folder and fills in cached verdicts; does not read backups.
    static Set scan(const Profile &profile, const BackupSetSpec &spec, const BackupManifest *manifest);
    // Recomputes the findings (they depend on the time and on verdicts).
    static void analyze(Set &set, const QDateTime &now);
    // Content check of one backup, by BackupVerifier; records it in the
    // manifest when one is given. Blocking. False when cancelled (the backup
    // keeps what was known before).
    static bool verify(Backup &b, BackupManifest *manifest, const std::atomic<bool> *cancel = nullptr,
                       const std::function<void(qint64)> &progress = {});
    // Whether run() with these options would read this backup.
    static bool needsReading(const Backup &b, const Options &options);

    static int exitCode(const QList<Set> &sets);
    static QString toText(const QList<Set> &sets, const QDateTime &now);
    static QByteArray toJson(const QList<Set> &sets, const QDateTime &now);
};

} // namespace qd
