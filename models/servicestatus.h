#pragma once

#include "proberesult.h"
#include "servicestate.h"

#include <QDateTime>
#include <QString>

namespace qd {

// What the console believes about a service, built from successive probe
// results with failures-before-down damping.
struct ServiceStatus
{
    QString name;
    ServiceState state = ServiceState::Unknown;
    QDateTime lastChange;      // when `state` last changed (UTC); invalid before the first check
    QDateTime lastCheck;
    double latencyMs = -1;
    int httpStatus = 0;
    QString message;
    int consecutiveFailures = 0;

    // Folds one result in. A failure only turns the service Down after
    // `failuresBeforeDown` failures in a row; before that it is Degraded, so a
    // single lost packet neither pages anyone nor hides a real problem.
    // Returns true when the visible state changed.
    bool apply(const ProbeResult &r, int failuresBeforeDown);
};

} // namespace qd
