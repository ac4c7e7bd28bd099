#pragma once

#include "runbookstep.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace qd {

// Decides which commands need a gate, by rules kept as data
// (resources/runbook/destructive-rules.yaml, plus a user's file), never by
// code: a team adds its own dangerous commands without a release.
class DestructiveClassifier
{
    Q_DECLARE_TR_FUNCTIONS(qd::DestructiveClassifier)
public:
    struct Rule
    {
        QString id;
        QString reason;
        QRegularExpression match;
        QList<RunbookStep::Runner> runners;   // empty: every runner
        bool losesData = true;
    };

    // The bundled rules.
    static DestructiveClassifier builtIn();
    // The bundled rules plus the user's own, from userRulesPath() when it
    // exists; a broken user file adds its errors and none of its rules.
    static DestructiveClassifier withUserRules(QStringList *errors);
    // destructive-rules.yaml in the app's configuration folder.
    static QString userRulesPath();
    // Adds rules from YAML text; errors as "file:line:column: message".
    bool addRules(const QByteArray &yaml, const QString &file, QStringList *errors);

    // Gates for a command, one per matching rule, checked line by line with
    // comments left out (a comment that says "rm -rf" runs nothing).
    QList<RunbookStep::Gate> classify(const QString &command, RunbookStep::Runner runner) const;

    const QList<Rule> &rules() const { return m_rules; }

private:
    // All rules of a runner in one expression: most lines match none, and
    // one match instead of thirty made parsing a 5 MB runbook much faster.
    // Built whenever the rules change, so classify() only reads and can run
    // on several threads at once.
    const QRegularExpression &anyRule(RunbookStep::Runner runner) const;
    void rebuildAny();

    QList<Rule> m_rules;
    QHash<int, QRegularExpression> m_any;
};

} // namespace qd
