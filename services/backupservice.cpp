#include "backupservice.h"

#include "clock.h"
#include "logcategories.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace qd {

BackupService::BackupService(Clock *clock, const QString &manifestFile, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_manifest(manifestFile)
{
}

BackupService::~BackupService()
{
    shutdown();
}

void BackupService::cancelVerification()
{
    m_cancel = true;
}

void BackupService::shutdown()
{
    m_cancel = true;
    if (m_pool)
        m_pool->waitForDone();
    if (m_manifestLoaded)
        m_manifest.save();
}

// Timers and the watcher are made here, on the service's own thread, not in
// the constructor (which runs on the thread that made the service).
void BackupService::ensureStarted()
{
    if (m_watcher)
        return;
    m_watcher = new QFileSystemWatcher(this);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &BackupService::rescan);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    m_reanalyze = new QTimer(this);
    m_reanalyze->setInterval(kReanalyzeMs);
    connect(m_reanalyze, &QTimer::timeout, this, &BackupService::rescan);
    m_reanalyze->start();
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &BackupService::reportProgress);
    // Results are shown as they come, but at most a few times a second.
    m_emitTimer = new QTimer(this);
    m_emitTimer->setSingleShot(true);
    m_emitTimer->setInterval(250);
    connect(m_emitTimer, &QTimer::timeout, this, &BackupService::emitInventory);
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    m_pool->setObjectName(QStringLiteral("qd-verify"));
    QString error;
    if (!m_manifest.load(&error))
        emit problem(error);
    m_manifestLoaded = true;
}

void BackupService::setProfile(const Profile &profile)
{
    ensureStarted();
    m_profile = profile;
    m_initialListing = true;
    watchFolders();
    rescan();
}

void BackupService::watchFolders()
{
    const QStringList old = m_watcher->directories();
    if (!old.isEmpty())
        m_watcher->removePaths(old);
    QStringList folders;
    for (const BackupSetSpec &spec : std::as_const(m_profile.backups)) {
        // A folder that does not exist yet is watched through its parent, so
        // it is seen when it appears.
        QString f = spec.folder;
        while (!f.isEmpty() && !QFileInfo(f).isDir() && QFileInfo(f).absolutePath() != f)
            f = QFileInfo(f).absolutePath();
        if (!f.isEmpty() && !folders.contains(f))
            folders.append(f);
    }
    if (!folders.isEmpty())
        m_watcher->addPaths(folders);
}

void BackupService::rescan()
{
    ensureStarted();
    QList<BackupSetStatus> sets;
    sets.reserve(m_profile.backups.size());
    for (const BackupSetSpec &spec : std::as_const(m_profile.backups))
        sets.append(BackupInventory::scan(m_profile, spec, &m_manifest));
    m_sets = sets;
    if (m_initialListing) {
        m_initialListing = false;
        m_initialPaths.clear();
        for (const BackupSetStatus &s : std::as_const(m_sets))
            for (const Backup &b : s.backups)
                m_initialPaths.insert(b.path);
    }
    // A folder that appeared or vanished changes what must be watched.
    watchFolders();
    emitInventory();
    verifyNewArrivals();
}

void BackupService::verifyNewArrivals()
{
    // File times are the real clock's, whatever clock the findings use.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList fresh;
    bool settling = false;
    for (const BackupSetStatus &s : std::as_const(m_sets)) {
        for (const Backup &b : s.backups) {
            if (b.verification != Backup::Verification::Unverified || m_initialPaths.contains(b.path))
                continue;
            if (b.modified.msecsTo(now) < kSettledMs) {
                settling = true;
                continue;
            }
            const QString key = b.path + u'|' + QString::number(b.size) + u'|' + QString::number(b.modified.toMSecsSinceEpoch());
            if (m_autoVerified.contains(key))
                continue;
            m_autoVerified.insert(key);
            fresh.append(b.path);
        }
    }
    if (settling)
        QTimer::singleShot(kSettledMs, this, &BackupService::rescan);
    if (!fresh.isEmpty()) {
        qCInfo(lcBackups) << "verifying" << fresh.size() << "new backup(s)";
        verify(fresh, false);
    }
}

void BackupService::emitInventory()
{
    const QDateTime now = m_clock->now();
    for (BackupSetStatus &s : m_sets)
        BackupInventory::analyze(s, now);
    emit inventoryChanged(m_sets, now);
}

void BackupService::verify(const QStringList &paths, bool recheck)
{
    ensureStarted();
    if (m_inFlight.isEmpty()) {
        m_cancel = false;
        m_runTotal = m_runDone = m_runVerified = 0;
        m_runBytesTotal = m_runBytesFinished = 0;
        m_runCancelled = false;
    }
    BackupInventory::Options o;
    o.verify = true;
    o.recheck = recheck;
    const QSet<QString> wanted(paths.cbegin(), paths.cend());
    QList<Backup> jobs;
    for (const BackupSetStatus &s : std::as_const(m_sets))
        for (const Backup &b : s.backups)
            if ((wanted.isEmpty() || wanted.contains(b.path)) && BackupInventory::needsReading(b, o) && !m_inFlight.contains(b.path))
                jobs.append(b);
    if (jobs.isEmpty()) {
        if (m_inFlight.isEmpty())
            emit verificationFinished(0, 0, false);
        return;
    }
    const bool starting = m_inFlight.isEmpty();
    for (const Backup &b : std::as_const(jobs)) {
        m_inFlight.insert(b.path);
        ++m_runTotal;
        m_runBytesTotal += b.size;
        auto live = std::make_shared<std::atomic<qint64>>(0);
        m_liveBytes.insert(b.path, live);
        BackupManifest *manifest = &m_manifest;
        std::atomic<bool> *cancel = &m_cancel;
        m_pool->start([this, b, live, manifest, cancel] {
            Backup result = b;
            const bool cancelled = !BackupInventory::verify(result, manifest, cancel, [&live](qint64 n) {
                live->store(n, std::memory_order_relaxed);
            });
            QMetaObject::invokeMethod(this, [this, result, cancelled] { onVerified(result, cancelled); }, Qt::QueuedConnection);
        });
    }
    if (starting) {
        emit verificationStarted(m_runTotal, m_runBytesTotal);
        m_progressTimer->start();
    }
    reportProgress();
}

void BackupService::onVerified(const Backup &result, bool cancelled)
{
    m_inFlight.remove(result.path);
    m_liveBytes.remove(result.path);
    ++m_runDone;
    m_runBytesFinished += result.size;
    if (cancelled) {
        m_runCancelled = true;
    } else {
        ++m_runVerified;
        for (BackupSetStatus &s : m_sets)
            for (Backup &b : s.backups)
                if (b.path == result.path)
                    b = result;
        qCDebug(lcBackups) << "verified" << result.path << int(result.verification) << result.verificationReason;
    }
    if (!m_emitTimer->isActive())
        m_emitTimer->start();
    if (m_inFlight.isEmpty())
        finishRun();
}

void BackupService::reportProgress()
{
    qint64 bytes = m_runBytesFinished;
    for (const auto &live : std::as_const(m_liveBytes))
        bytes += live->load(std::memory_order_relaxed);
    emit verificationProgress(m_runDone, m_runTotal, qMin(bytes, m_runBytesTotal), m_runBytesTotal);
}

void BackupService::finishRun()
{
    m_progressTimer->stop();
    reportProgress();
    QString error;
    if (!m_manifest.save(&error))
        emit problem(error);
    m_emitTimer->stop();
    emitInventory();
    emit verificationFinished(m_runVerified, m_runTotal, m_runCancelled);
}

} // namespace qd
