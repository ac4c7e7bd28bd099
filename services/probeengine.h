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
// It caps what is in flight itself (globally, and per host:port below Qt's
// six-connection pool) so that no request ever waits inside
// QNetworkAccessManager: each check is timed from the moment it really starts,
// and a timeout means the endpoint was slow, not that the console was busy.
// Hung endpoints hold a slot only until their own timeout, and the global cap
// is large enough that they cannot starve the healthy ones.
class ProbeEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeEngine)
public:
    explicit ProbeEngine(const Clock *clock, QObject *parent = nullptr);
    ~ProbeEngine() override;

    static constexpr int kDefaultMaxInFlight = 256;
    static constexpr int kMaxPerHost = 6;   // QNetworkAccessManager's HTTP/1.1 pool size per host:port

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
        qint64 dueAt = 0;              // on m_mono, ms
        bool inFlight = false;
        bool queued = false;
        bool done = false;             // one-shot: has a result
        QPointer<Probe> probe;
    };

    void ensureNetwork();
    void cancelAll();
    void onTimer();
    void enqueueDue();
    void dispatch();
    void startCheck(int index);
    void onProbeFinished(int index, quint64 generation, const ProbeResult &r);
    void armTimer();
    void flush();

    const Clock *m_clock;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_flushTimer = nullptr;
    QElapsedTimer m_mono;
    QList<Entry> m_entries;
    std::deque<int> m_ready;           // due, waiting for a slot, in due order
    QHash<QString, int> m_perHost;
    int m_inFlight = 0;
    int m_maxInFlight = kDefaultMaxInFlight;
    int m_batchMs = 100;
    bool m_oneShot = false;
    bool m_stopped = false;
    quint64 m_generation = 0;
    QHash<QString, ServiceStatus> m_pendingStatus;
    QList<ProbeResult> m_pendingResults;
};

} // namespace qd
