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
    QString verificationReason;   // why Corrupt or CouldNotCheck; a note when Ok
    QString format;               // what the content turned out to be ("gzip · pg_dump SQL"); empty until verified
    QByteArray sha256;            // lowercase hex of the content as verified; empty unless Ok
    QDateTime verifiedAt;         // UTC; when the content was last read
    // The manifest held another SHA-256 for this path: the backup changed
    // after an earlier verification (a backup should never change).
    bool changedSinceVerified = false;

    // Known not to restore: corrupt, or an empty file. A backup that could not
    // be read is not "empty" (its size is unknown) but is never good either.
    bool knownBad() const { return verification == Verification::Corrupt || (size == 0 && verification != Verification::CouldNotCheck); }
    bool couldBeGood() const { return !knownBad() && verification != Verification::CouldNotCheck; }

    // The words used in JSON and in the manifest: "ok", "corrupt",
    // "could_not_check", "unverified" (anything else reads as unverified).
    static QString verificationKey(Verification v);
    static Verification verificationFromKey(const QString &key);
};

} // namespace qd
