#pragma once

#include "plannedstep.h"
#include "runbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>

namespace qd {

// Puts the commander's values into a procedure's steps (issue 6): the one
// substitution the wizard shows, `quarterdeck runbook plan` prints and
// StepRunner runs. A value is never re-read by the shell: in a bash step it
// becomes one single-quoted word (closing and reopening the quotes the
// runbook has around it), a $VARIABLE keeps its place and gets its value
// through the environment (quoted where the runbook left it bare, so a
// value with spaces stays one argument), and where quoting cannot work (an
// unquoted here-document) the value goes in the environment too. Secrets
// never enter the text at all. SQL steps get $1, $2 … parameters.
class StepPlanner
{
    Q_DECLARE_TR_FUNCTIONS(StepPlanner)
public:
    struct Value
    {
        QString text;
        bool secret = false;
    };
    // By placeholder name: "commit-hash", "YYYYMMDD_HHMMSS", "DB_HOST".
    using Values = QHash<QString, Value>;

    // `inherited`: the environment the step will run in; a $VARIABLE set
    // there needs no value.
    static PlannedStep plan(const RunbookStep &step, int number, const Values &values,
                            const QProcessEnvironment &inherited = QProcessEnvironment::systemEnvironment());
    static QList<PlannedStep> plan(const Runbook::Procedure &procedure, const Values &values,
                                   const QProcessEnvironment &inherited = QProcessEnvironment::systemEnvironment());

    // 'it'\''s': one word for bash, whatever the text holds.
    static QString shellQuote(const QString &text);
    // The variable a literal placeholder's value travels in when it cannot
    // be written into the text: "commit-hash" → QD_COMMIT_HASH.
    static QString environmentName(const QString &placeholderName);
};

} // namespace qd
