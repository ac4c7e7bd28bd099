#include "pgcustomverifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

namespace qd {

namespace {

using Outcome = PgCustomVerifier::Outcome;

// pg_restore's first error line, without its "pg_restore: error: " prefix.
QString firstError(const QByteArray &stderrText)
{
    const QList<QByteArray> ls = stderrText.split('\n');
    for (QByteArray l : ls) {
        l = l.trimmed();
        if (l.isEmpty())
            continue;
        QString s = QString::fromLocal8Bit(l);
        for (const QString &prefix : {QStringLiteral("pg_restore: error: "), QStringLiteral("pg_restore: ")})
            if (s.startsWith(prefix)) {
                s = s.mid(prefix.size());
                break;
            }
        return s;
    }
    return {};
}

struct Run
{
    bool started = false;
    bool cancelled = false;
    bool timedOut = false;
    bool crashed = false;   // ended by a signal: says nothing about the archive
    int exitCode = -1;
    QByteArray err;
};

Run runPgRestore(const QString &program, const QStringList &args, const std::atomic<bool> *cancel,
                 std::chrono::milliseconds timeout)
{
    Run r;
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setStandardOutputFile(QProcess::nullDevice());
    // Messages in English whatever the machine's locale: the reason is matched below.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    // A group of its own: Ctrl+C in the terminal goes to the whole foreground
    // group, and a pg_restore interrupted that way would fail like a damaged
    // archive. We end it ourselves when the verification is cancelled.
    p.setChildProcessModifier([] { ::setpgid(0, 0); });
    p.start();
    if (!p.waitForStarted(10000))
        return r;
    r.started = true;
    QElapsedTimer t;
    t.start();
    // Poll so a cancel or a hung pg_restore ends the wait.
    while (!p.waitForFinished(100)) {
        if (p.state() == QProcess::NotRunning)
            break;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            r.cancelled = true;
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        if (t.elapsed() > timeout.count()) {
            r.timedOut = true;
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
    }
    r.err = p.readAllStandardError();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    return r;
}

} // namespace

PgCustomVerifier::Header PgCustomVerifier::readHeader(const QByteArray &head)
{
    Header h;
    // "PGDMP", then major, minor, revision, int size, offset size, format.
    if (head.size() < 11 || !head.startsWith("PGDMP"))
        return h;
    h.major = uchar(head[5]);
    h.minor = uchar(head[6]);
    h.revision = uchar(head[7]);
    const int intSize = uchar(head[8]);
    const int offSize = uchar(head[9]);
    h.format = uchar(head[10]);
    h.valid = h.major == 1 && intSize >= 1 && intSize <= 8 && offSize >= 1 && offSize <= 8;
    return h;
}

QString PgCustomVerifier::pgRestore()
{
    return QStandardPaths::findExecutable(QStringLiteral("pg_restore"));
}

PgCustomVerifier::Result PgCustomVerifier::verify(const QString &path, Depth depth, const std::atomic<bool> *cancel)
{
    Result r;
    const QFileInfo fi(path);
    const QString headerFile = fi.isDir() ? QDir(path).filePath(QStringLiteral("toc.dat")) : path;
    QFile f(headerFile);
    if (!f.open(QIODevice::ReadOnly)) {
        r.reason = tr("cannot read: %1").arg(f.errorString());
        return r;
    }
    r.header = readHeader(f.read(64));
    f.close();
    if (!r.header.valid) {
        r.outcome = Outcome::Corrupt;
        r.reason = tr("the pg_dump archive header is damaged");
        return r;
    }
    const QString program = pgRestore();
    if (program.isEmpty()) {
        r.reason = tr("pg_restore is not installed (package postgresql-client); the archive header (format %1) is intact")
                       .arg(r.header.version());
        return r;
    }

    auto judge = [&r](const Run &run, bool full) {
        if (run.cancelled) {
            r.outcome = Outcome::Cancelled;
            r.reason = tr("verification cancelled");
            return false;
        }
        if (!run.started) {
            r.outcome = Outcome::CouldNotCheck;
            r.reason = tr("pg_restore did not start");
            return false;
        }
        if (run.timedOut) {
            r.outcome = Outcome::CouldNotCheck;
            r.reason = tr("pg_restore did not finish within %1 minutes").arg(kFullCheckTimeout.count());
            return false;
        }
        if (run.crashed) {
            r.outcome = Outcome::CouldNotCheck;
            r.reason = tr("pg_restore was ended by a signal before it finished");
            return false;
        }
        if (run.exitCode == 0)
            return true;
        const QString why = firstError(run.err);
        // An archive newer than this pg_restore is no sign of damage.
        if (why.contains(QLatin1String("unsupported version"))) {
            r.outcome = Outcome::CouldNotCheck;
            r.reason = tr("this pg_restore is too old for the archive (format %1): %2").arg(r.header.version(), why);
            return false;
        }
        r.outcome = Outcome::Corrupt;
        r.reason = full ? tr("pg_restore cannot read all the data: %1").arg(why)
                        : tr("pg_restore cannot read the table of contents: %1").arg(why);
        return false;
    };

    if (!judge(runPgRestore(program, {QStringLiteral("--list"), path}, cancel, kFullCheckTimeout), false))
        return r;
    r.tocListed = true;
    if (depth == Depth::Quick) {
        r.outcome = Outcome::CouldNotCheck;
        r.reason = tr("quick check only: pg_restore can list the table of contents; the data was not read");
        return r;
    }
    if (!judge(runPgRestore(program, {QStringLiteral("--file=/dev/null"), path}, cancel, kFullCheckTimeout), true))
        return r;
    r.outcome = Outcome::Ok;
    return r;
}

} // namespace qd
