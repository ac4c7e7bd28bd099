#pragma once

#include "backup.h"
#include "backupsetspec.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace qd {

// Lists one backup set's folder: every entry whose name fits the set's
// pattern, with its timestamp (from the name, or the mtime when the pattern
// has none), size and mtime. Blocking file-system work: call it off the UI
// thread.
class BackupScanner
{
    Q_DECLARE_TR_FUNCTIONS(qd::BackupScanner)
public:
    struct Scan
    {
        QList<Backup> backups;
        QStringList unmatched;   // names in the folder that do not fit the pattern
        QString folderError;     // non-empty: the folder could not be read ("could not check")
    };

    static Scan scan(const BackupSetSpec &spec);
};

} // namespace qd
