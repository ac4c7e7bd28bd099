#pragma once

#include "heartbeatspec.h"
#include "heartbeatstatus.h"

#include <QList>
#include <QObject>

class QTimer;

namespace qd {

// Re-reads every heartbeat file on a short period, off the UI thread (a stat on
// a hung network mount must not freeze the dashboard), and publishes only what
// changed. Ages are computed by whoever shows them, from a Clock.
class HeartbeatMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatMonitor)
public:
    explicit HeartbeatMonitor(QObject *parent = nullptr);

public slots:
    void setHeartbeats(const QList<qd::HeartbeatSpec> &specs);
    void setPollInterval(int ms);
    void pollNow();
    void stop();

signals:
    void heartbeatsUpdated(const QList<qd::HeartbeatStatus> &statuses);

private:
    QTimer *m_timer = nullptr;
    int m_pollMs = 1000;
    QList<HeartbeatSpec> m_specs;
    QList<HeartbeatStatus> m_last;
};

} // namespace qd
