#include "postmortem.h"

#include "duration.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <QJsonArray>

namespace qd {

namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// Goes on the post-mortem's timeline: what was marked key, and the
// incident's own milestones.
bool onTimeline(const TimelineEvent &e)
{
    static const QStringList milestones = {QStringLiteral("declared"), QStringLiteral("status"), QStringLiteral("severity"),
                                           QStringLiteral("gate")};
    return (e.key && e.kind != u"key") || milestones.contains(e.kind);
}

// The recovery objectives section: each RTO against the recovery measured
// from the start of the incident, each backup set's RPO against the window
// of data the incident could have lost (start back to the newest backup
// before it that could restore).
// The backup sets as the inventory lists them now, with the good backups
// the incident's "backup-snapshot" events recorded at its declaration added
// (retention may have removed them since); a set only a snapshot knows is
// listed from it.
QList<BackupSetStatus> withSnapshots(const QList<BackupSetStatus> &live, const QList<TimelineEvent> &events)
{
    QList<BackupSetStatus> sets = live;
    for (const TimelineEvent &e : events) {
        if (e.kind != u"backup-snapshot")
            continue;
        for (const QJsonValue &v : e.data.value(QStringLiteral("sets")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            auto it = std::find_if(sets.begin(), sets.end(), [&name](const BackupSetStatus &s) { return s.spec.name == name; });
            if (it == sets.end()) {
                BackupSetStatus set;
                set.spec.name = name;
                set.spec.component = o.value(QStringLiteral("component")).toString();
                set.spec.rpo = Millis(qint64(o.value(QStringLiteral("rpoMs")).toDouble(-1)));
                sets.append(set);
                it = sets.end() - 1;
            }
            for (const QJsonValue &g : o.value(QStringLiteral("good")).toArray()) {
                const QJsonObject b = g.toObject();
                const QString backup = b.value(QStringLiteral("name")).toString();
                if (std::any_of(it->backups.cbegin(), it->backups.cend(), [&backup](const Backup &x) { return x.name == backup; }))
                    continue;   // still in the inventory: its verdict now counts
                Backup x;
                x.name = backup;
                x.timestamp = QDateTime::fromString(b.value(QStringLiteral("time")).toString(), Qt::ISODate);
                x.size = 1;   // it was good when recorded
                x.verification = b.value(QStringLiteral("verified")).toBool() ? Backup::Verification::Ok : Backup::Verification::Unverified;
                it->backups.append(x);
            }
        }
    }
    return sets;
}

void insertObjectives(QJsonObject &c, const Incident &incident, const QList<TimelineEvent> &events, const QDateTime &now,
                      const PostMortem::Recovery &r)
{
    const QDateTime start = PostMortem::start(incident);
    const QDateTime end = incident.resolvedAt.isValid() ? incident.resolvedAt : now;
    const Millis took(start.msecsTo(end));
    QJsonArray rto;
    for (const Objective &o : r.objectives) {
        if (o.rto.count() < 0)
            continue;
        QString verdict = took <= o.rto ? PostMortem::tr("within") : PostMortem::tr("**over** by %1").arg(formatDuration(took - o.rto));
        if (!incident.resolvedAt.isValid())
            verdict += PostMortem::tr(" (still open)");
        rto.append(QJsonObject{{QStringLiteral("component"), PostMortem::cell(o.component)},
                               {QStringLiteral("rto"), formatDuration(o.rto)},
                               {QStringLiteral("took"), formatDuration(took)},
                               {QStringLiteral("verdict"), verdict}});
    }
    QJsonArray rpo;
    const QList<BackupSetStatus> backups = withSnapshots(r.backups, events);
    for (const BackupSetStatus &set : backups) {
        Millis limit = set.spec.rpo;
        for (const Objective &o : r.objectives)
            if (limit.count() < 0 && !set.spec.component.isEmpty() && o.component.compare(set.spec.component, Qt::CaseInsensitive) == 0)
                limit = o.rpo;
        const Backup *newest = nullptr;
        for (const Backup &b : set.backups)
            if (b.couldBeGood() && b.timestamp.isValid() && b.timestamp <= start && (!newest || b.timestamp > newest->timestamp))
                newest = &b;
        QJsonObject row{{QStringLiteral("set"), PostMortem::cell(set.spec.name)},
                        {QStringLiteral("component"), PostMortem::cell(set.spec.component)},
                        {QStringLiteral("rpo"), limit.count() >= 0 ? formatDuration(limit) : PostMortem::tr("not stated")}};
        if (!newest) {
            row.insert(QStringLiteral("backup"), PostMortem::tr("none that could restore"));
            row.insert(QStringLiteral("window"), PostMortem::tr("everything"));
            row.insert(QStringLiteral("verdict"), PostMortem::tr("**over**"));
        } else {
            const Millis window(newest->timestamp.msecsTo(start));
            QString backup = PostMortem::cell(newest->name) + QStringLiteral(" (") + utc(newest->timestamp) + QStringLiteral(" UTC");
            if (newest->verification != Backup::Verification::Ok)
                backup += PostMortem::tr(", not verified");
            backup += u')';
            row.insert(QStringLiteral("backup"), backup);
            row.insert(QStringLiteral("window"), formatDuration(window));
            row.insert(QStringLiteral("verdict"), limit.count() < 0 ? QStringLiteral("–")
                                                  : window <= limit ? PostMortem::tr("within")
                                                                    : PostMortem::tr("**over** by %1").arg(formatDuration(window - limit)));
        }
        rpo.append(row);
    }
    c.insert(QStringLiteral("objectives"), QJsonObject{{QStringLiteral("start"), utc(start)},
                                                       {QStringLiteral("rto"), rto},
                                                       {QStringLiteral("hasRto"), !rto.isEmpty()},
                                                       {QStringLiteral("rpo"), rpo},
                                                       {QStringLiteral("hasRpo"), !rpo.isEmpty()},
                                                       {QStringLiteral("rpoPending"), r.backupsPending && rpo.isEmpty()},
                                                       {QStringLiteral("none"), rto.isEmpty() && rpo.isEmpty()}});
}

} // namespace

QString PostMortem::bundledTemplate()
{
    QFile f(QStringLiteral(":/templates/postmortem/postmortem.mustache"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return TemplateRenderer::fromText(QStringLiteral("postmortem"), QString::fromUtf8(f.readAll()), QString()).text;
}

std::optional<QString> PostMortem::readTemplate(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("%1: the post-mortem template is not a file").arg(path);
        return std::nullopt;
    }
    if (info.size() > 1024 * 1024) {
        *error = tr("%1: the post-mortem template is larger than 1 MB").arg(path);
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the post-mortem template: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(f.read(1024 * 1024));
}

QString PostMortem::cell(const QString &text)
{
    QString t = text.trimmed();
    // What the record says is shown as written, never read as Markdown: a
    // note's [link](javascript:…) or ![image](http://…), or a webhook's
    // answer, must not become a link or a fetched image in an export.
    static const QString special = QStringLiteral("\\`*_[]<>!|~");
    QString escaped;
    escaped.reserve(t.size() + 8);
    for (const QChar ch : std::as_const(t)) {
        if (special.contains(ch))
            escaped += u'\\';
        escaped += ch;
    }
    t = escaped;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("<br>")).replace(u'\n', QStringLiteral("<br>"));
    return t;
}

QDateTime PostMortem::start(const Incident &incident)
{
    for (const char *field : {"time.started", "time.detected"})
        if (const QDateTime t = incident.time(QLatin1String(field)); t.isValid())
            return t;
    return incident.declaredAt;
}

QJsonObject PostMortem::context(const Incident &incident, const QList<TimelineEvent> &events, const QDateTime &now,
                                const Recovery &objectives)
{
    QJsonObject c = TemplateRenderer::context(incident, 0, now, QDateTime(), {});
    QJsonObject inc = c.value(QStringLiteral("incident")).toObject();
    for (const char *field : {"contributingFactors", "wentWell", "couldImprove", "lessons", "reconciliation"}) {
        const QString v = incident.field(QLatin1String(field));
        if (!v.isEmpty())
            inc.insert(QLatin1String(field), v);
    }
    if (!incident.resolvedAt.isValid())
        inc.insert(QStringLiteral("resolved"), tr("not yet"));
    c.insert(QStringLiteral("incident"), inc);

    QJsonArray timeline;
    QJsonArray steps;
    QJsonArray updates;
    QHash<QString, int> updateRow;   // update id (or number) → its row, for the deliveries that follow it
    QString rollback;
    for (const TimelineEvent &e : events) {
        const QDateTime when = e.occurredAt.isValid() ? e.occurredAt : e.recordedAt;
        if (onTimeline(e))
            timeline.append(QJsonObject{{QStringLiteral("time"), utc(when)},
                                        {QStringLiteral("actor"), cell(e.actor)},
                                        {QStringLiteral("text"), cell(e.text)}});
        const QString action = e.data.value(QStringLiteral("action")).toString();
        if (e.kind == u"runbook-step" && action == u"finished")
            steps.append(QJsonObject{
                {QStringLiteral("procedure"), cell(e.data.value(QStringLiteral("procedure")).toString())},
                {QStringLiteral("step"), QString::number(e.data.value(QStringLiteral("step")).toInt())},
                {QStringLiteral("label"), cell(e.data.value(QStringLiteral("label")).toString())},
                {QStringLiteral("outcome"), e.data.value(QStringLiteral("outcome")).toString()},
                {QStringLiteral("duration"), formatDuration(Millis(qint64(e.data.value(QStringLiteral("durationMs")).toDouble())))}});
        if (e.kind == u"runbook" && action == u"summary")
            rollback = e.text;
        const int number = e.data.value(QStringLiteral("number")).toInt();
        if (e.kind == u"update") {
            updateRow.insert(e.id.toString(QUuid::WithoutBraces), int(updates.size()));
            updateRow.insert(QString::number(number), int(updates.size()));
            updates.append(QJsonObject{{QStringLiteral("number"), QString::number(number)},
                                       {QStringLiteral("time"), utc(when)},
                                       {QStringLiteral("actor"), cell(e.actor)},
                                       {QStringLiteral("audience"), e.data.value(QStringLiteral("audience")).toString()},
                                       {QStringLiteral("title"), cell(e.data.value(QStringLiteral("templateTitle")).toString())},
                                       {QStringLiteral("sent"), cell(e.data.value(QStringLiteral("destinations")).toVariant().toStringList().join(QStringLiteral(", ")))}});
        } else if (e.kind == u"update-delivery") {
            // Where a post really went (or did not), said beside its update:
            // by the update's id; by its number in records older than that.
            const QString update = e.data.value(QStringLiteral("update")).toString();
            const int row = updateRow.value(!update.isEmpty() ? update : QString::number(number), -1);
            if (row < 0)
                continue;
            QJsonObject u = updates.at(row).toObject();
            u.insert(QStringLiteral("sent"), cell(u.value(QStringLiteral("sent")).toString() + QStringLiteral("; ") + e.text));
            updates.replace(row, u);
        }
    }
    c.insert(QStringLiteral("timeline"), timeline);
    c.insert(QStringLiteral("steps"), steps);
    c.insert(QStringLiteral("hasSteps"), !steps.isEmpty());
    c.insert(QStringLiteral("updates"), updates);
    c.insert(QStringLiteral("hasUpdates"), !updates.isEmpty());
    c.insert(QStringLiteral("noUpdates"), updates.isEmpty());

    QJsonArray items;
    for (const ActionItem &a : incident.actionItems())
        items.append(QJsonObject{{QStringLiteral("action"), cell(a.action)},
                                 {QStringLiteral("owner"), cell(a.owner)},
                                 {QStringLiteral("due"), a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()},
                                 {QStringLiteral("priority"), a.priority},
                                 {QStringLiteral("done"), a.done ? tr("yes") : tr("no")}});
    c.insert(QStringLiteral("actionItems"), items);

    // From detection when known, to resolution (or now, while open).
    QDateTime from = incident.time(QStringLiteral("time.detected"));
    QString fromWhat = tr("detection");
    if (!from.isValid()) {
        from = incident.declaredAt;
        fromWhat = tr("declaration");
    }
    QString recovery = incident.resolvedAt.isValid()
                           ? tr("resolved %1 after %2").arg(formatDuration(Millis(from.msecsTo(incident.resolvedAt))), fromWhat)
                           : tr("not resolved yet (%1 since %2)").arg(formatDuration(Millis(from.msecsTo(now))), fromWhat);
    if (!rollback.isEmpty())
        recovery += QStringLiteral(". ") + rollback;
    c.insert(QStringLiteral("recovery"), QJsonObject{{QStringLiteral("text"), recovery}});
    insertObjectives(c, incident, events, now, objectives);
    return c;
}

TemplateRenderer::Rendered PostMortem::markdown(const Incident &incident, const QList<TimelineEvent> &events, const QDateTime &now,
                                                const Recovery &recovery, const QString &templateText)
{
    return render(templateText, context(incident, events, now, recovery));
}

TemplateRenderer::Rendered PostMortem::render(const QString &templateText, const QJsonObject &context)
{
    TemplateRenderer::Rendered r = TemplateRenderer::render(templateText, context);
    // Sections that are not there leave their blank lines behind; one
    // blank line between blocks is all Markdown needs.
    static const QRegularExpression blankRun(QStringLiteral("\n{3,}"));
    r.text.replace(blankRun, QStringLiteral("\n\n"));
    return r;
}

} // namespace qd
