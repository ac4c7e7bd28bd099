#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QProcess;

namespace qd {

// Loopback HTTP endpoints served by a child process (this bench re-executed
// with --serve), so the servers' work does not compete with the probe
// engine's thread for one event loop, as it would not in production. The
// child serves until its stdin closes: if the bench dies, its endpoints go too.
class FleetProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetProcess)
public:
    explicit FleetProcess(QObject *parent = nullptr);
    ~FleetProcess() override;   // stop()

    // Starts `count` endpoints on 127.0.0.1, the first `hung` of them in
    // LoopbackHttpServer::Mode::Hang. False (see error()) when the child did
    // not report its ports within `timeoutMs`.
    bool start(int count, int hung, int timeoutMs = 20'000);
    // Closes the child's stdin and waits briefly for it; kills it if it lingers.
    void stop();

    const QList<quint16> &ports() const { return m_ports; }
    QString error() const { return m_error; }

    // The child's side: listens, prints the ports on one stdout line, serves
    // until stdin closes. Needs a QCoreApplication. Returns the exit code.
    static int serve(int count, int hung);

private:
    QProcess *m_process;
    QList<quint16> m_ports;
    QString m_error;
};

} // namespace qd
