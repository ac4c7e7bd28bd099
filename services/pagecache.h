#pragma once

#include <QtGlobal>

class QFile;

namespace qd {

// Reading a multi-gigabyte backup through the page cache would push out what
// the services on this machine keep there, in the middle of an incident.
// The verifiers say they read sequentially and let go of what they have read.
class PageCache
{
public:
    static void sequential(QFile &file);
    // Drops [from, to) from the cache; a no-op where the OS has no such call.
    static void release(QFile &file, qint64 from, qint64 to);

    static constexpr qint64 kReleaseEvery = 16 * 1024 * 1024;
};

} // namespace qd
