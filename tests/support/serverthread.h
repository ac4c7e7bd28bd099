#pragma once

#include "loopbackhttpserver.h"

#include <QThread>

namespace qd::test {

// A LoopbackHttpServer on a thread of its own, for tests whose own thread
// blocks (waiting for a child process) while the server must keep answering.
class ServerThread final
{
public:
    explicit ServerThread(const QString &name = QStringLiteral("test"))
    {
        m_thread.setObjectName(QStringLiteral("test-server"));
        m_thread.start();
        m_server = new LoopbackHttpServer(name);
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(m_server, [this] { m_ok = m_server->listen(0); }, Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(ServerThread)

    bool ok() const { return m_ok; }
    QString url(const QString &path) const { return m_server->baseUrl() + path; }
    quint16 port() const { return m_server->port(); }
    void route(const QString &path, LoopbackHttpServer::Mode mode)
    {
        QMetaObject::invokeMethod(m_server, [=, this] { m_server->setRoute(path, mode); }, Qt::BlockingQueuedConnection);
    }
    void setMode(LoopbackHttpServer::Mode mode)
    {
        QMetaObject::invokeMethod(m_server, [=, this] { m_server->setMode(mode); }, Qt::BlockingQueuedConnection);
    }
    void setSlowDelay(int ms)
    {
        QMetaObject::invokeMethod(m_server, [=, this] { m_server->setSlowDelay(ms); }, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    LoopbackHttpServer *m_server = nullptr;
    bool m_ok = false;
};

} // namespace qd::test
