#include "stallmeter.h"

#include <algorithm>

namespace qd {

StallMeter::StallMeter(int periodMs, QObject *parent)
    : QObject(parent)
    , m_periodMs(periodMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(periodMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::onTick);
}

void StallMeter::start()
{
    m_stalls.clear();
    m_stalls.reserve(size_t(60'000 / std::max(1, m_periodMs)));
    m_worst = 0;
    m_worstAt = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

void StallMeter::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double stall = std::max(0.0, double(now - m_lastNs) / 1e6 - m_periodMs);
    m_lastNs = now;
    m_stalls.push_back(stall);
    if (stall > m_worst) {
        m_worst = stall;
        m_worstAt = double(now) / 1e6;
    }
}

} // namespace qd
