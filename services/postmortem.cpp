#include "postmortem.h"

#include "duration.h"

#include <QFile>
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

} // namespace

QString PostMortem::bundledTemplate()
{
    QFile f(QStringLiteral(":/templates/postmortem/postmortem.mustache"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return TemplateRenderer::fromText(QStringLiteral("postmortem"), QString::fromUtf8(f.readAll()), QString()).text;
}

QString PostMortem::cell(const QString &text)
{
    QString t = text.trimmed();
    t.replace(u'|', QStringLiteral("\\|"));
    t.replace(QStringLiteral("\r\n"), QStringLiteral("<br>")).replace(u'\n', QStringLiteral("<br>"));
    return t;
}

QJsonObject PostMortem::context(const Incident &incident, const QList<TimelineEvent> &events, const QDateTime &now)
{
    QJsonObject c = TemplateRenderer::context(incident, 0, now, QDateTime(), {});
    QJsonObject inc = c.value(QStringLiteral("incident")).toObject();
    for (const char *field : {"contributingFactors", "wentWell", "couldImprove", "lessons"}) {
        const QString v = incident.field(QLatin1String(field));
        if (!v.isEmpty())
            inc.insert(QLatin1String(field), v);
    }
    if (!incident.resolvedAt.isValid())
        inc.insert(QStringLiteral("resolved"), tr("not yet"));
    c.insert(QStringLiteral("incident"), inc);

    QJsonArray timeline;
    QJsonArray steps;
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
    }
    c.insert(QStringLiteral("timeline"), timeline);
    c.insert(QStringLiteral("steps"), steps);
    c.insert(QStringLiteral("hasSteps"), !steps.isEmpty());

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
    return c;
}

TemplateRenderer::Rendered PostMortem::markdown(const Incident &incident, const QList<TimelineEvent> &events, const QDateTime &now,
                                                const QString &templateText)
{
    return TemplateRenderer::render(templateText, context(incident, events, now));
}

} // namespace qd
