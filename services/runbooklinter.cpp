#include "runbooklinter.h"

#include "backuppattern.h"

#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

namespace qd {

bool RunbookLinter::takesBackup(const QString &command)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(pg_dump|pg_dumpall|pg_basebackup|mysqldump|backup|snapshot|rsync|git\s+stash|git\s+tag|Copy-Item|Compress-Archive)\b|\btar\s+-?[a-z]*c|\bcp\s+(-[a-zA-Z]*\s+)*\S+\s+\S*(backup|bak|safety|\.orig|\$\(date))"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(command).hasMatch();
}

bool RunbookLinter::knownField(const QString &field)
{
    static const QStringList known = {
        QStringLiteral("timestamp"), QStringLiteral("time"), QStringLiteral("date"), QStringLiteral("datetime"),
        QStringLiteral("service"), QStringLiteral("services"), QStringLiteral("servicename"), QStringLiteral("severity"),
        QStringLiteral("status"), QStringLiteral("incident"), QStringLiteral("incidentid"), QStringLiteral("title"),
        QStringLiteral("impact"), QStringLiteral("eta"), QStringLiteral("nextupdate"), QStringLiteral("nextupdatetime"),
        QStringLiteral("commander"), QStringLiteral("incidentcommander"), QStringLiteral("environment"),
        QStringLiteral("version"), QStringLiteral("reason"), QStringLiteral("duration"), QStringLiteral("summary"),
        QStringLiteral("starttime"), QStringLiteral("endtime"), QStringLiteral("updatenumber"), QStringLiteral("n"),
        QStringLiteral("rootcause"), QStringLiteral("description"), QStringLiteral("component")};
    QString f = field.toLower();
    f.remove(QRegularExpression(QStringLiteral(R"([\[\]{}<>\s_#.-])")));
    return known.contains(f);
}

QList<Runbook::Warning> RunbookLinter::lint(const Runbook &runbook, const Profile *profile)
{
    QList<Runbook::Warning> out = runbook.warnings;

    // How often each placeholder appears in commands across the runbook.
    QHash<QString, int> uses;
    for (const Runbook::Procedure &p : runbook.procedures)
        for (const RunbookStep &s : p.steps)
            if (s.kind == RunbookStep::Kind::Command)
                for (const RunbookStep::Placeholder &ph : s.placeholders)
                    ++uses[ph.text];

    for (const Runbook::Procedure &p : runbook.procedures) {
        bool backedUp = false;
        int cannotRun = 0;   // one warning a procedure, not one a step
        const auto cannotRunWarning = qScopeGuard([&] {
            if (cannotRun > 0)
                out.append({p.firstLine, 1, tr("%n step(s) of '%1' can never run here: PowerShell (pwsh) is not installed", nullptr, cannotRun)
                                                .arg(p.name)});
        });
        for (const RunbookStep &s : p.steps) {
            const QString label = s.label.isEmpty() ? s.text.section(u'\n', 0, 0).left(60) : s.label;
            if (s.kind != RunbookStep::Kind::Command)
                continue;
            // Stopping a service loses nothing; overwriting or deleting data does.
            const auto losing = std::find_if(s.gates.cbegin(), s.gates.cend(), [](const RunbookStep::Gate &g) { return g.losesData; });
            if (losing != s.gates.cend() && !backedUp)
                out.append({s.firstLine, 1,
                            tr("'%1' in '%2' destroys data (%3) and no step before it in the procedure takes a backup")
                                .arg(label, p.name, losing->reason)});
            backedUp = backedUp || takesBackup(s.text);
            if (s.runner == RunbookStep::Runner::Manual && s.language.startsWith(u"p") && s.manualReason.contains(u"pwsh"))
                ++cannotRun;
            for (const RunbookStep::Placeholder &ph : s.placeholders) {
                if (uses.value(ph.text) != 1 || ph.kind == RunbookStep::Placeholder::Kind::Variable)
                    continue;
                Q_UNUSED(profile);   // binding happened before: RunbookBinder
                if (ph.backupSet.isEmpty())
                    out.append({s.firstLine, 1,
                                tr("%1 appears once, in '%2', and names no backup set's files: the commander will have to type it")
                                    .arg(ph.text, label)});
            }
        }
    }
    // One line a template: a commander reads the list, not eight warnings.
    for (const Runbook::Template &t : runbook.templates) {
        QStringList unfilled;
        for (const QString &f : t.fields)
            if (!knownField(f))
                unfilled.append(f);
        if (!unfilled.isEmpty())
            out.append({t.firstLine, 1, tr("template '%1': %n field(s) that nothing fills: %2", nullptr, int(unfilled.size()))
                                            .arg(t.name, unfilled.join(QStringLiteral(", ")))});
    }
    std::stable_sort(out.begin(), out.end(), [](const Runbook::Warning &a, const Runbook::Warning &b) { return a.line < b.line; });
    return out;
}

} // namespace qd
