#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qd {

// One step of a runbook procedure: a command block (or one labelled part of
// it), an instruction a person carries out, or a checklist item.
struct RunbookStep
{
    enum class Kind { Command, Instruction, Checklist };
    enum class Runner { Bash, Pwsh, Sql, Manual, None };

    // Why a step waits for the commander: the rule that matched and its reason.
    struct Gate
    {
        QString rule;       // id of the destructive-command rule, or "annotation"
        QString reason;     // "pg_restore --clean drops objects before restoring"
        bool twoPerson = false;
        bool losesData = true;   // false: it stops things rather than destroying data
    };

    // A value the commander supplies before the step can run.
    struct Placeholder
    {
        enum class Kind { Angle, Timestamp, Variable, Field };
        Kind kind = Kind::Angle;
        QString text;       // as written: "<commit-hash>", "YYYYMMDD_HHMMSS", "${BACKUP_FILE}"
        QString name;       // "commit-hash", "YYYYMMDD_HHMMSS", "BACKUP_FILE"
        // The profile's backup set whose files the placeholder names (a
        // path like backups/daily/sigmatrade_YYYYMMDD_HHMMSS.sql.gz): the
        // wizard offers that set's backups instead of a text field.
        QString backupSet;
    };

    Kind kind = Kind::Command;
    Runner runner = Runner::None;
    QString language;            // the fence's language, lowercased
    QString label;               // "Stop the application immediately"; empty when the block has none
    QString text;                // the command (this platform's alternative) or the instruction
    // Alternatives of one step ("# Linux/macOS", "# Windows", "# or"): labels
    // and texts; `text` is the one chosen for this machine.
    QStringList alternativeLabels;
    QStringList alternatives;
    int chosen = -1;
    // Lines an earlier step of the same block ran that this one needs: the
    // variables it uses set there ("$StagingPath = ..." before "Remove-Item
    // $StagingPath\*"), the folder changed to ("cd /opt/cryptobot/docker").
    // Run before `text`, or the step runs somewhere else, on empty values.
    QString prelude;
    QString manualReason;        // why a command step is done by hand
    QList<Gate> gates;
    QList<Placeholder> placeholders;
    bool checked = false;        // a checklist item ticked in the document
    int firstLine = 0;           // 1-based, in the Markdown file
    int lastLine = 0;
    int timeoutSeconds = 0;      // from an annotation; 0: the default

    bool destructive() const { return !gates.isEmpty(); }
};

} // namespace qd
