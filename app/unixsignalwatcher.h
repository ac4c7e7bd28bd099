#pragma once

#include <QObject>

class QSocketNotifier;

namespace qd {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal, so that a console closed
// by a logout or Ctrl+C still shuts down in order: logs flushed, threads
// joined, the sandbox's temporary folder removed. The handler only writes a
// byte to a socket (async-signal-safe); the rest happens in the event loop.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace qd
