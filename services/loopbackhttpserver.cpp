#include "loopbackhttpserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace qd {

LoopbackHttpServer::LoopbackHttpServer(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen(quint16 port)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

QString LoopbackHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port);
}

void LoopbackHttpServer::setMode(Mode m)
{
    const Mode before = m_mode;
    m_mode = m;
    if (m == Mode::Stopped && m_server->isListening()) {
        m_server->close();
        // Existing keep-alive connections go too: a stopped service answers nothing.
        const auto sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            s->abort();
    } else if (before == Mode::Stopped && m != Mode::Stopped) {
        listen(m_port);
    }
}

void LoopbackHttpServer::setRoute(const QString &path, Mode m)
{
    m_routes.insert(path.toUtf8(), m);
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        s->setParent(this);
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
    }
}

void LoopbackHttpServer::serve(QTcpSocket *socket)
{
    // The buffer holds unread request bytes.
    QByteArray buffer = socket->property("qd_buffer").toByteArray() + socket->readAll();
    if (socket->property("qd_busy").toBool()) {
        socket->setProperty("qd_buffer", buffer);
        return; // a hung or slow answer is pending; later requests wait behind it
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > 64 * 1024)
            socket->abort();
        else
            socket->setProperty("qd_buffer", buffer);
        return;
    }
    const QByteArray head = buffer.left(end);
    // A body (a webhook's POST) is read whole and dropped: left in the
    // buffer it would be taken for the start of the next request.
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n'))
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    if (length < 0 || length > 1024 * 1024) {
        socket->abort();
        return;
    }
    if (buffer.size() < end + 4 + length) {
        socket->setProperty("qd_buffer", buffer);
        return;
    }
    socket->setProperty("qd_buffer", buffer.mid(end + 4 + length));
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    QByteArray path = requestLine.size() >= 2 ? requestLine[1] : QByteArray("/");
    if (const qsizetype q = path.indexOf('?'); q >= 0)
        path.truncate(q);
    respond(socket, m_routes.value(path, m_mode), path);
}

void LoopbackHttpServer::write(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                               const QByteArray &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
                     "Content-Type: application/json\r\n"
                     "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                     "Connection: keep-alive\r\n" + extraHeaders + "\r\n" + body;
    socket->write(out);
}

void LoopbackHttpServer::respond(QTcpSocket *socket, Mode mode, const QByteArray &path)
{
    const QByteArray healthy = "{\"status\": \"ok\", \"service\": \"" + m_name.toUtf8() + "\"}";
    const auto next = [this, socket] {
        socket->setProperty("qd_busy", false);
        if (!socket->property("qd_buffer").toByteArray().isEmpty())
            serve(socket);
    };
    switch (mode) {
    case Mode::Healthy:
        write(socket, 200, "OK", healthy);
        break;
    case Mode::Error:
        write(socket, m_errorStatus, m_errorStatus == 503 ? "Service Unavailable" : "Error",
              "{\"status\": \"error\", \"service\": \"" + m_name.toUtf8() + "\"}");
        break;
    case Mode::Hang:
        socket->setProperty("qd_busy", true);
        return;
    case Mode::Slow:
        socket->setProperty("qd_busy", true);
        QTimer::singleShot(m_slowMs, socket, [socket, healthy, next] {
            write(socket, 200, "OK", healthy);
            next();
        });
        return;
    case Mode::Trickle: {
        socket->setProperty("qd_busy", true);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
        auto *t = new QTimer(socket);
        connect(t, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        t->start(100);
        return;
    }
    case Mode::WrongBody:
        write(socket, 200, "OK", "<html><body>Down for maintenance</body></html>");
        break;
    case Mode::Redirect:
        if (path == "/health")
            write(socket, 200, "OK", healthy); // the target of the redirect
        else
            write(socket, 302, "Found", "{}", "Location: /health\r\n");
        break;
    case Mode::RedirectLoop:
        write(socket, 302, "Found", "{}", "Location: " + path + "\r\n");
        break;
    case Mode::Stopped:
        socket->abort();
        return;
    }
    next();
}

} // namespace qd
