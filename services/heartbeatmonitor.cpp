#include "heartbeatmonitor.h"

#include "heartbeatreader.h"
#include "logcategories.h"

#include <QTimer>

namespace qd {

HeartbeatMonitor::HeartbeatMonitor(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<qd::HeartbeatSpec>>();
    qRegisterMetaType<QList<qd::HeartbeatStatus>>();
}

void HeartbeatMonitor::setHeartbeats(const QList<HeartbeatSpec> &specs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &HeartbeatMonitor::pollNow);
    }
    m_specs = specs;
    m_last.clear();
    pollNow();
    m_timer->start(m_pollMs);
}

void HeartbeatMonitor::setPollInterval(int ms)
{
    m_pollMs = qMax(50, ms);
    if (m_timer && m_timer->isActive())
        m_timer->start(m_pollMs);
}

void HeartbeatMonitor::pollNow()
{
    QList<HeartbeatStatus> now;
    now.reserve(m_specs.size());
    QList<HeartbeatStatus> changed;
    for (int i = 0; i < m_specs.size(); ++i) {
        HeartbeatStatus st = HeartbeatReader::read(m_specs[i]);
        const bool differs = i >= m_last.size() || m_last[i].lastBeat != st.lastBeat || m_last[i].error != st.error;
        if (differs) {
            if (i < m_last.size() && m_last[i].error != st.error && !st.error.isEmpty())
                qCWarning(lcHeartbeat).noquote() << st.name << st.error;
            changed.append(st);
        }
        now.append(st);
    }
    m_last = now;
    if (!changed.isEmpty())
        emit heartbeatsUpdated(changed);
}

void HeartbeatMonitor::stop()
{
    if (m_timer)
        m_timer->stop();
}

} // namespace qd
