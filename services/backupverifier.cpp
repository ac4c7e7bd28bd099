#include "backupverifier.h"

#include "gzipverifier.h"
#include "pagecache.h"
#include "pgcustomverifier.h"
#include "plaindumpchecker.h"
#include "sha256.h"
#include "tarverifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <vector>

namespace qd {

namespace {

using State = Backup::Verification;

constexpr qsizetype kSniffBytes = 512;
constexpr int kPgCustomFormat = 1;   // pg_backup.h: archCustom

bool isTarHeader(const QByteArray &head)
{
    // POSIX ustar and GNU tar both put "ustar" at offset 257 of the first block.
    return head.size() >= 262 && head.mid(257, 5) == "ustar";
}

// Compressions libarchive can undo; what is inside decides whether we can check it.
QString otherCompression(const QByteArray &h)
{
    if (h.startsWith("\x28\xb5\x2f\xfd"))
        return QStringLiteral("zstd");
    if (h.startsWith("BZh"))
        return QStringLiteral("bzip2");
    if (h.startsWith("\xfd\x37\x7a\x58\x5a\x00"))
        return QStringLiteral("xz");
    return {};
}

bool looksLikeText(const QByteArray &head)
{
    return !head.isEmpty() && !head.contains('\0');
}

BackupVerification result(State state, const QString &format, const QString &reason)
{
    BackupVerification v;
    v.state = state;
    v.format = format;
    v.reason = reason;
    return v;
}

BackupVerification cancelledResult(const QString &format)
{
    BackupVerification v = result(State::Unverified, format, BackupVerifier::tr("verification cancelled"));
    v.cancelled = true;
    return v;
}

// Streams the file through the hash and, when given, a dump checker.
bool hashFile(const QString &path, BackupVerification &v, PlainDumpChecker *checker, const std::atomic<bool> *cancel,
              const BackupVerifier::Progress &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        v.state = State::CouldNotCheck;
        v.reason = BackupVerifier::tr("cannot read: %1").arg(f.errorString());
        return false;
    }
    PageCache::sequential(f);
    qint64 released = 0;
    Sha256 hash;
    std::vector<uchar> buf(GzipVerifier::kChunkBytes);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            v = cancelledResult(v.format);
            return false;
        }
        const qint64 n = f.read(reinterpret_cast<char *>(buf.data()), qint64(buf.size()));
        if (n < 0) {
            v.state = State::CouldNotCheck;
            v.reason = BackupVerifier::tr("cannot read: %1").arg(f.errorString());
            return false;
        }
        if (n == 0)
            break;
        hash.addData(buf.data(), size_t(n));
        if (checker)
            checker->feed(buf.data(), size_t(n));
        v.bytesRead += n;
        if (v.bytesRead - released >= PageCache::kReleaseEvery) {
            PageCache::release(f, released, v.bytesRead);
            released = v.bytesRead;
        }
        if (progress)
            progress(v.bytesRead);
    }
    v.sha256 = hash.hexResult();
    return true;
}

BackupVerification verifyGzip(const QString &path, const std::atomic<bool> *cancel, const BackupVerifier::Progress &progress)
{
    QByteArray inner;
    PlainDumpChecker checker;
    const GzipVerification g = GzipVerifier::verify(
        path, GzipVerifier::defaultEngine(), cancel, progress, [&](const uchar *data, size_t size) {
            if (inner.size() < kSniffBytes)
                inner.append(reinterpret_cast<const char *>(data), qMin<qsizetype>(qsizetype(size), kSniffBytes - inner.size()));
            checker.feed(data, size);
        });
    BackupVerification v;
    v.bytesRead = g.compressedBytes;
    v.format = QStringLiteral("gzip");
    switch (g.outcome) {
    case GzipVerification::Outcome::Cancelled:
        return cancelledResult(v.format);
    case GzipVerification::Outcome::CouldNotCheck:
        v.state = State::CouldNotCheck;
        v.reason = g.reason;
        return v;
    case GzipVerification::Outcome::Corrupt:
        v.state = State::Corrupt;
        v.reason = g.reason;
        return v;
    case GzipVerification::Outcome::Ok:
        break;
    }
    v.sha256 = g.sha256;
    v.state = State::Ok;
    v.reason = g.reason;   // e.g. zero padding after the last member
    if (isTarHeader(inner)) {
        v.format = QStringLiteral("tar.gz");
        const TarVerifier::Result t = TarVerifier::verify(path, cancel);
        if (t.cancelled)
            return cancelledResult(v.format);
        if (!t.ok) {
            v.state = State::Corrupt;
            v.reason = BackupVerifier::tr("the gzip stream is intact, but the tar archive inside is not: %1").arg(t.reason);
        }
        return v;
    }
    if (inner.startsWith("PGDMP")) {
        // pg_restore cannot read a custom archive through gzip; intact
        // compression says nothing about the archive's data.
        v.format = QStringLiteral("gzip · pg_dump custom");
        v.state = State::CouldNotCheck;
        v.reason = BackupVerifier::tr("the gzip stream is intact; a custom-format dump inside gzip cannot be read by pg_restore to check its data");
        return v;
    }
    if (PlainDumpChecker::looksLikeDump(inner)) {
        const PlainDumpChecker::Result d = checker.finish();
        v.format = QStringLiteral("gzip · ") + d.tool;
        if (d.verdict != PlainDumpChecker::Verdict::Complete) {
            v.state = State::Corrupt;
            v.reason = BackupVerifier::tr("the gzip stream is intact, but the dump inside is not: %1").arg(d.reason);
        }
        return v;
    }
    if (looksLikeText(inner))
        v.format = QStringLiteral("gzip · text");
    return v;
}

BackupVerification verifyPgArchive(const QString &path, bool folder, const QString &format, const std::atomic<bool> *cancel,
                                   const BackupVerifier::Progress &progress)
{
    BackupVerification v;
    v.format = format;
    // The digest first: it moves the progress bar (pg_restore says nothing
    // until it is done), and the file is in the page cache for pg_restore.
    if (!folder && !hashFile(path, v, nullptr, cancel, progress))
        return v;
    const PgCustomVerifier::Result p = PgCustomVerifier::verify(path, PgCustomVerifier::Depth::Full, cancel);
    if (p.header.valid)
        v.format = format + QStringLiteral(" (format %1)").arg(p.header.version());
    switch (p.outcome) {
    case PgCustomVerifier::Outcome::Cancelled:
        return cancelledResult(v.format);
    case PgCustomVerifier::Outcome::Corrupt:
        v.state = State::Corrupt;
        v.reason = p.reason;
        v.sha256.clear();
        return v;
    case PgCustomVerifier::Outcome::CouldNotCheck:
        v.state = State::CouldNotCheck;
        v.reason = p.reason;
        v.sha256.clear();
        return v;
    case PgCustomVerifier::Outcome::Ok:
        break;
    }
    v.state = State::Ok;
    return v;
}

BackupVerification verifyFile(const QString &path, const std::atomic<bool> *cancel, const BackupVerifier::Progress &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return result(State::CouldNotCheck, QString(), BackupVerifier::tr("cannot read: %1").arg(f.errorString()));
    const QByteArray head = f.read(kSniffBytes);
    f.close();
    if (head.isEmpty())
        return result(State::Corrupt, QStringLiteral("empty"), BackupVerifier::tr("the file is empty"));

    if (head.startsWith("\x1f\x8b"))
        return verifyGzip(path, cancel, progress);
    if (head.startsWith("PGDMP")) {
        // pg_dump -Fd writes a toc.dat with the same magic (and another format
        // byte); alone it is not an archive pg_restore can read.
        if (const int format = PgCustomVerifier::readHeader(head).format; format != kPgCustomFormat)
            return QFileInfo(path).fileName() == u"toc.dat"
                ? result(State::CouldNotCheck, QStringLiteral("pg_dump directory"),
                         BackupVerifier::tr("the table of contents of a pg_dump directory archive: verify its whole folder"))
                : result(State::CouldNotCheck, QStringLiteral("pg_dump"),
                         BackupVerifier::tr("a pg_dump file of format %1, which is not a custom-format archive").arg(format));
        return verifyPgArchive(path, false, QStringLiteral("pg_dump custom"), cancel, progress);
    }
    if (isTarHeader(head) || !otherCompression(head).isEmpty()) {
        const QString compression = otherCompression(head);
        BackupVerification v;
        v.format = compression.isEmpty() ? QStringLiteral("tar") : QStringLiteral("tar.") + compression;
        const TarVerifier::Result t = TarVerifier::verify(path, cancel);
        if (t.cancelled)
            return cancelledResult(v.format);
        if (!t.ok) {
            if (!compression.isEmpty() && t.members == 0)
                return result(State::CouldNotCheck, compression,
                              BackupVerifier::tr("no verifier for %1 data that is not a tar archive").arg(compression));
            return result(State::Corrupt, v.format, t.reason);
        }
        if (!hashFile(path, v, nullptr, cancel, progress))
            return v;
        v.state = State::Ok;
        v.reason = BackupVerifier::tr("%n member(s) read to the end", nullptr, t.members);
        return v;
    }
    if (head.startsWith("PAR1"))
        return result(State::CouldNotCheck, QStringLiteral("parquet"), BackupVerifier::tr("no verifier for parquet files yet"));
    if (looksLikeText(head)) {
        BackupVerification v;
        PlainDumpChecker checker;
        const bool dump = PlainDumpChecker::looksLikeDump(head);
        v.format = dump ? QStringLiteral("SQL") : QStringLiteral("text");
        if (!hashFile(path, v, &checker, cancel, progress))
            return v;
        if (!dump) {
            v.state = State::CouldNotCheck;
            v.reason = BackupVerifier::tr("text without a dump tool's header: cannot tell whether it is complete");
            v.sha256.clear();
            return v;
        }
        const PlainDumpChecker::Result d = checker.finish();
        v.format = d.tool;
        if (d.verdict == PlainDumpChecker::Verdict::Complete) {
            v.state = State::Ok;
        } else {
            v.state = State::Corrupt;
            v.reason = d.reason;
            v.sha256.clear();
        }
        return v;
    }
    return result(State::CouldNotCheck, QStringLiteral("unknown"), BackupVerifier::tr("no verifier for this format"));
}

bool isPgDirectoryArchive(const QString &dir)
{
    QFile toc(QDir(dir).filePath(QStringLiteral("toc.dat")));
    return toc.open(QIODevice::ReadOnly) && toc.read(5) == "PGDMP";
}

// A pg_dump -Fd folder: pg_restore reads it as one archive; its digest is
// that of its files' digests in name order.
BackupVerification verifyPgDirectory(const QString &path, const std::atomic<bool> *cancel,
                                     const BackupVerifier::Progress &progress)
{
    BackupVerification v = verifyPgArchive(path, true, QStringLiteral("pg_dump directory"), cancel, progress);
    if (v.state != State::Ok)
        return v;
    const QDir dir(path);
    Sha256 digest;
    QDirIterator it(path, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &file : std::as_const(files)) {
        BackupVerification part;
        if (!hashFile(file, part, nullptr, cancel, {}))
            return part.cancelled ? cancelledResult(v.format) : part;
        v.bytesRead += part.bytesRead;
        if (progress)
            progress(v.bytesRead);
        const QByteArray line = dir.relativeFilePath(file).toUtf8() + ' ' + part.sha256 + '\n';
        digest.addData(line.constData(), size_t(line.size()));
    }
    v.sha256 = digest.hexResult();
    return v;
}

bool readableFolder(const QFileInfo &fi)
{
    return fi.isReadable() && fi.isExecutable();
}

BackupVerification verifyFolder(const QString &path, const std::atomic<bool> *cancel, const BackupVerifier::Progress &progress)
{
    // An empty listing of a folder we may not read is not an empty backup.
    if (!readableFolder(QFileInfo(path)))
        return result(State::CouldNotCheck, QStringLiteral("folder"), BackupVerifier::tr("cannot read the folder (permission denied)"));
    if (isPgDirectoryArchive(path))
        return verifyPgDirectory(path, cancel, progress);

    // Files to check one by one, and pg_dump -Fd archives inside the folder
    // to check as a whole (their toc.dat alone means nothing to pg_restore).
    const QDir dir(path);
    QStringList files;
    QStringList archives;
    QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString entry = it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.isDir()) {
            if (!readableFolder(fi))
                return result(State::CouldNotCheck, QStringLiteral("folder"),
                              BackupVerifier::tr("cannot read %1 (permission denied)").arg(dir.relativeFilePath(entry)));
            if (isPgDirectoryArchive(entry))
                archives.append(entry);
            continue;
        }
        files.append(entry);
    }
    const auto insideArchive = [&archives](const QString &file) {
        for (const QString &a : archives)
            if (file.startsWith(a + u'/'))
                return true;
        return false;
    };
    files.removeIf(insideArchive);
    QStringList parts = files + archives;
    parts.sort();
    if (parts.isEmpty())
        return result(State::Corrupt, QStringLiteral("folder"), BackupVerifier::tr("the folder is empty"));

    BackupVerification v;
    v.format = QStringLiteral("folder");
    Sha256 digest;
    QStringList unchecked;
    qint64 before = 0;
    for (const QString &part : std::as_const(parts)) {
        const QString rel = dir.relativeFilePath(part);
        const auto partProgress = [&](qint64 n) {
            if (progress)
                progress(before + n);
        };
        const BackupVerification r = archives.contains(part) ? verifyPgDirectory(part, cancel, partProgress)
                                                             : verifyFile(part, cancel, partProgress);
        if (r.cancelled)
            return cancelledResult(v.format);
        before += r.bytesRead;
        v.bytesRead = before;
        if (r.state == State::Corrupt)
            return result(State::Corrupt, v.format, rel + QStringLiteral(": ") + r.reason);
        QByteArray sha = r.sha256;
        if (r.state != State::Ok) {
            unchecked.append(rel);
            sha = archives.contains(part) ? QByteArray() : Sha256::ofFile(part);
        }
        const QByteArray line = rel.toUtf8() + ' ' + sha + '\n';
        digest.addData(line.constData(), size_t(line.size()));
    }
    if (!unchecked.isEmpty()) {
        v.state = State::CouldNotCheck;
        v.reason = BackupVerifier::tr("%n file(s) of %1 cannot be checked (no verifier), e.g. %2", nullptr, int(unchecked.size()))
                       .arg(parts.size())
                       .arg(unchecked.first());
        return v;
    }
    v.state = State::Ok;
    v.sha256 = digest.hexResult();
    v.reason = BackupVerifier::tr("%n file(s) verified", nullptr, int(parts.size()));
    return v;
}

} // namespace

BackupVerification BackupVerifier::verify(const QString &path, const std::atomic<bool> *cancel, const Progress &progress)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return result(State::CouldNotCheck, QString(), tr("not found: it was removed after the folder was listed"));
    if (fi.isDir())
        return verifyFolder(path, cancel, progress);
    return verifyFile(path, cancel, progress);
}

} // namespace qd
