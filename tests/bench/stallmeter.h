#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace qd {

// How long the thread it lives on fails to get back to its event loop: a
// precise timer ticks every period, and a stall is how much later than one
// period after the previous tick the next one arrives. Qt keeps a precise
// timer's phase, so a late tick is followed by an early one (clamped to 0).
class StallMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMeter)
public:
    explicit StallMeter(int periodMs, QObject *parent = nullptr);

    void start();
    void stop();

    const std::vector<double> &stallsMs() const { return m_stalls; }
    double worstMs() const { return m_worst; }
    double worstAtMs() const { return m_worstAt; }   // since start()

private:
    void onTick();

    int m_periodMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<double> m_stalls;
    double m_worst = 0;
    double m_worstAt = 0;
};

} // namespace qd
