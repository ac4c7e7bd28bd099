#pragma once

#include "actionitem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace qd {

// One incident as the store keeps it: what identifies it and what the
// header shows. Everything said about it since it was declared is on its
// timeline (TimelineEvent), which is the record; these columns are kept in
// step with it in the same transaction, for listing without replaying.
struct Incident
{
    // SEV1 is the worst; the seeds also say Critical/High/Medium/Low.
    enum class Severity { Sev1 = 1, Sev2, Sev3, Sev4 };
    enum class Status { Investigating, Identified, Monitoring, Resolved };

    QUuid id;
    QString title;
    Severity severity = Severity::Sev2;
    Status status = Status::Investigating;
    QString environment;     // "production"
    bool drill = false;
    QString commander;
    QDateTime declaredAt;    // UTC
    QDateTime resolvedAt;    // UTC; null while open
    // Everything else the editor holds, by IncidentField name ("role.deputy",
    // "time.detected" as ISO UTC, "impact.users", "rootCause"), and
    // "actionItems" as an array. Absent: not filled in yet.
    QJsonObject fields;

    bool open() const { return status != Status::Resolved; }
    // A field's current value as text; for the roles and times kept in
    // columns (commander, declared, resolved) the column's.
    QString field(const QString &name) const;
    // A time field (IncidentField::Type::Time), invalid when not set.
    QDateTime time(const QString &name) const;
    QList<ActionItem> actionItems() const;

    static QString severityName(Severity s);       // "SEV1"
    static QString severityWord(Severity s);       // "Critical"
    static QString statusName(Status s);           // "Investigating"
    // "SEV2", "sev2", "2", "high": the severity, or nullopt-like false in ok.
    static Severity severityFromText(const QString &text, bool *ok);
};

} // namespace qd
