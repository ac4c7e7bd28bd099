#pragma once

#include "profile.h"
#include "runbook.h"

namespace qd {

// Ties a runbook to a profile: a placeholder inside a path that names files
// of one of the profile's backup sets (backups/daily/sigmatrade_YYYYMMDD_
// HHMMSS.sql.gz against folder backups/daily and pattern sigmatrade_
// {YYYYMMDD}_{HHMMSS}.sql.gz) is bound to that set.
class RunbookBinder
{
public:
    static void bind(Runbook &runbook, const Profile &profile);
    // The set a path names, or empty.
    static QString backupSetFor(const QString &path, const QList<BackupSetSpec> &sets);
};

} // namespace qd
