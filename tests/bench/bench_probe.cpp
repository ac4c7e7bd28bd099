// Probe engine benchmark (scripts/bench). Probes 1,000 loopback HTTP endpoints
// and prints, each next to its target and its baseline:
//   - wall time of one round, warm and cold, against the seeds' sequential curl;
//   - CPU seconds per 1,000 checks;
//   - false Down in a burst of 20,000 probes against healthy endpoints, and
//     the latency of a check that has the engine to itself, for context;
//   - how long healthy probes are delayed when 100 of the 1,000 endpoints hang;
//   - the worst UI-thread stall while the real dashboard shows 1,000 services
//     refreshing every 5 s.
// It is a program, not a test: it always exits 0 unless something crashed.
//
// The endpoints run in a child process (this program with --serve N --hang H),
// so serving does not compete with the engine's thread for one event loop.

#include "benchsupport.h"
#include "fleetprocess.h"
#include "heartbeatmodel.h"
#include "latencyhistory.h"
#include "mainwindow.h"
#include "objectivemodel.h"
#include "proberoundrunner.h"
#include "probeengine.h"
#include "profile.h"
#include "servicetablemodel.h"
#include "stallmeter.h"
#include "systemclock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <sys/resource.h>

namespace qd::bench {

namespace {

constexpr int kEndpoints = 1000;
constexpr int kHung = 100;
constexpr int kMeasuredRounds = 5;
constexpr int kBurstRounds = 20;   // 20 x 1,000 = the 20,000 probes
constexpr int kDelayRounds = 3;
constexpr int kStallPeriodMs = 5;
constexpr Millis kTimeout{2000};
constexpr int kCurlTimeoutMs = 90'000;   // bounds the run if curl is far slower than expected

struct Options
{
    int uiSeconds = 30;
    bool curl = true;
};

// The application sends qd.* info lines to its log file and only warnings to
// stderr. Here the text is still built (that cost is the engine's) but
// dropped, so 1,000 "Unknown -> Up" lines do not bury the figures.
QtMessageHandler g_defaultHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    // The offscreen platform says this for every window that shows; it is not news.
    if (message.contains(u"does not support propagateSizeHints"))
        return;
    g_defaultHandler(type, context, message);
}

// CPU of the calling thread only: the bench's own thread collects results,
// which is bench overhead, not engine work.
double cpuSecondsThisThread()
{
    rusage ru{};
    getrusage(RUSAGE_THREAD, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

QString serviceName(int i, bool hung)
{
    return (hung ? QStringLiteral("hung-%1") : QStringLiteral("svc-%1")).arg(i, 4, 10, QLatin1Char('0'));
}

// One http service per port. The first `hung` ports are the hung endpoints
// (FleetProcess puts them first); they are spread evenly through the list so
// that they are not all dispatched ahead of every healthy check.
QList<ServiceSpec> httpSpecs(const QList<quint16> &ports, int hung, Millis interval)
{
    QList<ServiceSpec> specs;
    specs.reserve(ports.size());
    const int stride = hung > 0 ? int(ports.size()) / hung : 0;
    int nextHung = 0;
    int nextHealthy = hung;
    for (int i = 0; i < ports.size(); ++i) {
        const bool isHung = stride > 0 && i % stride == 0 && nextHung < hung;
        const quint16 port = isHung ? ports[nextHung++] : ports[nextHealthy++];
        ServiceSpec s;
        s.name = serviceName(i, isHung);
        s.kind = ServiceSpec::Kind::Http;
        s.url = QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port));
        s.timeout = kTimeout;
        s.interval = interval;
        specs.append(s);
    }
    return specs;
}

bool isHungName(const QString &name)
{
    return name.startsWith(u"hung-");
}

double median(std::vector<double> v)
{
    return percentile(std::move(v), 50);
}

QString ratio(double baselineMs, double engineMs)
{
    if (engineMs <= 0)
        return QStringLiteral("n/a");
    const double r = baselineMs / engineMs;
    return QString::number(r, 'f', r < 10 ? 1 : 0) + u'x';
}

// ---------------------------------------------------------------- rounds

struct RoundSeries
{
    bool ok = true;
    std::vector<double> wallMs;
    double engineCpu = 0;    // process CPU minus the bench's own thread
    double processCpu = 0;
    int checks = 0;
    int notUp = 0;
    QString firstProblem;

    void add(const ProbeRoundRunner::Round &r)
    {
        wallMs.push_back(r.wallMs);
        checks += int(r.results.size());
        for (const ProbeResult &p : r.results) {
            if (p.outcome != ServiceState::Up && ++notUp == 1)
                firstProblem = p.service + QStringLiteral(": ") + p.message;
        }
    }
    double cpuPer1000() const { return checks > 0 ? engineCpu * 1000.0 / checks : 0; }
};

// A warm-up round, then kMeasuredRounds through checkNow() on the same engine:
// the steady state of a console that keeps its connections open.
RoundSeries warmRounds(const QList<ServiceSpec> &specs, const Clock *clock)
{
    RoundSeries s;
    ProbeRoundRunner runner(clock);
    if (!runner.run(specs).finished) {
        s.ok = false;
        return s;
    }
    const double self0 = cpuSecondsSelf();
    const double main0 = cpuSecondsThisThread();
    for (int i = 0; i < kMeasuredRounds; ++i) {
        const ProbeRoundRunner::Round r = runner.run(specs);
        if (!r.finished) {
            s.ok = false;
            return s;
        }
        s.add(r);
    }
    s.processCpu = cpuSecondsSelf() - self0;
    s.engineCpu = s.processCpu - (cpuSecondsThisThread() - main0);
    return s;
}

// Each round on a fresh engine: new connections to every endpoint, as after
// start-up, a profile reload or `quarterdeck check`.
RoundSeries coldRounds(const QList<ServiceSpec> &specs, const Clock *clock)
{
    RoundSeries s;
    for (int i = 0; i < kMeasuredRounds; ++i) {
        ProbeRoundRunner runner(clock);
        const double self0 = cpuSecondsSelf();
        const double main0 = cpuSecondsThisThread();
        const ProbeRoundRunner::Round r = runner.run(specs);
        const double self = cpuSecondsSelf() - self0;
        s.processCpu += self;
        s.engineCpu += self - (cpuSecondsThisThread() - main0);
        if (!r.finished) {
            s.ok = false;
            return s;
        }
        s.add(r);
    }
    return s;
}

// ---------------------------------------------------------------- seeds' curl

struct CurlBaseline
{
    bool available = false;
    bool finished = false;
    double wallMs = 0;       // for all endpoints (extrapolated when stopped early)
    double cpuSeconds = 0;   // bash + every curl
    int done = 0;
    int failed = 0;
};

// The seeds check a service with one `curl -fsS -m 5 -o /dev/null URL` at a
// time. One bash runs the whole loop, so bash starts once and curl's own
// start-up is counted per call, as in the seeds' scripts.
CurlBaseline curlBaseline(const QList<ServiceSpec> &specs)
{
    CurlBaseline b;
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        return b;
    b.available = true;
    QStringList args{QStringLiteral("-c"),
                     QStringLiteral("for u in \"$@\"; do if curl -fsS -m 5 -o /dev/null \"$u\"; then echo ok; "
                                    "else echo fail; fi; done"),
                     QStringLiteral("seeds-check")};
    for (const ServiceSpec &s : specs)
        args.append(s.url.toString());

    QProcess bash;
    bash.setProgram(QStringLiteral("bash"));
    bash.setArguments(args);
    bash.setStandardErrorFile(QProcess::nullDevice());
    const double children0 = cpuSecondsChildren();
    QElapsedTimer wall;
    b.finished = waitForSignal(&bash, &QProcess::finished, kCurlTimeoutMs, [&] {
        wall.start();
        bash.start();
    });
    const double elapsed = double(wall.nsecsElapsed()) / 1e6;
    if (!b.finished) {
        bash.kill();
        waitForSignal(&bash, &QProcess::finished, 5000, [] {});
    }
    const QList<QByteArray> lines = bash.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        b.done += line == "ok" || line == "fail";
        b.failed += line == "fail";
    }
    b.cpuSeconds = cpuSecondsChildren() - children0;
    b.wallMs = b.finished || b.done == 0 ? elapsed : elapsed * double(specs.size()) / b.done;
    return b;
}

// ---------------------------------------------------------------- burst

void burst(const QList<ServiceSpec> &specs, const Clock *clock)
{
    ProbeRoundRunner runner(clock);
    std::vector<double> latencies;
    latencies.reserve(size_t(kBurstRounds * specs.size()));
    int probes = 0;
    int down = 0;
    int otherNotUp = 0;
    QString firstDown;
    QElapsedTimer wall;
    wall.start();
    bool ok = true;
    for (int i = 0; i < kBurstRounds && ok; ++i) {
        const ProbeRoundRunner::Round r = runner.run(specs);
        ok = r.finished;
        for (const ProbeResult &p : r.results) {
            ++probes;
            if (p.latencyMs >= 0)
                latencies.push_back(p.latencyMs);
            if (p.outcome == ServiceState::Down) {
                if (++down == 1)
                    firstDown = p.service + QStringLiteral(": ") + p.message;
            } else if (p.outcome != ServiceState::Up) {
                ++otherNotUp;
            }
        }
    }
    const double seconds = double(wall.elapsed()) / 1000.0;
    say(QStringLiteral("burst of %1 probes against healthy endpoints (%2 rounds of %3 in %4): %5 false Down "
                       "(target 0: %6)%7; latency p50 %8, p99 %9, max %10")
            .arg(probes)
            .arg(kBurstRounds)
            .arg(specs.size())
            .arg(bench::seconds(seconds))
            .arg(down)
            .arg(verdict(ok && down == 0 && probes == kBurstRounds * specs.size()))
            .arg(otherNotUp > 0 ? QStringLiteral(", %1 other not Up").arg(otherNotUp) : QString())
            .arg(ms(percentile(latencies, 50)), ms(percentile(latencies, 99)), ms(maxOf(latencies))));
    if (!ok)
        say(QStringLiteral("  burst stopped: a round did not finish within 30 s"));
    if (down > 0)
        say(QStringLiteral("  first false Down: %1").arg(firstDown));
}

// Context for the latencies above: what a check measures when it has the
// engine to itself. The gap between the two is queueing inside the bench's
// own process (engine thread, network thread), not the endpoint.
void loneCheck(const QList<ServiceSpec> &specs, const Clock *clock)
{
    ProbeRoundRunner runner(clock);
    runner.run(specs);   // warm-up at the default cap: every connection open, as on the dashboard
    runner.setMaxInFlight(1);
    const ProbeRoundRunner::Round r = runner.run(specs);
    std::vector<double> latencies;
    for (const ProbeResult &p : r.results) {
        if (p.latencyMs >= 0)
            latencies.push_back(p.latencyMs);
    }
    say(QStringLiteral("latency of a lone check (1 in flight, %1 connections open; context, no target): p50 %2, p99 %3; "
                       "the %1 one after another in %4")
            .arg(specs.size())
            .arg(ms(percentile(latencies, 50)), ms(percentile(latencies, 99)), bench::seconds(r.wallMs / 1000.0)));
}

// ---------------------------------------------------------------- hung endpoints

struct DelaySeries
{
    bool ok = true;
    std::vector<double> healthyDelayMs;   // waitedMs + latencyMs
    std::vector<double> roundWallMs;
    int healthyNotUp = 0;
    int hungProbes = 0;
    int hungDown = 0;
    QString firstProblem;
};

// A warm-up round, then kDelayRounds measured. The delay of a healthy check is
// how long it waited for a slot after it was due plus its own latency: what
// the commander waits for that service's answer.
DelaySeries delays(const QList<ServiceSpec> &specs, const Clock *clock)
{
    DelaySeries d;
    ProbeRoundRunner runner(clock);
    if (!runner.run(specs).finished) {
        d.ok = false;
        return d;
    }
    for (int i = 0; i < kDelayRounds; ++i) {
        const ProbeRoundRunner::Round r = runner.run(specs);
        if (!r.finished) {
            d.ok = false;
            return d;
        }
        d.roundWallMs.push_back(r.wallMs);
        for (const ProbeResult &p : r.results) {
            if (isHungName(p.service)) {
                ++d.hungProbes;
                d.hungDown += p.outcome == ServiceState::Down;
                continue;
            }
            if (p.outcome != ServiceState::Up) {
                if (++d.healthyNotUp == 1)
                    d.firstProblem = p.service + QStringLiteral(": ") + p.message;
                continue;
            }
            d.healthyDelayMs.push_back(p.waitedMs + p.latencyMs);
        }
    }
    return d;
}

QString delayText(const DelaySeries &d)
{
    return QStringLiteral("p50 %1, p99 %2, max %3")
        .arg(ms(percentile(d.healthyDelayMs, 50)), ms(percentile(d.healthyDelayMs, 99)), ms(maxOf(d.healthyDelayMs)));
}

// The dashboard's reading of the same target: an engine that keeps running
// (interval 5 s, as on the dashboard), where each service has its own phase
// after the first round. The first result of every service is left out: on
// load all of them fall due in the same millisecond, which the one-shot
// rounds above already measure.
struct ContinuousDelays
{
    std::vector<double> healthyDelayMs;
    int healthyNotUp = 0;
    int hungProbes = 0;
    int hungDown = 0;
};

ContinuousDelays continuousDelays(const QList<ServiceSpec> &specs, int seconds)
{
    SystemClock clock;
    QThread thread;
    auto *engine = new ProbeEngine(&clock);
    engine->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
    thread.start();
    ContinuousDelays c;
    QSet<QString> seen;
    QObject receiver;
    QObject::connect(engine, &ProbeEngine::resultsReady, &receiver, [&c, &seen](const QList<ProbeResult> &rs) {
        for (const ProbeResult &p : rs) {
            if (!seen.contains(p.service)) {
                seen.insert(p.service);
                continue;
            }
            if (isHungName(p.service)) {
                ++c.hungProbes;
                c.hungDown += p.outcome == ServiceState::Down;
            } else if (p.outcome != ServiceState::Up) {
                ++c.healthyNotUp;
            } else {
                c.healthyDelayMs.push_back(p.waitedMs + p.latencyMs);
            }
        }
    });
    QMetaObject::invokeMethod(engine, [engine, specs] { engine->setServices(specs); }, Qt::QueuedConnection);
    runEventsFor(seconds * 1000);
    QMetaObject::invokeMethod(engine, &ProbeEngine::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return c;
}

// ---------------------------------------------------------------- UI stall

// The real window on the real models, fed by an engine on its own thread and
// wired as app/application.cpp wires them; a 5 ms precise timer on the UI
// thread measures how long the event loop is kept from it.
void uiStall(const QList<ServiceSpec> &specs, int seconds)
{
    SystemClock clock;
    ServiceTableModel services;
    HeartbeatModel heartbeats(&clock);
    ObjectiveModel objectives;
    LatencyHistory latency;
    const DashboardModels models{&services, &heartbeats, &objectives, &latency};

    Profile profile;
    profile.path = QStringLiteral("/bench/bench.yaml");
    profile.environment.name = QStringLiteral("bench");
    profile.services = specs;
    for (int i = 0; i < 5; ++i) {
        HeartbeatSpec hb;
        hb.name = QStringLiteral("worker-%1").arg(i);
        hb.path = QStringLiteral("/nonexistent/bench/heartbeat-%1").arg(i);
        profile.heartbeats.append(hb);
        Objective o;
        o.component = specs.value(i).name;
        o.rto = Millis(15 * 60'000);
        o.rpo = Millis(5 * 60'000);
        profile.objectives.append(o);
    }

    MainWindow window(models);
    window.setProfile(profile);
    services.setServices(profile.services);
    heartbeats.setHeartbeats(profile.heartbeats);
    objectives.setObjectives(profile.objectives);
    window.show();
    runEventsFor(500);   // first layout and paint are start-up, not refresh

    QThread thread;
    thread.setObjectName(QStringLiteral("qd-probes"));
    auto *engine = new ProbeEngine(&clock);
    engine->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
    thread.start();

    int checks = 0;
    QObject::connect(engine, &ProbeEngine::statusesChanged, &services, &ServiceTableModel::applyStatuses);
    QObject::connect(engine, &ProbeEngine::resultsReady, &latency, [&latency, &checks](const QList<ProbeResult> &results) {
        for (const ProbeResult &r : results)
            latency.add(r.service, r.finishedAt.toMSecsSinceEpoch(), r.latencyMs);
        checks += int(results.size());
    });

    StallMeter meter(kStallPeriodMs);
    meter.start();
    QMetaObject::invokeMethod(engine, [engine, specs] { engine->setServices(specs); }, Qt::QueuedConnection);
    runEventsFor(seconds * 1000);
    meter.stop();
    const int checksInWindow = checks;

    QMetaObject::invokeMethod(engine, &ProbeEngine::stop, Qt::QueuedConnection);
    thread.quit();
    thread.wait();

    const std::vector<double> &stalls = meter.stallsMs();
    say(QStringLiteral("UI-thread stall, dashboard of %1 services refreshing every 5 s, over %2 s: worst %3 (at %4), "
                       "p99 %5 (target worst < 50 ms: %6); %7 checks completed in the window, %8 services Up at the end")
            .arg(specs.size())
            .arg(seconds)
            .arg(ms(meter.worstMs()), bench::seconds(meter.worstAtMs() / 1000.0), ms(percentile(stalls, 99)),
                 verdict(!stalls.empty() && meter.worstMs() < 50))
            .arg(checksInWindow)
            .arg(services.countIn(ServiceState::Up)));
}

Options parseOptions(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--ui-seconds" && i + 1 < args.size())
            o.uiSeconds = std::clamp(args[++i].toInt(), 1, 120);
        else if (args[i] == u"--no-curl")
            o.curl = false;
    }
    return o;
}

int runBench(const Options &options)
{
    SystemClock clock;
    rlimit lim{};
    getrlimit(RLIMIT_NOFILE, &lim);
    say(QStringLiteral("Quarterdeck probe bench: Qt %1, %2 build, %3 CPU cores, open-file limit %4; "
                       "%5 loopback endpoints served by a separate process")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QD_BUILD_TYPE))
            .arg(QThread::idealThreadCount())
            .arg(qulonglong(lim.rlim_cur))
            .arg(kEndpoints));

    FleetProcess healthy;
    note(QStringLiteral("starting %1 healthy endpoints").arg(kEndpoints));
    if (!healthy.start(kEndpoints, 0)) {
        say(QStringLiteral("could not start the endpoints: %1").arg(healthy.error()));
        return 0;
    }
    const QList<ServiceSpec> specs = httpSpecs(healthy.ports(), 0, Millis(3'600'000));

    note(QStringLiteral("rounds: warm-up, then %1 warm and %1 cold").arg(kMeasuredRounds));
    const RoundSeries warm = warmRounds(specs, &clock);
    const RoundSeries cold = coldRounds(specs, &clock);

    CurlBaseline curl;
    if (options.curl) {
        note(QStringLiteral("the seeds' way: sequential curl over %1 endpoints").arg(kEndpoints));
        curl = curlBaseline(specs);
    }
    const auto roundLine = [&](const QString &label, const RoundSeries &s) {
        if (!s.ok) {
            say(QStringLiteral("%1: a round did not finish within 30 s (target < 1000 ms: MISS)").arg(label));
            return;
        }
        const double m = median(s.wallMs);
        QString base;
        if (!options.curl)
            base = QStringLiteral("seeds' sequential curl: not run");
        else if (!curl.available)
            base = QStringLiteral("seeds' sequential curl: skipped, curl is not installed");
        else
            base = QStringLiteral("seeds' sequential curl: %1%2, ratio %3")
                       .arg(bench::seconds(curl.wallMs / 1000.0),
                            curl.finished ? QString() : QStringLiteral(" (extrapolated from %1 calls)").arg(curl.done),
                            ratio(curl.wallMs, m));
        say(QStringLiteral("%1: %2 wall (target < 1000 ms: %3; %4)%5")
                .arg(label, ms(m), verdict(m < 1000), base,
                     s.notUp > 0 ? QStringLiteral("; %1 checks not Up, first: %2").arg(s.notUp).arg(s.firstProblem)
                                 : QString()));
    };
    roundLine(QStringLiteral("round of %1 checks (warm connections, median of %2)").arg(specs.size()).arg(kMeasuredRounds),
              warm);
    roundLine(QStringLiteral("round of %1 checks (cold: fresh engine, new connections, median of %2)")
                  .arg(specs.size())
                  .arg(kMeasuredRounds),
              cold);
    if (warm.ok && cold.ok) {
        say(QStringLiteral("CPU per 1000 checks: %1 warm, %2 cold (engine threads, user+sys; no target; "
                           "seeds' sequential curl: %3)")
                .arg(bench::seconds(warm.cpuPer1000()), bench::seconds(cold.cpuPer1000()),
                     curl.available && curl.finished && curl.done > 0
                         ? bench::seconds(curl.cpuSeconds * 1000.0 / curl.done)
                         : QStringLiteral("n/a")));
    }
    if (curl.available && curl.failed > 0)
        say(QStringLiteral("  note: %1 of %2 curl calls failed").arg(curl.failed).arg(curl.done));

    note(QStringLiteral("burst: %1 rounds").arg(kBurstRounds));
    burst(specs, &clock);

    loneCheck(specs, &clock);

    note(QStringLiteral("delays: %1 endpoints, none hung").arg(kEndpoints));
    const DelaySeries calm = delays(httpSpecs(healthy.ports(), 0, Millis(3'600'000)), &clock);
    DelaySeries stormy;
    {
        note(QStringLiteral("delays: %1 endpoints, %2 hung (timeout %3 ms)").arg(kEndpoints).arg(kHung).arg(kTimeout.count()));
        FleetProcess withHung;
        if (withHung.start(kEndpoints, kHung)) {
            stormy = delays(httpSpecs(withHung.ports(), kHung, Millis(3'600'000)), &clock);
        } else {
            stormy.ok = false;
            say(QStringLiteral("could not start the endpoints with hung ones: %1").arg(withHung.error()));
        }
    }
    if (stormy.ok && calm.ok) {
        const double p99 = percentile(stormy.healthyDelayMs, 99);
        say(QStringLiteral("healthy probe delay with %1 hung endpoints among %2 (waited + latency, %3 rounds, %4 "
                           "healthy checks): %5 (target p99 <= 100 ms: %6; without hung endpoints: %7); "
                           "round %8 with hung, %9 without; %10 of %11 hung checks reported Down")
                .arg(kHung)
                .arg(kEndpoints)
                .arg(kDelayRounds)
                .arg(stormy.healthyDelayMs.size())
                .arg(delayText(stormy), verdict(p99 <= 100), delayText(calm), ms(median(stormy.roundWallMs)),
                     ms(median(calm.roundWallMs)))
                .arg(stormy.hungDown)
                .arg(stormy.hungProbes));
        // All 1,000 checks fall due in the same millisecond, so even without a
        // hung endpoint the last healthy answer comes about one round after it
        // was due; what the hung ones add on top is the other reading of the target.
        const double added = p99 - percentile(calm.healthyDelayMs, 99);
        say(QStringLiteral("  added by the hung endpoints at p99: %1 (target <= 100 ms: %2)")
                .arg(ms(added), verdict(added <= 100)));
        if (stormy.healthyNotUp > 0 || calm.healthyNotUp > 0)
            say(QStringLiteral("  healthy checks not Up: %1 with hung, %2 without; first: %3")
                    .arg(stormy.healthyNotUp)
                    .arg(calm.healthyNotUp)
                    .arg(stormy.firstProblem.isEmpty() ? calm.firstProblem : stormy.firstProblem));
    } else {
        say(QStringLiteral("healthy probe delay with %1 hung endpoints: a round did not finish within 30 s "
                           "(target p99 <= 100 ms: MISS)")
                .arg(kHung));
    }

    {
        constexpr int kContinuousSeconds = 15;
        note(QStringLiteral("delays on the dashboard: interval 5 s, %1 s with and without hung endpoints").arg(kContinuousSeconds));
        const ContinuousDelays quiet = continuousDelays(httpSpecs(healthy.ports(), 0, Millis(5000)), kContinuousSeconds);
        ContinuousDelays hung;
        FleetProcess withHung;
        if (withHung.start(kEndpoints, kHung))
            hung = continuousDelays(httpSpecs(withHung.ports(), kHung, Millis(5000)), kContinuousSeconds);
        const double p99 = percentile(hung.healthyDelayMs, 99);
        say(QStringLiteral("healthy probe delay on the dashboard with %1 hung endpoints among %2 (interval 5 s, %3 s, "
                           "%4 healthy checks after the first round): p50 %5, p99 %6, max %7 (target p99 <= 100 ms: %8; "
                           "without hung endpoints: p50 %9, p99 %10); %11 of %12 hung checks Down, %13 healthy not Up")
                .arg(kHung)
                .arg(kEndpoints)
                .arg(kContinuousSeconds)
                .arg(hung.healthyDelayMs.size())
                .arg(ms(percentile(hung.healthyDelayMs, 50)), ms(p99), ms(maxOf(hung.healthyDelayMs)),
                     verdict(!hung.healthyDelayMs.empty() && p99 <= 100), ms(percentile(quiet.healthyDelayMs, 50)),
                     ms(percentile(quiet.healthyDelayMs, 99)))
                .arg(hung.hungDown)
                .arg(hung.hungProbes)
                .arg(hung.healthyNotUp));
    }

    note(QStringLiteral("UI stall: the dashboard with %1 services for %2 s").arg(kEndpoints).arg(options.uiSeconds));
    uiStall(httpSpecs(healthy.ports(), 0, Millis(5000)), options.uiSeconds);
    return 0;
}

} // namespace

} // namespace qd::bench

int main(int argc, char **argv)
{
    qd::bench::raiseFileLimit();

    // Child mode: serve the endpoints until stdin closes (see FleetProcess).
    if (argc == 5 && std::strcmp(argv[1], "--serve") == 0 && std::strcmp(argv[3], "--hang") == 0) {
        QCoreApplication app(argc, argv);
        const int count = std::clamp(QByteArray(argv[2]).toInt(), 1, 5000);
        const int hung = std::clamp(QByteArray(argv[4]).toInt(), 0, count);
        return qd::FleetProcess::serve(count, hung);
    }

    qd::bench::g_defaultHandler = qInstallMessageHandler(qd::bench::quietHandler);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quarterdeck-bench"));
    return qd::bench::runBench(qd::bench::parseOptions(QCoreApplication::arguments()));
}
