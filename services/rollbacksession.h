#pragma once

#include "clock.h"
#include "gitcommit.h"
#include "gateconfirmation.h"
#include "plannedstep.h"
#include "runbook.h"
#include "stepplanner.h"
#include "stepresult.h"
#include "timelineevent.h"

#include <QObject>
#include <QSet>
#include <QUuid>

#include <optional>

namespace qd {

class StepRunner;

// One guided run of a runbook procedure (issue 6): the values chosen, the
// steps planned from them, what became of each step, and a timeline event
// for every choice and action as it happens. The wizard's pages drive it;
// it runs bash steps through its StepRunner and never blocks.
class RollbackSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackSession)
public:
    // Unknown: it was running when the console stopped (killed, crashed);
    // what it did must be checked before going on.
    enum class StepState { Pending, Running, Succeeded, Failed, Skipped, DoneByHand, Cancelled, TimedOut, Unknown };
    Q_ENUM(StepState)

    struct Context
    {
        QUuid incident;
        QString actor;             // who drives the wizard
        QString environmentName;   // the word a gate asks for
        QString workingDirectory;  // where commands run
        // The profile's repositories (name, absolute path), for commit
        // placeholders whose step does not say where git runs.
        QList<QPair<QString, QString>> repositories;
    };

    explicit RollbackSession(const Clock *clock, QObject *parent = nullptr);
    ~RollbackSession() override;

    void setContext(const Context &context);
    Context context() const { return m_context; }

    // Chooses the procedure; the values chosen so far are kept where the
    // new procedure has the same placeholders. Refused (false) while a step
    // runs: what it finishes as belongs to the plan it started with.
    bool setProcedure(const Runbook &runbook, const Runbook::Procedure &procedure, const QString &why = QString());
    const Runbook::Procedure &procedure() const { return m_procedure; }
    QString runbookPath() const { return m_runbookPath; }
    bool hasProcedure() const { return !m_procedure.name.isEmpty(); }

    // The placeholders of the procedure, once each, in the order they appear.
    QList<RunbookStep::Placeholder> placeholders() const;
    // A value for a placeholder, and how it was chosen ("picked from the
    // backup inventory", "typed"; an override of a warning says so).
    // Refused (false) while a step runs. A step that ran with another
    // command than the new values give is to be run again (Pending).
    bool setValue(const QString &name, const StepPlanner::Value &value, const QString &how = QString());
    StepPlanner::Values values() const { return m_values; }

    const QList<PlannedStep> &steps() const { return m_steps; }
    StepState state(int index) const { return m_states.value(index, StepState::Pending); }
    StepResult result(int index) const { return m_results.value(index); }
    // The first step not yet finished, skipped or done; steps().size() at
    // the end. SQL steps do not hold it up: they are checks, and run at the
    // verification against the profile's database.
    int current() const;
    static bool runsAtVerification(const PlannedStep &step)
    {
        return step.step.kind == RunbookStep::Kind::Command && step.step.runner == RunbookStep::Runner::Sql;
    }
    bool isRunning() const;
    int count(StepState state) const;
    // Steps that failed and were gone past with Continue anyway.
    int continuedPastFailure() const { return int(m_continued.size()); }

    // Why step `index` may not run now with `confirmation`; empty when it may.
    QString refusal(int index, const std::optional<GateConfirmation> &confirmation) const;
    // Runs it. A gate's confirmation is recorded (what was typed, by whom)
    // before the step starts. False with the reason when refused.
    bool run(int index, const std::optional<GateConfirmation> &confirmation, QString *why);
    // What would run, recorded as looked at; runs nothing.
    QString dryRun(int index);
    void markDone(int index, const QString &note);
    void skip(int index, const QString &reason);
    // Before a procedure that takes no safety copy before its first
    // destructive step: runs another procedure's safety step (a backup, a
    // copy) once, recorded as such; safetyFinished says how it went. Refused
    // (false, why) when a step runs, when the step is destructive itself,
    // or when it needs values it has not got.
    bool runSafetyStep(const RunbookStep &step, const QString &fromProcedure, QString *why);
    // After a failure: go on as if it had worked, the reason recorded.
    void continueAnyway(int index, const QString &reason);
    void cancel();
    // A page of the wizard reached ("Parameters", "Steps"), for the record.
    void recordPage(const QString &page);
    // Anything else worth the timeline, by the driver (e.g. the summary).
    void recordEvent(const QString &kind, const QString &text, const QJsonObject &data, bool key = false);

    static QString stateName(StepState state);

    // A guided rollback the timeline shows begun and not ended (no summary,
    // not closed): which procedure of which runbook, and the step that was
    // running when it stopped (0: none).
    struct Interrupted
    {
        QString runbook;
        QString procedure;
        int runningStep = 0;
        QDateTime at;           // its last event
    };
    static std::optional<Interrupted> interrupted(const QList<TimelineEvent> &events);
    // The kinds of event a rollback writes: what to fetch for interrupted().
    static QStringList eventKinds();
    // Takes up an interrupted rollback from its events: the procedure, the
    // values (secrets must be given again), each step's state; the step
    // that was running is Unknown. False with the reason (the runbook no
    // longer has the procedure).
    bool resume(const Runbook &runbook, const QList<TimelineEvent> &events, QString *why);

    // The repository a commit placeholder's commands act on ("git -C DIR",
    // "cd DIR && git"; else where commands run), relative paths resolved
    // against the working directory; when no step says, the profile's
    // repository the procedure names (or its only one). Empty: none known.
    QString repositoryFor(const QString &placeholder) const;
    // Lists its recent commits (git log, asynchronously): commitsReady.
    void requestCommits(const QString &placeholder);

signals:
    // For the incident's timeline: append each, in order.
    void record(const qd::TimelineEvent &event);
    void stepsChanged();               // replanned: values or procedure changed
    void stepChanged(int index);       // its state changed
    void output(int index, const QString &text);
    void commitsReady(const QString &placeholder, const QList<qd::GitCommit> &commits, const QString &error);
    void safetyFinished(const qd::StepResult &result);

private:
    void replan();
    void setState(int index, StepState state);
    QJsonObject stepData(int index) const;
    TimelineEvent event(const QString &kind, const QString &text, const QJsonObject &data) const;

    const Clock *m_clock;
    StepRunner *m_runner;
    Context m_context;
    QString m_runbookPath;
    Runbook::Procedure m_procedure;
    StepPlanner::Values m_values;
    QList<PlannedStep> m_steps;
    QHash<int, StepState> m_states;
    QHash<int, StepResult> m_results;
    int m_running = -1;
    PlannedStep m_runningStep;   // the plan the running step started with
    static constexpr int kSafetyStep = -2;   // m_running while a safety step runs
    QSet<int> m_continued;
};

} // namespace qd
