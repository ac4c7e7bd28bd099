#include "commandprobe.h"

#include <QProcess>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace qd {

CommandProbe::CommandProbe(const ServiceSpec &spec, const Clock *clock, QObject *parent)
    : Probe(spec, clock, parent)
{
}

CommandProbe::~CommandProbe()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        killGroup();
        // Never wait here: this runs on the engine's thread, which has other
        // checks to time. QProcess reaps the child once SIGKILL lands.
        m_process->setParent(nullptr);
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    }
}

void CommandProbe::killGroup()
{
    if (m_pid <= 0)
        return;
    // The group outlives its leader: `sleep 60 &` in a check is still there
    // after bash exits. If the child had not yet made its group, kill it alone.
    if (::kill(-pid_t(m_pid), SIGKILL) != 0 && m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

void CommandProbe::start()
{
    m_process = new QProcess(this);
    m_process->setProgram(QStringLiteral("/bin/bash"));
    m_process->setArguments({QStringLiteral("-c"), m_spec.command});
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([] {
        ::setpgid(0, 0);
        // If the console dies, so does the check (its own children are in its
        // group, which killGroup() ends on every normal path).
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    connect(m_process, &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        ::setpgid(pid_t(m_pid), pid_t(m_pid));   // also from this side: no window where the group does not exist yet
    });
    connect(m_process, &QProcess::readyRead, this, [this] {
        const QByteArray chunk = m_process->readAll();
        if (m_output.size() < kMaxOutput)
            m_output.append(chunk.left(kMaxOutput - m_output.size()));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        // Could not even run the check (no bash, out of processes): that says
        // nothing about the service, so it is Unknown, never Down.
        if (e == QProcess::FailedToStart)
            finish(ServiceState::Unknown, tr("could not check: the command did not start: %1").arg(m_process->errorString()), false);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        killGroup();   // whatever the check left running in the background
        const QString lastLine = QString::fromUtf8(m_output).trimmed().section(u'\n', -1).left(200);
        if (status == QProcess::CrashExit)
            finish(ServiceState::Down, tr("the command crashed"));
        else if (code == 0)
            finish(ServiceState::Up, lastLine.isEmpty() ? tr("exit 0") : tr("exit 0: %1").arg(lastLine));
        else
            finish(ServiceState::Down, lastLine.isEmpty() ? tr("exit %1").arg(code) : tr("exit %1: %2").arg(code).arg(lastLine));
    });
    beginTiming();
    armDeadline();
    m_process->start();
}

void CommandProbe::onDeadline()
{
    killGroup();
    finish(ServiceState::Down, tr("the command did not finish within %1 (timeout); stopped it").arg(timeoutText()), false);
}

} // namespace qd
