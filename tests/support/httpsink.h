#pragma once

// Test support: a loopback HTTP server that records what it is sent and
// answers from a script (the webhook tests, the composer's GUI test), and a
// port nothing listens on.

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace qd::test {

// A loopback HTTP server that records every request it gets and answers each
// path from a script, so a test decides exactly what the webhook "says".
class HttpSink final : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;
        qint64 atMs = 0; // since the sink started
    };
    struct Answer
    {
        int status = 200;
        QByteArray reason = "OK";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hang = false; // read the request, never answer
        int delayMs = 0;
    };

    static Answer answer(int status, const QByteArray &reason, const QByteArray &body = {})
    {
        Answer a;
        a.status = status;
        a.reason = reason;
        a.body = body;
        return a;
    }
    static Answer hang()
    {
        Answer a;
        a.hang = true;
        return a;
    }

    explicit HttpSink(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, &HttpSink::onNewConnection);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    // Answers for a path, one per request; when they run out: `fallback`.
    void script(const QByteArray &path, const QList<Answer> &answers, const Answer &fallback = answer(200, "OK", "ok"))
    {
        m_scripts.insert(path, answers);
        m_fallbacks.insert(path, fallback);
    }

    QList<Request> requests;
    int clientClosed = 0;

    qsizetype count(const QByteArray &path) const
    {
        return std::count_if(requests.cbegin(), requests.cend(), [&path](const Request &r) { return r.path == path; });
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            s->setParent(this);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                if (!s->property("answered").toBool())
                    ++clientClosed; // the client gave up on us (timeout, cancel)
                s->deleteLater();
            });
        }
    }

    void onReadyRead(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            Request r;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            r.method = requestLine.value(0);
            r.path = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                return; // the body is still on its way
            r.body = buffer.mid(headEnd + 4, length);
            buffer.remove(0, headEnd + 4 + length);
            r.atMs = m_clock.elapsed();
            requests.append(r);
            respond(s, next(r.path));
        }
    }

    Answer next(const QByteArray &path)
    {
        QList<Answer> &queue = m_scripts[path];
        return queue.isEmpty() ? m_fallbacks.value(path, answer(200, "OK", "ok")) : queue.takeFirst();
    }

    void respond(QTcpSocket *s, const Answer &a)
    {
        if (a.hang)
            return;
        QPointer<QTcpSocket> socket(s);
        const auto write = [socket, a] {
            if (!socket)
                return;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + a.reason + "\r\n";
            for (const auto &[name, value] : a.headers)
                out += name + ": " + value + "\r\n";
            out += "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(a.body.size())
                   + "\r\nConnection: close\r\n\r\n" + a.body;
            socket->setProperty("answered", true);
            socket->write(out);
            socket->disconnectFromHost();
        };
        if (a.delayMs > 0)
            QTimer::singleShot(a.delayMs, this, write);
        else
            write();
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, QList<Answer>> m_scripts;
    QHash<QByteArray, Answer> m_fallbacks;
};

inline quint16 closedPort()
{
    // Listened on, then closed: connecting there is refused.
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 p = s.serverPort();
    s.close();
    return p;
}

} // namespace qd::test
