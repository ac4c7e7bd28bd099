#pragma once

#include "runbookstep.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace qd {

// A runbook step with the commander's values put in: the exact text that
// runs (byte for byte what the gate shows), the variables it is given, and
// what still stands in its way. StepPlanner makes it; the wizard, the
// `runbook plan` command and StepRunner all use the same one.
struct PlannedStep
{
    int number = 0;            // 1-based, within its procedure
    RunbookStep step;          // as the runbook has it
    // What runs: for bash, the script given to `bash -c` (the step's prelude
    // and its text, values substituted as single-quoted words); for SQL, the
    // statement with $1, $2 … where the values go; for a manual step, the
    // instruction with the values written in, for a person to follow.
    QString command;
    // Passed in the environment, never on a command line (readable in
    // /proc): $VARIABLE placeholders, secrets, values inside here-documents.
    QList<QPair<QString, QString>> environment;
    // Environment names whose values are secrets: never shown, and masked
    // wherever they turn up in output.
    QStringList secretNames;
    QStringList sqlParameters;  // $1, $2 … of an SQL step, in order
    // Placeholder names that have no value yet.
    QStringList missing;
    // Values that cannot go where the runbook puts them ("a line break
    // cannot go into a comment"), said in a sentence each.
    QStringList problems;

    bool ready() const { return missing.isEmpty() && problems.isEmpty(); }
    bool runnable() const
    {
        return step.kind == RunbookStep::Kind::Command
               && (step.runner == RunbookStep::Runner::Bash || step.runner == RunbookStep::Runner::Sql);
    }
    // NAME=value per line, secrets included: compared in memory only, never
    // shown or recorded.
    QString environmentFingerprint() const
    {
        QString out;
        for (const auto &kv : environment)
            out += kv.first + u'=' + kv.second + u'\n';
        return out;
    }
    // NAME='value' per variable for a person to read, secrets masked.
    QStringList environmentShown() const
    {
        QStringList out;
        for (const auto &kv : environment)
            out.append(secretNames.contains(kv.first) ? QString(kv.first + QStringLiteral("=•••••• (secret)"))
                                                      : QString(kv.first + QStringLiteral("='") + kv.second + u'\''));
        return out;
    }
    QString environmentValue(const QString &name) const
    {
        for (const auto &kv : environment)
            if (kv.first == name)
                return kv.second;
        return QString();
    }
};

} // namespace qd
