#pragma once

#include "clock.h"

#include <QMutex>
#include <QTimeZone>
#include <chrono>

namespace qd {

// A clock that only moves when told to. Thread-safe because the probe and
// heartbeat workers read the clock from their own threads.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    QDateTime now() const override;
    void set(const QDateTime &t);
    void advance(std::chrono::milliseconds by);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace qd
