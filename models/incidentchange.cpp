#include "incidentchange.h"

#include "incidentfield.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace qd::IncidentChange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qd::IncidentChange", text);
}

// What a reader sees for a value in an event's text: times in UTC with the
// date (the timeline shows its own column in local time), prose by its
// first line.
QString shown(const IncidentField &f, const QString &value)
{
    if (value.isEmpty())
        return tr("(empty)");
    if (f.type == IncidentField::Type::Time) {
        const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
        return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : value;
    }
    if (f.type == IncidentField::Type::Prose) {
        QString first = value.section(u'\n', 0, 0).trimmed();
        if (first.size() > 80)
            first = first.left(79) + u'…';
        return first;
    }
    return value;
}

bool applyField(Incident &incident, TimelineEvent &event, QString *error)
{
    const QString name = event.data.value(QStringLiteral("field")).toString();
    const IncidentField *f = IncidentField::find(name);
    if (!f) {
        *error = tr("no incident field named \"%1\"").arg(name);
        return false;
    }
    QString to = event.data.value(QStringLiteral("to")).toString();
    if (f->type != IncidentField::Type::Prose)
        to = to.trimmed();
    QDateTime time;
    if (f->type == IncidentField::Type::Time && !to.isEmpty()) {
        time = QDateTime::fromString(to, Qt::ISODateWithMs);
        if (!time.isValid()) {
            *error = tr("%1: \"%2\" is not a date and time (expected ISO 8601, e.g. 2026-11-22T14:02:00Z)").arg(f->label(), to);
            return false;
        }
        time = time.toUTC();
        to = time.toString(Qt::ISODate);
    }
    if (name == u"time.declared" && !time.isValid()) {
        *error = tr("Declared: an incident always has a declaration time");
        return false;
    }
    const QString from = incident.field(name);
    event.data.insert(QStringLiteral("field"), name);
    event.data.insert(QStringLiteral("to"), to);
    event.data.insert(QStringLiteral("from"), from);
    if (name == u"role.commander")
        incident.commander = to;
    else if (name == u"time.declared")
        incident.declaredAt = time;
    else if (name == u"time.resolved")
        incident.resolvedAt = time;
    else if (to.isEmpty())
        incident.fields.remove(name);
    else
        incident.fields.insert(name, to);
    if (event.text.isEmpty()) {
        event.text = from.isEmpty() || f->type == IncidentField::Type::Prose
                         ? tr("%1: %2").arg(f->label(), shown(*f, to))
                         : tr("%1: %2 (was %3)").arg(f->label(), shown(*f, to), shown(*f, from));
    }
    return true;
}

bool applyActionItem(Incident &incident, TimelineEvent &event, QString *error)
{
    const ActionItem item = ActionItem::fromJson(event.data.value(QStringLiteral("item")).toObject());
    if (item.id.isEmpty() || item.action.trimmed().isEmpty()) {
        *error = tr("an action item needs an id and an action");
        return false;
    }
    QJsonArray items = incident.fields.value(QStringLiteral("actionItems")).toArray();
    qsizetype at = -1;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items.at(i).toObject().value(QStringLiteral("id")).toString() == item.id)
            at = i;
    const ActionItem before = at >= 0 ? ActionItem::fromJson(items.at(at).toObject()) : ActionItem{};
    if (at >= 0) {
        event.data.insert(QStringLiteral("from"), items.at(at));
        items.replace(at, item.toJson());
    } else {
        items.append(item.toJson());
    }
    incident.fields.insert(QStringLiteral("actionItems"), items);
    if (event.text.isEmpty()) {
        const QString who = item.owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(item.owner);
        if (at < 0)
            event.text = tr("Action item added: %1%2").arg(item.action, who);
        else if (item.done && !before.done)
            event.text = tr("Action item done: %1").arg(item.action);
        else if (!item.done && before.done)
            event.text = tr("Action item reopened: %1").arg(item.action);
        else
            event.text = tr("Action item changed: %1%2").arg(item.action, who);
    }
    return true;
}

} // namespace

bool changesIncident(const QString &kind)
{
    return kind == u"status" || kind == u"severity" || kind == u"title" || kind == u"commander" || kind == u"field" || kind == u"role"
           || kind == u"action-item";
}

bool apply(Incident &incident, TimelineEvent &event, QString *error)
{
    const QJsonValue to = event.data.value(QStringLiteral("to"));
    if (event.kind == u"status") {
        const int s = to.toInt(-1);
        if (s < 0 || s > int(Incident::Status::Resolved)) {
            *error = tr("not a status: %1").arg(s);
            return false;
        }
        event.data.insert(QStringLiteral("from"), int(incident.status));
        incident.status = Incident::Status(s);
        incident.resolvedAt = incident.status == Incident::Status::Resolved ? event.recordedAt : QDateTime();
        if (event.text.isEmpty())
            event.text = tr("Status: %1").arg(Incident::statusName(incident.status));
    } else if (event.kind == u"severity") {
        const int s = to.toInt(0);
        if (s < 1 || s > 4) {
            *error = tr("not a severity: %1").arg(s);
            return false;
        }
        event.data.insert(QStringLiteral("from"), int(incident.severity));
        incident.severity = Incident::Severity(s);
        if (event.text.isEmpty())
            event.text = tr("Severity: %1").arg(Incident::severityName(incident.severity));
    } else if (event.kind == u"title") {
        if (to.toString().trimmed().isEmpty()) {
            *error = tr("an incident needs a title");
            return false;
        }
        event.data.insert(QStringLiteral("from"), incident.title);
        incident.title = to.toString().trimmed();
        if (event.text.isEmpty())
            event.text = tr("Title: %1").arg(incident.title);
    } else if (event.kind == u"commander") {
        event.data.insert(QStringLiteral("from"), incident.commander);
        incident.commander = to.toString();
        if (event.text.isEmpty())
            event.text = tr("Incident Commander: %1").arg(incident.commander);
    } else if (event.kind == u"field" || event.kind == u"role") {
        return applyField(incident, event, error);
    } else if (event.kind == u"action-item") {
        return applyActionItem(incident, event, error);
    }
    return true;
}

TimelineEvent fieldEvent(const QUuid &incident, const QString &field, const QString &to, const QString &actor)
{
    TimelineEvent e;
    e.incidentId = incident;
    e.kind = field.startsWith(QLatin1String("role.")) ? QStringLiteral("role") : QStringLiteral("field");
    e.actor = actor;
    e.data = QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("to"), to}};
    return e;
}

TimelineEvent actionItemEvent(const QUuid &incident, const ActionItem &item, const QString &actor)
{
    TimelineEvent e;
    e.incidentId = incident;
    e.kind = QStringLiteral("action-item");
    e.actor = actor;
    e.data = QJsonObject{{QStringLiteral("item"), item.toJson()}};
    return e;
}

} // namespace qd::IncidentChange
