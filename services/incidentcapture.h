#pragma once

#include "incident.h"
#include "servicestatus.h"
#include "timelineevent.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace qd {

// What the console sees while an incident is open goes on its timeline by
// itself: a service changing state ("trade: Up → Down (connection
// refused)"). Fed the probe engine's batches and the list of open
// incidents; answers with events for the store to append. A service's
// first state (Unknown → something at start) is not a change.
class IncidentCapture final : public QObject
{
    Q_OBJECT
public:
    explicit IncidentCapture(QObject *parent = nullptr);

    void setOpenIncidents(const QList<qd::Incident> &open);
    void applyStatuses(const QList<qd::ServiceStatus> &statuses);

signals:
    void eventReady(const qd::TimelineEvent &event);

private:
    QHash<QString, ServiceState> m_last;
    QList<QUuid> m_open;
};

} // namespace qd
