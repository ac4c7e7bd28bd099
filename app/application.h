#pragma once

#include "backupsetstatus.h"
#include "incident.h"
#include "options.h"
#include "profile.h"
#include "rollbacksession.h"

#include <QObject>
#include <QPair>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace qd {

class BackupService;
class HeartbeatModel;
class IncidentService;
class HeartbeatMonitor;
class LatencyHistory;
class MainWindow;
class ObjectiveModel;
class ProbeEngine;
class ProfileWatcher;
class KeychainStore;
class Secrets;
class SqlChecker;
class RollbackWizard;
class RunbookLibrary;
class Sandbox;
class ServiceTableModel;
class SystemClock;

// The composition root of the console: builds the engines, their threads, the
// models and the window, wires them together, and takes them down in order.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    // Shows the window; returns false when start-up failed (message printed).
    bool start();

private:
    void onProfileLoaded(const Profile &profile);
    void openProfile(const QString &path);
    void startSandbox();
    void scheduleScreenshots();
    void grab(const QString &name);
    void screenshotIncident();
    // The guided rollback wizard (issue 6), for the incident on show, or for
    // a drill incident declared first when none is open.
    void openRollback(const QString &runbookPath, const QString &procedure);
    void showRollback(const Incident &incident, const QString &runbookPath, const QString &procedure,
                      const std::function<void(RollbackSession *, RollbackWizard *)> &beforeShow = {});
    void resumeRollback(const Incident &incident, const RollbackSession::Interrupted &at, const QList<TimelineEvent> &events);
    void checkNow();
    void screenshotRollback();
    void screenshotSteps(int index);
    void screenshotUpdates();
    // Calls `then` once `ready` holds, or after `timeoutMs` anyway
    // (screenshots only: polled by a timer, never spun).
    void whenReady(const std::function<bool()> &ready, int timeoutMs, const std::function<void()> &then);

    Options m_options;
    std::unique_ptr<SystemClock> m_clock;
    QThread m_probeThread;
    QThread m_heartbeatThread;
    QThread m_sandboxThread;
    QThread m_backupThread;
    QThread m_storeThread;
    QThread m_sqlThread;             // the verification's SQL checks (libpqxx)
    QThread m_keychainThread;        // QtKeychain jobs, which can block
    SqlChecker *m_sql;               // lives on m_sqlThread
    KeychainStore *m_keychain;       // lives on m_keychainThread
    Secrets *m_secrets;              // UI thread: the keychain behind a deadline
    ProbeEngine *m_engine;           // lives on m_probeThread
    HeartbeatMonitor *m_heartbeats;  // lives on m_heartbeatThread
    BackupService *m_backups;        // lives on m_backupThread
    IncidentService *m_incidents;    // lives on m_storeThread
    Sandbox *m_sandbox = nullptr;    // lives on m_sandboxThread
    QString m_sandboxProfile;        // the sandbox's own profile; drills apply to it only
    QString m_shownProfile;          // the profile on screen, to tell a reload from another file
    ProfileWatcher *m_watcher;
    RunbookLibrary *m_runbooks;
    ServiceTableModel *m_serviceModel;
    HeartbeatModel *m_heartbeatModel;
    ObjectiveModel *m_objectiveModel;
    LatencyHistory *m_latency;
    std::unique_ptr<MainWindow> m_window;
    Profile m_profile;                       // the one on show
    QList<BackupSetStatus> m_inventory;      // the newest backup inventory
    QPointer<RollbackWizard> m_rollback;
    // A rollback asked for with no incident open waits for the drill
    // incident it declares: the procedure to start at.
    std::optional<QPair<QString, QString>> m_pendingRollback;
};

} // namespace qd
