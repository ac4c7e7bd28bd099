#include "manualclock.h"
#include "stepplanner.h"
#include "steprunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace qd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(qd::StepResult)

// The step runner with real bash: gates that cannot be bypassed, what runs
// is what was shown, secrets kept off command lines and out of output,
// Cancel and timeouts that end the whole process group, megabytes of output.
class TestStepRunner final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC)};

    static PlannedStep planned(const QString &script, bool gated = false, bool twoPerson = false, int timeout = 0)
    {
        RunbookStep s;
        s.kind = RunbookStep::Kind::Command;
        s.runner = RunbookStep::Runner::Bash;
        s.text = script;
        s.timeoutSeconds = timeout;
        if (gated)
            s.gates.append({u"restore-script"_s, u"puts an older state in place"_s, twoPerson, true});
        return StepPlanner::plan(s, 1, {});
    }
    static GateConfirmation confirmed(const PlannedStep &p, const QString &typed = u"production"_s)
    {
        return {typed, u"ana"_s, QString(), p.command, p.environmentFingerprint(), QDateTime()};
    }

    // Runs to the end; the result.
    StepResult runToEnd(StepRunner &runner, const PlannedStep &p, const std::optional<GateConfirmation> &c = std::nullopt)
    {
        QSignalSpy done(&runner, &StepRunner::finished);
        QString why;
        if (!runner.start(p, c, &why)) {
            qWarning("refused: %s", qPrintable(why));
            return {};
        }
        [&] { QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000); }();
        return done.isEmpty() ? StepResult() : done.first().first().value<StepResult>();
    }

    static bool alive(qint64 pid)
    {
        if (::kill(pid_t(pid), 0) != 0)
            return false;
        // A zombie waiting for a reaper is gone as far as work goes.
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray s = stat.readAll();
        const qsizetype close = s.lastIndexOf(')');
        return close < 0 || s.mid(close + 2, 1) != "Z";
    }

    qint64 readPid(const QString &file)
    {
        QFile f(m_dir.filePath(file));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<qd::StepResult>();
        QVERIFY(m_dir.isValid());
    }

    // Without the typed word, by someone, for this very text, a gated step
    // does not run; two-person gates need someone else too.
    void gatesCannotBeBypassed()
    {
        StepRunner runner(&m_clock);
        runner.setEnvironmentName(u"production"_s);
        runner.setWorkingDirectory(m_dir.path());
        const PlannedStep p = planned(u"touch ran"_s, true);
        QString why;
        QVERIFY(!runner.start(p, std::nullopt, &why));
        QVERIFY2(why.contains(u"type production"_s), qPrintable(why));
        QVERIFY(!runner.start(p, confirmed(p, u"Production"_s), &why));
        QVERIFY(!runner.start(p, confirmed(p, u"staging"_s), &why));
        GateConfirmation nobody = confirmed(p);
        nobody.by = u"  "_s;
        QVERIFY(!runner.start(p, nobody, &why));
        // One byte more than was shown: refused.
        GateConfirmation other = confirmed(p);
        other.command = p.command + u' ';
        QVERIFY(!runner.start(p, other, &why));
        QVERIFY2(why.contains(u"confirm it again"_s), qPrintable(why));
        QVERIFY(!runner.isRunning());
        QVERIFY(!QFile::exists(m_dir.filePath(u"ran"_s)));
        // Without an environment name nothing can be typed: refused too.
        StepRunner unnamed(&m_clock);
        QVERIFY(!unnamed.start(p, confirmed(p), &why));

        const PlannedStep two = planned(u"touch ran"_s, true, true);
        GateConfirmation alone = confirmed(two);
        QVERIFY(!runner.start(two, alone, &why));
        alone.secondBy = u"ANA"_s;
        QVERIFY(!runner.start(two, alone, &why));
        QVERIFY2(why.contains(u"second person"_s), qPrintable(why));
        QVERIFY(!QFile::exists(m_dir.filePath(u"ran"_s)));
        alone.secondBy = u"ben"_s;
        QCOMPARE(runToEnd(runner, two, alone).outcome, StepResult::Outcome::Succeeded);
        QVERIFY(QFile::exists(m_dir.filePath(u"ran"_s)));

        // Manual, SQL, or a missing value: refused with the reason.
        PlannedStep manual = planned(u"echo x"_s);
        manual.step.runner = RunbookStep::Runner::Manual;
        QVERIFY(!StepRunner::refusal(manual, std::nullopt, u"production"_s).isEmpty());
        PlannedStep missing = planned(u"echo x"_s);
        missing.missing = {u"commit"_s};
        QVERIFY(StepRunner::refusal(missing, std::nullopt, u"production"_s).contains(u"commit"_s));
    }

    // The values a step gets through the environment are confirmed with its
    // text: the same text with another value is another step.
    void valuesAreConfirmedToo()
    {
        RunbookStep s;
        s.kind = RunbookStep::Kind::Command;
        s.runner = RunbookStep::Runner::Bash;
        s.text = u"rm -rf \"$TARGET_DIR\""_s;
        s.placeholders = {{RunbookStep::Placeholder::Kind::Variable, u"$TARGET_DIR"_s, u"TARGET_DIR"_s, {}}};
        s.gates.append({u"rm-recursive"_s, u"removes files"_s, false, true});
        const PlannedStep shown = StepPlanner::plan(s, 1, {{u"TARGET_DIR"_s, {u"/tmp/qd-none/old"_s, false}}});
        const PlannedStep now = StepPlanner::plan(s, 1, {{u"TARGET_DIR"_s, {u"/"_s, false}}});
        QCOMPARE(now.command, shown.command);
        const GateConfirmation c = confirmed(shown);
        QVERIFY(StepRunner::refusal(shown, c, u"production"_s).isEmpty());
        QVERIFY(StepRunner::refusal(now, c, u"production"_s).contains(u"confirm it again"_s));
        QVERIFY(shown.environmentShown().contains(u"TARGET_DIR='/tmp/qd-none/old'"_s));
    }

    // bash's own record of the -c text it got is the text confirmed at the
    // gate, byte for byte, values and quotes included.
    void whatRunsIsWhatWasShown()
    {
        StepRunner runner(&m_clock);
        runner.setEnvironmentName(u"production"_s);
        RunbookStep s;
        s.kind = RunbookStep::Kind::Command;
        s.runner = RunbookStep::Runner::Bash;
        s.text = u"# 4. Restore\nprintf '%s' \"$BASH_EXECUTION_STRING\" # <commit>"_s;
        s.placeholders = {{RunbookStep::Placeholder::Kind::Angle, u"<commit>"_s, u"commit"_s, {}}};
        s.gates.append({u"x"_s, u"y"_s, false, true});
        const PlannedStep p = StepPlanner::plan(s, 4, {{u"commit"_s, {u"4f2a9c1 'é'"_s, false}}});
        const StepResult r = runToEnd(runner, p, confirmed(p));
        QCOMPARE(r.outcome, StepResult::Outcome::Succeeded);
        QCOMPARE(r.command, p.command);
        QCOMPARE(r.output.toUtf8(), p.command.toUtf8());
    }

    // A secret is in the environment: not on any command line in /proc while
    // the step runs, and masked in its output even when split across reads.
    void secretsStayOffCommandLinesAndOutOfOutput()
    {
        const QString canary = u"canary-5e1f-secret"_s;
        RunbookStep s;
        s.kind = RunbookStep::Kind::Command;
        s.runner = RunbookStep::Runner::Bash;
        s.text = u"echo \"pw=$DB_PASSWORD\"; printf '%s' \"${DB_PASSWORD:0:7}\"; sleep 0.3; printf '%s\\n' \"${DB_PASSWORD:7}\"; "
                 "sleep 1 & wait"_s;
        s.placeholders = {{RunbookStep::Placeholder::Kind::Variable, u"$DB_PASSWORD"_s, u"DB_PASSWORD"_s, {}}};
        const PlannedStep p = StepPlanner::plan(s, 1, {{u"DB_PASSWORD"_s, {canary, true}}});
        QVERIFY(p.ready());
        StepRunner runner(&m_clock);
        QSignalSpy done(&runner, &StepRunner::finished);
        QString streamed;
        connect(&runner, &StepRunner::output, this, [&streamed](const QString &t) { streamed += t; });
        QString why;
        QVERIFY2(runner.start(p, std::nullopt, &why), qPrintable(why));
        QTRY_VERIFY(runner.processGroup() > 0);
        // Every process of the step's group: its command line has no secret.
        int looked = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
                    QFile stat(u"/proc/%1/stat"_s.arg(pid));
                    if (!stat.open(QIODevice::ReadOnly))
                        continue;
                    const QList<QByteArray> f = stat.readAll().split(' ');
                    if (f.size() > 4 && f[4].toLongLong() == runner.processGroup()) {
                        QFile cmd(u"/proc/%1/cmdline"_s.arg(pid));
                        cmd.open(QIODevice::ReadOnly);
                        if (cmd.readAll().contains(canary.toUtf8()))
                            return false;
                        ++looked;
                    }
                }
                return looked >= 2;   // bash and its sleep
            }(),
            3000);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        const StepResult r = done.first().first().value<StepResult>();
        QCOMPARE(r.outcome, StepResult::Outcome::Succeeded);
        QVERIFY2(!streamed.contains(canary) && !r.output.contains(canary), qPrintable(streamed));
        QVERIFY2(!streamed.contains(u"canary-"_s), qPrintable(streamed));   // nor half of it
        QCOMPARE(r.output, u"pw=••••••\n••••••\n"_s);
        QVERIFY(!p.command.contains(canary));
    }

    // Cancel ends the step, its child and its grandchild, one that ignores
    // SIGTERM included.
    void cancelEndsTheWholeGroup()
    {
        StepRunner runner(&m_clock);
        runner.setWorkingDirectory(m_dir.path());
        const PlannedStep p = planned(u"sleep 300 & echo $! > child.pid; "
                                      "bash -c 'trap \"\" TERM; echo $$ > stubborn.pid; sleep 300' & "
                                      "sleep 300"_s);
        QSignalSpy done(&runner, &StepRunner::finished);
        QString why;
        QVERIFY(runner.start(p, std::nullopt, &why));
        QTRY_VERIFY(readPid(u"child.pid"_s) > 0 && readPid(u"stubborn.pid"_s) > 0);
        const qint64 child = readPid(u"child.pid"_s), stubborn = readPid(u"stubborn.pid"_s);
        QVERIFY(alive(child) && alive(stubborn));
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QCOMPARE(done.first().first().value<StepResult>().outcome, StepResult::Outcome::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(child), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(stubborn), 5000);
        QFile::remove(m_dir.filePath(u"child.pid"_s));
        QFile::remove(m_dir.filePath(u"stubborn.pid"_s));
    }

    void timeoutFires()
    {
        StepRunner runner(&m_clock);
        runner.setWorkingDirectory(m_dir.path());
        const StepResult r = runToEnd(runner, planned(u"echo begun; sleep 60 & echo $! > late.pid; wait"_s, false, false, 1));
        QCOMPARE(r.outcome, StepResult::Outcome::TimedOut);
        QCOMPARE(r.exitCode, -1);
        QVERIFY(r.output.startsWith(u"begun"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!alive(readPid(u"late.pid"_s)), 5000);
    }

    void exitCodesAndFailures()
    {
        StepRunner runner(&m_clock);
        StepResult r = runToEnd(runner, planned(u"echo no >&2; exit 3"_s));
        QCOMPARE(r.outcome, StepResult::Outcome::Failed);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.output, u"no\n"_s);   // standard error too
        QCOMPARE(r.startedAt, m_clock.now());
        runner.setWorkingDirectory(m_dir.filePath(u"no/such/folder"_s));
        r = runToEnd(runner, planned(u"true"_s));
        QCOMPARE(r.outcome, StepResult::Outcome::FailedToStart);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!runner.isRunning());
    }

    // 24 MB of output arrives whole, in many batches rather than one, and
    // what is kept as evidence is capped.
    void megabytesStream()
    {
        StepRunner runner(&m_clock);
        qint64 received = 0;
        int batches = 0;
        connect(&runner, &StepRunner::output, this, [&](const QString &t) {
            received += t.size();
            ++batches;
        });
        const StepResult r = runToEnd(runner, planned(u"head -c 24000000 /dev/zero | tr '\\0' x"_s));
        QCOMPARE(r.outcome, StepResult::Outcome::Succeeded);
        QCOMPARE(r.outputBytes, 24000000);
        QCOMPARE(received, 24000000);
        QVERIFY2(batches > 10, qPrintable(QString::number(batches)));
        QCOMPARE(r.output.size(), StepRunner::kKeptOutput);
    }
};

QTEST_GUILESS_MAIN(TestStepRunner)
#include "tst_steprunner.moc"
