#pragma once

#include "incident.h"
#include "timelineevent.h"

namespace qd {

// How an event changes the incident it belongs to. The timeline is the
// record; the incident row is what it adds up to, kept in step in the same
// transaction by every store (SQLite now, PostgreSQL later), so both apply
// events the same way through this.
//
// Kinds that change the incident: "status", "severity", "title",
// "commander" (data {"to"}), "field" and "role" (data {"field", "to"},
// field names from IncidentField) and "action-item" (data {"item"}).
namespace IncidentChange {

bool changesIncident(const QString &kind);

// Applies `event` to `incident` as it stands before it: records what the
// value was in the event's data ("from"), and writes the event's text when
// it has none. False, with why in `error`, for an event that cannot apply
// (an unknown field, a time that is not one, an item without an id); the
// store then records nothing. `event.recordedAt` must be set.
bool apply(Incident &incident, TimelineEvent &event, QString *error);

// A field change as an event ready for the store.
TimelineEvent fieldEvent(const QUuid &incident, const QString &field, const QString &to, const QString &actor);
TimelineEvent actionItemEvent(const QUuid &incident, const ActionItem &item, const QString &actor);

} // namespace IncidentChange

} // namespace qd
