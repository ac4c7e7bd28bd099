#include "application.h"

#include "backupbadgebar.h"
#include "backupmanifest.h"
#include "backupservice.h"
#include "backupswidget.h"
#include "dashboardwidget.h"
#include "heartbeatmodel.h"
#include "heartbeatmonitor.h"
#include "incidentcapture.h"
#include "incidentchange.h"
#include "incidentservice.h"
#include "incidentwidget.h"
#include "postmortemwidget.h"
#include "updatecomposerdialog.h"
#include "updatepublisher.h"
#include "logging.h"
#include "loginname.h"
#include "latencyhistory.h"
#include "mainwindow.h"
#include "objectivemodel.h"
#include "probeengine.h"
#include "profilewatcher.h"
#include "runbooklibrary.h"
#include "runbookswidget.h"
#include "rollbacksession.h"
#include "keychainstore.h"
#include "secrets.h"
#include "sqlchecker.h"
#include "rollbackwizard.h"
#include "triagepage.h"
#include "verificationpage.h"
#include "stepspage.h"
#include "preparationpage.h"
#include "parameterspage.h"
#include "sandbox.h"
#include "servicetablemodel.h"
#include "sqlitestore.h"
#include "systemclock.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTreeWidget>
#include <QAbstractButton>

#include <cstdlib>

Q_LOGGING_CATEGORY(lcApp, "qd.app", QtInfoMsg)

namespace qd {

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(std::make_unique<SystemClock>())
    , m_sql(new SqlChecker)
    , m_keychain(new KeychainStore)
    , m_secrets(new Secrets(m_keychain, this))
    , m_engine(new ProbeEngine(m_clock.get()))
    , m_heartbeats(new HeartbeatMonitor)
      // The sandbox's backups live in a temporary folder: their verdicts are
      // not worth keeping, so its manifest stays in memory.
    , m_backups(new BackupService(m_clock.get(), options.sandbox ? QString() : BackupManifest::defaultPath()))
    , m_watcher(new ProfileWatcher(this))
    , m_runbooks(new RunbookLibrary(this))
    , m_serviceModel(new ServiceTableModel(this))
    , m_heartbeatModel(new HeartbeatModel(m_clock.get(), this))
    , m_objectiveModel(new ObjectiveModel(this))
    , m_latency(new LatencyHistory(this))
{
    // Engines get threads of their own: a slow stat of a heartbeat on a hung
    // mount must not hold up the probes, and neither may touch the UI thread.
    m_probeThread.setObjectName(QStringLiteral("qd-probes"));
    m_heartbeatThread.setObjectName(QStringLiteral("qd-heartbeats"));
    m_engine->moveToThread(&m_probeThread);
    m_heartbeats->moveToThread(&m_heartbeatThread);
    connect(&m_probeThread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(&m_heartbeatThread, &QThread::finished, m_heartbeats, &QObject::deleteLater);
    m_backupThread.setObjectName(QStringLiteral("qd-backups"));
    m_backups->moveToThread(&m_backupThread);
    connect(&m_backupThread, &QThread::finished, m_backups, &QObject::deleteLater);
    // The incident store on a thread of its own: a commit never waits on the UI.
    // The sandbox's drills go to a store of their own, never into the team's record.
    const QString store = m_options.sandbox
                              ? QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("quarterdeck-sandbox/incidents.db"))
                              : SqliteStore::defaultPath();
    m_incidents = new IncidentService(store, QStringLiteral("console@%1").arg(QSysInfo::machineHostName()), *m_clock);
    m_storeThread.setObjectName(QStringLiteral("qd-store"));
    m_incidents->moveToThread(&m_storeThread);
    connect(&m_storeThread, &QThread::finished, m_incidents, &QObject::deleteLater);
    m_probeThread.start();
    m_heartbeatThread.start();
    m_backupThread.start();
    m_storeThread.start();
    m_sqlThread.setObjectName(QStringLiteral("qd-sql"));
    m_sql->moveToThread(&m_sqlThread);
    connect(&m_sqlThread, &QThread::finished, m_sql, &QObject::deleteLater);
    m_sqlThread.start();
    m_keychainThread.setObjectName(QStringLiteral("qd-keychain"));
    m_keychain->moveToThread(&m_keychainThread);
    connect(&m_keychainThread, &QThread::finished, m_keychain, &QObject::deleteLater);
    m_keychainThread.start();

    connect(m_engine, &ProbeEngine::statusesChanged, m_serviceModel, &ServiceTableModel::applyStatuses);
    connect(m_engine, &ProbeEngine::resultsReady, m_latency, [this](const QList<ProbeResult> &results) {
        for (const ProbeResult &r : results)
            m_latency->add(r.service, r.finishedAt.toMSecsSinceEpoch(), r.outcome == ServiceState::Down ? -1.0 : r.latencyMs);
    });
    connect(m_heartbeats, &HeartbeatMonitor::heartbeatsUpdated, m_heartbeatModel, &HeartbeatModel::applyStatuses);
    connect(m_watcher, &ProfileWatcher::profileLoaded, this, &Application::onProfileLoaded);
}

Application::~Application()
{
    // Order: stop the work, then the threads, then the window and models.
    QMetaObject::invokeMethod(m_engine, &ProbeEngine::stop, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_heartbeats, &HeartbeatMonitor::stop, Qt::QueuedConnection);
    m_backups->cancelVerification();
    QMetaObject::invokeMethod(m_backups, &BackupService::shutdown, Qt::QueuedConnection);
    m_backupThread.quit();
    m_probeThread.quit();
    m_heartbeatThread.quit();
    m_sandboxThread.quit();
    QMetaObject::invokeMethod(m_incidents, &IncidentService::close, Qt::QueuedConnection);
    m_storeThread.quit();
    m_sqlThread.quit();
    m_keychainThread.quit();
    // A worker stuck in a system call (a stat on a hung network mount) would
    // keep a closed console from ever exiting. Give them a few seconds, then
    // leave without them: there is nothing left to save, the log is flushed.
    const QDeadlineTimer deadline(5000);
    for (QThread *t : {&m_probeThread, &m_heartbeatThread, &m_sandboxThread, &m_backupThread, &m_storeThread, &m_sqlThread,
                       &m_keychainThread}) {
        if (!t->wait(deadline)) {
            qCCritical(lcApp).noquote() << "worker thread" << t->objectName() << "did not stop within 5 s; exiting without it";
            shutdownLogging();
            std::_Exit(3);
        }
    }
    m_window.reset();
}

bool Application::start()
{
    DashboardModels models{m_serviceModel, m_heartbeatModel, m_objectiveModel, m_latency};
    m_window = std::make_unique<MainWindow>(models);

    connect(m_watcher, &ProfileWatcher::profileRejected, m_window.get(), &MainWindow::setProfileErrors);
    connect(m_window.get(), &MainWindow::openProfileRequested, this, &Application::openProfile);
    connect(m_window.get(), &MainWindow::reloadProfileRequested, m_watcher, &ProfileWatcher::reload);
    connect(m_window.get(), &MainWindow::checkNowRequested, this, &Application::checkNow);
    connect(m_window.get(), &MainWindow::rollbackRequested, this, &Application::openRollback);

    BackupsWidget *backupsTab = m_window->backups();
    connect(m_backups, &BackupService::inventoryChanged, backupsTab, &BackupsWidget::setSets);
    connect(m_backups, &BackupService::inventoryChanged, m_window.get(),
            [this](const QList<BackupSetStatus> &sets) {
                m_inventory = sets;
                if (m_rollback)
                    m_rollback->setInventory(sets);
                m_window->dashboard()->backupBadges()->setSets(sets);
                m_objectiveModel->setBackupSets(sets);
            });
    connect(m_backups, &BackupService::verificationStarted, backupsTab, &BackupsWidget::onVerificationStarted);
    connect(m_backups, &BackupService::verificationProgress, backupsTab, &BackupsWidget::onVerificationProgress);
    connect(m_backups, &BackupService::verificationFinished, backupsTab, &BackupsWidget::onVerificationFinished);
    connect(m_backups, &BackupService::problem, m_window.get(), &MainWindow::showStatus);
    connect(backupsTab, &BackupsWidget::verifyRequested, this, [this](const QStringList &paths, bool recheck) {
        QMetaObject::invokeMethod(m_backups, [b = m_backups, paths, recheck] { b->verify(paths, recheck); }, Qt::QueuedConnection);
    });
    connect(backupsTab, &BackupsWidget::cancelRequested, this, [this] { m_backups->cancelVerification(); });
    connect(m_runbooks, &RunbookLibrary::runbooksChanged, m_window->runbooks(), &RunbooksWidget::setRunbooks);
    connect(m_window.get(), &MainWindow::openRunbookRequested, m_runbooks, &RunbookLibrary::open);
    // Ages move between rescans.
    auto *ageTick = new QTimer(this);
    connect(ageTick, &QTimer::timeout, backupsTab, [this, backupsTab] { backupsTab->tick(m_clock->now()); });
    ageTick->start(5000);

    auto *incidentTab = new IncidentWidget(m_incidents, *m_clock);
    // The incident's rollback events, asked for by openRollback or at start:
    // an interrupted rollback is resumed, or said to be there.
    connect(m_incidents, &IncidentService::eventsFetched, this,
            [this](const QUuid &id, const QString &tag, const QList<TimelineEvent> &events) {
                const std::optional<RollbackSession::Interrupted> at = RollbackSession::interrupted(events);
                if (tag == u"startup") {
                    if (at)
                        m_window->showStatus(tr("A guided rollback (%1) was interrupted: Ctrl+G takes it up again").arg(at->procedure));
                    return;
                }
                if (tag != u"rollback" || !m_pendingRollback)
                    return;
                const auto [path, procedure] = *m_pendingRollback;
                m_pendingRollback.reset();
                const Incident current = m_window->incident()->incident();
                if (current.id != id || m_rollback)
                    return;
                if (at)
                    resumeRollback(current, *at, events);
                else
                    showRollback(current, path, procedure);
            });
    // The drill a rollback declared for itself: open the wizard on it.
    connect(m_incidents, &IncidentService::declared, this, [this](const Incident &incident) {
        if (!m_pendingRollback || !incident.drill)
            return;
        const auto [path, procedure] = *m_pendingRollback;
        m_pendingRollback.reset();
        showRollback(incident, path, procedure);
    });
    incidentTab->setActor(loginName());
    // Status updates and the post-mortem (issue 7): the publisher posts
    // with tokens from the keychain; the tab needs the profile, the
    // runbooks' templates and the backups for RTO/RPO.
    auto *publisher = new UpdatePublisher(m_incidents, m_secrets, this);
    incidentTab->setPublisher(publisher);
    connect(m_watcher, &ProfileWatcher::profileLoaded, incidentTab, &IncidentWidget::setProfile);
    connect(m_runbooks, &RunbookLibrary::runbooksChanged, incidentTab, [incidentTab](const QList<Runbook> &runbooks) { incidentTab->setRunbooks(runbooks); });
    connect(m_backups, &BackupService::inventoryChanged, incidentTab, [incidentTab](const QList<BackupSetStatus> &sets) { incidentTab->setBackups(sets); });
    m_window->setIncidentWidget(incidentTab);
    connect(m_incidents, &IncidentService::opened, this, [this](bool ok, const QString &error) {
        if (!ok)
            m_window->showStatus(tr("Incidents cannot be recorded: %1").arg(error));
    });
    // Once at start: an open incident whose rollback was cut off (the
    // console killed mid-step) is pointed out.
    auto checked = std::make_shared<bool>(false);
    connect(m_incidents, &IncidentService::incidentsChanged, this, [this, checked](const QList<Incident> &incidents) {
        if (*checked)
            return;
        *checked = true;
        TimelineFilter filter;
        filter.kinds = RollbackSession::eventKinds();
        for (const Incident &i : incidents)
            if (i.open())
                QMetaObject::invokeMethod(m_incidents, [s = m_incidents, id = i.id, filter] { s->fetch(id, filter, QStringLiteral("startup")); });
    });
    // What the probes see while an incident is open goes on its timeline.
    auto *capture = new IncidentCapture(m_clock.get(), this);
    connect(m_incidents, &IncidentService::incidentsChanged, capture, &IncidentCapture::setOpenIncidents);
    connect(m_engine, &ProbeEngine::statusesChanged, capture, &IncidentCapture::applyStatuses);
    connect(m_watcher, &ProfileWatcher::profileLoaded, capture, [capture](const Profile &profile) { capture->setHeartbeats(profile.heartbeats); });
    connect(m_heartbeats, &HeartbeatMonitor::heartbeatsUpdated, capture, &IncidentCapture::applyHeartbeats);
    // Heartbeat files do not change when they go stale: only the clock tells.
    connect(ageTick, &QTimer::timeout, capture, &IncidentCapture::tick);
    connect(m_backups, &BackupService::inventoryChanged, capture, &IncidentCapture::applyInventory);
    connect(capture, &IncidentCapture::eventReady, m_incidents, &IncidentService::append);
    QMetaObject::invokeMethod(m_incidents, &IncidentService::open, Qt::QueuedConnection);

    m_window->show();

    if (m_options.sandbox) {
        startSandbox();
    } else if (!m_options.profile.isEmpty()) {
        openProfile(m_options.profile);
    } else {
        const QString last = QSettings().value(QStringLiteral("lastProfile")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            openProfile(last);
        else
            m_window->showStatus(tr("Open a profile with Ctrl+O, or start with --sandbox to practise"));
    }
    if (!m_options.screenshotsDir.isEmpty())
        scheduleScreenshots();
    return true;
}

void Application::checkNow()
{
    QMetaObject::invokeMethod(m_engine, &ProbeEngine::checkNow, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_heartbeats, &HeartbeatMonitor::pollNow, Qt::QueuedConnection);
    m_window->showStatus(tr("Checking every service now"));
}

void Application::openRollback(const QString &runbookPath, const QString &procedure)
{
    if (m_rollback) {
        m_rollback->raise();
        m_rollback->activateWindow();
        return;
    }
    if (m_profile.path.isEmpty()) {
        m_window->showStatus(tr("Open a profile first: the rollback runs against its environment"));
        return;
    }
    const Incident current = m_window->incident() ? m_window->incident()->incident() : Incident();
    if (!current.id.isNull() && current.open()) {
        // First: was a rollback of this incident interrupted? Then take it up.
        m_pendingRollback = qMakePair(runbookPath, procedure);
        TimelineFilter filter;
        filter.kinds = RollbackSession::eventKinds();
        QMetaObject::invokeMethod(m_incidents, [s = m_incidents, id = current.id, filter] { s->fetch(id, filter, QStringLiteral("rollback")); });
        return;
    }
    // Nothing open: a drill, recorded like an incident and marked so.
    m_pendingRollback = qMakePair(runbookPath, procedure);
    Incident drill;
    drill.title = tr("Drill: guided rollback on %1").arg(m_profile.environment.name);
    drill.severity = Incident::Severity::Sev4;
    drill.environment = m_profile.environment.name;
    drill.drill = true;
    m_window->incident()->declare(drill);
    m_window->showStatus(tr("No incident is open: declaring a drill for the rollback"));
}

void Application::resumeRollback(const Incident &incident, const RollbackSession::Interrupted &at, const QList<TimelineEvent> &events)
{
    const QList<Runbook> runbooks = m_runbooks->runbooks();
    const auto rb = std::find_if(runbooks.cbegin(), runbooks.cend(), [&at](const Runbook &r) { return r.path == at.runbook; });
    if (rb == runbooks.cend()) {
        m_window->showStatus(tr("The interrupted rollback used %1, which this profile does not have: starting afresh").arg(at.runbook));
        showRollback(incident, QString(), QString());
        return;
    }
    showRollback(incident, QString(), QString(), [rb, events, this](RollbackSession *session, RollbackWizard *wizard) {
        QString why;
        if (!session->resume(*rb, events, &why)) {
            m_window->showStatus(tr("Cannot take up the interrupted rollback: %1").arg(why));
            return;
        }
        wizard->startResumed();
    });
}

void Application::showRollback(const Incident &incident, const QString &runbookPath, const QString &procedure,
                               const std::function<void(RollbackSession *, RollbackWizard *)> &beforeShow)
{
    RollbackInputs inputs;
    inputs.runbooks = m_runbooks->runbooks();
    inputs.profile = m_profile;
    inputs.inventory = m_inventory;
    inputs.incident = incident;
    inputs.services = m_serviceModel;
    inputs.heartbeats = m_heartbeatModel;
    inputs.clock = m_clock.get();
    inputs.sql = m_sql;
    inputs.secrets = m_secrets;
    auto *session = new RollbackSession(m_clock.get());
    // Commands run where the profile lives: runbooks name paths relative to it.
    session->setContext({incident.id, loginName(), m_profile.environment.name, QFileInfo(m_profile.path).absolutePath(),
                         m_profile.repositories});
    m_rollback = new RollbackWizard(session, inputs);
    session->setParent(m_rollback);
    m_rollback->setAttribute(Qt::WA_DeleteOnClose);
    // In order, on the store's thread: each event as the session makes it.
    connect(session, &RollbackSession::record, m_incidents, &IncidentService::append);
    connect(m_rollback, &RollbackWizard::checkNowRequested, this, &Application::checkNow);
    if (beforeShow)
        beforeShow(session, m_rollback);
    m_rollback->show();
    if (!procedure.isEmpty())
        m_rollback->triagePage()->selectProcedure(procedure, runbookPath);
}

void Application::openProfile(const QString &path)
{
    m_window->showStatus(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_watcher->load(path);   // answers with profileLoaded or profileRejected
}

void Application::onProfileLoaded(const Profile &profile)
{
    if (!m_options.sandbox)
        QSettings().setValue(QStringLiteral("lastProfile"), profile.path);
    // Latency history is keyed by service name; another environment's "auth"
    // is another service, so its history starts empty.
    if (profile.path != m_shownProfile)
        m_latency->clear();
    m_shownProfile = profile.path;
    m_profile = profile;
    m_window->setDrillsVisible(!m_sandboxProfile.isEmpty() && profile.path == m_sandboxProfile);
    m_window->setProfile(profile);
    m_serviceModel->setServices(profile.services);
    m_heartbeatModel->setHeartbeats(profile.heartbeats);
    m_objectiveModel->setObjectives(profile.objectives);
    const QList<ServiceSpec> services = profile.services;
    const QList<HeartbeatSpec> heartbeats = profile.heartbeats;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, services] { engine->setServices(services); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_heartbeats, [hb = m_heartbeats, heartbeats] { hb->setHeartbeats(heartbeats); },
                              Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_backups, [b = m_backups, profile] { b->setProfile(profile); }, Qt::QueuedConnection);
    m_runbooks->setProfile(profile);
    // The sandbox's dumps are small and one is corrupt on purpose: verify
    // them at once, so the practice shows what a bad backup looks like.
    if (!m_sandboxProfile.isEmpty() && profile.path == m_sandboxProfile)
        QMetaObject::invokeMethod(m_backups, [b = m_backups] { b->verify({}, false); }, Qt::QueuedConnection);
    m_window->showStatus(tr("Loaded %1: %n service(s)", nullptr, int(services.size())).arg(profile.environment.name));
}

void Application::startSandbox()
{
    m_sandboxThread.setObjectName(QStringLiteral("qd-sandbox"));
    m_sandbox = new Sandbox(m_clock.get());
    m_sandbox->moveToThread(&m_sandboxThread);
    connect(&m_sandboxThread, &QThread::finished, m_sandbox, &QObject::deleteLater);
    connect(m_sandbox, &Sandbox::ready, this, [this](const QString &profilePath, const QString &folder) {
        qCInfo(lcApp).noquote() << "sandbox in" << folder;
        m_sandboxProfile = QFileInfo(profilePath).absoluteFilePath();
        m_window->enableDrills(Sandbox::serviceNames());
        openProfile(profilePath);
    });
    connect(m_sandbox, &Sandbox::failed, this, [this](const QString &error) {
        QTextStream(stderr) << error << Qt::endl;
        m_window->showStatus(error);
    });
    connect(m_sandbox, &Sandbox::drillApplied, m_window.get(), &MainWindow::showStatus);
    connect(m_window.get(), &MainWindow::drillServiceRequested, m_sandbox, &Sandbox::setServiceMode);
    connect(m_window.get(), &MainWindow::drillHeartbeatRequested, m_sandbox, &Sandbox::setHeartbeatRunning);
    connect(m_window.get(), &MainWindow::drillHealRequested, m_sandbox, &Sandbox::healAll);
    connect(m_window.get(), &MainWindow::drillBackupRequested, m_sandbox, &Sandbox::drillBackup);
    connect(m_window.get(), &MainWindow::drillBadDeployRequested, m_sandbox, &Sandbox::drillBadDeploy);
    m_sandboxThread.start();
    QMetaObject::invokeMethod(m_sandbox, &Sandbox::start, Qt::QueuedConnection);
}

void Application::scheduleScreenshots()
{
    // A fixed script of the sandbox: healthy first, then a drill with a dead
    // service, a slow one, one answering 503 and a stale heartbeat.
    QDir().mkpath(m_options.screenshotsDir);
    QTimer::singleShot(6000, this, [this] {
        m_window->dashboard()->selectService(QStringLiteral("trade"));
        QTimer::singleShot(300, this, [this] {
            grab(QStringLiteral("dashboard.png"));
            m_window->showBackups();
            m_window->backups()->selectNextProblem();
            QTimer::singleShot(300, this, [this] {
                grab(QStringLiteral("backups.png"));
                m_window->showRunbooks();
                m_window->runbooks()->selectProcedure(m_runbooks->runbooks().isEmpty() ? QString() : m_runbooks->runbooks().first().path,
                                                      QStringLiteral("Data Recovery › Restore Market Data from Backup"));
                QTimer::singleShot(300, this, [this] {
                    grab(QStringLiteral("runbooks.png"));
                    m_window->showDashboard();
                });
            });
        });
    });
    // A drill incident open before the drill starts: the captured changes
    // fill its timeline.
    QTimer::singleShot(6600, this, [this] {
        Incident drill;
        drill.title = tr("Sandbox drill: trade service stopped");
        drill.severity = Incident::Severity::Sev2;
        drill.environment = QStringLiteral("sandbox");
        drill.drill = true;
        m_window->incident()->declare(drill);
    });
    QTimer::singleShot(7000, this, [this] {
        if (!m_sandbox)
            return;
        using Mode = LoopbackHttpServer::Mode;
        QMetaObject::invokeMethod(m_sandbox, [s = m_sandbox] {
            s->setServiceMode(QStringLiteral("trade"), Mode::Stopped);
            s->setServiceMode(QStringLiteral("data"), Mode::Slow);
            s->setServiceMode(QStringLiteral("strategy"), Mode::Error);
            s->setHeartbeatRunning(false);
        });
    });
    QTimer::singleShot(26000, this, [this] {
        m_window->dashboard()->selectService(QStringLiteral("data"));
        QTimer::singleShot(300, this, [this] {
            grab(QStringLiteral("dashboard-drill.png"));
            screenshotIncident();
        });
    });
}

void Application::screenshotIncident()
{
    IncidentWidget *tab = m_window->incident();
    const QUuid id = tab->incident().id;
    const QString me = loginName();
    const auto record = [this](const TimelineEvent &e) { QMetaObject::invokeMethod(m_incidents, [s = m_incidents, e] { s->append(e); }); };
    TimelineEvent note;
    note.incidentId = id;
    note.kind = QStringLiteral("note");
    note.actor = me;
    note.text = tr("Orders not reaching the exchange; trade service refuses connections");
    record(note);
    record(IncidentChange::fieldEvent(id, QStringLiteral("role.deputy"), QStringLiteral("ben"), me));
    record(IncidentChange::fieldEvent(id, QStringLiteral("role.scribe"), QStringLiteral("cy"), me));
    record(IncidentChange::fieldEvent(id, QStringLiteral("time.detected"), tab->incident().declaredAt.addSecs(-240).toString(Qt::ISODate), me));
    record(IncidentChange::fieldEvent(id, QStringLiteral("impact.users"), tr("All sandbox traders (3)"), me));
    record(IncidentChange::fieldEvent(id, QStringLiteral("impact.dataLost"), tr("None known"), me));
    record(IncidentChange::fieldEvent(id, QStringLiteral("summary"),
                                      tr("The trade service stopped answering; the data feed slowed and strategy returned 503."), me));
    record(IncidentChange::fieldEvent(id, QStringLiteral("rootCause"), tr("A drill: the sandbox stopped the service on purpose."), me));
    ActionItem item;
    item.id = QStringLiteral("shot-1");
    item.action = tr("Alert when the trade port stops answering");
    item.owner = QStringLiteral("ben");
    item.due = tab->incident().declaredAt.date().addDays(7);
    item.priority = QStringLiteral("High");
    record(IncidentChange::actionItemEvent(id, item, me));
    QTimer::singleShot(1500, this, [this, tab] {
        m_window->showIncident();
        QTimer::singleShot(300, this, [this, tab] {
            grab(QStringLiteral("incident.png"));
            tab->showDetails();
            QTimer::singleShot(300, this, [this] {
                grab(QStringLiteral("incident-details.png"));
                screenshotRollback();
            });
        });
    });
}

void Application::whenReady(const std::function<bool()> &ready, int timeoutMs, const std::function<void()> &then)
{
    auto *poll = new QTimer(this);
    auto *waited = new QElapsedTimer;
    waited->start();
    connect(poll, &QTimer::timeout, this, [poll, waited, ready, timeoutMs, then] {
        if (!ready() && waited->elapsed() < timeoutMs)
            return;
        poll->deleteLater();
        delete waited;
        then();
    });
    poll->start(200);
}

// The rollback wizard on the sandbox's bad deploy, page by page: triage,
// parameters (a commit from git log, a verified backup), preparation, the
// steps (one waiting at its gate, then all done), verification, summary.
void Application::screenshotRollback()
{
    QMetaObject::invokeMethod(m_sandbox, &Sandbox::healAll);
    QMetaObject::invokeMethod(m_sandbox, &Sandbox::drillBadDeploy);
    const auto shot = [this](const QString &name) {
        const QString path = QDir(m_options.screenshotsDir).filePath(name);
        if (m_rollback && m_rollback->grab().save(path))
            QTextStream(stdout) << path << Qt::endl;
    };
    const auto tradeIs = [this](ServiceState state) {
        const int row = m_serviceModel->rowOf(QStringLiteral("trade"));
        return row >= 0 && m_serviceModel->status(row).state == state;
    };
    whenReady([tradeIs] { return tradeIs(ServiceState::Down); }, 15000, [this, shot] {
        openRollback(QString(), QString());
        // It first asks the store whether a rollback was interrupted.
        whenReady([this] { return !m_rollback.isNull(); }, 10000, [this, shot] {
        if (!m_rollback) {
            QCoreApplication::quit();
            return;
        }
        QTreeWidget *matrix = m_rollback->triagePage()->matrixView();
        if (matrix->topLevelItemCount() > 0 && matrix->topLevelItem(0)->childCount() > 0)
            matrix->setCurrentItem(matrix->topLevelItem(0)->child(0));
        QTimer::singleShot(400, this, [this, shot] {
            shot(QStringLiteral("wizard-triage.png"));
            m_rollback->next();
            ParametersPage *params = m_rollback->parametersPage();
            whenReady([params] { return params->commitPicker(QStringLiteral("GOOD_COMMIT_HASH"))
                                        && params->commitPicker(QStringLiteral("GOOD_COMMIT_HASH"))->isEnabled(); },
                      10000, [this, shot, params] {
                QComboBox *commits = params->commitPicker(QStringLiteral("GOOD_COMMIT_HASH"));
                for (int i = 0; commits && i < commits->count(); ++i)
                    if (commits->itemText(i).contains(QStringLiteral("2.4.0"))) {
                        commits->setCurrentIndex(i);
                        emit commits->activated(i);
                    }
                QTimer::singleShot(300, this, [this, shot] {
                    shot(QStringLiteral("wizard-parameters.png"));
                    m_rollback->next();
                    for (QCheckBox *box : m_rollback->preparationPage()->checklist())
                        box->setChecked(true);
                    QTimer::singleShot(300, this, [this, shot] {
                        shot(QStringLiteral("wizard-preparation.png"));
                        m_rollback->next();
                        screenshotSteps(0);
                    });
                });
            });
        });
        });
    });
}

// Runs the steps one after another; the restore waits at its gate for a
// picture first.
void Application::screenshotSteps(int index)
{
    RollbackSession *session = m_rollback->session();
    StepsPage *steps = m_rollback->stepsPage();
    const auto shot = [this](const QString &name) {
        const QString path = QDir(m_options.screenshotsDir).filePath(name);
        if (m_rollback && m_rollback->grab().save(path))
            QTextStream(stdout) << path << Qt::endl;
    };
    if (index >= session->steps().size()) {
        QTimer::singleShot(300, this, [this, shot] {
            shot(QStringLiteral("wizard-steps-done.png"));
            m_rollback->next();
            whenReady([this] { return m_rollback->verificationPage()->allGreen(); }, 20000, [this, shot] {
                QTimer::singleShot(300, this, [this, shot] {
                    shot(QStringLiteral("wizard-verification.png"));
                    m_rollback->next();
                    QTimer::singleShot(300, this, [this, shot] {
                        shot(QStringLiteral("wizard-summary.png"));
                        m_rollback->button(QWizard::FinishButton)->click();
                        QTimer::singleShot(1000, this, [this] { screenshotUpdates(); });
                    });
                });
            });
        });
        return;
    }
    whenReady([steps, index] { return steps->shown() == index; }, 5000, [this, session, steps, index, shot] {
        const bool gated = session->steps().at(index).step.destructive();
        const bool restore = session->steps().at(index).command.contains(QStringLiteral("restore-from-backup"));
        QTimer::singleShot(restore ? 300 : 0, this, [this, session, steps, index, gated, restore, shot] {
            if (restore)
                shot(QStringLiteral("wizard-steps-gate.png"));
            if (gated)
                steps->gateWord()->setText(session->context().environmentName);
            steps->runButton()->click();
            whenReady([session, index] { return session->state(index) != RollbackSession::StepState::Running; }, 30000,
                      [this, index] { screenshotSteps(index + 1); });
        });
    });
}

// Issue 7: the status-update composer on the drill's incident (update #1,
// published to the clipboard), then the post-mortem page beside its prose,
// and the PDF export (scripts/screenshots turns its pages into PNGs).
void Application::screenshotUpdates()
{
    IncidentWidget *tab = m_window->incident();
    m_window->showIncident();
    tab->composeUpdate();
    UpdateComposerDialog *composer = tab->composer();
    if (!composer) {
        QCoreApplication::quit();
        return;
    }
    const int initial = composer->templateBox()->findData(QStringLiteral("incident-update"));
    if (initial >= 0)
        composer->templateBox()->setCurrentIndex(initial);
    // Filled in as a commander would, published to the team: the picture
    // shows it delivered to the sandbox's chat.
    QString text = composer->editor()->toPlainText();
    text.replace(QStringLiteral("«update.situation»"), tr("Trade was stopped by the drill; orders queue but are not sent."));
    text.replace(QStringLiteral("«update.actions»"), tr("- Rolled trade back to 2.4.0 with the guided rollback\n- Verified health, heartbeat and data"));
    text.replace(QStringLiteral("«update.nextSteps»"), tr("Watch the order queue drain; close the drill."));
    composer->editor()->setPlainText(text);
    composer->setConfirmExternal(false);
    composer->publishButton()->click();
    QTimer::singleShot(1500, this, [this, tab, composer] {
        const QString path = QDir(m_options.screenshotsDir).filePath(QStringLiteral("update-composer.png"));
        if (composer->grab().save(path))
            QTextStream(stdout) << path << Qt::endl;
        QTimer::singleShot(100, this, [this, tab, composer] {
            composer->close();
            tab->showPostMortem();
            whenReady([tab] { const QString md = tab->postMortem()->markdown();
                                 return !md.isEmpty() && !md.contains(QStringLiteral("No status update was published.")); }, 8000,
                      [this, tab] {
                QTimer::singleShot(600, this, [this, tab] {
                    grab(QStringLiteral("postmortem.png"));
                    const QString pdf = QDir(m_options.screenshotsDir).filePath(QStringLiteral("postmortem.pdf"));
                    tab->postMortem()->exportTo(pdf);
                    whenReady([pdf] { return QFileInfo::exists(pdf); }, 15000, [pdf] {
                        QTextStream(stdout) << pdf << Qt::endl;
                        QCoreApplication::quit();
                    });
                });
            });
        });
    });
}

void Application::grab(const QString &name)
{
    const QString path = QDir(m_options.screenshotsDir).filePath(name);
    if (m_window->grab().save(path))
        QTextStream(stdout) << path << Qt::endl;
    else
        QTextStream(stderr) << "could not write " << path << Qt::endl;
}

} // namespace qd
