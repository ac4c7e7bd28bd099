#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qd {

// What the command line asked for. Parsed before any QApplication exists, so
// that `check`, `--help` and `--version` run without a display.
struct Options
{
    Q_DECLARE_TR_FUNCTIONS(qd::Options)
public:
    enum class Command { Gui, Check, Backups, RunbookLint, RunbookPlan, Incident, Help, Version, Error };

    Command command = Command::Gui;
    QString profile;
    bool sandbox = false;
    bool json = false;
    bool verify = false;   // backups: check every backup's content
    bool recheck = false;  // backups: read even backups with a cached verdict
    bool verbose = false;
    QStringList files;   // runbook lint: the Markdown files; plan: the one file
    QString procedure;   // runbook plan: its name, or a unique part of it
    QStringList params;  // runbook plan: KEY=VALUE, as given
    // incident: declare | note | list | show, and what follows it
    QString incidentAction;
    QString incidentText;      // declare: the title; note: the note
    QString incidentId;        // note (optional), show: an id or its first characters
    QString field;             // set: the field's name ("role.deputy", "status")
    QStringList attachments;   // note: evidence files ("-": standard input)
    QString severity;          // declare: SEV1..SEV4 (or 1..4, critical..low)
    QString environment;       // declare
    bool drill = false;        // declare
    bool all = false;          // list: resolved ones too
    QString store;             // the incident database (default: the app's data folder)
    QString actor;             // who records it (default: $USER)
    QString at;                // note: when it happened (HH:MM or an ISO time)
    QString format;            // export: md
    QString output;            // export: the file (empty: standard output)
    QString lang;
    QString screenshotsDir;
    QString error;       // for Command::Error
    QString helpText;

    static Options parse(const QStringList &given);
};

} // namespace qd
