#pragma once

#include "proberesult.h"
#include "servicespec.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>

namespace qd {

class Clock;
class ProbeEngine;

// A ProbeEngine in one-shot mode on a worker thread of its own, as the
// application runs it, driven one round at a time from the bench's thread.
// The first round loads the services (setServices); later rounds go through
// checkNow(), so they reuse the engine and its kept-alive connections. For a
// cold round, use a fresh runner.
class ProbeRoundRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeRoundRunner)
public:
    struct Round
    {
        bool finished = false;     // false: no roundFinished within the timeout
        double wallMs = 0;         // setServices/checkNow called -> roundFinished emitted, on the engine's thread
        QList<ProbeResult> results;
    };

    explicit ProbeRoundRunner(const Clock *clock, QObject *parent = nullptr);
    ~ProbeRoundRunner() override;   // stops the engine, then joins its thread

    // `specs` only matter on the first round. After a round that timed out the
    // engine is still busy with it, so the runner refuses further rounds.
    Round run(const QList<ServiceSpec> &specs, int timeoutMs = 30'000);
    void setMaxInFlight(int n);   // queued to the engine; takes effect from the next round

signals:
    void roundDone();   // emitted from the engine's thread; reaches the bench queued

private:
    QThread m_thread;
    ProbeEngine *m_engine;
    QList<ProbeResult> m_results;   // touched on the bench's thread only
    std::atomic<qint64> m_startNs{0};
    std::atomic<qint64> m_endNs{0};
    bool m_loaded = false;
    bool m_broken = false;
};

} // namespace qd
