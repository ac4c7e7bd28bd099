#include "incidentcommand.h"

#include "incidentchange.h"
#include "incidentfield.h"
#include "incidentservice.h"
#include "loginname.h"
#include "noticedtime.h"
#include "options.h"
#include "backupinventory.h"
#include "backupmanifest.h"
#include "postmortem.h"
#include "profileparser.h"
#include "reportwriter.h"
#include "sqlitestore.h"
#include "systemclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QSaveFile>
#include <QTextStream>

namespace qd {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("qd::IncidentCommand", text, disambiguation, n);
}

enum Exit { Done = 0, NotFound = 1, StoreUnusable = 3 };

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

QString local(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QJsonObject toJson(const Incident &i)
{
    return QJsonObject{{QStringLiteral("id"), i.id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("title"), i.title},
                       {QStringLiteral("severity"), Incident::severityName(i.severity)},
                       {QStringLiteral("status"), Incident::statusName(i.status)},
                       {QStringLiteral("environment"), i.environment},
                       {QStringLiteral("drill"), i.drill},
                       {QStringLiteral("commander"), i.commander},
                       {QStringLiteral("declared_at"), i.declaredAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("resolved_at"), i.resolvedAt.isValid() ? QJsonValue(i.resolvedAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
                       {QStringLiteral("fields"), i.fields}};
}

// Standard input as one attachment: `df -h | quarterdeck incident note --attach - "disk"`.
std::optional<Attachment> readAttachment(const QString &path, QString *error)
{
    QFile file;
    const bool stdinput = path == u"-";
    const bool opened = stdinput ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = tr("%1: cannot read it: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (!stdinput && file.size() > IncidentService::kMaxAttachmentBytes) {
        *error = tr("%1 is %2 MB; evidence files are kept up to %3 MB")
                     .arg(path)
                     .arg(file.size() / (1024 * 1024))
                     .arg(IncidentService::kMaxAttachmentBytes / (1024 * 1024));
        return std::nullopt;
    }
    Attachment a;
    a.name = stdinput ? QStringLiteral("stdin.txt") : QFileInfo(path).fileName();
    a.content = file.read(IncidentService::kMaxAttachmentBytes + 1);
    if (a.content.size() > IncidentService::kMaxAttachmentBytes) {
        *error = tr("%1: more than %2 MB; evidence files are kept up to that").arg(path).arg(IncidentService::kMaxAttachmentBytes / (1024 * 1024));
        return std::nullopt;
    }
    return a;
}

// `incident set FIELD VALUE` as the event the console would record.
std::optional<TimelineEvent> setEvent(const Incident &incident, const QString &field, const QString &value, const QString &actor,
                                      const QDateTime &now, QString *error)
{
    TimelineEvent e;
    e.incidentId = incident.id;
    e.actor = actor;
    if (field == u"status") {
        // The English words always work, whatever language the console speaks.
        static const QStringList keys = {QStringLiteral("investigating"), QStringLiteral("identified"), QStringLiteral("monitoring"),
                                         QStringLiteral("resolved")};
        for (int n = 0; n < keys.size(); ++n) {
            const auto s = Incident::Status(n);
            if (Incident::statusName(s).compare(value.trimmed(), Qt::CaseInsensitive) == 0 || keys[n] == value.trimmed().toLower()) {
                e.kind = QStringLiteral("status");
                e.key = true;
                e.data = QJsonObject{{QStringLiteral("to"), int(s)}};
                e.text = !incident.open() && s != Incident::Status::Resolved
                             ? tr("Reopened: %1 → %2").arg(Incident::statusName(incident.status), Incident::statusName(s))
                             : tr("Status: %1 → %2").arg(Incident::statusName(incident.status), Incident::statusName(s));
                return e;
            }
        }
        *error = tr("'%1' is not a status; expected investigating, identified, monitoring or resolved").arg(value);
        return std::nullopt;
    }
    if (field == u"severity") {
        bool ok = false;
        const Incident::Severity s = Incident::severityFromText(value, &ok);
        if (!ok) {
            *error = tr("'%1' is not a severity; expected SEV1 to SEV4 (or critical, high, medium, low)").arg(value);
            return std::nullopt;
        }
        e.kind = QStringLiteral("severity");
        e.key = true;
        e.data = QJsonObject{{QStringLiteral("to"), int(s)}};
        return e;
    }
    if (field == u"title") {
        e.kind = QStringLiteral("title");
        e.data = QJsonObject{{QStringLiteral("to"), value}};
        return e;
    }
    const IncidentField *f = IncidentField::find(field);
    if (!f) {
        QStringList names{QStringLiteral("status"), QStringLiteral("severity"), QStringLiteral("title")};
        for (const IncidentField &known : IncidentField::all())
            names.append(known.name);
        *error = tr("no field '%1'; the fields are: %2").arg(field, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QString to = value;
    if (f->type == IncidentField::Type::Time && !value.trimmed().isEmpty()) {
        const QDateTime at = noticedTime(value.trimmed(), now);
        if (!at.isValid()) {
            *error = tr("'%1' is not a time; expected HH:MM (today, local) or an ISO time like 2026-11-22T14:02").arg(value);
            return std::nullopt;
        }
        to = at.toString(Qt::ISODate);
    }
    return IncidentChange::fieldEvent(incident.id, field, to, actor);
}

QJsonObject toJson(const TimelineEvent &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("order"), e.order},
                       {QStringLiteral("console"), e.consoleId},
                       {QStringLiteral("console_seq"), e.consoleSeq},
                       {QStringLiteral("kind"), e.kind},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("text"), e.text},
                       {QStringLiteral("data"), e.data},
                       {QStringLiteral("recorded_at"), e.recordedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("occurred_at"), e.occurredAt.isValid() ? QJsonValue(e.occurredAt.toString(Qt::ISODateWithMs)) : QJsonValue()},
                       {QStringLiteral("key"), e.key}};
}

// The incident an id (or its first characters) names; with none given,
// the one open incident. Says why not otherwise.
std::optional<Incident> pick(IncidentStore &store, const QString &given, QString *error)
{
    const QList<Incident> candidates = store.incidents(given.isEmpty(), error);
    QList<Incident> fits;
    for (const Incident &i : candidates)
        if (given.isEmpty() || i.id.toString(QUuid::WithoutBraces).startsWith(given.trimmed().toLower()))
            fits.append(i);
    if (fits.size() == 1)
        return fits.first();
    if (given.isEmpty())
        *error = fits.isEmpty() ? tr("no incident is open; declare one: quarterdeck incident declare TITLE")
                                : tr("%n incidents are open; say which with --incident ID (quarterdeck incident list)", nullptr, int(fits.size()));
    else
        *error = fits.isEmpty() ? tr("no incident %1 (quarterdeck incident list --all)").arg(given)
                                : tr("%1 fits %n incidents; give more of the id", nullptr, int(fits.size())).arg(given);
    return std::nullopt;
}

// An incident's whole timeline, read a page at a time; nullopt (with why)
// when the store fails part way: half a timeline is not a report.
std::optional<QList<TimelineEvent>> allEvents(IncidentStore &store, const QUuid &incident, QString *error)
{
    QList<TimelineEvent> events;
    for (qint64 after = 0;;) {
        error->clear();
        const QList<TimelineEvent> page = store.events(incident, after, 10000, error);
        if (!error->isEmpty())
            return std::nullopt;
        if (page.isEmpty())
            break;
        events.append(page);
        after = page.last().order;
    }
    return events;
}

// The post-mortem as a file (issue 7): md, html or pdf, written atomically.
int exportPostMortem(const Options &options, SqliteStore &store, const Clock &clock, QTextStream &out, QTextStream &err)
{
    QString error;
    ReportWriter::Format format = ReportWriter::Format::Markdown;
    const QString formatName = !options.format.isEmpty() ? options.format
                               : !options.output.isEmpty() ? QFileInfo(options.output).suffix()
                                                           : QStringLiteral("md");
    if (!ReportWriter::formatFromName(formatName, &format)) {
        err << "quarterdeck: "
            << (options.format.isEmpty() ? tr("cannot tell the format from '%1'; say --format md, html or pdf").arg(options.output)
                                         : tr("'%1' is not an export format; expected md, html or pdf").arg(options.format))
            << '\n';
        return 64;
    }
    if (format == ReportWriter::Format::Pdf && options.output.isEmpty()) {
        err << "quarterdeck: " << tr("a PDF needs a file: -o FILE") << '\n';
        return 64;
    }
    // By id, resolved ones too (a post-mortem is written after the fact);
    // without one, the one open incident.
    const std::optional<Incident> incident = pick(store, options.incidentId, &error);
    if (!incident) {
        err << "quarterdeck: " << error << '\n';
        return NotFound;
    }
    const std::optional<QList<TimelineEvent>> read = allEvents(store, incident->id, &error);
    if (!read) {
        err << "quarterdeck: " << error << '\n';
        return StoreUnusable;
    }
    const QList<TimelineEvent> &events = *read;
    // With a profile: its objectives and backup sets (listed, verdicts from
    // the manifest; nothing is read again) for the RTO and RPO tables, and
    // its post-mortem template when it names one.
    PostMortem::Recovery recovery;
    QString templateText = PostMortem::bundledTemplate();
    if (!options.profile.isEmpty()) {
        const ProfileParser::Result parsed = ProfileParser::parseFile(options.profile);
        if (!parsed.ok()) {
            err << parsed.errorText() << '\n';
            return StoreUnusable;
        }
        recovery.objectives = parsed.profile->objectives;
        BackupManifest manifest(BackupManifest::defaultPath());
        manifest.load();
        BackupInventory::Options inventory;
        inventory.manifest = &manifest;
        recovery.backups = BackupInventory::run(*parsed.profile, clock.now(), inventory);
        if (!parsed.profile->postmortemTemplate.isEmpty()) {
            const std::optional<QString> text = PostMortem::readTemplate(parsed.profile->postmortemTemplate, &error);
            if (!text) {
                err << "quarterdeck: " << error << '\n';
                return StoreUnusable;
            }
            templateText = *text;
        }
    }
    const TemplateRenderer::Rendered r = PostMortem::markdown(*incident, events, clock.now(), recovery, templateText);
    if (!r.error.isEmpty()) {
        err << "quarterdeck: " << r.error << '\n';
        return StoreUnusable;
    }
    if (!r.missing.isEmpty())
        err << tr("not written yet (shown as «field»): %1").arg(r.missing.join(QStringLiteral(", "))) << '\n';
    const ReportWriter::Report report{tr("Post-mortem: %1").arg(incident->title), r.text, clock.now()};
    if (options.output.isEmpty()) {
        if (format == ReportWriter::Format::Html)
            out << QString::fromUtf8(ReportWriter::html(report));
        else
            out << r.text;
        return Done;
    }
    if (!ReportWriter::write(report, format, options.output, &error)) {
        err << "quarterdeck: " << error << '\n';
        return StoreUnusable;
    }
    err << tr("Wrote %1").arg(options.output) << '\n';
    return Done;
}

} // namespace

int runIncidentCommand(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const SystemClock clock;
    const QString actor = options.actor.isEmpty() ? loginName() : options.actor;
    // One writer name per machine for the command line: its sequence is
    // numbered under the store's write lock, so several at once are safe.
    SqliteStore store(options.store.isEmpty() ? SqliteStore::defaultPath() : options.store,
                      QStringLiteral("cli@%1").arg(QSysInfo::machineHostName()), clock);
    QString error;
    if (!store.open(&error)) {
        err << "quarterdeck: " << error << '\n';
        return StoreUnusable;
    }
    const auto print = [&](const QJsonObject &o, const QString &text) {
        if (options.json)
            out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        else
            out << text << '\n';
    };

    if (options.incidentAction == u"export")
        return exportPostMortem(options, store, clock, out, err);

    if (options.incidentAction == u"declare") {
        bool ok = true;
        Incident draft;
        draft.title = options.incidentText;
        if (!options.severity.isEmpty())
            draft.severity = Incident::severityFromText(options.severity, &ok);
        if (!ok) {
            err << "quarterdeck: " << tr("'%1' is not a severity; expected SEV1 to SEV4 (or critical, high, medium, low)").arg(options.severity)
                << '\n';
            return 64;
        }
        draft.environment = options.environment;
        draft.drill = options.drill;
        draft.commander = actor;
        const std::optional<Incident> incident = store.declare(draft, actor, &error);
        if (!incident) {
            err << "quarterdeck: " << error << '\n';
            return StoreUnusable;
        }
        print(toJson(*incident), tr("Declared %1 %2 (%3)%4: %5")
                                     .arg(shortId(incident->id), Incident::severityName(incident->severity),
                                          Incident::severityWord(incident->severity), incident->drill ? tr(", a drill") : QString(),
                                          incident->title));
        return Done;
    }

    if (options.incidentAction == u"list") {
        const QList<Incident> incidents = store.incidents(!options.all, &error);
        if (!error.isEmpty()) {
            err << "quarterdeck: " << error << '\n';
            return StoreUnusable;
        }
        if (options.json) {
            QJsonArray list;
            for (const Incident &i : incidents)
                list.append(toJson(i));
            out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return Done;
        }
        if (incidents.isEmpty()) {
            out << (options.all ? tr("No incidents yet.") : tr("No open incidents (--all lists resolved ones too).")) << '\n';
            return Done;
        }
        for (const Incident &i : incidents)
            out << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                       .arg(shortId(i.id), Incident::severityName(i.severity), Incident::statusName(i.status).leftJustified(13),
                            local(i.declaredAt), i.title, i.drill ? tr("  (drill)") : QString());
        return Done;
    }

    const std::optional<Incident> incident = pick(store, options.incidentId, &error);
    if (!incident) {
        err << "quarterdeck: " << error << '\n';
        return NotFound;
    }

    if (options.incidentAction == u"set") {
        const std::optional<TimelineEvent> change = setEvent(*incident, options.field, options.incidentText, actor, clock.now(), &error);
        if (!change) {
            err << "quarterdeck: " << error << '\n';
            return 64;
        }
        const std::optional<TimelineEvent> done = store.append(*change, &error);
        if (!done) {
            err << "quarterdeck: " << error << '\n';
            return StoreUnusable;
        }
        print(toJson(*done), tr("Recorded on %1 (%2): %3").arg(shortId(incident->id), incident->title, done->text));
        return Done;
    }

    if (options.incidentAction == u"note") {
        TimelineEvent note;
        note.incidentId = incident->id;
        note.kind = options.attachments.isEmpty() ? QStringLiteral("note") : QStringLiteral("evidence");
        note.actor = actor;
        note.text = options.incidentText;
        QList<Attachment> files;
        for (const QString &path : options.attachments) {
            const std::optional<Attachment> file = readAttachment(path, &error);
            if (!file) {
                err << "quarterdeck: " << error << '\n';
                return 64;
            }
            files.append(*file);
        }
        if (note.text.isEmpty()) {
            QStringList names;
            for (const Attachment &a : std::as_const(files))
                names.append(a.name);
            note.text = tr("Evidence: %1").arg(names.join(QStringLiteral(", ")));
        }
        if (!options.at.isEmpty()) {
            note.occurredAt = noticedTime(options.at, clock.now());
            if (!note.occurredAt.isValid()) {
                err << "quarterdeck: " << tr("'%1' is not a time; expected HH:MM (today, local) or an ISO time like 2026-11-22T14:02").arg(options.at)
                    << '\n';
                return 64;
            }
        }
        const std::optional<TimelineEvent> done = store.append(note, files, &error);
        if (!done) {
            err << "quarterdeck: " << error << '\n';
            return StoreUnusable;
        }
        print(toJson(*done), tr("Recorded on %1 (%2): %3").arg(shortId(incident->id), incident->title, done->text));
        return Done;
    }

    // show
    const std::optional<QList<TimelineEvent>> read = allEvents(store, incident->id, &error);
    if (!read) {
        err << "quarterdeck: " << error << '\n';
        return StoreUnusable;
    }
    const QList<TimelineEvent> &events = *read;
    if (options.json) {
        QJsonObject o = toJson(*incident);
        QJsonArray list;
        for (const TimelineEvent &e : std::as_const(events))
            list.append(toJson(e));
        o.insert(QStringLiteral("events"), list);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Done;
    }
    out << QStringLiteral("%1  %2 (%3)  %4%5\n")
               .arg(incident->title, Incident::severityName(incident->severity), Incident::severityWord(incident->severity),
                    Incident::statusName(incident->status), incident->drill ? tr(", a drill") : QString());
    out << tr("  id %1, declared %2 by %3%4\n")
               .arg(incident->id.toString(QUuid::WithoutBraces), local(incident->declaredAt), incident->commander,
                    incident->environment.isEmpty() ? QString() : tr(", environment %1").arg(incident->environment));
    // The details, as the editor has them.
    for (const IncidentField &f : IncidentField::all()) {
        if (f.name == u"role.commander" || f.name == u"time.declared")
            continue;   // in the line above
        const QString value = f.type == IncidentField::Type::Time ? local(incident->time(f.name)) : incident->field(f.name);
        if (value.isEmpty())
            continue;
        if (f.type == IncidentField::Type::Prose)
            out << QStringLiteral("  %1:\n    %2\n").arg(f.label(), QString(value).replace(u'\n', QStringLiteral("\n    ")));
        else
            out << QStringLiteral("  %1: %2\n").arg(f.label(), value);
    }
    const QList<ActionItem> items = incident->actionItems();
    if (!items.isEmpty()) {
        out << tr("  Action items:\n");
        for (const ActionItem &a : items)
            out << QStringLiteral("    [%1] %2%3%4%5\n")
                       .arg(a.done ? QStringLiteral("x") : QStringLiteral(" "), a.action,
                            a.owner.isEmpty() ? QString() : QStringLiteral(" — %1").arg(a.owner),
                            a.due.isValid() ? tr(", due %1").arg(a.due.toString(Qt::ISODate)) : QString(),
                            a.priority.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(ActionItem::priorityName(a.priority)));
    }
    out << tr("  Timeline:\n");
    for (const TimelineEvent &e : std::as_const(events)) {
        out << QStringLiteral("  %1  %2  %3%4  %5\n")
                   .arg(local(e.occurredAt.isValid() ? e.occurredAt : e.recordedAt), e.actor.leftJustified(10), e.kind.leftJustified(9),
                        e.key ? QStringLiteral("*") : QStringLiteral(" "), e.text);
        for (const QJsonValue &v : e.data.value(QStringLiteral("attachments")).toArray()) {
            const QJsonObject a = v.toObject();
            out << tr("      + %1, %n bytes, SHA-256 %2\n", nullptr, a.value(QStringLiteral("size")).toInt())
                       .arg(a.value(QStringLiteral("name")).toString(), a.value(QStringLiteral("sha256")).toString());
        }
    }
    return Done;
}

} // namespace qd
