#include "pagecache.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#endif

namespace qd {

void PageCache::sequential(QFile &file)
{
#if defined(Q_OS_UNIX) && defined(POSIX_FADV_SEQUENTIAL)
    if (file.handle() >= 0)
        ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_SEQUENTIAL);
#else
    Q_UNUSED(file);
#endif
}

void PageCache::release(QFile &file, qint64 from, qint64 to)
{
#if defined(Q_OS_UNIX) && defined(POSIX_FADV_DONTNEED)
    if (file.handle() >= 0 && to > from)
        ::posix_fadvise(file.handle(), off_t(from), off_t(to - from), POSIX_FADV_DONTNEED);
#else
    Q_UNUSED(file);
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}

} // namespace qd
