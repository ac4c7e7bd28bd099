#include "probeengine.h"

#include "clock.h"
#include "commandprobe.h"
#include "httpprobe.h"
#include "logcategories.h"
#include "tcpprobe.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace qd {

ProbeEngine::ProbeEngine(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_mono.start();
    qRegisterMetaType<QList<qd::ServiceSpec>>();
    qRegisterMetaType<QList<qd::ServiceStatus>>();
    qRegisterMetaType<QList<qd::ProbeResult>>();
}

ProbeEngine::~ProbeEngine()
{
    cancelAll();
}

void ProbeEngine::ensureNetwork()
{
    // Created lazily so that they belong to the thread the engine was moved to.
    if (m_timer)
        return;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ProbeEngine::onTimer);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &ProbeEngine::flush);
}

int ProbeEngine::pickManager(const QString &hostKey)
{
    QList<int> &load = m_perHost[hostKey];
    for (int i = 0; i < load.size(); ++i) {
        if (load[i] < kMaxPerHost)
            return i;
    }
    if (load.size() >= kMaxManagers)
        return -1;
    if (load.size() == m_nams.size()) {
        // Created here, on the engine's thread, so they live where they are used.
        auto *nam = new QNetworkAccessManager(this);
        nam->setAutoDeleteReplies(false);
        m_nams.append(nam);
    }
    load.append(0);
    return int(load.size()) - 1;
}

void ProbeEngine::cancelAll()
{
    ++m_generation;
    for (Entry &e : m_entries) {
        delete e.probe.data();
        e.inFlight = false;
        e.pastGrace = false;
        e.queued = false;
    }
    m_ready.clear();
    m_perHost.clear();
    m_inFlight = 0;
    m_slow = 0;
}

void ProbeEngine::setServices(const QList<ServiceSpec> &specs)
{
    ensureNetwork();
    m_stopped = false;
    QHash<QString, ServiceStatus> kept;
    for (const Entry &e : std::as_const(m_entries))
        kept.insert(e.spec.name, e.status);
    cancelAll();
    m_entries.clear();
    m_entries.reserve(specs.size());
    // Results of the old list that are not published yet would land on new
    // services that happen to share a name.
    m_pendingStatus.clear();
    m_pendingResults.clear();
    const qint64 now = m_mono.elapsed();
    for (const ServiceSpec &s : specs) {
        Entry e;
        e.spec = s;
        e.status = kept.value(s.name);
        e.status.name = s.name;
        if (s.kind == ServiceSpec::Kind::Http)
            e.hostKey = s.url.scheme() + QStringLiteral("://") + s.url.host() + u':'
                        + QString::number(s.url.port(s.url.scheme() == u"https" ? 443 : 80));
        e.dueAt = now;   // check everything at once on load: the dashboard should not wait an interval
        m_entries.append(e);
    }
    qCInfo(lcProbe) << "probing" << m_entries.size() << "services, at most" << m_maxInFlight << "in flight";
    onTimer();
}

void ProbeEngine::checkNow()
{
    ensureNetwork();
    const qint64 now = m_mono.elapsed();
    for (Entry &e : m_entries) {
        e.done = false;
        if (!e.inFlight)
            e.dueAt = now;
    }
    onTimer();
}

void ProbeEngine::setMaxInFlight(int n)
{
    m_maxInFlight = qMax(1, n);
    dispatch();
}

void ProbeEngine::setBatchInterval(int ms)
{
    m_batchMs = qMax(0, ms);
}

void ProbeEngine::setOneShot(bool on)
{
    m_oneShot = on;
}

void ProbeEngine::stop()
{
    m_stopped = true;
    cancelAll();
    if (m_timer)
        m_timer->stop();
    flush();
}

void ProbeEngine::onTimer()
{
    if (m_stopped)
        return;
    enqueueDue();
    dispatch();
    armTimer();
}

void ProbeEngine::enqueueDue()
{
    const qint64 now = m_mono.elapsed();
    QList<int> due;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        if (!e.inFlight && !e.queued && !(m_oneShot && e.done) && e.dueAt <= now)
            due.append(i);
    }
    std::stable_sort(due.begin(), due.end(), [this](int a, int b) { return m_entries[a].dueAt < m_entries[b].dueAt; });
    for (int i : due) {
        m_entries[i].queued = true;
        m_ready.push_back(i);
    }
}

void ProbeEngine::dispatch()
{
    if (m_stopped)
        return;
    if (m_dispatching) {
        m_dispatchAgain = true;   // finish the walk we are in, then walk again
        return;
    }
    m_dispatching = true;
    do {
        m_dispatchAgain = false;
        // Walk the ready queue in due order; an entry whose host has no free
        // pool stays queued without blocking entries for other hosts behind it.
        for (auto it = m_ready.begin(); it != m_ready.end() && m_inFlight < m_maxInFlight && m_inFlight + m_slow < kMaxOpen;) {
            const int idx = *it;
            Entry &e = m_entries[idx];
            int manager = -1;
            if (!e.hostKey.isEmpty()) {
                manager = pickManager(e.hostKey);
                if (manager < 0) {
                    ++it;
                    continue;
                }
            }
            it = m_ready.erase(it);
            e.queued = false;
            e.manager = manager;
            startCheck(idx);
            if (m_dispatchAgain)
                break;   // the queue changed under us (a check ended inside start())
        }
    } while (m_dispatchAgain && !m_stopped);
    m_dispatching = false;
}

void ProbeEngine::startCheck(int index)
{
    Entry &e = m_entries[index];
    Probe *p = nullptr;
    switch (e.spec.kind) {
    case ServiceSpec::Kind::Http:
        p = new HttpProbe(e.spec, m_clock, m_nams.at(e.manager), this);
        break;
    case ServiceSpec::Kind::Tcp:
        p = new TcpProbe(e.spec, m_clock, this);
        break;
    case ServiceSpec::Kind::Command:
        p = new CommandProbe(e.spec, m_clock, this);
        break;
    }
    const double waited = double(qMax<qint64>(0, m_mono.elapsed() - e.dueAt));
    e.probe = p;
    e.inFlight = true;
    ++m_inFlight;
    if (!e.hostKey.isEmpty())
        ++m_perHost[e.hostKey][e.manager];
    const quint64 gen = m_generation;
    connect(p, &Probe::finished, this, [this, index, gen, waited](const ProbeResult &r) {
        ProbeResult copy = r;
        copy.waitedMs = waited;
        onProbeFinished(index, gen, copy);
    });
    // Tied to the probe: gone with it when the check ends first.
    QTimer::singleShot(kGraceMs, p, [this, index, gen] { onGraceExpired(index, gen); });
    p->start();
}

void ProbeEngine::onGraceExpired(int index, quint64 generation)
{
    if (generation != m_generation || index >= m_entries.size())
        return;
    Entry &e = m_entries[index];
    if (!e.inFlight || e.pastGrace)
        return;
    e.pastGrace = true;
    --m_inFlight;
    ++m_slow;
    dispatch();
}

void ProbeEngine::onProbeFinished(int index, quint64 generation, const ProbeResult &r)
{
    if (generation != m_generation || index >= m_entries.size())
        return; // a check of a profile that has since been replaced
    Entry &e = m_entries[index];
    if (Probe *p = e.probe.data()) {
        e.probe.clear();
        p->deleteLater();
    }
    e.inFlight = false;
    if (e.pastGrace)
        --m_slow;
    else
        --m_inFlight;
    e.pastGrace = false;
    if (!e.hostKey.isEmpty() && e.manager >= 0) {
        auto it = m_perHost.find(e.hostKey);
        if (it != m_perHost.end() && e.manager < it->size())
            --(*it)[e.manager];
    }
    e.manager = -1;
    e.done = true;

    const ServiceState before = e.status.state;
    if (e.status.apply(r, e.spec.failuresBeforeDown)) {
        qCInfo(lcProbe).noquote() << e.spec.name << serviceStateKey(before) << "->" << serviceStateKey(e.status.state)
                                  << r.message;
    }
    m_pendingStatus.insert(e.spec.name, e.status);
    m_pendingResults.append(r);
    if (!m_flushTimer->isActive())
        m_flushTimer->start(m_batchMs);

    // Next check one interval after this one was due, not after it finished,
    // so a slow service keeps its rhythm; never in the past. The first time,
    // move the service to a phase of its own (up to half an interval early,
    // stable per name) so that services loaded together do not stay in step.
    const qint64 now = m_mono.elapsed();
    const qint64 interval = e.spec.interval.count();
    qint64 next = e.dueAt + interval;
    if (!e.phased) {
        e.phased = true;
        next -= qint64(qHash(e.spec.name, 0x51d) % quint64(qMax<qint64>(1, interval / 2)));
    }
    e.dueAt = qMax(next, now + 10);

    dispatch();
    armTimer();

    if (m_oneShot && m_inFlight == 0 && m_slow == 0 && m_ready.empty()) {
        bool all = true;
        for (const Entry &x : std::as_const(m_entries))
            all = all && x.done;
        if (all) {
            flush();
            emit roundFinished();
        }
    }
}

void ProbeEngine::armTimer()
{
    if (m_stopped || !m_timer)
        return;
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.inFlight && !e.queued && !(m_oneShot && e.done))
            next = qMin(next, e.dueAt);
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer->stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, next - m_mono.elapsed());
    if (!m_timer->isActive() || m_timer->remainingTime() > wait)
        m_timer->start(int(qMin<qint64>(wait, 24 * 3600 * 1000)));
}

void ProbeEngine::flush()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (!m_pendingStatus.isEmpty()) {
        const QList<ServiceStatus> statuses = m_pendingStatus.values();
        m_pendingStatus.clear();
        emit statusesChanged(statuses);
    }
    if (!m_pendingResults.isEmpty()) {
        const QList<ProbeResult> results = std::move(m_pendingResults);
        m_pendingResults.clear();
        emit resultsReady(results);
    }
}

} // namespace qd
