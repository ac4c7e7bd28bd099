#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <deque>

namespace qd {

// Latency samples of every service over a sliding window (an hour by default),
// for the dashboard's chart. Bounded by time and by count per service.
class LatencyHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyHistory)
public:
    struct Sample
    {
        qint64 atMs;       // ms since epoch, UTC
        double latencyMs;  // negative: no answer (timeout, refused)
    };

    explicit LatencyHistory(QObject *parent = nullptr);

    void setWindowMs(qint64 windowMs) { m_windowMs = windowMs; }
    qint64 windowMs() const { return m_windowMs; }
    void add(const QString &service, qint64 atMs, double latencyMs);
    QList<Sample> samples(const QString &service) const;
    void clear();

signals:
    void samplesAdded(const QString &service);

private:
    static constexpr int kMaxSamplesPerService = 4000;
    qint64 m_windowMs = 3'600'000;
    QHash<QString, std::deque<Sample>> m_samples;
};

} // namespace qd
