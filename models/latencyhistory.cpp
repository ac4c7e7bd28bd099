#include "latencyhistory.h"

namespace qd {

LatencyHistory::LatencyHistory(QObject *parent)
    : QObject(parent)
{
}

void LatencyHistory::add(const QString &service, qint64 atMs, double latencyMs)
{
    auto &d = m_samples[service];
    d.push_back({atMs, latencyMs});
    while (!d.empty() && (d.front().atMs < atMs - m_windowMs || int(d.size()) > kMaxSamplesPerService))
        d.pop_front();
    emit samplesAdded(service);
}

QList<LatencyHistory::Sample> LatencyHistory::samples(const QString &service) const
{
    const auto it = m_samples.constFind(service);
    if (it == m_samples.cend())
        return {};
    return QList<Sample>(it->begin(), it->end());
}

void LatencyHistory::clear()
{
    m_samples.clear();
}

} // namespace qd
