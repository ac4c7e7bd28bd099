// Parses a 5 MB runbook made by concatenating the seeds (issue 4's
// benchmark): wall time and peak memory, against the 100 ms target.
#include "benchsupport.h"
#include "runbookparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <md4c.h>

#include <algorithm>
#include <limits>
#include <vector>

using namespace qd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString seeds = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(QD_SEED_DIR);
    QByteArray seedText;
    for (const QString &f : QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(QDir(seeds).filePath(f));
        if (file.open(QIODevice::ReadOnly))
            seedText += file.readAll() + "\n\n";
    }
    if (seedText.isEmpty()) {
        bench::say(QStringLiteral("no seed runbooks in %1; pass their folder as the first argument").arg(seeds));
        return 1;
    }
    QByteArray doc;
    while (doc.size() < 5 * 1000 * 1000)
        doc += seedText;

    const RunbookParser parser;
    parser.parse(seedText, QStringLiteral("warm-up"));   // regexes compiled, rules loaded
    const qint64 rssBefore = bench::statusKb("VmRSS");
    std::vector<double> ms;
    int procedures = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const Runbook rb = parser.parse(doc, QStringLiteral("seeds×N.md"));
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        procedures = int(rb.procedures.size());
    }
    const qint64 peak = bench::statusKb("VmHWM");
    // The same document read on one thread, for the share the batches on
    // the pool take off; and md4c alone, the floor of any reading.
    RunbookParser serial;
    serial.setParallelFrom(std::numeric_limits<qsizetype>::max());
    std::vector<double> oneThread;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const Runbook rb = serial.parse(doc, QStringLiteral("seeds×N.md"));
        oneThread.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(oneThread.begin(), oneThread.end());
    MD_PARSER md = {};
    md.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTMLSPANS;
    md.enter_block = md.leave_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    md.enter_span = md.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    md.text = [](MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *) { return 0; };
    std::vector<double> md4c;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        md_parse(doc.constData(), MD_SIZE(doc.size()), &md, nullptr);
        md4c.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(md4c.begin(), md4c.end());
    std::sort(ms.begin(), ms.end());
    bench::say(QStringLiteral("Quarterdeck runbook parse bench: Qt %1, %2 build").arg(QLatin1String(qVersion()), QLatin1String(QD_BUILD_TYPE)));
    bench::say(QStringLiteral("input: the %1 seeds concatenated to %2 MB (%3 procedures found)")
                   .arg(QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files).size())
                   .arg(double(doc.size()) / 1e6, 0, 'f', 1)
                   .arg(procedures));
    bench::say(QStringLiteral("parse: median %1 of 5 runs (best %2, worst %3); target under 100 ms: %4")
                   .arg(bench::ms(ms[2]), bench::ms(ms.front()), bench::ms(ms.back()), bench::verdict(ms[2] < 100.0)));
    bench::say(QStringLiteral("  on one thread: median %1 of 3; md4c alone, callbacks doing nothing: median %2 of 3 (%3 cores here)")
                   .arg(bench::ms(oneThread[1]), bench::ms(md4c[1]))
                   .arg(QThread::idealThreadCount()));
    bench::say(QStringLiteral("memory: peak resident %1 MB (%2 MB before parsing; the input itself is %3 MB)")
                   .arg(double(peak) / 1024.0, 0, 'f', 1)
                   .arg(double(rssBefore) / 1024.0, 0, 'f', 1)
                   .arg(double(doc.size()) / 1e6, 0, 'f', 1));
    return 0;
}
