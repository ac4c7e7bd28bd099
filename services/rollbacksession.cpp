#include "rollbacksession.h"

#include "steprunner.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>
#include <QRegularExpression>
#include <QJsonArray>

namespace qd {

namespace {

// Output kept on the timeline with the step's result; the runner keeps
// more, and the step's own log is the place for all of it.
constexpr qsizetype kOutputOnTimeline = 64 * 1024;

QString seconds(qint64 ms)
{
    return ms < 10000 ? QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s")
                      : QString::number((ms + 500) / 1000) + QStringLiteral(" s");
}

} // namespace

RollbackSession::RollbackSession(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_runner(new StepRunner(clock, this))
{
    connect(m_runner, &StepRunner::output, this, [this](const QString &text) {
        if (m_running >= 0)
            emit output(m_running, text);
    });
    connect(m_runner, &StepRunner::finished, this, [this](const StepResult &r) {
        const int index = m_running;
        m_running = -1;
        if (index == kSafetyStep) {
            const QString label = m_runningStep.step.label.isEmpty() ? m_runningStep.command.section(u'\n', 0, 0)
                                                                     : m_runningStep.step.label;
            QJsonObject data{{QStringLiteral("action"), QStringLiteral("safety")},
                             {QStringLiteral("label"), label},
                             {QStringLiteral("command"), m_runningStep.command},
                             {QStringLiteral("succeeded"), r.succeeded()},
                             {QStringLiteral("exitCode"), r.exitCode},
                             {QStringLiteral("durationMs"), r.durationMs},
                             {QStringLiteral("output"), r.output.right(kOutputOnTimeline)}};
            TimelineEvent e = event(QStringLiteral("runbook-step"),
                                    r.succeeded() ? tr("Safety step done before the procedure: %1 (%2)").arg(label, seconds(r.durationMs))
                                                  : tr("Safety step before the procedure did not succeed: %1 (exit %2)").arg(label).arg(r.exitCode),
                                    data);
            e.key = true;
            emit record(e);
            emit safetyFinished(r);
            return;
        }
        if (index < 0)
            return;
        m_results.insert(index, r);
        // The plan it started with: values cannot change while it runs, but
        // the record must say what ran even so.
        const PlannedStep p = m_runningStep;
        const QString label = p.step.label.isEmpty() ? tr("step %1").arg(p.number) : p.step.label;
        QString text;
        StepState state = StepState::Failed;
        switch (r.outcome) {
        case StepResult::Outcome::Succeeded:
            state = StepState::Succeeded;
            text = tr("Step %1 (%2) succeeded in %3").arg(p.number).arg(label, seconds(r.durationMs));
            break;
        case StepResult::Outcome::Failed:
            text = r.exitCode >= 0 ? tr("Step %1 (%2) failed with exit code %3 after %4").arg(p.number).arg(label).arg(r.exitCode).arg(seconds(r.durationMs))
                                   : tr("Step %1 (%2) failed: it crashed after %3").arg(p.number).arg(label, seconds(r.durationMs));
            break;
        case StepResult::Outcome::TimedOut:
            state = StepState::TimedOut;
            text = tr("Step %1 (%2) timed out after %3 and was stopped").arg(p.number).arg(label, seconds(r.durationMs));
            break;
        case StepResult::Outcome::Cancelled:
            state = StepState::Cancelled;
            text = tr("Step %1 (%2) cancelled after %3").arg(p.number).arg(label, seconds(r.durationMs));
            break;
        case StepResult::Outcome::FailedToStart:
            text = tr("Step %1 (%2) could not start: %3").arg(p.number).arg(label, r.error);
            break;
        }
        QJsonObject data = stepData(index);
        data.insert(QStringLiteral("command"), p.command);
        data.insert(QStringLiteral("action"), QStringLiteral("finished"));
        data.insert(QStringLiteral("outcome"), stateName(state));
        data.insert(QStringLiteral("exitCode"), r.exitCode);
        data.insert(QStringLiteral("durationMs"), r.durationMs);
        data.insert(QStringLiteral("outputBytes"), r.outputBytes);
        data.insert(QStringLiteral("output"), r.output.right(kOutputOnTimeline));
        if (!r.error.isEmpty())
            data.insert(QStringLiteral("error"), r.error);
        TimelineEvent e = event(QStringLiteral("runbook-step"), text, data);
        e.occurredAt = r.finishedAt;
        e.key = state != StepState::Succeeded || p.step.destructive();
        emit record(e);
        setState(index, state);
    });
}

RollbackSession::~RollbackSession()
{
    // A git log still running outlives the session on its own: killed, and
    // deleted once it has ended (QProcess's destructor would wait for it).
    for (QProcess *git : findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        git->disconnect(this);
        git->setParent(nullptr);
        connect(git, &QProcess::finished, git, &QObject::deleteLater);
        git->kill();
    }
}

void RollbackSession::setContext(const Context &context)
{
    m_context = context;
    m_runner->setEnvironmentName(context.environmentName);
    m_runner->setWorkingDirectory(context.workingDirectory);
}

bool RollbackSession::setProcedure(const Runbook &runbook, const Runbook::Procedure &procedure, const QString &why)
{
    if (isRunning())
        return false;
    m_continued.clear();
    m_runbookPath = runbook.path;
    m_procedure = procedure;
    m_states.clear();
    m_results.clear();
    QJsonObject data{{QStringLiteral("action"), QStringLiteral("procedure")},
                     {QStringLiteral("runbook"), runbook.path},
                     {QStringLiteral("procedure"), procedure.name},
                     {QStringLiteral("steps"), int(procedure.steps.size())}};
    if (!why.isEmpty())
        data.insert(QStringLiteral("why"), why);
    TimelineEvent e = event(QStringLiteral("runbook"),
                            why.isEmpty() ? tr("Procedure chosen: %1 (%2)").arg(procedure.name, QFileInfo(runbook.path).fileName())
                                          : tr("Procedure chosen: %1 (%2): %3").arg(procedure.name, QFileInfo(runbook.path).fileName(), why),
                            data);
    e.key = true;
    emit record(e);
    replan();
    return true;
}

QList<RunbookStep::Placeholder> RollbackSession::placeholders() const
{
    QList<RunbookStep::Placeholder> out;
    QSet<QString> seen;
    for (const RunbookStep &s : m_procedure.steps)
        for (const RunbookStep::Placeholder &p : s.placeholders)
            if (!seen.contains(p.name)) {
                seen.insert(p.name);
                out.append(p);
            }
    return out;
}

bool RollbackSession::setValue(const QString &name, const StepPlanner::Value &value, const QString &how)
{
    if (isRunning())
        return false;
    const auto old = m_values.constFind(name);
    if (old != m_values.cend() && old->text == value.text && old->secret == value.secret)
        return true;
    m_values.insert(name, value);
    QJsonObject data{{QStringLiteral("action"), QStringLiteral("parameter")}, {QStringLiteral("name"), name}, {QStringLiteral("secret"), value.secret}};
    if (!value.secret)
        data.insert(QStringLiteral("value"), value.text);
    if (!how.isEmpty())
        data.insert(QStringLiteral("how"), how);
    const QString shown = value.secret ? tr("(a secret, not recorded)") : StepPlanner::shellQuote(value.text);
    emit record(event(QStringLiteral("runbook"),
                      how.isEmpty() ? tr("Parameter %1 = %2").arg(name, shown) : tr("Parameter %1 = %2 (%3)").arg(name, shown, how), data));
    replan();
    return true;
}

void RollbackSession::replan()
{
    m_steps = StepPlanner::plan(m_procedure, m_values);
    // A step that ran another command than the one it now has did not run
    // this one: to be run again.
    for (int i = 0; i < m_steps.size(); ++i) {
        const auto r = m_results.constFind(i);
        const StepState s = state(i);
        if (r == m_results.cend() || s == StepState::Pending || s == StepState::DoneByHand || s == StepState::Skipped
            || r->command == m_steps.at(i).command)
            continue;
        m_states.insert(i, StepState::Pending);
        m_results.remove(i);
        QJsonObject data = stepData(i);
        data.insert(QStringLiteral("action"), QStringLiteral("replanned"));
        emit record(event(QStringLiteral("runbook-step"),
                          tr("Step %1's command changed with the new values: it is to be run again").arg(m_steps.at(i).number), data));
    }
    emit stepsChanged();
}

int RollbackSession::current() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const StepState s = state(i);
        if (runsAtVerification(m_steps.at(i)) && s == StepState::Pending)
            continue;
        if (s != StepState::Succeeded && s != StepState::Skipped && s != StepState::DoneByHand)
            return i;
    }
    return int(m_steps.size());
}

bool RollbackSession::isRunning() const
{
    return m_running >= 0 || m_running == kSafetyStep;
}

int RollbackSession::count(StepState s) const
{
    int n = 0;
    for (int i = 0; i < m_steps.size(); ++i)
        n += state(i) == s;
    return n;
}

QString RollbackSession::refusal(int index, const std::optional<GateConfirmation> &confirmation) const
{
    if (index < 0 || index >= m_steps.size())
        return tr("there is no step %1").arg(index + 1);
    if (m_running == kSafetyStep)
        return tr("the safety step is still running");
    if (m_running >= 0)
        return tr("step %1 is still running").arg(m_running + 1);
    // In order: a later step waits for the ones before it to be run, done
    // by hand or skipped (a restore never runs before its safety backup).
    const int next = current();
    if (index > next && next < m_steps.size())
        return tr("step %1 comes first: run it, mark it done or skip it").arg(m_steps.at(next).number);
    return StepRunner::refusal(m_steps.at(index), confirmation, m_context.environmentName);
}

bool RollbackSession::run(int index, const std::optional<GateConfirmation> &confirmation, QString *why)
{
    const QString refused = refusal(index, confirmation);
    if (!refused.isEmpty()) {
        *why = refused;
        return false;
    }
    const PlannedStep &p = m_steps.at(index);
    if (p.step.destructive() && confirmation) {
        QJsonObject data = stepData(index);
        data.insert(QStringLiteral("action"), QStringLiteral("gate"));
        data.insert(QStringLiteral("typed"), confirmation->typed);
        data.insert(QStringLiteral("by"), confirmation->by);
        if (!confirmation->secondBy.isEmpty())
            data.insert(QStringLiteral("secondBy"), confirmation->secondBy);
        QJsonArray gates;
        for (const RunbookStep::Gate &g : p.step.gates)
            gates.append(QJsonObject{{QStringLiteral("rule"), g.rule}, {QStringLiteral("reason"), g.reason}});
        data.insert(QStringLiteral("gates"), gates);
        data.insert(QStringLiteral("environment"), QJsonArray::fromStringList(p.environmentShown()));
        TimelineEvent e = event(QStringLiteral("gate"),
                                confirmation->secondBy.isEmpty()
                                    ? tr("Gate passed for step %1: %2 typed '%3'").arg(p.number).arg(confirmation->by, confirmation->typed)
                                    : tr("Gate passed for step %1: %2 typed '%3', %4 confirmed")
                                          .arg(p.number)
                                          .arg(confirmation->by, confirmation->typed, confirmation->secondBy),
                                data);
        e.actor = confirmation->by;
        e.key = true;
        emit record(e);
    }
    m_running = index;
    m_runningStep = p;
    if (!m_runner->start(p, confirmation, why)) {
        m_running = -1;
        return false;
    }
    QJsonObject data = stepData(index);
    data.insert(QStringLiteral("action"), QStringLiteral("started"));
    emit record(event(QStringLiteral("runbook-step"),
                      tr("Step %1 started: %2").arg(p.number).arg(p.step.label.isEmpty() ? p.command.section(u'\n', 0, 0) : p.step.label),
                      data));
    setState(index, StepState::Running);
    return true;
}

QString RollbackSession::dryRun(int index)
{
    if (index < 0 || index >= m_steps.size())
        return QString();
    const PlannedStep &p = m_steps.at(index);
    QJsonObject data = stepData(index);
    data.insert(QStringLiteral("action"), QStringLiteral("dry-run"));
    emit record(event(QStringLiteral("runbook-step"), tr("Step %1 dry run: shown, nothing ran").arg(p.number), data));
    return p.command;
}

void RollbackSession::markDone(int index, const QString &note)
{
    if (index < 0 || index >= m_steps.size() || index == m_running)
        return;
    QJsonObject data = stepData(index);
    data.insert(QStringLiteral("action"), QStringLiteral("done-by-hand"));
    if (!note.isEmpty())
        data.insert(QStringLiteral("note"), note);
    const int n = m_steps.at(index).number;
    emit record(event(QStringLiteral("runbook-step"),
                      note.isEmpty() ? tr("Step %1 done by hand").arg(n) : tr("Step %1 done by hand: %2").arg(n).arg(note), data));
    setState(index, StepState::DoneByHand);
}

void RollbackSession::skip(int index, const QString &reason)
{
    if (index < 0 || index >= m_steps.size() || index == m_running)
        return;
    QJsonObject data = stepData(index);
    data.insert(QStringLiteral("action"), QStringLiteral("skipped"));
    data.insert(QStringLiteral("reason"), reason);
    TimelineEvent e = event(QStringLiteral("runbook-step"), tr("Step %1 skipped: %2").arg(m_steps.at(index).number).arg(reason), data);
    e.key = m_steps.at(index).step.destructive();
    emit record(e);
    setState(index, StepState::Skipped);
}

bool RollbackSession::runSafetyStep(const RunbookStep &step, const QString &fromProcedure, QString *why)
{
    if (isRunning()) {
        *why = tr("a step is still running");
        return false;
    }
    if (step.destructive()) {
        *why = tr("that step is destructive itself: it is no safety copy");
        return false;
    }
    const PlannedStep p = StepPlanner::plan(step, 0, m_values);
    m_running = kSafetyStep;
    m_runningStep = p;
    if (!m_runner->start(p, std::nullopt, why)) {
        m_running = -1;
        return false;
    }
    emit record(event(QStringLiteral("runbook-step"),
                      tr("Safety step started before the procedure: %1 (from %2)")
                          .arg(step.label.isEmpty() ? p.command.section(u'\n', 0, 0) : step.label, fromProcedure),
                      QJsonObject{{QStringLiteral("action"), QStringLiteral("safety-started")},
                                  {QStringLiteral("from"), fromProcedure},
                                  {QStringLiteral("command"), p.command}}));
    return true;
}

void RollbackSession::continueAnyway(int index, const QString &reason)
{
    if (index < 0 || index >= m_steps.size() || index == m_running)
        return;
    QJsonObject data = stepData(index);
    data.insert(QStringLiteral("action"), QStringLiteral("continued"));
    data.insert(QStringLiteral("reason"), reason);
    TimelineEvent e = event(QStringLiteral("runbook-step"),
                            tr("Step %1 did not succeed; continuing anyway: %2").arg(m_steps.at(index).number).arg(reason), data);
    e.key = true;
    emit record(e);
    m_continued.insert(index);
    setState(index, StepState::Skipped);
}

void RollbackSession::cancel()
{
    m_runner->cancel();
}

void RollbackSession::recordPage(const QString &page)
{
    emit record(event(QStringLiteral("runbook"), tr("Rollback wizard: %1").arg(page),
                      QJsonObject{{QStringLiteral("action"), QStringLiteral("page")}, {QStringLiteral("page"), page}}));
}

void RollbackSession::recordEvent(const QString &kind, const QString &text, const QJsonObject &data, bool key)
{
    TimelineEvent e = event(kind, text, data);
    e.key = key;
    emit record(e);
}

QString RollbackSession::stateName(StepState s)
{
    switch (s) {
    case StepState::Pending: return QStringLiteral("pending");
    case StepState::Running: return QStringLiteral("running");
    case StepState::Succeeded: return QStringLiteral("succeeded");
    case StepState::Failed: return QStringLiteral("failed");
    case StepState::Skipped: return QStringLiteral("skipped");
    case StepState::DoneByHand: return QStringLiteral("done-by-hand");
    case StepState::Cancelled: return QStringLiteral("cancelled");
    case StepState::TimedOut: return QStringLiteral("timed-out");
    case StepState::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QStringList RollbackSession::eventKinds()
{
    return {QStringLiteral("runbook"), QStringLiteral("runbook-step"), QStringLiteral("gate"), QStringLiteral("verification")};
}

std::optional<RollbackSession::Interrupted> RollbackSession::interrupted(const QList<TimelineEvent> &events)
{
    // The last procedure chosen, and what came after it.
    qsizetype start = -1;
    for (qsizetype i = events.size() - 1; i >= 0 && start < 0; --i)
        if (events.at(i).kind == u"runbook" && events.at(i).data.value(QStringLiteral("action")).toString() == u"procedure")
            start = i;
    if (start < 0)
        return std::nullopt;
    Interrupted out;
    out.runbook = events.at(start).data.value(QStringLiteral("runbook")).toString();
    out.procedure = events.at(start).data.value(QStringLiteral("procedure")).toString();
    out.at = events.last().occurredAt.isValid() ? events.last().occurredAt : events.last().recordedAt;
    QSet<int> running;
    for (qsizetype i = start + 1; i < events.size(); ++i) {
        const QString action = events.at(i).data.value(QStringLiteral("action")).toString();
        if (action == u"summary" || action == u"closed")
            return std::nullopt;
        const int step = events.at(i).data.value(QStringLiteral("step")).toInt();
        if (events.at(i).kind == u"runbook-step" && action == u"started")
            running.insert(step);
        else if (events.at(i).kind == u"runbook-step")
            running.remove(step);
    }
    out.runningStep = running.isEmpty() ? 0 : *std::max_element(running.cbegin(), running.cend());
    return out;
}

bool RollbackSession::resume(const Runbook &runbook, const QList<TimelineEvent> &events, QString *why)
{
    const std::optional<Interrupted> at = interrupted(events);
    if (!at) {
        *why = tr("no rollback was interrupted");
        return false;
    }
    const Runbook::Procedure *procedure = nullptr;
    for (const Runbook::Procedure &p : runbook.procedures)
        if (p.name == at->procedure)
            procedure = &p;
    if (!procedure) {
        *why = tr("%1 no longer has the procedure %2").arg(runbook.path, at->procedure);
        return false;
    }
    m_runbookPath = runbook.path;
    m_procedure = *procedure;
    m_states.clear();
    m_results.clear();
    m_values.clear();
    m_continued.clear();
    qsizetype start = 0;
    for (qsizetype i = events.size() - 1; i >= 0; --i)
        if (events.at(i).kind == u"runbook" && events.at(i).data.value(QStringLiteral("action")).toString() == u"procedure") {
            start = i;
            break;
        }
    for (qsizetype i = start + 1; i < events.size(); ++i) {
        const QJsonObject &d = events.at(i).data;
        const QString action = d.value(QStringLiteral("action")).toString();
        // Secrets were never recorded: they are asked for again.
        if (action == u"parameter" && !d.value(QStringLiteral("secret")).toBool())
            m_values.insert(d.value(QStringLiteral("name")).toString(), {d.value(QStringLiteral("value")).toString(), false});
    }
    m_steps = StepPlanner::plan(m_procedure, m_values);
    QStringList changed;
    for (qsizetype i = start + 1; i < events.size(); ++i) {
        const TimelineEvent &e = events.at(i);
        if (e.kind != u"runbook-step")
            continue;
        const int index = e.data.value(QStringLiteral("step")).toInt() - 1;
        if (index < 0 || index >= m_steps.size())
            continue;
        const QString action = e.data.value(QStringLiteral("action")).toString();
        if (action == u"started") {
            m_states.insert(index, StepState::Unknown);
            if (e.data.value(QStringLiteral("command")).toString() != m_steps.at(index).command)
                changed.append(QString::number(index + 1));
        } else if (action == u"finished") {
            const QString outcome = e.data.value(QStringLiteral("outcome")).toString();
            StepState s = StepState::Failed;
            for (StepState candidate : {StepState::Succeeded, StepState::Failed, StepState::TimedOut, StepState::Cancelled})
                if (stateName(candidate) == outcome)
                    s = candidate;
            m_states.insert(index, s);
            StepResult r;
            r.exitCode = e.data.value(QStringLiteral("exitCode")).toInt(-1);
            r.durationMs = qint64(e.data.value(QStringLiteral("durationMs")).toDouble());
            r.output = e.data.value(QStringLiteral("output")).toString();
            r.command = e.data.value(QStringLiteral("command")).toString();
            r.startedAt = e.occurredAt;
            r.finishedAt = e.occurredAt;
            r.outcome = s == StepState::Succeeded ? StepResult::Outcome::Succeeded
                        : s == StepState::TimedOut ? StepResult::Outcome::TimedOut
                        : s == StepState::Cancelled ? StepResult::Outcome::Cancelled
                                                    : StepResult::Outcome::Failed;
            m_results.insert(index, r);
        } else if (action == u"skipped" || action == u"continued") {
            m_states.insert(index, StepState::Skipped);
            if (action == u"continued")
                m_continued.insert(index);
        } else if (action == u"done-by-hand") {
            m_states.insert(index, StepState::DoneByHand);
        }
    }
    QJsonObject data{{QStringLiteral("action"), QStringLiteral("resumed")},
                     {QStringLiteral("runbook"), m_runbookPath},
                     {QStringLiteral("procedure"), m_procedure.name},
                     {QStringLiteral("step"), at->runningStep}};
    QString text = at->runningStep > 0
                       ? tr("Rollback resumed: %1; step %2 was running when the console stopped, its outcome is unknown")
                             .arg(m_procedure.name)
                             .arg(at->runningStep)
                       : tr("Rollback resumed: %1").arg(m_procedure.name);
    if (!changed.isEmpty()) {
        data.insert(QStringLiteral("changedSteps"), QJsonArray::fromStringList(changed));
        text += tr("; the runbook or values changed since for step %1").arg(changed.join(QStringLiteral(", ")));
    }
    TimelineEvent e = event(QStringLiteral("runbook"), text, data);
    e.key = true;
    emit record(e);
    emit stepsChanged();
    return true;
}

QString RollbackSession::repositoryFor(const QString &placeholder) const
{
    static const QRegularExpression dashC(QStringLiteral("\\bgit\\s+-C\\s+(\"[^\"]+\"|'[^']+'|\\S+)"));
    static const QRegularExpression cdThenGit(QStringLiteral("\\bcd\\s+(\"[^\"]+\"|'[^']+'|\\S+)\\s*(?:&&|;)\\s*git\\b"));
    bool usesGit = false;
    for (const RunbookStep &s : m_procedure.steps) {
        const bool uses = std::any_of(s.placeholders.cbegin(), s.placeholders.cend(),
                                      [&placeholder](const RunbookStep::Placeholder &p) { return p.name == placeholder; });
        if (!uses || !s.text.contains(QStringLiteral("git")))
            continue;
        usesGit = true;
        QRegularExpressionMatch m = dashC.match(s.text);
        if (!m.hasMatch())
            m = cdThenGit.match(s.text);
        if (!m.hasMatch())
            continue;
        QString dir = m.captured(1);
        if (dir.size() >= 2 && (dir.startsWith(u'"') || dir.startsWith(u'\'')))
            dir = dir.mid(1, dir.size() - 2);
        return QDir(m_context.workingDirectory).absoluteFilePath(dir);
    }
    // The profile's: its only one, or the one the procedure or its commands name.
    const QList<QPair<QString, QString>> &repos = m_context.repositories;
    if (repos.size() == 1)
        return repos.first().second;
    QString text = m_procedure.name;
    for (const RunbookStep &s : m_procedure.steps)
        text += u'\n' + s.text;
    for (const auto &repo : repos)
        if (text.contains(repo.first, Qt::CaseInsensitive))
            return repo.second;
    // A plain `git checkout`: where the commands run.
    return usesGit ? m_context.workingDirectory : QString();
}

void RollbackSession::requestCommits(const QString &placeholder)
{
    const QString repo = repositoryFor(placeholder);
    if (repo.isEmpty()) {
        emit commitsReady(placeholder, {}, tr("no step of the procedure names a git repository for %1").arg(placeholder));
        return;
    }
    auto *git = new QProcess(this);
    git->setProgram(QStringLiteral("git"));
    git->setArguments({QStringLiteral("-C"), repo, QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("-n"),
                       QStringLiteral("50"), QStringLiteral("--format=%H%x1f%h%x1f%cI%x1f%s")});
    git->setStandardInputFile(QProcess::nullDevice());
    connect(git, &QProcess::errorOccurred, this, [this, git, placeholder](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        emit commitsReady(placeholder, {}, tr("git is not installed"));
        git->deleteLater();
    });
    connect(git, &QProcess::finished, this, [this, git, placeholder, repo](int code) {
        git->deleteLater();
        if (code != 0) {
            emit commitsReady(placeholder, {}, tr("git log in %1: %2").arg(repo, QString::fromUtf8(git->readAllStandardError()).trimmed()));
            return;
        }
        QList<GitCommit> commits;
        for (const QByteArray &line : git->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split('\x1f');
            if (f.size() < 4)
                continue;
            commits.append({QString::fromUtf8(f[0]), QString::fromUtf8(f[1]),
                            QDateTime::fromString(QString::fromUtf8(f[2]), Qt::ISODate).toUTC(), QString::fromUtf8(f[3])});
        }
        emit commitsReady(placeholder, commits, QString());
    });
    // No answer in 10 s (a repository on a dead network mount): give up.
    QTimer::singleShot(10000, git, [git] { git->kill(); });
    git->start();
}

void RollbackSession::setState(int index, StepState s)
{
    m_states.insert(index, s);
    emit stepChanged(index);
}

QJsonObject RollbackSession::stepData(int index) const
{
    const PlannedStep &p = m_steps.at(index);
    return QJsonObject{{QStringLiteral("runbook"), m_runbookPath},
                       {QStringLiteral("procedure"), m_procedure.name},
                       {QStringLiteral("step"), p.number},
                       {QStringLiteral("label"), p.step.label},
                       {QStringLiteral("line"), p.step.firstLine},
                       {QStringLiteral("command"), p.command}};
}

TimelineEvent RollbackSession::event(const QString &kind, const QString &text, const QJsonObject &data) const
{
    TimelineEvent e;
    e.incidentId = m_context.incident;
    e.kind = kind;
    e.actor = m_context.actor;
    e.text = text;
    e.data = data;
    e.occurredAt = m_clock->now();
    return e;
}

} // namespace qd
