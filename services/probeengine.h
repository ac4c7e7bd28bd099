#pragma once

#include "proberesult.h"
#include "servicespec.h"
#include "servicestatus.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <deque>

class QNetworkAccessManager;
class QTimer;

namespace qd {

class Clock;
class Probe;

// Checks every service on its interval, concurrently. Lives on a worker thread;
// call its slots with queued invocations, read results from its signals.
//
// It caps what is in flight itself, so that no request ever waits inside
// QNetworkAccessManager: each check is timed from the moment it really starts,
// and a timeout means the endpoint was slow, not that the console was busy.
// - At most kMaxPerHost checks per host:port and network manager (Qt's HTTP
//   pool size). When every manager's pool for a host is busy (hung paths on
//   one server), another manager with a pool of its own is added, up to
//   kMaxManagers, so hung paths do not hold up healthy ones on the same port.
// - At most maxInFlight *active* checks. The cap is small because every check
//   in flight shares two cores with the rest: with 256 at once the bench
//   measured 32 ms p50 for endpoints that answer in 1.7 ms alone, enough to
//   call healthy services Degraded. A check that has not answered after
//   kGraceMs is waiting on a slow or hung remote, costs no CPU, and gives its
//   slot back, so hung endpoints cannot starve healthy ones.
// - At most kMaxOpen checks in all, slow ones included, to bound sockets.
// After the first round, which checks everything at once, each service keeps a
// phase of its own within its interval so a thousand services do not all fall
// due in the same millisecond.
class ProbeEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeEngine)
public:
    explicit ProbeEngine(const Clock *clock, QObject *parent = nullptr);
    ~ProbeEngine() override;

    static constexpr int kDefaultMaxInFlight = 64;
    static constexpr int kMaxPerHost = 6;     // QNetworkAccessManager's HTTP/1.1 pool size per host:port
    static constexpr int kMaxManagers = 8;    // network managers, each with its own pools
    static constexpr int kGraceMs = 40;       // after this, a check no longer holds an active slot
    static constexpr int kMaxOpen = 2048;     // all checks in flight, slow ones included

public slots:
    void setServices(const QList<qd::ServiceSpec> &specs);
    void checkNow();                   // every service as soon as a slot is free
    void setMaxInFlight(int n);
    void setBatchInterval(int ms);     // how often statuses are published
    void setOneShot(bool on);          // check each service once, do not reschedule
    void stop();                       // cancel everything in flight; call before the thread quits

signals:
    // Batches, at most one per batch interval.
    void statusesChanged(const QList<qd::ServiceStatus> &statuses);
    void resultsReady(const QList<qd::ProbeResult> &results);
    void roundFinished();              // one-shot mode: every service has a result

private:
    struct Entry
    {
        ServiceSpec spec;
        ServiceStatus status;
        QString hostKey;               // scheme://host:port for http, empty otherwise
        int manager = -1;              // which network manager the check in flight uses
        qint64 dueAt = 0;              // on m_mono, ms
        bool inFlight = false;
        bool pastGrace = false;        // in flight longer than kGraceMs: not counted as active
        bool phased = false;           // has had its schedule spread within its interval
        bool queued = false;
        bool done = false;             // one-shot: has a result
        QPointer<Probe> probe;
    };

    void ensureNetwork();
    int pickManager(const QString &hostKey);   // -1: every pool for this host is busy
    void cancelAll();
    void onTimer();
    void enqueueDue();
    void dispatch();
    void startCheck(int index);
    void onProbeFinished(int index, quint64 generation, const ProbeResult &r);
    void onGraceExpired(int index, quint64 generation);
    void armTimer();
    void flush();

    const Clock *m_clock;
    QList<QNetworkAccessManager *> m_nams;
    QTimer *m_timer = nullptr;
    QTimer *m_flushTimer = nullptr;
    QElapsedTimer m_mono;
    QList<Entry> m_entries;
    std::deque<int> m_ready;           // due, waiting for a slot, in due order
    QHash<QString, QList<int>> m_perHost;   // checks in flight per host, per manager
    int m_inFlight = 0;                // active checks (under their grace period)
    int m_slow = 0;                    // checks past their grace period
    int m_maxInFlight = kDefaultMaxInFlight;
    int m_batchMs = 100;
    bool m_oneShot = false;
    bool m_stopped = false;
    bool m_dispatching = false;        // a probe that fails inside start() re-enters dispatch()
    bool m_dispatchAgain = false;
    quint64 m_generation = 0;
    QHash<QString, ServiceStatus> m_pendingStatus;
    QList<ProbeResult> m_pendingResults;
};

} // namespace qd
