#include "backupmanifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace qd {

namespace {

constexpr int kFormatVersion = 1;

QDateTime timeFrom(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

QJsonObject toJson(const QString &path, const BackupManifest::Entry &e)
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("size"), double(e.size)},
                  {QStringLiteral("modified"), e.modified.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("state"), Backup::verificationKey(e.state)},
                  {QStringLiteral("format"), e.format},
                  {QStringLiteral("reason"), e.reason},
                  {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)},
                  {QStringLiteral("verified_at"), e.verifiedAt.toString(Qt::ISODateWithMs)}};
    if (!e.firstSha256.isEmpty()) {
        o.insert(QStringLiteral("first_sha256"), QString::fromLatin1(e.firstSha256));
        o.insert(QStringLiteral("first_verified_at"), e.firstVerifiedAt.toString(Qt::ISODateWithMs));
    }
    return o;
}

bool readFile(const QString &file, QHash<QString, BackupManifest::Entry> &out, QString *error)
{
    QFile f(file);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = BackupManifest::tr("%1: cannot read: %2").arg(file, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = BackupManifest::tr("%1: at byte %2: %3").arg(file).arg(pe.offset).arg(pe.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() > kFormatVersion) {
        if (error)
            *error = BackupManifest::tr("%1 was written by a newer Quarterdeck (format %2); this one reads format %3")
                         .arg(file)
                         .arg(root.value(QStringLiteral("version")).toInt())
                         .arg(kFormatVersion);
        return false;
    }
    const QJsonArray backups = root.value(QStringLiteral("backups")).toArray();
    for (const QJsonValue &v : backups) {
        const QJsonObject o = v.toObject();
        const QString path = o.value(QStringLiteral("path")).toString();
        if (path.isEmpty())
            continue;
        BackupManifest::Entry e;
        e.size = qint64(o.value(QStringLiteral("size")).toDouble());
        e.modified = timeFrom(o.value(QStringLiteral("modified")));
        e.state = Backup::verificationFromKey(o.value(QStringLiteral("state")).toString());
        e.format = o.value(QStringLiteral("format")).toString();
        e.reason = o.value(QStringLiteral("reason")).toString();
        e.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
        e.verifiedAt = timeFrom(o.value(QStringLiteral("verified_at")));
        e.firstSha256 = o.value(QStringLiteral("first_sha256")).toString().toLatin1();
        e.firstVerifiedAt = timeFrom(o.value(QStringLiteral("first_verified_at")));
        out.insert(path, e);
    }
    return true;
}

QString changedSentence(const BackupManifest::Entry &e)
{
    return BackupManifest::tr("changed since it was verified OK on %1: its SHA-256 is no longer %2")
        .arg(e.firstVerifiedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), QString::fromLatin1(e.firstSha256.left(16)));
}

} // namespace

BackupManifest::BackupManifest(const QString &file)
    : m_file(file)
{
}

QString BackupManifest::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/backup-manifest.json");
}

bool BackupManifest::load(QString *error)
{
    if (m_file.isEmpty())
        return true;
    QHash<QString, Entry> entries;
    const bool ok = readFile(m_file, entries, error);
    QMutexLocker lock(&m_mutex);
    m_unreadable = !ok;
    if (ok)
        m_entries = entries;
    return ok;
}

bool BackupManifest::save(QString *error)
{
    if (m_file.isEmpty())
        return true;
    QMutexLocker lock(&m_mutex);
    if (m_unreadable) {
        if (error)
            *error = tr("%1 is not saved: the existing file could not be read, and it is left as it is").arg(m_file);
        return false;
    }
    if (m_dirty.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    // Another console may share the file: take the lock, merge our changes
    // into what is on disk now, write atomically.
    QLockFile lockFile(m_file + QStringLiteral(".lock"));
    if (!lockFile.tryLock(5000)) {
        if (error)
            *error = tr("%1 is locked by another Quarterdeck").arg(m_file);
        return false;
    }
    QHash<QString, Entry> onDisk;
    if (!readFile(m_file, onDisk, error))
        return false;
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend(); ++it)
        onDisk.insert(it.key(), it.value());
    QJsonArray backups;
    QStringList paths = onDisk.keys();
    paths.sort();
    for (const QString &p : paths)
        backups.append(toJson(p, onDisk.value(p)));
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(m_file, out.errorString());
        return false;
    }
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("backups"), backups}})
                  .toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(m_file, out.errorString());
        return false;
    }
    m_entries = onDisk;
    m_dirty.clear();
    return true;
}

std::optional<BackupManifest::Entry> BackupManifest::lookup(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(path);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

bool BackupManifest::applyCached(Backup &b) const
{
    const std::optional<Entry> e = lookup(b.path);
    if (!e || e->state == Backup::Verification::Unverified || e->size != b.size || e->modified != b.modified)
        return false;
    b.verification = e->state;
    b.format = e->format;
    b.verificationReason = e->reason;
    b.sha256 = e->sha256;
    b.verifiedAt = e->verifiedAt;
    b.changedSinceVerified = !e->firstSha256.isEmpty() && e->sha256 != e->firstSha256;
    return true;
}

void BackupManifest::record(Backup &b)
{
    if (b.verification == Backup::Verification::Unverified)
        return;
    QMutexLocker lock(&m_mutex);
    const Entry before = m_entries.value(b.path);
    Entry e;
    e.size = b.size;
    e.modified = b.modified;
    e.state = b.verification;
    e.format = b.format;
    e.sha256 = b.sha256;
    e.verifiedAt = b.verifiedAt;
    e.firstSha256 = before.firstSha256;
    e.firstVerifiedAt = before.firstVerifiedAt;
    if (e.firstSha256.isEmpty() && b.verification == Backup::Verification::Ok) {
        e.firstSha256 = b.sha256;
        e.firstVerifiedAt = b.verifiedAt;
    }
    // Verified OK once, and now either another digest or no longer readable as what it was.
    b.changedSinceVerified = !e.firstSha256.isEmpty() && b.sha256 != e.firstSha256
            && b.verification != Backup::Verification::CouldNotCheck;
    if (b.changedSinceVerified) {
        const QString sentence = changedSentence(e);
        b.verificationReason = b.verificationReason.isEmpty() ? sentence : b.verificationReason + QStringLiteral("; ") + sentence;
    }
    e.reason = b.verificationReason;
    m_entries.insert(b.path, e);
    m_dirty.insert(b.path, e);
}

int BackupManifest::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

} // namespace qd
