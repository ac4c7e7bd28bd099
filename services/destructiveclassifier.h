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
        // Lower-case words one of which a line must hold for the rule to be
        // tried; empty: every line is tried.
        QStringList words;
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
    void addRule(const Rule &rule);

    // Gates for a command, one per matching rule, checked line by line with
    // comments left out (a comment that says "rm -rf" runs nothing).
    QList<RunbookStep::Gate> classify(const QString &command, RunbookStep::Runner runner) const;

    const QList<Rule> &rules() const { return m_rules; }

private:
    // Which rules a line could match, from its words: most lines hold none
    // of the rules' words and cost one pass over their characters. All
    // forty rules in one alternation cost 3 µs a line (PCRE tries every
    // alternative at every position), half of parsing a 5 MB runbook.
    // Built whenever the rules change, so classify() only reads and can run
    // on several threads at once.
    void candidates(QStringView line, RunbookStep::Runner runner, QList<int> *rules) const;
    void rebuildIndex();

    QList<Rule> m_rules;
    // Words by their first character folded to lower case (a 16-bit
    // table, no hashing: a QHash of strings was a tenth of the parse).
    struct Word
    {
        QString text;      // lower case
        QList<int> rules;  // in rule order
    };
    QHash<char16_t, QList<Word>> m_byFirst;
    QList<int> m_wordless;                 // rules tried on every line
};

} // namespace qd
