#include "runbookcommand.h"

#include "options.h"
#include "profileparser.h"
#include "runbookbinder.h"
#include "runbooklinter.h"
#include "runbookparser.h"
#include "stepplanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace qd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qd::RunbookCommand", text);
}

QString runnerName(RunbookStep::Runner r)
{
    switch (r) {
    case RunbookStep::Runner::Bash:
        return QStringLiteral("bash");
    case RunbookStep::Runner::Pwsh:
        return QStringLiteral("pwsh");
    case RunbookStep::Runner::Sql:
        return QStringLiteral("sql");
    case RunbookStep::Runner::Manual:
        return QStringLiteral("manual");
    case RunbookStep::Runner::None:
        break;
    }
    return {};
}

QString kindName(RunbookStep::Kind k)
{
    switch (k) {
    case RunbookStep::Kind::Command:
        return QStringLiteral("command");
    case RunbookStep::Kind::Instruction:
        return QStringLiteral("instruction");
    case RunbookStep::Kind::Checklist:
        break;
    }
    return QStringLiteral("checklist");
}

QString oneLine(const QString &text, int max = 90)
{
    QString t = text.simplified();
    return t.size() > max ? t.left(max - 1) + QChar(0x2026) : t;
}

QString lines(int first, int last)
{
    return first == last ? QStringLiteral("%1").arg(first) : QStringLiteral("%1-%2").arg(first).arg(last);
}

void printText(QTextStream &out, const Runbook &rb, const QList<Runbook::Warning> &warnings)
{
    int commands = 0, instructions = 0, checklists = 0, gates = 0, placeholders = 0;
    for (const Runbook::Procedure &p : rb.procedures)
        for (const RunbookStep &s : p.steps) {
            commands += s.kind == RunbookStep::Kind::Command;
            instructions += s.kind == RunbookStep::Kind::Instruction;
            checklists += s.kind == RunbookStep::Kind::Checklist;
            gates += s.destructive();
            placeholders += int(s.placeholders.size());
        }
    int matrices = 0, objectives = 0;
    for (const Runbook::Table &t : rb.tables)
        (t.kind == Runbook::Table::Kind::DecisionMatrix ? matrices : objectives)++;
    out << rb.path << QStringLiteral(": ") << (rb.title.isEmpty() ? tr("(no title)") : rb.title) << u'\n';
    out << tr("  %1 procedures, %2 steps (%3 commands, %4 instructions, %5 checklist items), %6 gated, "
                  "%7 placeholders, %8 templates, %9 decision matrices, %10 objectives tables\n")
               .arg(rb.procedures.size())
               .arg(rb.stepCount())
               .arg(commands)
               .arg(instructions)
               .arg(checklists)
               .arg(gates)
               .arg(placeholders)
               .arg(rb.templates.size())
               .arg(matrices)
               .arg(objectives);
    for (const Runbook::Procedure &p : rb.procedures) {
        out << u'\n' << tr("  %1  (lines %2)\n").arg(p.name, lines(p.firstLine, p.lastLine));
        if (!p.triggers.isEmpty())
            out << tr("     when: %1\n").arg(p.triggers.join(QStringLiteral("; ")));
        for (const QString &c : p.cautions)
            out << tr("     caution: %1\n").arg(c);
        int n = 0;
        for (const RunbookStep &s : p.steps) {
            ++n;
            const QString what = s.kind == RunbookStep::Kind::Command ? runnerName(s.runner) : kindName(s.kind);
            // An instruction's words are the step: shown after its label
            // unless they only repeat it ("Important Notes: • ...").
            QString label = s.label.isEmpty() ? oneLine(s.text) : s.label;
            if (!s.label.isEmpty() && s.kind != RunbookStep::Kind::Command && !s.text.startsWith(s.label) && !s.label.endsWith(s.text))
                label += QStringLiteral(" — ") + oneLine(s.text);
            out << tr("    %1. [%2] %3  (line %4)\n").arg(n, 2).arg(what, label).arg(s.firstLine);
            if (!s.alternatives.isEmpty())
                out << tr("        alternatives: %1; runs: %2\n").arg(s.alternativeLabels.join(QStringLiteral(", ")),
                                                                              s.alternativeLabels.value(s.chosen));
            if (!s.prelude.isEmpty())
                out << tr("        runs first (set earlier in the block): %1\n").arg(oneLine(QString(s.prelude).replace(u'\n', QStringLiteral("; ")), 100));
            if (!s.manualReason.isEmpty())
                out << tr("        by hand: %1\n").arg(s.manualReason);
            for (const RunbookStep::Gate &g : s.gates)
                out << tr("        GATE%1: %2 [%3]\n").arg(g.twoPerson ? tr(" (two people)") : QString(), g.reason, g.rule);
            if (!s.placeholders.isEmpty()) {
                QStringList ph;
                for (const RunbookStep::Placeholder &p2 : s.placeholders)
                    ph.append(p2.backupSet.isEmpty() ? p2.text : tr("%1 (a backup of set %2)").arg(p2.text, p2.backupSet));
                out << tr("        placeholders: %1\n").arg(ph.join(QStringLiteral(", ")));
            }
        }
    }
    for (const Runbook::Table &t : rb.tables) {
        out << u'\n'
            << tr("  %1 at line %2 (%3): %4; %5 rows\n")
                   .arg(t.kind == Runbook::Table::Kind::DecisionMatrix ? tr("decision matrix") : tr("objectives"))
                   .arg(t.firstLine)
                   .arg(t.section, t.header.join(QStringLiteral(" | ")))
                   .arg(t.rows.size());
    }
    if (!rb.objectives.isEmpty()) {
        out << tr("  objectives:\n");
        for (const Runbook::Objective &o : rb.objectives)
            out << tr("    %1: RTO %2, RPO %3  (line %4)\n")
                       .arg(o.component, o.rto.isEmpty() ? QStringLiteral("-") : o.rto, o.rpo.isEmpty() ? QStringLiteral("-") : o.rpo)
                       .arg(o.line);
    }
    for (const Runbook::Template &t : rb.templates)
        out << tr("  template at line %1: %2; fields: %3\n").arg(t.firstLine).arg(t.name, t.fields.join(QStringLiteral(", ")));
    if (!warnings.isEmpty()) {
        out << u'\n';
        for (const Runbook::Warning &w : warnings)
            out << tr("%1:%2:%3: warning: %4\n").arg(rb.path).arg(w.line).arg(w.column).arg(w.message);
    }
    out << u'\n';
}

QJsonObject toJson(const Runbook &rb, const QList<Runbook::Warning> &warnings)
{
    QJsonArray procedures;
    for (const Runbook::Procedure &p : rb.procedures) {
        QJsonArray steps;
        for (const RunbookStep &s : p.steps) {
            QJsonArray gates;
            for (const RunbookStep::Gate &g : s.gates)
                gates.append(QJsonObject{{QStringLiteral("rule"), g.rule},
                                         {QStringLiteral("reason"), g.reason},
                                         {QStringLiteral("two_person"), g.twoPerson}});
            QJsonArray placeholders;
            for (const RunbookStep::Placeholder &ph : s.placeholders)
                placeholders.append(QJsonObject{{QStringLiteral("text"), ph.text},
                                                {QStringLiteral("backup_set"), ph.backupSet.isEmpty() ? QJsonValue() : QJsonValue(ph.backupSet)}});
            QJsonObject o{{QStringLiteral("kind"), kindName(s.kind)},
                          {QStringLiteral("label"), s.label},
                          {QStringLiteral("text"), s.text},
                          {QStringLiteral("first_line"), s.firstLine},
                          {QStringLiteral("last_line"), s.lastLine},
                          {QStringLiteral("gates"), gates},
                          {QStringLiteral("placeholders"), placeholders}};
            if (s.kind == RunbookStep::Kind::Command) {
                o.insert(QStringLiteral("runner"), runnerName(s.runner));
                o.insert(QStringLiteral("language"), s.language);
            }
            if (!s.manualReason.isEmpty())
                o.insert(QStringLiteral("manual_reason"), s.manualReason);
            if (!s.prelude.isEmpty())
                o.insert(QStringLiteral("prelude"), s.prelude);
            if (!s.alternatives.isEmpty())
                o.insert(QStringLiteral("alternatives"), QJsonArray::fromStringList(s.alternativeLabels));
            if (s.kind == RunbookStep::Kind::Checklist)
                o.insert(QStringLiteral("checked"), s.checked);
            steps.append(o);
        }
        procedures.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("triggers"), QJsonArray::fromStringList(p.triggers)},
                                      {QStringLiteral("cautions"), QJsonArray::fromStringList(p.cautions)},
                                      {QStringLiteral("first_line"), p.firstLine},
                                      {QStringLiteral("last_line"), p.lastLine},
                                      {QStringLiteral("steps"), steps}});
    }
    QJsonArray tables;
    for (const Runbook::Table &t : rb.tables) {
        QJsonArray rows;
        for (const QStringList &r : t.rows)
            rows.append(QJsonArray::fromStringList(r));
        tables.append(QJsonObject{{QStringLiteral("kind"), t.kind == Runbook::Table::Kind::DecisionMatrix ? QStringLiteral("decision_matrix")
                                                                                                          : QStringLiteral("objectives")},
                                  {QStringLiteral("section"), t.section},
                                  {QStringLiteral("line"), t.firstLine},
                                  {QStringLiteral("header"), QJsonArray::fromStringList(t.header)},
                                  {QStringLiteral("rows"), rows}});
    }
    QJsonArray templates;
    for (const Runbook::Template &t : rb.templates)
        templates.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("line"), t.firstLine},
                                     {QStringLiteral("fields"), QJsonArray::fromStringList(t.fields)}});
    QJsonArray objectives;
    for (const Runbook::Objective &o : rb.objectives)
        objectives.append(QJsonObject{{QStringLiteral("component"), o.component},
                                      {QStringLiteral("rto"), o.rto},
                                      {QStringLiteral("rpo"), o.rpo},
                                      {QStringLiteral("line"), o.line}});
    QJsonArray jw;
    for (const Runbook::Warning &w : warnings)
        jw.append(QJsonObject{{QStringLiteral("line"), w.line}, {QStringLiteral("column"), w.column}, {QStringLiteral("message"), w.message}});
    return QJsonObject{{QStringLiteral("file"), rb.path},
                       {QStringLiteral("title"), rb.title},
                       {QStringLiteral("procedures"), procedures},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("templates"), templates},
                       {QStringLiteral("objectives"), objectives},
                       {QStringLiteral("warnings"), jw}};
}

// The parser with the team's own rules (destructive-rules.yaml in the
// config folder) on top of the bundled ones. A broken file of the team's is
// reported and left out: a warning, not a reason to show nothing.
RunbookParser parserWithTeamRules(QTextStream &err, bool *broken)
{
    QStringList ruleErrors;
    RunbookParser parser(DestructiveClassifier::withUserRules(&ruleErrors));
    for (const QString &e : std::as_const(ruleErrors))
        err << tr("warning: %1 (the bundled rules are used without it)").arg(e) << Qt::endl;
    *broken = !ruleErrors.isEmpty();
    return parser;
}

// With a profile, placeholders in backup paths are bound to its sets.
// False (said on `err`) when the profile given cannot be used.
bool loadProfile(const QString &path, Profile *profile, QTextStream &err)
{
    if (path.isEmpty())
        return true;
    const ProfileParser::Result parsed = ProfileParser::parseFile(path);
    if (!parsed.ok()) {
        err << parsed.errorText() << Qt::endl;
        return false;
    }
    *profile = *parsed.profile;
    return true;
}

} // namespace

int runRunbookLint(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool rulesBroken = false;
    const RunbookParser parser = parserWithTeamRules(err, &rulesBroken);
    int code = rulesBroken ? 1 : 0;
    QJsonArray files;
    Profile profile;
    if (!loadProfile(options.profile, &profile, err))
        return 3;
    for (const QString &file : options.files) {
        RunbookParser::Result r = parser.parseFile(file);
        RunbookBinder::bind(r.runbook, profile);
        if (!r.ok()) {
            err << r.error << Qt::endl;
            files.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), r.error}});
            code = 3;
            continue;
        }
        const QList<Runbook::Warning> warnings = RunbookLinter::lint(r.runbook, &profile);
        if (!warnings.isEmpty())
            code = qMax(code, 1);
        if (options.json)
            files.append(toJson(r.runbook, warnings));
        else
            printText(out, r.runbook, warnings);
    }
    if (options.json)
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), files}, {QStringLiteral("exit_code"), code}})
                                     .toJson(QJsonDocument::Indented));
    return code;
}

namespace {

// The procedure a name means: the full name as lint prints it, else the one
// procedure whose name contains it (any case). Empty with the candidates
// when it is none or several.
const Runbook::Procedure *findProcedure(const Runbook &rb, const QString &wanted, QStringList *candidates, bool *several)
{
    *several = false;
    for (const Runbook::Procedure &p : rb.procedures)
        if (p.name == wanted)
            return &p;
    const Runbook::Procedure *found = nullptr;
    for (const Runbook::Procedure &p : rb.procedures)
        if (p.name.contains(wanted, Qt::CaseInsensitive)) {
            candidates->append(p.name);
            found = &p;
        }
    if (candidates->size() == 1)
        return found;
    *several = !candidates->isEmpty();
    if (candidates->isEmpty())
        for (const Runbook::Procedure &p : rb.procedures)
            candidates->append(p.name);
    return nullptr;
}

QJsonObject planJson(const PlannedStep &p)
{
    QJsonArray gates;
    for (const RunbookStep::Gate &g : p.step.gates)
        gates.append(QJsonObject{{QStringLiteral("rule"), g.rule},
                                 {QStringLiteral("reason"), g.reason},
                                 {QStringLiteral("two_person"), g.twoPerson},
                                 {QStringLiteral("loses_data"), g.losesData}});
    QJsonArray env;
    for (const auto &kv : p.environment)
        env.append(QJsonObject{{QStringLiteral("name"), kv.first}, {QStringLiteral("secret"), p.secretNames.contains(kv.first)}});
    QJsonObject o{{QStringLiteral("number"), p.number},
                  {QStringLiteral("label"), p.step.label},
                  {QStringLiteral("kind"), kindName(p.step.kind)},
                  {QStringLiteral("runner"), runnerName(p.step.runner)},
                  {QStringLiteral("first_line"), p.step.firstLine},
                  {QStringLiteral("last_line"), p.step.lastLine},
                  {QStringLiteral("command"), p.command},
                  {QStringLiteral("gates"), gates},
                  {QStringLiteral("environment"), env},
                  {QStringLiteral("missing"), QJsonArray::fromStringList(p.missing)},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(p.problems)},
                  {QStringLiteral("ready"), p.ready()}};
    if (!p.step.manualReason.isEmpty())
        o.insert(QStringLiteral("manual_reason"), p.step.manualReason);
    if (!p.sqlParameters.isEmpty())
        o.insert(QStringLiteral("sql_parameters"), QJsonArray::fromStringList(p.sqlParameters));
    return o;
}

void printPlan(QTextStream &out, const QString &file, const Runbook::Procedure &proc, const QList<PlannedStep> &steps)
{
    out << proc.name << QStringLiteral("  (%1:%2)").arg(file, lines(proc.firstLine, proc.lastLine)) << u'\n';
    for (const QString &c : proc.cautions)
        out << tr("  caution: %1").arg(c) << u'\n';
    for (const PlannedStep &p : steps) {
        const QString label = p.step.label.isEmpty() ? oneLine(p.step.text, 70) : p.step.label;
        out << u'\n'
            << tr("Step %1 of %2: %3  [%4, line %5]")
                   .arg(p.number)
                   .arg(steps.size())
                   .arg(label, runnerName(p.step.runner).isEmpty() ? kindName(p.step.kind) : runnerName(p.step.runner),
                        lines(p.step.firstLine, p.step.lastLine))
            << u'\n';
        for (const RunbookStep::Gate &g : p.step.gates)
            out << (g.twoPerson ? tr("  GATE (%1, two people): %2") : tr("  GATE (%1): %2")).arg(g.rule, g.reason) << u'\n';
        if (!p.step.manualReason.isEmpty())
            out << tr("  by hand: %1").arg(p.step.manualReason) << u'\n';
        const QString prompt = p.runnable() ? QStringLiteral("    $ ") : QStringLiteral("    ");
        const QStringList commandLines = p.command.split(u'\n');
        for (int i = 0; i < commandLines.size(); ++i)
            out << (i == 0 ? prompt : QStringLiteral("      ")) << commandLines[i] << u'\n';
        QStringList env;
        for (const auto &kv : p.environment)
            env.append(p.secretNames.contains(kv.first) ? tr("%1 (secret)").arg(kv.first) : kv.first);
        if (!env.isEmpty())
            out << tr("  environment: %1").arg(env.join(QStringLiteral(", "))) << u'\n';
        if (!p.sqlParameters.isEmpty())
            out << tr("  parameters: %1").arg(p.sqlParameters.join(QStringLiteral(", "))) << u'\n';
        if (!p.missing.isEmpty())
            out << tr("  MISSING: %1 (give --param KEY=VALUE)").arg(p.missing.join(QStringLiteral(", "))) << u'\n';
        for (const QString &problem : p.problems)
            out << tr("  REFUSED: %1").arg(problem) << u'\n';
    }
}

} // namespace

int runRunbookPlan(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool rulesBroken = false;
    const RunbookParser parser = parserWithTeamRules(err, &rulesBroken);
    Profile profile;
    if (!loadProfile(options.profile, &profile, err))
        return 3;
    const QString file = options.files.value(0);
    RunbookParser::Result r = parser.parseFile(file);
    if (!r.ok()) {
        err << r.error << Qt::endl;
        return 3;
    }
    RunbookBinder::bind(r.runbook, profile);
    QStringList candidates;
    bool several = false;
    const Runbook::Procedure *proc = findProcedure(r.runbook, options.procedure, &candidates, &several);
    if (!proc) {
        err << (several
                    ? tr("%1: '%2' fits %3 procedures; say which:").arg(file, options.procedure).arg(candidates.size())
                    : tr("%1: no procedure is called '%2'; the procedures are:").arg(file, options.procedure))
            << u'\n';
        for (const QString &c : std::as_const(candidates))
            err << QStringLiteral("  ") << c << u'\n';
        err.flush();
        return 3;
    }
    // A key is the placeholder's name ("commit-hash", "DB_HOST") or its text
    // as written ("<commit-hash>", "$DB_HOST").
    QHash<QString, QString> names;
    for (const RunbookStep &s : proc->steps)
        for (const RunbookStep::Placeholder &ph : s.placeholders) {
            names.insert(ph.name, ph.name);
            names.insert(ph.text, ph.name);
        }
    StepPlanner::Values values;
    for (const QString &kv : options.params) {
        const qsizetype eq = kv.indexOf(u'=');
        const QString key = kv.left(eq);
        if (!names.contains(key)) {
            QStringList known;
            for (auto it = names.cbegin(); it != names.cend(); ++it)
                if (it.key() == it.value())
                    known.append(it.key());
            known.sort();
            err << tr("--param %1: the procedure has no such placeholder; it has: %2")
                       .arg(key, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))
                << Qt::endl;
            return 64;
        }
        values.insert(names.value(key), {kv.mid(eq + 1), false});
    }
    const QList<PlannedStep> steps = StepPlanner::plan(*proc, values);
    const bool ready = std::all_of(steps.cbegin(), steps.cend(), [](const PlannedStep &p) { return p.ready(); });
    if (options.json) {
        QJsonArray js;
        for (const PlannedStep &p : steps)
            js.append(planJson(p));
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                                           {QStringLiteral("procedure"), proc->name},
                                                           {QStringLiteral("steps"), js},
                                                           {QStringLiteral("ready"), ready}})
                                     .toJson(QJsonDocument::Indented));
    } else {
        printPlan(out, file, *proc, steps);
    }
    return ready ? 0 : 1;
}

} // namespace qd
