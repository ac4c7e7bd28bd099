#pragma once

#include "clock.h"
#include "gateconfirmation.h"
#include "plannedstep.h"
#include "stepresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringDecoder>

#include <optional>

class QProcess;
class QTimer;

namespace qd {

// Runs one planned bash step (issue 6): `bash -c` with the plan's
// environment, in a process group of its own, output streamed in batches
// with secrets masked, a timeout, and Cancel that ends the whole group
// (QProcess::kill() alone left a grandchild `sleep` running). It refuses a
// destructive step without a gate confirmation for exactly the text it is
// about to run. Asynchronous: lives on the thread that drives it and never
// waits.
class StepRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepRunner)
public:
    static constexpr int kDefaultTimeoutSeconds = 15 * 60;
    static constexpr int kTerminateGraceMs = 2000;   // SIGTERM first, then SIGKILL
    static constexpr qsizetype kKeptOutput = 4 * 1024 * 1024;
    static constexpr int kBatchMs = 50;

    explicit StepRunner(const Clock *clock, QObject *parent = nullptr);
    ~StepRunner() override;

    // The word a gate asks for ("production"): the profile's environment name.
    void setEnvironmentName(const QString &name) { m_environmentName = name; }
    QString environmentName() const { return m_environmentName; }
    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }

    // Why `step` may not run with `confirmation`, or empty when it may. The
    // same check start() makes, for the wizard to keep Run disabled.
    static QString refusal(const PlannedStep &step, const std::optional<GateConfirmation> &confirmation,
                           const QString &environmentName);

    // Starts it; false (and nothing runs) with the reason in `why`.
    bool start(const PlannedStep &step, const std::optional<GateConfirmation> &confirmation, QString *why);
    bool isRunning() const { return m_process != nullptr; }
    // Ends the step's whole process group: SIGTERM, then SIGKILL.
    void cancel();
    qint64 processGroup() const { return m_pid; }

signals:
    void started(const QString &command);
    void output(const QString &text);   // masked, in batches
    void finished(const qd::StepResult &result);

private:
    void readOutput();
    void flush(bool all);
    void signalGroup(int sig);
    void stop(StepResult::Outcome why);
    void finish(int exitCode, bool crashed);

    const Clock *m_clock;
    QString m_environmentName;
    QString m_workingDirectory;
    QProcess *m_process = nullptr;
    QTimer *m_batch;
    QTimer *m_deadline;
    QTimer *m_kill;
    qint64 m_pid = 0;
    QElapsedTimer m_elapsed;
    StepResult m_result;
    std::optional<StepResult::Outcome> m_stopping;   // cancelled or timed out
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_pending;    // decoded, not yet masked and sent
    QStringList m_secrets;
    qsizetype m_longestSecret = 0;
};

} // namespace qd
