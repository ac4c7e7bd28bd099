#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qd {

// One follow-up of an incident ("Add a disk alert on the DB host", owner,
// due date): what the seeds' reports end with. Kept as JSON in the
// incident's fields and changed by "action-item" events.
struct ActionItem
{
    QString id;          // stable across edits, so an edit names what it edits
    QString action;
    QString owner;
    QDate due;           // invalid: no date
    QString priority;    // "High", "Medium", "Low"
    bool done = false;

    QJsonObject toJson() const;
    static ActionItem fromJson(const QJsonObject &o);
    bool operator==(const ActionItem &) const = default;

    static QStringList priorities();   // untranslated keys, worst first
    static QString priorityName(const QString &key);   // translated
};

} // namespace qd
