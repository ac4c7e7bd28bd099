#include "benchsupport.h"
#include "fleetprocess.h"
#include "proberoundrunner.h"
#include "probeengine.h"
#include "systemclock.h"
#include <QCoreApplication>
#include <QThread>
#include <cstring>
using namespace qd;
int main(int argc, char **argv)
{
    bench::raiseFileLimit();
    if (argc == 5 && std::strcmp(argv[1], "--serve") == 0) {
        QCoreApplication app(argc, argv);
        return FleetProcess::serve(QByteArray(argv[2]).toInt(), QByteArray(argv[4]).toInt());
    }
    QCoreApplication app(argc, argv);
    qInstallMessageHandler([](QtMsgType t, const QMessageLogContext &, const QString &m) { if (t >= QtWarningMsg) fprintf(stderr, "%s\n", qPrintable(m)); });
    SystemClock clock;
    FleetProcess fleet;
    fleet.start(1000, 0);
    QList<ServiceSpec> specs;
    for (int i = 0; i < 1000; ++i) {
        ServiceSpec s; s.name = QStringLiteral("svc-%1").arg(i); s.url = QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(fleet.ports()[i]));
        s.timeout = Millis(2000); s.interval = Millis(3600000); specs << s;
    }
    const int n = qEnvironmentVariableIntValue("QD_N") ? qEnvironmentVariableIntValue("QD_N") : 1000;
    specs = specs.mid(0, n);
    for (int cap : {1, 8, 32, 64, 128, 256, 1000}) {
        ProbeRoundRunner runner(&clock);
        runner.setMaxInFlight(cap);
        runner.run(specs); // warm
        std::vector<double> lat, waited, delay, wall;
        for (int k = 0; k < 3; ++k) {
            auto r = runner.run(specs);
            wall.push_back(r.wallMs);
            for (auto &p : r.results) { lat.push_back(p.latencyMs); waited.push_back(p.waitedMs); delay.push_back(p.waitedMs + p.latencyMs); }
        }
        fprintf(stderr, "cap %d: wall %s  lat p50 %.1f p99 %.1f  waited p50 %.1f max %.1f  delay p50 %.1f max %.1f\n", cap,
            qPrintable(QString::number(wall[0]) + QStringLiteral(",") + QString::number(wall[1]) + QStringLiteral(",") + QString::number(wall[2])),
            bench::percentile(lat, 50), bench::percentile(lat, 99), bench::percentile(waited, 50), bench::maxOf(waited),
            bench::percentile(delay, 50), bench::maxOf(delay));
        (void)cap;
    }
    return 0;
}
