#include "actionitem.h"

#include <QCoreApplication>

namespace qd {

QJsonObject ActionItem::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("owner"), owner},
                       {QStringLiteral("due"), due.isValid() ? due.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("priority"), priority},
                       {QStringLiteral("done"), done}};
}

ActionItem ActionItem::fromJson(const QJsonObject &o)
{
    ActionItem a;
    a.id = o.value(QStringLiteral("id")).toString();
    a.action = o.value(QStringLiteral("action")).toString();
    a.owner = o.value(QStringLiteral("owner")).toString();
    a.due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
    a.priority = o.value(QStringLiteral("priority")).toString();
    a.done = o.value(QStringLiteral("done")).toBool();
    return a;
}

QStringList ActionItem::priorities()
{
    return {QStringLiteral("High"), QStringLiteral("Medium"), QStringLiteral("Low")};
}

QString ActionItem::priorityName(const QString &key)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("qd::ActionItem", "High"), QT_TRANSLATE_NOOP("qd::ActionItem", "Medium"),
                                        QT_TRANSLATE_NOOP("qd::ActionItem", "Low")};
    for (const char *n : names)
        if (key == QLatin1String(n))
            return QCoreApplication::translate("qd::ActionItem", n);
    return key;
}

} // namespace qd
