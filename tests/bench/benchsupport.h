#pragma once

#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

namespace qd::bench {

// Soft RLIMIT_NOFILE up to the hard limit: a thousand listening sockets in the
// server process, a thousand connections in the bench, and the default soft
// limit (often 1024) would fail both with "too many open files".
void raiseFileLimit();

// User + system CPU seconds of this process (all threads) or of its reaped children.
double cpuSecondsSelf();
double cpuSecondsChildren();

// One field of /proc/self/status in kB ("VmRSS", "VmHWM"); -1 when
// unreadable. Plain C I/O: it is sampled from a thread while others work.
qint64 statusKb(const char *field);

// Nearest-rank percentile (p in 0..100) of unsorted samples; 0 when empty.
double percentile(std::vector<double> samples, double p);
double maxOf(const std::vector<double> &samples);

QString ms(double value);      // "212 ms", "3.4 ms" below 10 ms
QString seconds(double value); // "9.8 s", "0.21 s"
QString verdict(bool met);     // "PASS" / "MISS"

// Prints one line to stdout at once, so figures interleave sensibly with the
// progress notes on stderr.
void say(const QString &line);
void note(const QString &line);   // progress, to stderr

// Runs the event loop until `signal` of `sender` fires or `timeoutMs` passes.
// `trigger` runs once the wait is armed, so an answer that comes quickly (or
// synchronously) is not missed. This is the bench's only event loop level.
template <typename Sender, typename Signal, typename Trigger>
bool waitForSignal(const Sender *sender, Signal signal, int timeoutMs, Trigger trigger)
{
    QEventLoop loop;
    bool fired = false;
    const QMetaObject::Connection c = QObject::connect(sender, signal, &loop, [&fired, &loop] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    trigger();
    if (!fired)
        loop.exec();
    QObject::disconnect(c);
    return fired;
}

// Lets the event loop run for `ms` milliseconds (paint, deliver queued results).
void runEventsFor(int ms);

} // namespace qd::bench
