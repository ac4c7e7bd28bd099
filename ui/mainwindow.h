#pragma once

#include "dashboardmodels.h"
#include "loopbackhttpserver.h"
#include "profile.h"
#include "profileerror.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace qd {

class BackupsWidget;
class IncidentWidget;
class RunbooksWidget;
class DashboardWidget;
class EnvironmentBanner;

// The console's window. It shows what the application feeds it and asks for
// actions through signals; it never constructs an engine.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const DashboardModels &models, QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    void setProfileErrors(const QList<ProfileError> &errors, bool keptPrevious);
    void enableDrills(const QStringList &services);   // sandbox only
    void setDrillsVisible(bool visible);               // hidden while another profile is open
    void showStatus(const QString &text);

    DashboardWidget *dashboard() const { return m_dashboard; }
    BackupsWidget *backups() const { return m_backups; }
    RunbooksWidget *runbooks() const { return m_runbooks; }
    void showRunbooks();
    void showBackups();
    void showDashboard();
    // The Incident tab and menu (Ctrl+I declares), with the app's store.
    void setIncidentWidget(IncidentWidget *widget);
    IncidentWidget *incident() const { return m_incident; }
    void showIncident();
    void declareIncident();
    EnvironmentBanner *banner() const { return m_banner; }

signals:
    void openProfileRequested(const QString &path);
    void openRunbookRequested(const QString &path);
    void reloadProfileRequested();
    void checkNowRequested();
    void drillServiceRequested(const QString &service, qd::LoopbackHttpServer::Mode mode);
    void drillHeartbeatRequested(bool running);
    void drillHealRequested();
    void drillBackupRequested(bool deleteNewest);   // false: corrupt the newest
    void drillBadDeployRequested();
    // The guided rollback wizard; a procedure to start at (runbook path and
    // name), or empty for the triage.
    void rollbackRequested(const QString &path, const QString &procedure);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void openRunbook();
    void openProfile();
    void showAbout();

    EnvironmentBanner *m_banner;
    QTabWidget *m_tabs;
    DashboardWidget *m_dashboard;
    BackupsWidget *m_backups;
    RunbooksWidget *m_runbooks;
    QMenu *m_drillMenu = nullptr;
    IncidentWidget *m_incident = nullptr;
    QString m_environmentName;
    QAction *m_heartbeatStopped = nullptr;
    QLabel *m_profileLabel;
    QString m_profilePath;
};

} // namespace qd
