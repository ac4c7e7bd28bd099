#pragma once

#include "options.h"
#include "profile.h"

#include <QObject>
#include <QThread>
#include <memory>

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

    Options m_options;
    std::unique_ptr<SystemClock> m_clock;
    QThread m_probeThread;
    QThread m_heartbeatThread;
    QThread m_sandboxThread;
    QThread m_backupThread;
    QThread m_storeThread;
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
};

} // namespace qd
