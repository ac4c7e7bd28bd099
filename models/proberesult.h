#pragma once

#include "servicestate.h"

#include <QDateTime>
#include <QString>

namespace qd {

// The outcome of one check of one service, before any damping.
struct ProbeResult
{
    QString service;
    ServiceState outcome = ServiceState::Unknown;
    double latencyMs = -1;     // from the check's real start; negative when it never answered
    double waitedMs = 0;       // how long the check waited for a free slot after it was due
    int httpStatus = 0;
    QString message;
    QDateTime finishedAt;      // UTC
};

} // namespace qd
