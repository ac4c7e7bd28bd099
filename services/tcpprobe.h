#pragma once

#include "probe.h"

class QTcpSocket;

namespace qd {

// Up when a TCP connection to host:port completes within the timeout.
class TcpProbe final : public Probe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpProbe)
public:
    TcpProbe(const ServiceSpec &spec, const Clock *clock, QObject *parent);
    void start() override;

private:
    void onDeadline() override;
    QTcpSocket *m_socket = nullptr;
};

} // namespace qd
