#include "sandbox.h"

#include "clock.h"
#include "logcategories.h"
#include "sandboxbackups.h"
#include "sandboxdeploy.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTimer>

namespace qd {

namespace {
constexpr quint16 kFirstPort = 47101;   // the ports written in examples/sandbox.yaml
constexpr int kBeatMs = 2000;
constexpr int kBackupJobMs = 20'000;   // how often the backup "cron" looks for a due dump
constexpr int kDeployPollMs = 300;     // how soon a runbook's stop, start or checkout shows
} // namespace

Sandbox::Sandbox(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

Sandbox::~Sandbox() = default;

QStringList Sandbox::serviceNames()
{
    return {QStringLiteral("auth"), QStringLiteral("strategy"), QStringLiteral("backtest"), QStringLiteral("trade"),
            QStringLiteral("data")};
}

void Sandbox::start()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/quarterdeck-sandbox-XXXXXX"));
    if (!m_dir->isValid()) {
        emit failed(tr("could not create the sandbox folder: %1").arg(m_dir->errorString()));
        return;
    }
    QFile templ(QStringLiteral(":/sandbox/sandbox.yaml"));
    if (!templ.open(QIODevice::ReadOnly)) {
        emit failed(tr("the sandbox profile is missing from the resources"));
        return;
    }
    QByteArray profile = templ.readAll();
    QFile runbookTempl(QStringLiteral(":/sandbox/runbooks/sandbox-rollback.md"));
    QByteArray runbook = runbookTempl.open(QIODevice::ReadOnly) ? runbookTempl.readAll() : QByteArray();

    const QStringList names = serviceNames();
    for (int i = 0; i < names.size(); ++i) {
        auto *server = new LoopbackHttpServer(names[i], this);
        server->setSlowDelay(800); // above max_latency (300ms), below the timeout: Degraded, not Down
        const quint16 preferred = quint16(kFirstPort + i);
        if (!server->listen(preferred) && !server->listen(0)) {
            emit failed(tr("could not open a loopback port for the %1 service").arg(names[i]));
            return;
        }
        if (server->port() != preferred) {
            const QByteArray from = "127.0.0.1:" + QByteArray::number(preferred) + '/';
            const QByteArray to = "127.0.0.1:" + QByteArray::number(server->port()) + '/';
            profile.replace(from, to);
            // The runbook's health checks name the same ports.
            runbook.replace(QByteArray::number(preferred), QByteArray::number(server->port()));
        }
        m_servers.append(server);
    }
    // Where the sandbox's status updates are posted: a chat that takes
    // every POST, beside the services (no drill stops it).
    m_chat = new LoopbackHttpServer(QStringLiteral("chat"), this);
    const quint16 chatPort = quint16(kFirstPort + names.size());
    if (!m_chat->listen(chatPort) && !m_chat->listen(0)) {
        emit failed(tr("could not open a loopback port for the sandbox chat"));
        return;
    }
    if (m_chat->port() != chatPort) {
        const QByteArray from = "127.0.0.1:" + QByteArray::number(chatPort) + '/';
        const QByteArray to = "127.0.0.1:" + QByteArray::number(m_chat->port()) + '/';
        profile.replace(from, to);
    }

    QDir(m_dir->path()).mkpath(QStringLiteral("heartbeat"));
    m_heartbeatPath = m_dir->filePath(QStringLiteral("heartbeat/bot.heartbeat"));
    beat();
    m_heartbeat = new QTimer(this);
    connect(m_heartbeat, &QTimer::timeout, this, &Sandbox::beat);
    m_heartbeat->start(kBeatMs);

    m_backups = std::make_unique<SandboxBackups>(m_dir->path());
    QString backupError;
    if (!m_backups->populate(m_clock->now(), &backupError)) {
        emit failed(backupError);
        return;
    }
    m_backupJob = new QTimer(this);
    connect(m_backupJob, &QTimer::timeout, this, [this] { m_backups->runDueJobs(m_clock->now()); });
    m_backupJob->start(kBackupJobMs);

    // The trade service's deployments, for the bad-deploy drill. Without
    // git the rest of the sandbox still works.
    m_deploy = std::make_unique<SandboxDeploy>(m_dir->path());
    QString deployError;
    if (m_deploy->create(&deployError)) {
        m_deployPoll = new QTimer(this);
        connect(m_deployPoll, &QTimer::timeout, this, &Sandbox::applyDeploy);
        m_deployPoll->start(kDeployPollMs);
    } else {
        qCWarning(lcSandbox).noquote() << "no deploy drill:" << deployError;
    }

    // The runbook beside the profile, where sandbox.yaml expects it.
    QDir(m_dir->path()).mkpath(QStringLiteral("runbooks"));
    QSaveFile rb(m_dir->filePath(QStringLiteral("runbooks/sandbox-rollback.md")));
    if (!rb.open(QIODevice::WriteOnly) || rb.write(runbook) != runbook.size() || !rb.commit()) {
        emit failed(tr("could not write the sandbox runbook: %1").arg(rb.errorString()));
        return;
    }

    const QString profilePath = m_dir->filePath(QStringLiteral("sandbox.yaml"));
    QSaveFile out(profilePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(profile) != profile.size() || !out.commit()) {
        emit failed(tr("could not write the sandbox profile: %1").arg(out.errorString()));
        return;
    }
    qCInfo(lcSandbox).noquote() << "sandbox ready in" << m_dir->path();
    emit ready(profilePath, m_dir->path());
}

void Sandbox::beat()
{
    QSaveFile f(m_heartbeatPath);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(m_clock->now().toString(Qt::ISODateWithMs).toUtf8() + " trading-bot alive, 0 open orders\n");
    f.commit();
}

void Sandbox::setServiceMode(const QString &service, LoopbackHttpServer::Mode mode)
{
    for (LoopbackHttpServer *s : std::as_const(m_servers)) {
        if (s->name() == service) {
            s->setMode(mode);
            qCInfo(lcSandbox).noquote() << "drill:" << service << "->" << int(mode);
            emit drillApplied(tr("Drill: %1 now %2").arg(service, modeDescription(mode)));
        }
    }
}

void Sandbox::setHeartbeatRunning(bool running)
{
    if (!m_heartbeat)
        return;
    if (running) {
        beat();
        m_heartbeat->start(kBeatMs);
    } else {
        m_heartbeat->stop();
    }
    emit drillApplied(running ? tr("Drill: the bot's heartbeat beats again") : tr("Drill: the bot's heartbeat stopped"));
}

QString Sandbox::modeDescription(LoopbackHttpServer::Mode mode)
{
    using Mode = LoopbackHttpServer::Mode;
    switch (mode) {
    case Mode::Healthy:
        return tr("answers healthy");
    case Mode::Error:
        return tr("answers 503");
    case Mode::Hang:
        return tr("accepts and never answers");
    case Mode::Slow:
        return tr("answers slowly");
    case Mode::Trickle:
        return tr("trickles its answer");
    case Mode::WrongBody:
        return tr("answers the wrong body");
    case Mode::Redirect:
    case Mode::RedirectLoop:
        return tr("redirects");
    case Mode::Stopped:
        break;
    }
    return tr("stopped listening");
}

void Sandbox::drillBackup(bool deleteNewest)
{
    if (!m_backups)
        return;
    const QString what = deleteNewest ? m_backups->deleteNewest() : m_backups->corruptNewest();
    if (!what.isEmpty())
        emit drillApplied(what);
}

void Sandbox::drillBadDeploy()
{
    if (m_deploy) {
        emit drillApplied(m_deploy->deployBad());
        applyDeploy();
    }
}

// The trade server follows its deployment: stopped, the bad version, or
// running well. Only a change is applied, so the Drill menu's own modes
// stay until the deployment changes.
void Sandbox::applyDeploy()
{
    const int state = int(m_deploy->state());
    if (state == m_deployState)
        return;
    m_deployState = state;
    LoopbackHttpServer::Mode mode = LoopbackHttpServer::Mode::Healthy;
    if (state == int(SandboxDeploy::State::Stopped))
        mode = LoopbackHttpServer::Mode::Stopped;
    else if (state == int(SandboxDeploy::State::Bad))
        mode = LoopbackHttpServer::Mode::Error;
    for (LoopbackHttpServer *s : std::as_const(m_servers))
        if (s->name() == QLatin1String(SandboxDeploy::kService))
            s->setMode(mode);
    qCInfo(lcSandbox).noquote() << "trade deployment:" << m_deploy->version() << "state" << state;
}

void Sandbox::healAll()
{
    if (m_deploy) {
        m_deploy->heal();
        m_deployState = int(SandboxDeploy::State::Running);
    }
    if (m_backups)
        m_backups->backUpNow(m_clock->now());
    for (LoopbackHttpServer *s : std::as_const(m_servers))
        s->setMode(LoopbackHttpServer::Mode::Healthy);
    setHeartbeatRunning(true);
}

} // namespace qd
