#include "servicestatus.h"

#include <QCoreApplication>

namespace qd {

bool ServiceStatus::apply(const ProbeResult &r, int failuresBeforeDown)
{
    const ServiceState before = state;
    lastCheck = r.finishedAt;
    latencyMs = r.latencyMs;
    httpStatus = r.httpStatus;

    if (r.outcome == ServiceState::Down) {
        ++consecutiveFailures;
        if (consecutiveFailures >= qMax(1, failuresBeforeDown)) {
            state = ServiceState::Down;
            message = r.message;
        } else {
            state = ServiceState::Degraded;
            message = QCoreApplication::translate("qd::ServiceStatus", "failure %1 of %2 before Down: %3")
                          .arg(consecutiveFailures)
                          .arg(failuresBeforeDown)
                          .arg(r.message);
        }
    } else {
        consecutiveFailures = 0;
        state = r.outcome;
        message = r.message;
    }

    if (state != before || !lastChange.isValid()) {
        lastChange = r.finishedAt;
        return state != before;
    }
    return false;
}

} // namespace qd
