#include "commandprobe.h"

#include <QProcess>

#include <signal.h>
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
        // Reaped by QProcess's own SIGCHLD handling once it exits; we must not
        // wait here (the destructor may run on the UI thread's schedule).
        m_process->setParent(nullptr);
        connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    }
}

void CommandProbe::killGroup()
{
    const qint64 pid = m_process ? m_process->processId() : 0;
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
}

void CommandProbe::start()
{
    m_process = new QProcess(this);
    m_process->setProgram(QStringLiteral("/bin/bash"));
    m_process->setArguments({QStringLiteral("-c"), m_spec.command});
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyRead, this, [this] {
        const QByteArray chunk = m_process->readAll();
        if (m_output.size() < kMaxOutput)
            m_output.append(chunk.left(kMaxOutput - m_output.size()));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(ServiceState::Down, tr("could not start the command: %1").arg(m_process->errorString()), false);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
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
