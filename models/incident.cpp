#include "incident.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace qd {

QString Incident::severityName(Severity s)
{
    return QStringLiteral("SEV%1").arg(int(s));
}

QString Incident::severityWord(Severity s)
{
    switch (s) {
    case Severity::Sev1:
        return QCoreApplication::translate("qd::Incident", "Critical");
    case Severity::Sev2:
        return QCoreApplication::translate("qd::Incident", "High");
    case Severity::Sev3:
        return QCoreApplication::translate("qd::Incident", "Medium");
    case Severity::Sev4:
        return QCoreApplication::translate("qd::Incident", "Low");
    }
    return {};
}

QString Incident::statusName(Status s)
{
    switch (s) {
    case Status::Investigating:
        return QCoreApplication::translate("qd::Incident", "Investigating");
    case Status::Identified:
        return QCoreApplication::translate("qd::Incident", "Identified");
    case Status::Monitoring:
        return QCoreApplication::translate("qd::Incident", "Monitoring");
    case Status::Resolved:
        return QCoreApplication::translate("qd::Incident", "Resolved");
    }
    return {};
}

Incident::Severity Incident::severityFromText(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    static const QStringList words = {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
    int n = 0;
    if (t.startsWith(QLatin1String("sev")))
        n = t.mid(3).toInt();
    else if (t.size() == 1)
        n = t.toInt();
    else
        n = int(words.indexOf(t)) + 1;
    *ok = n >= 1 && n <= 4;
    return *ok ? Severity(n) : Severity::Sev2;
}

QString Incident::field(const QString &name) const
{
    if (name == u"role.commander")
        return commander;
    if (name == u"time.declared")
        return declaredAt.isValid() ? declaredAt.toUTC().toString(Qt::ISODate) : QString();
    if (name == u"time.resolved")
        return resolvedAt.isValid() ? resolvedAt.toUTC().toString(Qt::ISODate) : QString();
    return fields.value(name).toString();
}

QDateTime Incident::time(const QString &name) const
{
    if (name == u"time.declared")
        return declaredAt;
    if (name == u"time.resolved")
        return resolvedAt;
    const QString text = fields.value(name).toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QList<ActionItem> Incident::actionItems() const
{
    QList<ActionItem> items;
    const QJsonArray array = fields.value(QStringLiteral("actionItems")).toArray();
    for (const QJsonValue &v : array)
        items.append(ActionItem::fromJson(v.toObject()));
    return items;
}

} // namespace qd
