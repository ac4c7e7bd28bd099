#pragma once

#include "duration.h"

#include <QString>

namespace qd {

// Recovery objectives of one component: how long it may be down (RTO) and how
// much data, measured in time, it may lose (RPO).
struct Objective
{
    QString component;
    Millis rto{-1};   // -1: not set
    Millis rpo{-1};   // -1: not set; 0: no data may be lost
    QString description;
};

} // namespace qd
