#pragma once

#include "clock.h"

namespace qd {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace qd
