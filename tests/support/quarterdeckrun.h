#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real quarterdeck binary of this build with `args` and waits for
// it: what the command-line tests look at.
struct QuarterdeckRun
{
    int code = -1;   // -1: it did not finish in time (and was killed)
    QByteArray out;
    QByteArray err;
};

inline QuarterdeckRun runQuarterdeck(const QStringList &args,
                                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                                     int timeoutMs = 60'000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QD_BINARY_DIR "/quarterdeck"), args);
    QuarterdeckRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
