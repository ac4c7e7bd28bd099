#pragma once

#include "attachment.h"
#include "incident.h"
#include "timelinefilter.h"
#include "timelineevent.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace qd {

// Where incidents and their timelines live. SqliteStore is the embedded
// default; a PostgreSQL team store comes later behind the same calls.
// An instance belongs to one thread (its connection does): the console
// drives it from a worker thread with queued calls, the command line and
// the tests call it directly. Every call that fails says why in `error`.
class IncidentStore
{
public:
    virtual ~IncidentStore() = default;

    // Opens the store, creating or migrating it; refuses one written by a
    // newer Quarterdeck, leaving it untouched.
    virtual bool open(QString *error) = 0;

    // Records a new incident and its "declared" event in one transaction.
    virtual std::optional<Incident> declare(const Incident &draft, const QString &actor, QString *error) = 0;

    // Appends an event to an incident's timeline and returns it as
    // committed: id (when it had none), console sequence, order and
    // recording time filled in. Events that change the incident (status,
    // severity, fields, roles, action items: IncidentChange) change it in
    // the same transaction. Only a returned event is recorded.
    virtual std::optional<TimelineEvent> append(TimelineEvent event, QString *error) = 0;
    // The same with evidence: files copied into the store with the event,
    // their names, sizes and SHA-256 listed in its data ("attachments").
    virtual std::optional<TimelineEvent> append(TimelineEvent event, QList<Attachment> files, QString *error) = 0;

    virtual QList<Incident> incidents(bool openOnly, QString *error) = 0;
    virtual std::optional<Incident> incident(const QUuid &id, QString *error) = 0;
    // Events in recording order after `afterOrder` (0: from the start), at
    // most `limit`, those the filter lets through plus every "key" mark.
    virtual QList<TimelineEvent> events(const QUuid &incident, const TimelineFilter &filter, qint64 afterOrder, int limit, QString *error) = 0;
    QList<TimelineEvent> events(const QUuid &incident, qint64 afterOrder, int limit, QString *error)
    {
        return events(incident, TimelineFilter{}, afterOrder, limit, error);
    }
    // What a filter can choose from: the kinds and actors an incident has.
    virtual QStringList kinds(const QUuid &incident, QString *error) = 0;
    virtual QStringList actors(const QUuid &incident, QString *error) = 0;
    virtual QList<Attachment> attachments(const QUuid &event, QString *error) = 0;
};

} // namespace qd
