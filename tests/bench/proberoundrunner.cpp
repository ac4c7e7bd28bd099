#include "proberoundrunner.h"

#include "benchsupport.h"
#include "probeengine.h"

#include <chrono>

namespace qd {

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

ProbeRoundRunner::ProbeRoundRunner(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_engine(new ProbeEngine(clock))
{
    m_thread.setObjectName(QStringLiteral("qd-bench-probes"));
    m_engine->setOneShot(true);
    // Every result published at once: the round ends when the last result is
    // out, not up to one batch interval later.
    m_engine->setBatchInterval(0);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    // Results come to the bench's thread queued, in the order the engine
    // emitted them, so they are all in before the queued roundDone.
    connect(m_engine, &ProbeEngine::resultsReady, this, [this](const QList<ProbeResult> &results) { m_results += results; });
    // The end of the round is stamped on the engine's own thread, so the wall
    // time does not include the hop back to the bench's event loop.
    connect(
        m_engine, &ProbeEngine::roundFinished, m_engine,
        [this] {
            m_endNs = monotonicNs();
            emit roundDone();
        },
        Qt::DirectConnection);
    m_thread.start();
}

ProbeRoundRunner::~ProbeRoundRunner()
{
    QMetaObject::invokeMethod(m_engine, &ProbeEngine::stop, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ProbeRoundRunner::setMaxInFlight(int n)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, n] { engine->setMaxInFlight(n); }, Qt::QueuedConnection);
}

ProbeRoundRunner::Round ProbeRoundRunner::run(const QList<ServiceSpec> &specs, int timeoutMs)
{
    Round round;
    if (m_broken)
        return round;
    m_results.clear();
    const bool load = !m_loaded;
    m_loaded = true;
    round.finished = bench::waitForSignal(this, &ProbeRoundRunner::roundDone, timeoutMs, [this, load, specs] {
        QMetaObject::invokeMethod(
            m_engine,
            [this, load, specs, engine = m_engine] {
                m_startNs = monotonicNs();
                if (load)
                    engine->setServices(specs);
                else
                    engine->checkNow();
            },
            Qt::QueuedConnection);
    });
    if (!round.finished) {
        m_broken = true;
        return round;
    }
    round.wallMs = double(m_endNs - m_startNs) / 1e6;
    round.results = std::move(m_results);
    m_results.clear();
    return round;
}

} // namespace qd
