#pragma once

#include "backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace qd {

// What was learned about each backup the last time it was read: size, mtime,
// verdict and SHA-256, kept in the embedded store (SqliteStore's
// backup_manifest table; it lived in backup-manifest.json before, which is
// imported once). It makes a second inventory instant, since a backup
// whose size and mtime are unchanged keeps its verdict, and it lets a later
// verification notice a backup whose content changed after it was first
// verified, which a backup never should. Thread-safe; load and save touch the
// disk, so call them off the UI thread.
class BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(qd::BackupManifest)
public:
    struct Entry
    {
        qint64 size = 0;
        QDateTime modified;        // UTC, millisecond precision
        Backup::Verification state = Backup::Verification::Unverified;
        QString format;
        QString reason;
        QByteArray sha256;
        QDateTime verifiedAt;
        // The first SHA-256 this path was verified OK with, and when.
        QByteArray firstSha256;
        QDateTime firstVerifiedAt;
    };

    // `file`: the SQLite store. An empty path keeps everything in memory
    // (nothing is saved).
    explicit BackupManifest(const QString &file = QString());

    // The store's file in the app's local data folder (incidents.db).
    static QString defaultPath();
    // Where the manifest was kept before: backup-manifest.json beside the store.
    static QString legacyPath(const QString &storeFile);

    QString file() const { return m_file; }
    // Reads the store (creating it if missing; importing the old JSON file
    // when the store has no entries yet). False with a message for a store
    // that cannot be used: it is then left alone on save, so nothing a user
    // could recover is overwritten.
    bool load(QString *error = nullptr);
    // Writes the entries changed since, in one transaction; entries other
    // consoles wrote for other backups stay.
    bool save(QString *error = nullptr);

    std::optional<Entry> lookup(const QString &path) const;
    // Fills in the stored verdict when the backup's size and mtime still
    // match; false (nothing changed) otherwise.
    bool applyCached(Backup &b) const;
    // Stores a fresh verdict and sets b.changedSinceVerified (with a sentence
    // in its reason) when the content differs from the first OK verification.
    void record(Backup &b);
    int size() const;

private:
    mutable QMutex m_mutex;
    QString m_file;
    bool m_unreadable = false;
    QHash<QString, Entry> m_entries;
    QHash<QString, Entry> m_dirty;
};

} // namespace qd
