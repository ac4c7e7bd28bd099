#pragma once

#include "backup.h"
#include "backupanalyzer.h"
#include "backupsetspec.h"
#include "profile.h"

#include <QCoreApplication>
#include <QList>

namespace qd {

// One pass over every backup set of a profile: list each folder, optionally
// verify the backups by content (in parallel), and judge each set. Blocking:
// the CLI calls it directly, the console will call it from a worker.
class BackupInventory
{
    Q_DECLARE_TR_FUNCTIONS(qd::BackupInventory)
public:
    enum ExitCode { AllFine = 0, Warnings = 1, Critical = 2, InvalidProfile = 3 };

    struct Set
    {
        BackupSetSpec spec;
        Millis rpo{-1};             // the set's own, or its component's objective
        QList<Backup> backups;      // newest first
        QStringList unmatched;
        QString folderError;
        BackupAnalyzer::Result analysis;
    };

    static QList<Set> run(const Profile &profile, const QDateTime &now, bool verify);
    // Content check of one backup: gzip streams are verified to the end;
    // formats without a verifier yet are "could not check", never OK.
    static void verify(Backup &b);

    static int exitCode(const QList<Set> &sets);
    static QString toText(const QList<Set> &sets, const QDateTime &now);
    static QByteArray toJson(const QList<Set> &sets, const QDateTime &now);
};

} // namespace qd
