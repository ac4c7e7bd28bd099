#pragma once

#include "duration.h"

#include <QString>

namespace qd {

// One set of backups as the profile describes it: a folder, a file-name
// pattern with a timestamp template, what it protects and how fresh it must be.
struct BackupSetSpec
{
    QString name;
    QString folder;        // absolute, resolved against the profile's folder
    QString pattern;       // e.g. sigmatrade_{YYYYMMDD}_{HHMMSS}.sql.gz
    QString component;     // links to objectives
    QString description;
    Millis interval{-1};   // expected time between backups; -1: not set
    Millis rpo{-1};        // -1: take it from the component's objective
    Millis retention{-1};  // backups older than this should be gone; -1: not set
};

} // namespace qd
