#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace qd {

// A small HTTP/1.1 server on 127.0.0.1 that can be told to misbehave. It backs
// the sandbox's services and the tests' and benchmarks' endpoints: each failure
// mode is one a probe must survive (refuse, hang after accept, trickle, ...).
// It answers GET with a fixed body; it is not a general web server.
class LoopbackHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)
public:
    enum class Mode {
        Healthy,       // 200 {"status":"ok"}
        Error,         // errorStatus() (503 by default)
        Hang,          // accept, read the request, never answer
        Slow,          // answer Healthy after slowDelay()
        Trickle,       // status line and headers, then one body byte every 100 ms
        WrongBody,     // 200 with a body that is not the health document
        Redirect,      // 302 to /health
        RedirectLoop,  // 302 to itself
        Stopped        // not listening at all: connection refused
    };
    Q_ENUM(Mode)

    explicit LoopbackHttpServer(const QString &name = QString(), QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString name() const { return m_name; }
    QString baseUrl() const;

    void setMode(Mode m);                         // for every path without a route
    void setRoute(const QString &path, Mode m);   // per path, for test servers
    void setErrorStatus(int status) { m_errorStatus = status; }
    void setSlowDelay(int ms) { m_slowMs = ms; }

private:
    void onNewConnection();
    void serve(QTcpSocket *socket);
    void respond(QTcpSocket *socket, Mode mode, const QByteArray &path);
    static void write(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                      const QByteArray &extraHeaders = {});

    QString m_name;
    QTcpServer *m_server;
    quint16 m_port = 0;
    Mode m_mode = Mode::Healthy;
    QHash<QByteArray, Mode> m_routes;
    int m_errorStatus = 503;
    int m_slowMs = 2000;
};

} // namespace qd
