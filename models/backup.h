#pragma once

#include <QDateTime>
#include <QString>

namespace qd {

// One backup found in a set's folder: a file or a folder.
struct Backup
{
    enum class Verification { Unverified, Ok, Corrupt, CouldNotCheck };

    QString name;
    QString path;
    bool isFolder = false;
    qint64 size = 0;              // bytes; for a folder, the sum of its files
    QDateTime timestamp;          // UTC: from the name, or the mtime when the name has none
    bool timestampFromName = true;
    QDateTime modified;           // mtime, UTC
    Verification verification = Verification::Unverified;
    QString verificationReason;   // why Corrupt or CouldNotCheck

    bool knownBad() const { return verification == Verification::Corrupt || size == 0; }
};

} // namespace qd
