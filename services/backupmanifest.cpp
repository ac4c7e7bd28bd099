#include "backupmanifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "sqlitestore.h"
#include "systemclock.h"

#include <memory>

namespace qd {

namespace {

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

BackupManifest::Entry fromJson(const QJsonObject &o)
{
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
    return e;
}

// backup-manifest.json, where the manifest lived before the store had it:
// read once, into the store, so no verdict (and no first SHA-256, which is
// what tells a backup that changed) is lost in the move.
bool readLegacyFile(const QString &file, QHash<QString, BackupManifest::Entry> &out, QString *error)
{
    QFile f(file);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = BackupManifest::tr("%1: cannot read: %2").arg(file, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = BackupManifest::tr("%1: at byte %2: %3").arg(file).arg(pe.offset).arg(pe.errorString());
        return false;
    }
    const QJsonArray backups = doc.object().value(QStringLiteral("backups")).toArray();
    for (const QJsonValue &v : backups) {
        const QJsonObject o = v.toObject();
        const QString path = o.value(QStringLiteral("path")).toString();
        if (!path.isEmpty())
            out.insert(path, fromJson(o));
    }
    return true;
}

// A connection of its own for each load or save: they run on whichever
// thread the inventory uses, and a connection belongs to one thread.
std::unique_ptr<SqliteStore> openStore(const QString &file, QString *error)
{
    static const SystemClock clock;
    auto store = std::make_unique<SqliteStore>(file, QStringLiteral("backups"), clock);
    if (!store->open(error))
        return nullptr;
    return store;
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
    return SqliteStore::defaultPath();
}

QString BackupManifest::legacyPath(const QString &storeFile)
{
    return QFileInfo(storeFile).dir().filePath(QStringLiteral("backup-manifest.json"));
}

bool BackupManifest::load(QString *error)
{
    if (m_file.isEmpty())
        return true;
    QString why;
    QHash<QString, Entry> entries;
    const std::unique_ptr<SqliteStore> store = openStore(m_file, &why);
    bool ok = store != nullptr;
    if (ok) {
        const QHash<QString, QJsonObject> rows = store->backupManifest(&why);
        ok = why.isEmpty();
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            entries.insert(it.key(), fromJson(it.value()));
    }
    QHash<QString, Entry> legacy;
    if (ok && entries.isEmpty() && readLegacyFile(legacyPath(m_file), legacy, &why) && !legacy.isEmpty()) {
        QHash<QString, QJsonObject> rows;
        for (auto it = legacy.cbegin(); it != legacy.cend(); ++it)
            rows.insert(it.key(), toJson(it.key(), it.value()));
        ok = store->putBackupManifest(rows, &why);
        entries = legacy;
    }
    if (!why.isEmpty() && error)
        *error = ok ? why : tr("the backup manifest in %1 cannot be read: %2").arg(m_file, why);
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
    QString why;
    const std::unique_ptr<SqliteStore> store = openStore(m_file, &why);
    QHash<QString, QJsonObject> rows;
    for (auto it = m_dirty.cbegin(); it != m_dirty.cend(); ++it)
        rows.insert(it.key(), toJson(it.key(), it.value()));
    // Per path, in one transaction: another console's entries for other
    // backups stay as they are.
    if (!store || !store->putBackupManifest(rows, &why)) {
        if (error)
            *error = tr("%1: the backup manifest cannot be saved: %2").arg(m_file, why);
        return false;
    }
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
