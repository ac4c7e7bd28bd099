#include "backupscanner.h"

#include "backuppattern.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>

namespace qd {

namespace {

qint64 folderSize(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace

BackupScanner::Scan BackupScanner::scan(const BackupSetSpec &spec)
{
    Scan s;
    const auto pattern = BackupPattern::compile(spec.pattern);
    if (!pattern) {
        s.folderError = tr("the pattern '%1' is not valid").arg(spec.pattern);
        return s;
    }
    const QFileInfo folder(spec.folder);
    if (!folder.exists()) {
        // A folder inside one we may not enter looks missing to QFileInfo;
        // "does not exist" would send the commander looking for a lost backup.
        struct stat st;
        const QByteArray native = QFile::encodeName(spec.folder);
        if (::stat(native.constData(), &st) != 0 && errno == EACCES)
            s.folderError = tr("the folder %1 cannot be read (permission denied on a folder above it)").arg(spec.folder);
        else
            s.folderError = tr("the folder %1 does not exist").arg(spec.folder);
        return s;
    }
    if (!folder.isDir()) {
        s.folderError = tr("%1 is not a folder").arg(spec.folder);
        return s;
    }
    QDir dir(spec.folder);
    // isReadable() is not enough: root reads anything, and an NFS mount can
    // refuse the listing itself; an empty listing of a non-empty folder is a failure.
    if (!folder.isReadable() || !folder.isExecutable()) {
        s.folderError = tr("the folder %1 cannot be read (permission denied)").arg(spec.folder);
        return s;
    }
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &fi : entries) {
        const QString name = fi.fileName();
        if (!pattern->matches(name)) {
            s.unmatched.append(name);
            continue;
        }
        Backup b;
        b.name = name;
        b.path = fi.absoluteFilePath();
        b.isFolder = fi.isDir();
        b.size = b.isFolder ? folderSize(b.path) : fi.size();
        if (b.isFolder && !(fi.isReadable() && fi.isExecutable())) {
            // Its size cannot be known either: not "empty", "could not check".
            b.verification = Backup::Verification::CouldNotCheck;
            b.verificationReason = tr("cannot read the folder (permission denied)");
        }
        b.modified = fi.lastModified().toUTC();
        if (pattern->hasTimestamp()) {
            b.timestamp = pattern->timestamp(name);
            if (!b.timestamp.isValid()) {
                s.unmatched.append(name);   // fits the shape but names an impossible time
                continue;
            }
        } else {
            b.timestamp = b.modified;
            b.timestampFromName = false;
        }
        s.backups.append(b);
    }
    return s;
}

} // namespace qd
