#pragma once

#include <QDateTime>
#include <QString>

namespace qd {

// One commit of a repository's `git log`, offered by the wizard's commit
// picker instead of a hash typed from memory.
struct GitCommit
{
    QString hash;        // full
    QString shortHash;
    QDateTime when;      // committer date, UTC
    QString subject;
};

} // namespace qd
