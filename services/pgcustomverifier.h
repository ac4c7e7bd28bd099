#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <chrono>

namespace qd {

// pg_dump's custom (-Fc) and directory (-Fd) archives. The quick check reads
// the header and has pg_restore list the table of contents; it cannot say OK,
// because a custom dump cut to half its size still lists. The full check has
// pg_restore read every entry's data into /dev/null; only that says OK.
// Without pg_restore (or one too old for the archive) the answer is "could
// not check", never OK. Blocking: call it from a worker.
class PgCustomVerifier
{
    Q_DECLARE_TR_FUNCTIONS(qd::PgCustomVerifier)
public:
    enum class Outcome { Ok, Corrupt, CouldNotCheck, Cancelled };
    enum class Depth { Quick, Full };

    struct Header
    {
        bool valid = false;
        int major = 0, minor = 0, revision = 0;
        int format = 0;     // 1 custom, 3 tar, 5 directory (pg_backup.h ArchiveFormat)
        QString version() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }
    };

    struct Result
    {
        Outcome outcome = Outcome::CouldNotCheck;
        QString reason;
        Header header;
        bool tocListed = false;   // pg_restore --list read the table of contents
    };

    static Header readHeader(const QByteArray &head);
    // `path` is the archive file, or the folder of a directory-format dump.
    static Result verify(const QString &path, Depth depth, const std::atomic<bool> *cancel = nullptr);

    // The pg_restore used, or empty when none is installed.
    static QString pgRestore();

    static constexpr std::chrono::minutes kFullCheckTimeout{60};
};

} // namespace qd
