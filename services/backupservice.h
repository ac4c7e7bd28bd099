#pragma once

#include "backupinventory.h"
#include "backupmanifest.h"
#include "profile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace qd {

class Clock;

// The console's backup inventory, on its own thread: lists every set's
// folder, watches the folders and lists them again when they change, and
// verifies backups on a pool of its own (one backup per core), reporting
// progress and each result as it comes. Nothing here blocks the UI thread:
// calls come in queued, results go out as signals.
class BackupService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupService)
public:
    // `manifestFile` keeps verdicts and digests between runs; empty: memory only.
    BackupService(Clock *clock, const QString &manifestFile, QObject *parent = nullptr);
    ~BackupService() override;

    // Thread-safe: backups being read stop at their next chunk.
    void cancelVerification();

    // How long a burst of folder changes is let settle before listing again.
    static constexpr int kSettleMs = 300;
    // Ages and RPO breaches move with the clock even when no folder changes.
    static constexpr int kReanalyzeMs = 15'000;
    // A backup that appears while the console watches is verified on its
    // own once nothing has written to it for this long (a dump still being
    // written would read as truncated).
    static constexpr qint64 kSettledMs = 10'000;

public slots:
    void setProfile(const qd::Profile &profile);
    void rescan();
    // Reads the given backups (all of them when `paths` is empty). `recheck`:
    // read even those whose verdict is cached for their size and mtime.
    void verify(const QStringList &paths, bool recheck);
    // Stops the pool and waits for it; call before the thread ends.
    void shutdown();

signals:
    void inventoryChanged(const QList<qd::BackupSetStatus> &sets, const QDateTime &at);
    void verificationStarted(int backups, qint64 bytes);
    void verificationProgress(int done, int total, qint64 bytesDone, qint64 bytesTotal);
    void verificationFinished(int verified, int total, bool cancelled);
    void problem(const QString &message);

private:
    void ensureStarted();
    void watchFolders();
    void onVerified(const qd::Backup &b, bool cancelled);
    void emitInventory();
    void reportProgress();
    void finishRun();
    void verifyNewArrivals();

    Clock *m_clock;
    Profile m_profile;
    QList<BackupSetStatus> m_sets;
    // Paths listed when the profile was loaded: those wait for "Verify all";
    // anything that arrives later is verified by itself.
    QSet<QString> m_initialPaths;
    bool m_initialListing = true;
    QSet<QString> m_autoVerified;   // path|size|mtime already handed to the pool
    BackupManifest m_manifest;
    bool m_manifestLoaded = false;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;
    QTimer *m_reanalyze = nullptr;
    QTimer *m_progressTimer = nullptr;
    QTimer *m_emitTimer = nullptr;
    std::unique_ptr<QThreadPool> m_pool;
    std::atomic<bool> m_cancel{false};
    // The current run: what was asked, what came back, bytes read so far.
    QSet<QString> m_inFlight;
    int m_runTotal = 0;
    int m_runDone = 0;
    int m_runVerified = 0;
    bool m_runCancelled = false;
    qint64 m_runBytesTotal = 0;
    qint64 m_runBytesFinished = 0;
    // Bytes read so far by each backup in flight, written by the pool threads.
    QHash<QString, std::shared_ptr<std::atomic<qint64>>> m_liveBytes;
};

} // namespace qd
