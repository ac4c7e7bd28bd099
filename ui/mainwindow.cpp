#include "mainwindow.h"

#include "backupbadgebar.h"
#include "backupswidget.h"
#include "runbookswidget.h"
#include "dashboardwidget.h"
#include "environmentbanner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "declareincidentdialog.h"
#include "incidentwidget.h"

namespace qd {

MainWindow::MainWindow(const DashboardModels &models, QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new EnvironmentBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new DashboardWidget(models, this))
    , m_backups(new BackupsWidget(this))
    , m_runbooks(new RunbooksWidget(this))
    , m_profileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Quarterdeck"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quarterdeck.svg")));

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_backups, tr("&Backups"));
    m_tabs->addTab(m_runbooks, tr("R&unbooks"));
    // A runbook dropped on the window opens in the Runbooks tab.
    setAcceptDrops(true);
    connect(m_dashboard->backupBadges(), &BackupBadgeBar::openRequested, this, &MainWindow::showBackups);

    auto *central = new QWidget(this);
    auto *v = new QVBoxLayout(central);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(m_banner);
    v->addWidget(m_tabs, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_profileLabel);
    connect(m_dashboard, &DashboardWidget::summaryChanged, m_banner, &EnvironmentBanner::setSummary);

    EnvironmentInfo none;
    none.name = tr("No profile");
    none.description = tr("Open an environment profile with Ctrl+O");
    m_banner->setEnvironment(none, QString());

    buildMenus();
    resize(1360, 860);
}

void MainWindow::setIncidentWidget(IncidentWidget *widget)
{
    m_incident = widget;
    m_tabs->addTab(widget, tr("&Incident"));
    connect(widget, &IncidentWidget::message, this, &MainWindow::showStatus);
    connect(widget, &IncidentWidget::incidentShown, this, [this](const Incident &i) {
        m_tabs->setTabText(m_tabs->indexOf(m_incident), tr("&Incident: %1").arg(Incident::severityName(i.severity)));
    });
}

void MainWindow::showIncident()
{
    if (!m_incident)
        return;
    m_tabs->setCurrentWidget(m_incident);
    m_incident->focusNote();
}

void MainWindow::declareIncident()
{
    if (!m_incident)
        return;
    // Two things to say, from anywhere; the rest later.
    // Window-modal and asynchronous: no nested event loop, the dashboard
    // keeps updating behind it.
    auto *dialog = new DeclareIncidentDialog(m_environmentName, m_drillMenu && m_drillMenu->menuAction()->isVisible(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_incident->declare(dialog->draft());
        showIncident();
    });
    dialog->open();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Profile…"), this, &MainWindow::openProfile);
    open->setShortcut(QKeySequence::Open);
    QAction *openRb = file->addAction(tr("Open R&unbook…"), this, &MainWindow::openRunbook);
    openRb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *reload = file->addAction(tr("&Reload Profile"), this, &MainWindow::reloadProfileRequested);
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // One key for "find" wherever the commander is: the timeline's search on
    // the Incident tab, the service filter everywhere else.
    QAction *find = view->addAction(tr("&Find"), this, [this] {
        if (m_incident && m_tabs->currentWidget() == m_incident) {
            m_incident->focusSearch();
            return;
        }
        showDashboard();
        m_dashboard->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *checkNow = view->addAction(tr("&Check All Now"), this, &MainWindow::checkNowRequested);
    checkNow->setShortcut(QKeySequence(Qt::Key_F5));
    view->addSeparator();
    QAction *svc = view->addAction(tr("Go to &Services"), this, [this] {
        showDashboard();
        m_dashboard->servicesView()->setFocus();
    });
    svc->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *hb = view->addAction(tr("Go to &Heartbeats"), this, [this] {
        showDashboard();
        m_dashboard->heartbeatsView()->setFocus();
    });
    hb->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction *bk = view->addAction(tr("Go to &Backups"), this, &MainWindow::showBackups);
    bk->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    QAction *rb = view->addAction(tr("Go to R&unbooks"), this, &MainWindow::showRunbooks);
    rb->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));

    m_drillMenu = menuBar()->addMenu(tr("D&rill"));
    m_drillMenu->setObjectName(QStringLiteral("drillMenu"));
    m_drillMenu->menuAction()->setVisible(false);

    QMenu *incident = menuBar()->addMenu(tr("&Incident"));
    QAction *declare = incident->addAction(tr("&Declare…"), this, &MainWindow::declareIncident);
    declare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    declare->setShortcutContext(Qt::ApplicationShortcut);
    QAction *timeline = incident->addAction(tr("Go to the &Timeline"), this, &MainWindow::showIncident);
    timeline->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    QAction *details = incident->addAction(tr("Edit the &Details"), this, [this] {
        if (!m_incident)
            return;
        m_tabs->setCurrentWidget(m_incident);
        m_incident->showDetails();
    });
    details->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    QAction *postMortem = incident->addAction(tr("The &Post-mortem"), this, [this] {
        if (!m_incident)
            return;
        m_tabs->setCurrentWidget(m_incident);
        m_incident->showPostMortem();
    });
    postMortem->setShortcut(QKeySequence(Qt::ALT | Qt::Key_7));
    QAction *update = incident->addAction(tr("Status &Update…"), this, [this] {
        if (!m_incident)
            return;
        m_tabs->setCurrentWidget(m_incident);
        m_incident->composeUpdate();
    });
    update->setObjectName(QStringLiteral("statusUpdateAction"));
    update->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    update->setShortcutContext(Qt::ApplicationShortcut);
    incident->addSeparator();
    QAction *rollback = incident->addAction(tr("Guided &Rollback…"), this, [this] { emit rollbackRequested(QString(), QString()); });
    rollback->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_runbooks, &RunbooksWidget::rollbackRequested, this, &MainWindow::rollbackRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quarterdeck"), this, &MainWindow::showAbout);
}

void MainWindow::enableDrills(const QStringList &services)
{
    using Mode = LoopbackHttpServer::Mode;
    m_drillMenu->clear();
    const QList<QPair<QString, Mode>> modes = {
        {tr("&Healthy"), Mode::Healthy},
        {tr("Answer &503"), Mode::Error},
        {tr("Ha&ng (accept, never answer)"), Mode::Hang},
        {tr("&Slow (800 ms)"), Mode::Slow},
        {tr("S&top listening"), Mode::Stopped},
    };
    for (const QString &service : services) {
        QMenu *sub = m_drillMenu->addMenu(service);
        auto *group = new QActionGroup(sub);
        for (const auto &[label, mode] : modes) {
            QAction *a = sub->addAction(label);
            a->setCheckable(true);
            a->setChecked(mode == Mode::Healthy);
            a->setObjectName(QStringLiteral("drill-%1-%2").arg(service).arg(int(mode)));
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, service, mode = mode] { emit drillServiceRequested(service, mode); });
        }
    }
    m_drillMenu->addSeparator();
    m_heartbeatStopped = m_drillMenu->addAction(tr("Stop the bot's &heartbeat"));
    m_heartbeatStopped->setCheckable(true);
    connect(m_heartbeatStopped, &QAction::toggled, this, [this](bool stopped) { emit drillHeartbeatRequested(!stopped); });
    m_drillMenu->addSeparator();
    QAction *corrupt = m_drillMenu->addAction(tr("&Corrupt the newest backup"));
    corrupt->setObjectName(QStringLiteral("drill-backup-corrupt"));
    connect(corrupt, &QAction::triggered, this, [this] { emit drillBackupRequested(false); });
    QAction *remove = m_drillMenu->addAction(tr("&Delete the newest backup"));
    remove->setObjectName(QStringLiteral("drill-backup-delete"));
    connect(remove, &QAction::triggered, this, [this] { emit drillBackupRequested(true); });
    m_drillMenu->addSeparator();
    QAction *deploy = m_drillMenu->addAction(tr("Bad &deploy of trade (2.4.1 answers 503)"));
    deploy->setObjectName(QStringLiteral("drill-bad-deploy"));
    connect(deploy, &QAction::triggered, this, &MainWindow::drillBadDeployRequested);
    m_drillMenu->addSeparator();
    QAction *heal = m_drillMenu->addAction(tr("Heal &everything"));
    heal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(heal, &QAction::triggered, this, [this] {
        for (QAction *a : m_drillMenu->findChildren<QAction *>()) {
            if (a->objectName().endsWith(QStringLiteral("-%1").arg(int(Mode::Healthy))))
                a->setChecked(true);
        }
        const QSignalBlocker block(m_heartbeatStopped);
        m_heartbeatStopped->setChecked(false);
        emit drillHealRequested();
    });
    m_drillMenu->menuAction()->setVisible(true);
}

void MainWindow::showRunbooks()
{
    m_tabs->setCurrentWidget(m_runbooks);
    m_runbooks->setFocus();
}

void MainWindow::openRunbook()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Runbook"), QString(),
                                                      tr("Markdown runbooks (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        emit openRunbookRequested(path);
        showRunbooks();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    bool opened = false;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (path.isEmpty())
            continue;
        // A profile opens as the environment; anything else is read as a runbook.
        if (path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"))) {
            emit openProfileRequested(path);
        } else {
            emit openRunbookRequested(path);
            opened = true;
        }
    }
    if (opened)
        showRunbooks();
    event->acceptProposedAction();
}

void MainWindow::showDashboard()
{
    m_tabs->setCurrentWidget(m_dashboard);
}

void MainWindow::showBackups()
{
    m_tabs->setCurrentWidget(m_backups);
    m_backups->setFocus();
}

void MainWindow::setDrillsVisible(bool visible)
{
    m_drillMenu->menuAction()->setVisible(visible && !m_drillMenu->isEmpty());
}

void MainWindow::setProfile(const Profile &profile)
{
    m_profilePath = profile.path;
    m_environmentName = profile.environment.name;
    m_banner->setEnvironment(profile.environment, profile.path);
    m_banner->setErrors({}, false);
    setWindowTitle(profile.environment.production ? tr("%1 (PRODUCTION) — Quarterdeck").arg(profile.environment.name)
                                                  : tr("%1 — Quarterdeck").arg(profile.environment.name));
    m_profileLabel->setText(tr("Profile: %1").arg(QFileInfo(profile.path).fileName()));
    m_profileLabel->setToolTip(profile.path);
}

void MainWindow::setProfileErrors(const QList<ProfileError> &errors, bool keptPrevious)
{
    m_banner->setErrors(errors, keptPrevious);
    if (!errors.isEmpty())
        statusBar()->showMessage(errors.first().toString(), 15000);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::openProfile()
{
    // Non-blocking: the dialog is window-modal and answers through a signal,
    // so probes and timers keep running while the commander browses.
    auto *dlg = new QFileDialog(this, tr("Open Environment Profile"), QFileInfo(m_profilePath).absolutePath(),
                                tr("Profiles (*.yaml *.yml);;All files (*)"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setFileMode(QFileDialog::ExistingFile);
    connect(dlg, &QFileDialog::fileSelected, this, &MainWindow::openProfileRequested);
    dlg->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Quarterdeck"),
                                tr("<b>Quarterdeck %1</b><br>A console for incident commanders: live service states, "
                                   "heartbeats, and the team's runbooks as guided procedures.")
                                    .arg(QStringLiteral(QD_VERSION)),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace qd
