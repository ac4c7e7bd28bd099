#pragma once

#include <QDateTime>

namespace qd {

// Where "now" comes from. Heartbeat ages, state-change times and (later) RPO and
// cadence checks read it, so tests move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

} // namespace qd
