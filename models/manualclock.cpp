#include "manualclock.h"

#include <QMutexLocker>

namespace qd {

ManualClock::ManualClock(QDateTime start)
    : m_now(start.toUTC())
{
}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime &t)
{
    QMutexLocker lock(&m_mutex);
    m_now = t.toUTC();
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(by.count());
}

} // namespace qd
