#pragma once

#include <QDateTime>
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

    bool open() const { return status != Status::Resolved; }

    static QString severityName(Severity s);       // "SEV1"
    static QString severityWord(Severity s);       // "Critical"
    static QString statusName(Status s);           // "Investigating"
    // "SEV2", "sev2", "2", "high": the severity, or nullopt-like false in ok.
    static Severity severityFromText(const QString &text, bool *ok);
};

} // namespace qd
