#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace qd {

// Reads a tar archive (plain or compressed; libarchive picks the filter)
// member by member to the end, reading every member's data, so a truncated
// or damaged archive is caught where `tar -t` on an uncompressed archive
// would only seek past the data. Blocking: call it from a worker.
class TarVerifier
{
    Q_DECLARE_TR_FUNCTIONS(qd::TarVerifier)
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString reason;     // why not ok
        int members = 0;
        qint64 dataBytes = 0;
    };

    static Result verify(const QString &path, const std::atomic<bool> *cancel = nullptr);
};

} // namespace qd
