#include "benchsupport.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

namespace qd::bench {

void raiseFileLimit()
{
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < lim.rlim_max) {
        lim.rlim_cur = lim.rlim_max;
        setrlimit(RLIMIT_NOFILE, &lim);
    }
}

static double cpuSeconds(int who)
{
    rusage ru{};
    getrusage(who, &ru);
    const auto s = [](const timeval &tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; };
    return s(ru.ru_utime) + s(ru.ru_stime);
}

double cpuSecondsSelf()
{
    return cpuSeconds(RUSAGE_SELF);
}

double cpuSecondsChildren()
{
    return cpuSeconds(RUSAGE_CHILDREN);
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

double maxOf(const std::vector<double> &samples)
{
    return samples.empty() ? 0 : *std::max_element(samples.begin(), samples.end());
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0) + QStringLiteral(" ms");
}

QString seconds(double value)
{
    return QString::number(value, 'f', value < 1 ? 2 : 1) + QStringLiteral(" s");
}

QString verdict(bool met)
{
    return met ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

void note(const QString &line)
{
    QTextStream(stderr) << QStringLiteral("# ") << line << Qt::endl;
}

void runEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 statusKb(const char *field)
{
    FILE *f = std::fopen("/proc/self/status", "re");
    if (!f)
        return -1;
    char line[256];
    qint64 kb = -1;
    const size_t len = std::strlen(field);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, field, len) == 0 && line[len] == ':') {
            kb = std::strtoll(line + len + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return kb;
}

} // namespace qd::bench
