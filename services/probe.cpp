#include "probe.h"

#include "clock.h"

#include <QTimer>

#include <algorithm>

namespace qd {

Probe::Probe(const ServiceSpec &spec, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_clock(clock)
{
}

Probe::~Probe() = default;

void Probe::finish(ServiceState outcome, const QString &message, bool answered, int httpStatus)
{
    if (m_finished)
        return;
    m_finished = true;
    ProbeResult r;
    r.service = m_spec.name;
    r.outcome = outcome;
    r.latencyMs = answered ? elapsedMs() : -1;
    r.httpStatus = httpStatus;
    r.message = message;
    r.finishedAt = m_clock->now();
    emit finished(r);
}

void Probe::armDeadline()
{
    // Precise: a coarse timer may fire 5% late, which on a 5 s timeout is 250 ms
    // of a commander waiting on a service that already failed.
    // Qt 6.4 converts the interval to int milliseconds; the parser bounds
    // timeouts, and this clamp keeps a huge one from wrapping negative (a
    // timer that never fires).
    const int ms = int(std::clamp<qint64>(qint64(m_spec.timeout.count()), 1, qint64(24) * 3600 * 1000));
    QTimer::singleShot(ms, Qt::PreciseTimer, this, [this] {
        if (!m_finished)
            onDeadline();
    });
}

QString Probe::timeoutText() const
{
    return formatDuration(m_spec.timeout);
}

} // namespace qd
