#pragma once

#include "runbookstep.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qd {

// A Markdown runbook as Quarterdeck reads it (DESIGN.md §4): procedures of
// steps under their headings, decision matrices, objectives tables and
// status-update templates, each with the lines it came from.
struct Runbook
{
    struct Procedure
    {
        QString name;               // heading path: "Database Rollback › Full Database Restore"
        QStringList path;           // the headings, outermost first (without the title)
        int level = 0;              // heading level
        int firstLine = 0;
        int lastLine = 0;
        QList<RunbookStep> steps;
        // When to use it: the bullets under a bold "**Trigger Conditions:**"
        // (the wizard's triage shows them beside the decision matrix).
        QStringList triggers;
        // Bold warnings in its text ("CRITICAL: This will lose all data
        // since the backup was created!"), said before it starts.
        QStringList cautions;
    };

    struct Table
    {
        enum class Kind { DecisionMatrix, Objectives };
        Kind kind = Kind::DecisionMatrix;
        QString section;            // heading path it stands under
        QStringList header;
        QList<QStringList> rows;
        int firstLine = 0;
        // Built from headings and their bullets ("#### IMMEDIATE ROLLBACK" /
        // "- Data corruption in financial records") rather than a table:
        // header "Trigger | Rollback Type", one row per bullet.
        bool fromLists = false;
    };

    struct Template
    {
        QString name;               // heading path
        QString text;
        QStringList fields;         // "[TIMESTAMP]", "{{incident.title}}", "<service>"
        int firstLine = 0;
        int lastLine = 0;
    };

    // A recovery objective the document states, from a table with RTO/RPO
    // columns or from bullet lists under an RTO or RPO heading.
    struct Objective
    {
        QString component;
        QString rto;                // as written: "2 hours"; empty when not stated
        QString rpo;
        int line = 0;
    };

    // Something a commander should know about the document itself.
    struct Warning
    {
        int line = 0;
        int column = 0;
        QString message;
    };

    QString path;
    QByteArray source;              // the Markdown as read, for showing a section in context
    QString title;                  // the first H1
    // Set when the file can no longer be read (deleted, unreadable, broken
    // mid-save): why. The rest is the last good reading, kept so a
    // commander mid-incident does not lose the procedure they were following.
    QString unreadable;
    QList<Procedure> procedures;
    QList<Table> tables;
    QList<Template> templates;
    QList<Objective> objectives;
    QList<Warning> warnings;

    int stepCount() const
    {
        int n = 0;
        for (const Procedure &p : procedures)
            n += int(p.steps.size());
        return n;
    }
};

} // namespace qd
