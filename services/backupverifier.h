#pragma once

#include "backup.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace qd {

// What reading one backup by content found.
struct BackupVerification
{
    Backup::Verification state = Backup::Verification::Unverified;
    bool cancelled = false;
    QString format;       // what the content is, e.g. "gzip · pg_dump SQL"
    QString reason;       // why Corrupt / CouldNotCheck; a note for Ok
    QByteArray sha256;    // lowercase hex of what was read; set when Ok
    qint64 bytesRead = 0;
};

// Verifies a backup by what it contains, never by its name: gzip streams to
// the end (and the SQL dump inside them), plain pg_dump SQL, pg_dump custom
// and directory archives through pg_restore, tar archives member by member,
// folders file by file. A format without a verifier is "could not check",
// never OK. Blocking: call it from a worker.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(qd::BackupVerifier)
public:
    using Progress = std::function<void(qint64 bytesRead)>;

    // `progress` gets the bytes read so far of this backup.
    static BackupVerification verify(const QString &path, const std::atomic<bool> *cancel = nullptr,
                                     const Progress &progress = {});
};

} // namespace qd
