#include "steprunner.h"

#include "logcategories.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

#include <algorithm>

#include <signal.h>
#include <unistd.h>

namespace qd {

namespace {

const QString kMask = QStringLiteral("••••••");

} // namespace

StepRunner::StepRunner(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_batch(new QTimer(this))
    , m_deadline(new QTimer(this))
    , m_kill(new QTimer(this))
{
    m_batch->setSingleShot(true);
    m_batch->setInterval(kBatchMs);
    connect(m_batch, &QTimer::timeout, this, [this] { flush(false); });
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { stop(StepResult::Outcome::TimedOut); });
    m_kill->setSingleShot(true);
    m_kill->setInterval(kTerminateGraceMs);
    connect(m_kill, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
}

StepRunner::~StepRunner()
{
    // A console that quits ends what it started (the wizard asks first);
    // QProcess's own destructor would kill the leader alone and leave the
    // rest of the group running unwatched.
    if (m_process) {
        m_process->disconnect(this);
        signalGroup(SIGKILL);
    }
}

QString StepRunner::refusal(const PlannedStep &step, const std::optional<GateConfirmation> &confirmation,
                            const QString &environmentName)
{
    if (step.step.kind != RunbookStep::Kind::Command || step.step.runner != RunbookStep::Runner::Bash)
        return step.step.runner == RunbookStep::Runner::Sql
                   ? tr("step %1 is SQL: it runs against the profile's database in the verification, not in a shell").arg(step.number)
                   : tr("step %1 is done by hand: mark it done when it is").arg(step.number);
    if (!step.missing.isEmpty())
        return tr("step %1 needs a value for %2").arg(step.number).arg(step.missing.join(QStringLiteral(", ")));
    if (!step.problems.isEmpty())
        return tr("step %1 cannot run as planned: %2").arg(step.number).arg(step.problems.first());
    if (!step.step.destructive())
        return QString();
    if (environmentName.isEmpty())
        return tr("step %1 is gated, and the profile names no environment to type at the gate").arg(step.number);
    if (!confirmation)
        return tr("step %1 is gated: type %2 to unlock it").arg(step.number).arg(environmentName);
    if (confirmation->typed != environmentName)
        return tr("step %1 is gated: '%2' was typed, not %3").arg(step.number).arg(confirmation->typed, environmentName);
    if (confirmation->by.trimmed().isEmpty())
        return tr("step %1 is gated: the confirmation does not say who gave it").arg(step.number);
    // What runs is what was shown, byte for byte.
    if (confirmation->command != step.command || confirmation->environment != step.environmentFingerprint())
        return tr("step %1 changed after it was confirmed: confirm it again").arg(step.number);
    const bool twoPerson = std::any_of(step.step.gates.cbegin(), step.step.gates.cend(), [](const auto &g) { return g.twoPerson; });
    if (twoPerson && (confirmation->secondBy.trimmed().isEmpty()
                      || confirmation->secondBy.trimmed().compare(confirmation->by.trimmed(), Qt::CaseInsensitive) == 0))
        return tr("step %1 needs a second person to confirm it, someone other than %2").arg(step.number).arg(confirmation->by);
    return QString();
}

bool StepRunner::start(const PlannedStep &step, const std::optional<GateConfirmation> &confirmation, QString *why)
{
    if (m_process) {
        *why = tr("another step is still running");
        return false;
    }
    const QString refused = refusal(step, confirmation, m_environmentName);
    if (!refused.isEmpty()) {
        *why = refused;
        qCWarning(lcRunner) << "refused step" << step.number << refused;
        return false;
    }
    m_result = StepResult();
    m_result.command = step.command;
    m_result.startedAt = m_clock->now();
    m_stopping.reset();
    m_pending.clear();
    m_decoder.resetState();
    m_pid = 0;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    m_secrets.clear();
    for (const auto &kv : step.environment) {
        env.insert(kv.first, kv.second);
        if (step.secretNames.contains(kv.first) && !kv.second.isEmpty())
            m_secrets.append(kv.second);
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_longestSecret = m_secrets.isEmpty() ? 0 : m_secrets.first().size();

    m_process = new QProcess(this);
    m_process->setProgram(QStringLiteral("/bin/bash"));
    m_process->setArguments({QStringLiteral("-c"), step.command});
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
    // A group of its own, so Cancel reaches what the step started. No
    // parent-death signal, unlike a check: a restore cut off because the
    // console died is worse than one that finishes unwatched; the wizard
    // offers to resume with the outcome unknown.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        ::setpgid(pid_t(m_pid), pid_t(m_pid));   // from this side too: no window without the group
        emit started(m_result.command);
    });
    connect(m_process, &QProcess::readyRead, this, &StepRunner::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        m_result.outcome = StepResult::Outcome::FailedToStart;
        m_result.error = m_process->errorString();
        m_result.finishedAt = m_clock->now();
        m_deadline->stop();
        m_process->deleteLater();
        m_process = nullptr;
        emit finished(m_result);
    });
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { finish(code, status == QProcess::CrashExit); });
    // At most a day: a longer annotation would overflow the timer.
    const int timeout = step.step.timeoutSeconds > 0 ? qMin(step.step.timeoutSeconds, 24 * 3600) : kDefaultTimeoutSeconds;
    m_deadline->start(timeout * 1000);
    m_elapsed.start();
    qCInfo(lcRunner) << "running step" << step.number << "timeout" << timeout << "s";
    m_process->start();
    return true;
}

void StepRunner::cancel()
{
    stop(StepResult::Outcome::Cancelled);
}

void StepRunner::stop(StepResult::Outcome why)
{
    if (!m_process || m_stopping)
        return;
    m_stopping = why;
    m_deadline->stop();
    signalGroup(SIGTERM);
    m_kill->start();
}

void StepRunner::signalGroup(int sig)
{
    if (m_pid <= 0) {
        if (m_process)
            m_process->kill();
        return;
    }
    // The group outlives its leader: what the step put in the background is
    // still in it after bash is gone.
    if (::kill(-pid_t(m_pid), sig) != 0 && m_process && m_process->state() != QProcess::NotRunning)
        ::kill(pid_t(m_pid), sig);
}

void StepRunner::readOutput()
{
    const QByteArray bytes = m_process->readAll();
    m_result.outputBytes += bytes.size();
    m_pending += m_decoder.decode(bytes);
    // Megabytes at once go out at once, rather than piling up until the batch.
    if (m_pending.size() > 256 * 1024)
        flush(false);
    else if (!m_batch->isActive())
        m_batch->start();
}

void StepRunner::flush(bool all)
{
    if (all)
        m_pending += m_decoder.decode(QByteArray());
    if (m_pending.isEmpty())
        return;
    qsizetype cut = m_pending.size();
    if (!all && m_longestSecret > 1) {
        // Hold back what could be the start of a secret the next read ends;
        // a secret that reaches past the cut moves the cut past it.
        cut = qMax<qsizetype>(0, m_pending.size() - (m_longestSecret - 1));
        for (bool moved = true; moved;) {
            moved = false;
            for (const QString &s : std::as_const(m_secrets))
                for (qsizetype at = m_pending.indexOf(s, qMax<qsizetype>(0, cut - s.size() + 1)); at >= 0 && at < cut;
                     at = m_pending.indexOf(s, at + 1))
                    if (at + s.size() > cut) {
                        cut = at + s.size();
                        moved = true;
                    }
        }
    }
    QString text = m_pending.left(cut);
    m_pending.remove(0, cut);
    for (const QString &s : std::as_const(m_secrets))
        text.replace(s, kMask);
    if (text.isEmpty())
        return;
    m_result.output += text;
    if (m_result.output.size() > kKeptOutput)
        m_result.output.remove(0, m_result.output.size() - kKeptOutput);
    emit output(text);
}

void StepRunner::finish(int exitCode, bool crashed)
{
    readOutput();
    flush(true);
    m_batch->stop();
    m_deadline->stop();
    if (m_stopping && m_pid > 0) {
        // What is left of the group keeps the rest of its grace after the
        // leader went, then gets SIGKILL (a trap on TERM does not save it).
        const pid_t group = pid_t(m_pid);
        const int left = m_kill->isActive() ? m_kill->remainingTime() : 0;
        QTimer::singleShot(qMax(0, left), QCoreApplication::instance(), [group] { ::kill(-group, SIGKILL); });
    }
    m_kill->stop();
    m_result.finishedAt = m_clock->now();
    m_result.durationMs = m_elapsed.elapsed();
    if (m_stopping) {
        m_result.outcome = *m_stopping;
    } else {
        m_result.exitCode = crashed ? -1 : exitCode;
        m_result.outcome = !crashed && exitCode == 0 ? StepResult::Outcome::Succeeded : StepResult::Outcome::Failed;
    }
    qCInfo(lcRunner) << "step finished" << int(m_result.outcome) << "exit" << m_result.exitCode << m_result.durationMs << "ms";
    m_process->deleteLater();
    m_process = nullptr;
    m_pid = 0;
    emit finished(m_result);
}

} // namespace qd
