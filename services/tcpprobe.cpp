#include "tcpprobe.h"

#include <QTcpSocket>

namespace qd {

TcpProbe::TcpProbe(const ServiceSpec &spec, const Clock *clock, QObject *parent)
    : Probe(spec, clock, parent)
{
}

void TcpProbe::start()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        const QString text = tr("connected to %1:%2").arg(m_spec.host).arg(m_spec.port);
        m_socket->abort();
        finish(ServiceState::Up, text);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        QString what;
        switch (e) {
        case QAbstractSocket::ConnectionRefusedError:
            what = tr("connection refused");
            break;
        case QAbstractSocket::HostNotFoundError:
            what = tr("host not found");
            break;
        default:
            what = m_socket->errorString();
        }
        finish(ServiceState::Down, what, false);
    });
    beginTiming();
    armDeadline();
    m_socket->connectToHost(m_spec.host, m_spec.port);
}

void TcpProbe::onDeadline()
{
    m_socket->abort();
    finish(ServiceState::Down, tr("no connection within %1 (timeout)").arg(timeoutText()), false);
}

} // namespace qd
