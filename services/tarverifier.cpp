#include "tarverifier.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <vector>

namespace qd {

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString errorOf(archive *a)
{
    const char *e = archive_error_string(a);
    return e ? QString::fromLocal8Bit(e) : TarVerifier::tr("unknown error");
}

} // namespace

TarVerifier::Result TarVerifier::verify(const QString &path, const std::atomic<bool> *cancel)
{
    Result r;
    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    if (!a) {
        r.reason = tr("not enough memory to read the archive");
        return r;
    }
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    const QByteArray native = QFile::encodeName(path);
    if (archive_read_open_filename(a.get(), native.constData(), 256 * 1024) != ARCHIVE_OK) {
        r.reason = tr("not a readable tar archive: %1").arg(errorOf(a.get()));
        return r;
    }
    std::vector<char> buf(256 * 1024);
    // Where the last member's data ended in the (uncompressed) stream: tar
    // ends with two zero blocks after it. libarchive takes an archive cut
    // exactly between two members for a whole one, so we look for them.
    la_int64_t lastDataEnd = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            r.cancelled = true;
            r.reason = tr("verification cancelled");
            return r;
        }
        archive_entry *entry = nullptr;
        const int h = archive_read_next_header(a.get(), &entry);
        if (h == ARCHIVE_EOF)
            break;
        if (h < ARCHIVE_WARN) {
            r.reason = r.members == 0 ? tr("not a readable tar archive: %1").arg(errorOf(a.get()))
                                      : tr("damaged after member %1: %2").arg(r.members).arg(errorOf(a.get()));
            return r;
        }
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry) ? archive_entry_pathname_utf8(entry)
                                                                                 : archive_entry_pathname(entry));
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buf.data(), buf.size());
            if (n == 0)
                break;
            if (n < 0) {
                r.reason = tr("member '%1' cannot be read to its end: %2").arg(name, errorOf(a.get()));
                return r;
            }
            r.dataBytes += n;
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                r.cancelled = true;
                r.reason = tr("verification cancelled");
                return r;
            }
        }
        ++r.members;
        lastDataEnd = archive_filter_bytes(a.get(), 0);
    }
    if (r.members == 0) {
        r.reason = tr("the archive holds no members");
        return r;
    }
    // Up to 511 bytes of padding, then at least 1024 bytes of zeros.
    if (archive_filter_bytes(a.get(), 0) - lastDataEnd < 1024) {
        r.reason = tr("truncated: the archive ends after member %1 without tar's end-of-archive blocks").arg(r.members);
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace qd
