#pragma once

#include "backup.h"
#include "backupanalyzer.h"
#include "backupsetspec.h"

#include <QList>
#include <QStringList>

namespace qd {

// One backup set as last listed and judged: what the inventory hands to the
// views and the command line.
struct BackupSetStatus
{
    BackupSetSpec spec;
    Millis rpo{-1};             // the set's own, or its component's objective
    QList<Backup> backups;      // newest first
    QStringList unmatched;      // names in the folder that do not fit the pattern
    QString folderError;        // the folder could not be listed
    BackupAnalyzer::Result analysis;

    const Backup *newestGood() const { return analysis.newestGood >= 0 ? &backups[analysis.newestGood] : nullptr; }
};

} // namespace qd
