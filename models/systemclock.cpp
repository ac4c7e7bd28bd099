#include "systemclock.h"

namespace qd {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace qd
