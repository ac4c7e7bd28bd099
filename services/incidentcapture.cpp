#include "incidentcapture.h"

namespace qd {

IncidentCapture::IncidentCapture(QObject *parent)
    : QObject(parent)
{
}

void IncidentCapture::setOpenIncidents(const QList<Incident> &open)
{
    m_open.clear();
    for (const Incident &i : open)
        m_open.append(i.id);
}

void IncidentCapture::applyStatuses(const QList<ServiceStatus> &statuses)
{
    for (const ServiceStatus &s : statuses) {
        const auto last = m_last.constFind(s.name);
        const ServiceState before = last == m_last.cend() ? ServiceState::Unknown : *last;
        m_last.insert(s.name, s.state);
        if (before == s.state || before == ServiceState::Unknown)
            continue;
        // Every open incident: a change may matter to any of them.
        for (const QUuid &incident : std::as_const(m_open)) {
            TimelineEvent e;
            e.incidentId = incident;
            e.kind = QStringLiteral("service-state");
            e.actor = QStringLiteral("probe");
            e.occurredAt = s.lastChange;
            e.text = tr("%1: %2 → %3%4")
                         .arg(s.name, serviceStateName(before), serviceStateName(s.state),
                              s.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.message));
            e.data = QJsonObject{{QStringLiteral("service"), s.name},
                                 {QStringLiteral("from"), serviceStateKey(before)},
                                 {QStringLiteral("to"), serviceStateKey(s.state)},
                                 {QStringLiteral("message"), s.message}};
            emit eventReady(e);
        }
    }
}

} // namespace qd
