#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace qd {

Options Options::parse(const QStringList &given)
{
    Options o;
    // `quarterdeck export …` is `quarterdeck incident export …`.
    QStringList args = given;
    if (args.size() > 1 && args.at(1) == u"export")
        args.insert(1, QStringLiteral("incident"));
    // Subcommands run without a display and take --profile and --json.
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    const bool isBackups = sub == u"backups";
    const bool isRunbook = sub == u"runbook";
    const bool isIncident = sub == u"incident";
    const bool isCheck = sub == u"check" || isBackups || isRunbook || isIncident;

    QCommandLineParser p;
    p.setApplicationDescription(
        isIncident ? tr("Declare and work incidents from a terminal, on the same store as a running console.\n\n"
                        "Usage:\n"
                        "  quarterdeck incident declare TITLE [--severity SEV2] [--environment NAME] [--drill]\n"
                        "  quarterdeck incident note [--incident ID] [--at 14:02] TEXT   (default: the one open incident)\n"
                        "  quarterdeck incident note [--incident ID] --attach FILE [TEXT]   (evidence; FILE - reads standard input)\n"
                        "  quarterdeck incident set [--incident ID] FIELD VALUE   (FIELD: status, severity, title, role.deputy,\n"
                        "      time.detected, impact.users, rootCause … ; an empty VALUE clears it)\n"
                        "  quarterdeck incident list [--all]\n"
                        "  quarterdeck incident show ID\n"
                        "  quarterdeck export [--incident ID] [--format md|html|pdf] [-o FILE] [--profile FILE]\n"
                        "        (the post-mortem; md and html to stdout without -o; the profile adds RTO/RPO)\n"
                        "ID: the incident's id or its first characters, as list prints them.\n\n"
                        "Exit codes: 0 done, 1 no such incident (or more than one fits), 3 the store cannot be used.")
        : isRunbook ? tr("Read Markdown runbooks as Quarterdeck does and print their structure: procedures,\n"
                       "steps, gates with their reasons, placeholders, templates, decision matrices and\n"
                       "objectives, and warnings worth a commander's attention.\n\n"
                       "Usage: quarterdeck runbook lint FILE... [--json]\n"
                       "       quarterdeck runbook plan FILE --procedure NAME [--param KEY=VALUE ...] [--profile FILE] [--json]\n\n"
                       "plan prints the exact commands a procedure would run with those values put in (each as one\n"
                       "quoted word), each step's runner, gate and reason, and what is still missing. It runs nothing.\n\n"
                       "Exit codes: lint: 0 clean, 1 warnings, 3 a file could not be read; plan: 0 every step ready,\n"
                       "1 values missing or refused, 3 the file or the procedure cannot be found.")
        : isBackups ? tr("List every backup set of a profile with its findings (age against the RPO, missed\n"
                       "schedule, retention, empty or suspiciously small backups); --verify also checks\n"
                       "each backup's content (gzip to the end, the dump inside, pg_dump archives through\n"
                       "pg_restore, tar archives member by member). Verdicts are kept with each backup's\n"
                       "SHA-256 in the app's data folder; a backup whose size and modification time are\n"
                       "unchanged is not read again unless --recheck is given.\n\n"
                       "Exit codes: 0 all fine, 1 warnings, 2 an RPO breach, no good backup or the newest\n"
                       "backup corrupt, 3 the profile is invalid.")
        : isCheck ? tr("Check every service and heartbeat of a profile once and exit.\n\n"
                     "Exit codes: 0 all up, 1 something degraded or a heartbeat at warn,\n"
                     "2 something down, critical or unreadable, 3 the profile is invalid.")
                : tr("A console for incident commanders: live service states, heartbeats,\n"
                     "backups and guided rollbacks from the team's Markdown runbooks.\n\n"
                     "Commands:\n"
                     "  check --profile FILE [--json]   check once and exit (see: quarterdeck check --help)\n"
                     "  backups --profile FILE [--verify] [--json]  the backup inventory (see: quarterdeck backups --help)\n"
                     "  runbook lint FILE... [--json]   read runbooks and print their structure and warnings\n"                     "  runbook plan FILE --procedure NAME [--param KEY=VALUE ...]   the exact commands a procedure would run\n"
                     "  incident declare|note|list|show  incidents from a terminal (see: quarterdeck incident --help)"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."));
    const QCommandLineOption profile({QStringLiteral("p"), QStringLiteral("profile")}, tr("Environment profile to open (YAML)."),
                                     tr("file"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("Build a live practice environment on loopback and open it."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("User interface language, e.g. de or en (default: system)."),
                                  tr("code"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log debug messages to stderr."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption verify(QStringLiteral("verify"), tr("Also verify each backup's content."));
    const QCommandLineOption recheck(QStringLiteral("recheck"),
                                     tr("Verify every backup again, even those already verified (implies --verify)."));
    const QCommandLineOption severity(QStringLiteral("severity"), tr("SEV1 (critical) to SEV4 (low); default SEV2."), tr("level"));
    const QCommandLineOption environment(QStringLiteral("environment"), tr("The environment affected, e.g. production."), tr("name"));
    const QCommandLineOption drill(QStringLiteral("drill"), tr("A drill, not a real incident."));
    const QCommandLineOption incidentOpt(QStringLiteral("incident"), tr("The incident (id or its first characters)."), tr("id"));
    const QCommandLineOption all(QStringLiteral("all"), tr("List resolved incidents too."));
    const QCommandLineOption store(QStringLiteral("store"), tr("The incident database (default: the app's data folder)."), tr("file"));
    const QCommandLineOption as(QStringLiteral("as"), tr("Who records it (default: the login name)."), tr("name"));
    const QCommandLineOption attach(QStringLiteral("attach"), tr("Keep a file with the note as evidence (repeatable; - is standard input)."),
                                    tr("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Export format: md, html or pdf (default: from the -o file's suffix, else md)."), tr("format"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the export to this file (atomically) instead of standard output."), tr("file"));
    const QCommandLineOption atOpt(QStringLiteral("at"), tr("When it happened, if not now: HH:MM (today, local) or an ISO time."), tr("time"));
    const QCommandLineOption procedureOpt(QStringLiteral("procedure"), tr("The procedure: its name as lint prints it, or a part only it has."),
                                          tr("name"));
    const QCommandLineOption param(QStringLiteral("param"), tr("A placeholder's value, e.g. commit-hash=4f2a9c1 or DB_HOST=db1 (repeatable)."),
                                   tr("key=value"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   tr("Render the main views to PNG files in a folder and exit (documentation)."), tr("dir"));
    p.addOption(help);
    p.addOption(version);
    p.addOption(profile);
    p.addOption(verbose);
    if (isCheck) {
        p.addOption(json);
        if (isBackups) {
            p.addOption(verify);
            p.addOption(recheck);
        }
        if (isIncident) {
            for (const QCommandLineOption *o : {&severity, &environment, &drill, &incidentOpt, &all, &store, &as, &atOpt, &attach, &format, &output})
                p.addOption(*o);
        }
        p.addPositionalArgument(sub, tr("The command."));
        if (isRunbook) {
            p.addOption(procedureOpt);
            p.addOption(param);
            p.addPositionalArgument(QStringLiteral("lint|plan"), tr("lint: print the structure and warnings of each file; "
                                                                   "plan: print what a procedure would run."),
                                    tr("lint FILE... | plan FILE"));
        }
    } else {
        p.addOption(sandbox);
        p.addOption(lang);
        p.addOption(shots);
        p.addPositionalArgument(QStringLiteral("profile"), tr("Environment profile to open (same as --profile)."),
                                tr("[profile]"));
    }
    // Parsed before QCoreApplication exists, so Qt cannot name the program itself.
    o.helpText = p.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("quarterdeck"));

    if (!p.parse(args)) {
        o.command = Command::Error;
        o.error = p.errorText();
        return o;
    }
    if (p.isSet(help)) {
        o.command = Command::Help;
        return o;
    }
    if (p.isSet(version)) {
        o.command = Command::Version;
        return o;
    }
    o.verbose = p.isSet(verbose);
    o.profile = p.value(profile);
    QStringList positional = p.positionalArguments();
    if (isIncident) {
        o.command = Command::Incident;
        o.json = p.isSet(json);
        o.severity = p.value(severity);
        o.environment = p.value(environment);
        o.drill = p.isSet(drill);
        o.incidentId = p.value(incidentOpt);
        o.all = p.isSet(all);
        o.store = p.value(store);
        o.actor = p.value(as);
        o.at = p.value(atOpt);
        o.attachments = p.values(attach);
        o.format = p.value(format);
        o.output = p.value(output);
        positional.removeFirst();
        static const QStringList actions = {QStringLiteral("declare"), QStringLiteral("note"), QStringLiteral("set"), QStringLiteral("list"),
                                            QStringLiteral("show"), QStringLiteral("export")};
        if (positional.isEmpty() || !actions.contains(positional.first())) {
            o.command = Command::Error;
            o.error = positional.isEmpty() ? tr("incident needs a command: declare, note, set, list, show or export")
                                           : tr("unknown incident command '%1'; expected declare, note, set, list, show or export").arg(positional.first());
            return o;
        }
        o.incidentAction = positional.takeFirst();
        const QString words = positional.join(u' ').trimmed();
        if (o.incidentAction == u"show") {
            if (positional.size() != 1) {
                o.command = Command::Error;
                o.error = tr("incident show needs one id: quarterdeck incident show ID");
            }
            o.incidentId = words;
        } else if (o.incidentAction == u"export") {
            if (!positional.isEmpty()) {
                o.command = Command::Error;
                o.error = tr("unexpected argument: %1 (the incident goes with --incident ID)").arg(positional.first());
            }
            return o;
        } else if (o.incidentAction == u"list") {
            if (!positional.isEmpty()) {
                o.command = Command::Error;
                o.error = tr("unexpected argument: %1").arg(positional.first());
            }
        } else if (o.incidentAction == u"set") {
            if (positional.size() < 2) {
                o.command = Command::Error;
                o.error = tr("incident set needs a field and a value: quarterdeck incident set role.deputy ben (\"\" clears it)");
                return o;
            }
            o.field = positional.takeFirst();
            o.incidentText = positional.join(u' ');
            return o;
        } else if (words.isEmpty() && !(o.incidentAction == u"note" && !o.attachments.isEmpty())) {
            o.command = Command::Error;
            o.error = o.incidentAction == u"declare" ? tr("incident declare needs a title: quarterdeck incident declare \"Trade service down\"")
                                                     : tr("incident note needs the text of the note");
        }
        o.incidentText = words;
        return o;
    }
    if (isRunbook) {
        o.command = Command::RunbookLint;
        o.json = p.isSet(json);
        positional.removeFirst();
        if (positional.isEmpty() || (positional.first() != u"lint" && positional.first() != u"plan")) {
            o.command = Command::Error;
            o.error = positional.isEmpty() ? tr("runbook needs a subcommand: quarterdeck runbook lint FILE... or runbook plan FILE --procedure NAME")
                                           : tr("unknown runbook command '%1'; expected lint or plan").arg(positional.first());
            return o;
        }
        const bool plan = positional.takeFirst() == u"plan";
        o.files = positional;
        if (plan) {
            o.command = Command::RunbookPlan;
            o.procedure = p.value(procedureOpt);
            o.params = p.values(param);
            for (const QString &kv : std::as_const(o.params))
                if (kv.indexOf(u'=') < 1) {
                    o.command = Command::Error;
                    o.error = tr("--param needs KEY=VALUE, not '%1'").arg(kv);
                    return o;
                }
            if (o.files.size() != 1 || o.procedure.isEmpty()) {
                o.command = Command::Error;
                o.error = tr("runbook plan needs one Markdown file and --procedure NAME");
            }
            return o;
        }
        if (p.isSet(procedureOpt) || p.isSet(param)) {
            o.command = Command::Error;
            o.error = tr("--procedure and --param belong to runbook plan");
            return o;
        }
        if (o.files.isEmpty()) {
            o.command = Command::Error;
            o.error = tr("runbook lint needs at least one Markdown file");
        }
        return o;
    }
    if (isCheck) {
        o.command = isBackups ? Command::Backups : Command::Check;
        o.json = p.isSet(json);
        o.recheck = isBackups && p.isSet(recheck);
        o.verify = isBackups && (p.isSet(verify) || o.recheck);
        positional.removeFirst();
        if (o.profile.isEmpty() && positional.size() == 1)
            o.profile = positional.takeFirst();
        if (!positional.isEmpty()) {
            o.command = Command::Error;
            o.error = tr("unexpected argument: %1").arg(positional.first());
        } else if (o.profile.isEmpty()) {
            o.command = Command::Error;
            o.error = tr("%1 needs a profile: quarterdeck %1 --profile FILE").arg(sub);
        }
        return o;
    }
    o.sandbox = p.isSet(sandbox);
    o.lang = p.value(lang);
    o.screenshotsDir = p.value(shots);
    if (o.profile.isEmpty() && positional.size() == 1)
        o.profile = positional.takeFirst();
    if (!positional.isEmpty()) {
        o.command = Command::Error;
        o.error = tr("unexpected argument: %1").arg(positional.first());
    } else if (o.sandbox && !o.profile.isEmpty()) {
        o.command = Command::Error;
        o.error = tr("--sandbox builds its own profile; do not pass --profile with it");
    }
    return o;
}

} // namespace qd
