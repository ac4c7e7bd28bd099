#include "fleetprocess.h"

#include "benchsupport.h"
#include "loopbackhttpserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

namespace qd {

FleetProcess::FleetProcess(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
    // The child's complaints (a failed listen) belong on the bench's stderr;
    // its stdout carries only the ports line.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

FleetProcess::~FleetProcess()
{
    stop();
}

bool FleetProcess::start(int count, int hung, int timeoutMs)
{
    m_ports.clear();
    m_error.clear();
    m_process->setProgram(QCoreApplication::applicationFilePath());
    m_process->setArguments({QStringLiteral("--serve"), QString::number(count), QStringLiteral("--hang"),
                             QString::number(hung)});

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(m_process, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        if (m_process->canReadLine())
            loop.quit();
    });
    connect(m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(m_process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    m_process->start();
    if (m_process->state() != QProcess::NotRunning && !m_process->canReadLine())
        loop.exec();
    disconnect(m_process, nullptr, &loop, nullptr);

    if (!m_process->canReadLine()) {
        m_error = m_process->state() == QProcess::NotRunning
                      ? QStringLiteral("server process ended: %1").arg(m_process->errorString())
                      : QStringLiteral("server process reported no ports within %1 ms").arg(timeoutMs);
        stop();
        return false;
    }
    const QList<QByteArray> words = m_process->readLine().trimmed().split(' ');
    for (const QByteArray &w : words) {
        bool ok = false;
        const uint port = w.toUInt(&ok);
        if (ok && port > 0 && port < 65536)
            m_ports.append(quint16(port));
    }
    if (m_ports.size() != count) {
        m_error = QStringLiteral("server process reported %1 ports, expected %2").arg(m_ports.size()).arg(count);
        stop();
        return false;
    }
    return true;
}

void FleetProcess::stop()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    bench::waitForSignal(m_process, &QProcess::finished, 5000, [this] { m_process->closeWriteChannel(); });
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        bench::waitForSignal(m_process, &QProcess::finished, 2000, [] {});
    }
}

int FleetProcess::serve(int count, int hung)
{
    QObject holder;
    QStringList ports;
    for (int i = 0; i < count; ++i) {
        auto *server = new LoopbackHttpServer(QStringLiteral("bench-%1").arg(i), &holder);
        if (!server->listen(0)) {
            QTextStream(stderr) << "bench server: could not listen on 127.0.0.1 for endpoint " << i << Qt::endl;
            return 1;
        }
        if (i < hung)
            server->setMode(LoopbackHttpServer::Mode::Hang);
        ports.append(QString::number(server->port()));
    }
    QTextStream(stdout) << ports.join(u' ') << Qt::endl;

    // EOF on stdin is the only stop signal: the parent closes it when done,
    // and the kernel closes it when the parent dies.
    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &holder, [&stdinWatch] {
        char buf[256];
        if (::read(STDIN_FILENO, buf, sizeof buf) <= 0) {
            stdinWatch.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    return QCoreApplication::exec();
}

} // namespace qd
