#include "manualclock.h"
#include "rollbacksession.h"
#include "runbookparser.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(qd::TimelineEvent)
Q_DECLARE_METATYPE(QList<qd::GitCommit>)

// A procedure parsed from Markdown, run through the session with real bash:
// values chosen, a gate passed, a failure continued past, a step skipped and
// one done by hand, each on the timeline in the order it happened.
class TestRollbackSession final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC)};
    Runbook m_runbook;

    QList<TimelineEvent> events(const QSignalSpy &spy)
    {
        QList<TimelineEvent> out;
        for (const QList<QVariant> &args : spy)
            out.append(args.first().value<TimelineEvent>());
        return out;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<qd::TimelineEvent>();
        QVERIFY(m_dir.isValid());
        const QByteArray md = "# Trade drill\n\n## Roll back the trade service\n\n"
                              "```bash\n"
                              "# 1. Safety copy\n"
                              "mkdir -p current safety && echo 2.4.1 > current/version && echo 2.4.1 > safety/version\n"
                              "# 2. Remove the bad version\n"
                              "rm -rf current\n"
                              "# 3. Put back the previous version\n"
                              "mkdir -p current && printf '%s' <previous-version> > current/version\n"
                              "# 4. Check the version\n"
                              "grep -qx 2.4.0 current/version\n"
                              "# 5. Tell the desk\n"
                              "echo told\n"
                              "```\n\n"
                              "1. **Watch the dashboard:** every service green\n";
        m_runbook = RunbookParser().parse(md, m_dir.filePath(u"drill.md"_s));
        QCOMPARE(m_runbook.procedures.size(), 1);
        QCOMPARE(m_runbook.procedures.first().steps.size(), 6);
        QVERIFY(m_runbook.procedures.first().steps.at(1).destructive());
    }

    void aWholeRun()
    {
        RollbackSession session(&m_clock);
        session.setContext({QUuid::createUuid(), u"ana"_s, u"sandbox"_s, m_dir.path()});
        QSignalSpy recorded(&session, &RollbackSession::record);
        QString out;
        connect(&session, &RollbackSession::output, this, [&out](int, const QString &t) { out += t; });

        session.setProcedure(m_runbook, m_runbook.procedures.first(), u"bad deploy of trade"_s);
        QCOMPARE(session.placeholders().size(), 1);
        QCOMPARE(session.placeholders().first().name, u"previous-version"_s);
        QVERIFY(!session.steps().at(2).ready());
        QVERIFY(session.steps().at(2).missing.contains(u"previous-version"_s));
        // In order: step 3 waits for steps 1 and 2.
        QVERIFY2(session.refusal(2, std::nullopt).contains(u"step 1 comes first"_s), qPrintable(session.refusal(2, std::nullopt)));
        session.setValue(u"previous-version"_s, {u"2.4.0"_s, false}, u"typed"_s);
        QCOMPARE(session.steps().at(2).command, u"# 3. Put back the previous version\nmkdir -p current && printf '%s' '2.4.0' > current/version"_s);

        QString why;
        QVERIFY2(session.run(0, std::nullopt, &why), qPrintable(why));
        QVERIFY(!session.run(1, std::nullopt, &why));   // still running
        // Nor can the plan change under it.
        QVERIFY(!session.setValue(u"previous-version"_s, {u"9.9.9"_s, false}));
        QVERIFY(!session.setProcedure(m_runbook, m_runbook.procedures.first()));
        QTRY_COMPARE(session.state(0), RollbackSession::StepState::Succeeded);
        QCOMPARE(session.current(), 1);

        // The gate: nothing without the word, then the word, by ana.
        QVERIFY(!session.run(1, std::nullopt, &why));
        QVERIFY2(why.contains(u"type sandbox"_s), qPrintable(why));
        QVERIFY(QFile::exists(m_dir.filePath(u"current/version"_s)));
        const GateConfirmation gate{u"sandbox"_s, u"ana"_s, QString(), session.steps().at(1).command,
                                    session.steps().at(1).environmentFingerprint(), m_clock.now()};
        QVERIFY2(session.run(1, gate, &why), qPrintable(why));
        QTRY_COMPARE(session.state(1), RollbackSession::StepState::Succeeded);
        QVERIFY(!QFile::exists(m_dir.filePath(u"current/version"_s)));

        // Step 3 with a value that then fails step 4: continue anyway.
        QVERIFY(session.setValue(u"previous-version"_s, {u"2.3.9"_s, false}, u"typed"_s));
        QVERIFY(session.run(2, std::nullopt, &why));
        QTRY_COMPARE(session.state(2), RollbackSession::StepState::Succeeded);
        QVERIFY(session.run(3, std::nullopt, &why));
        QTRY_COMPARE(session.state(3), RollbackSession::StepState::Failed);
        QCOMPARE(session.result(3).exitCode, 1);
        QCOMPARE(session.current(), 3);
        session.continueAnyway(3, u"checked by hand: 2.3.9 is fine"_s);
        QCOMPARE(session.current(), 4);
        QCOMPARE(session.dryRun(4), u"# 5. Tell the desk\necho told"_s);
        session.skip(4, u"the desk is on the call"_s);
        session.markDone(5, u"all green"_s);
        QCOMPARE(session.current(), 6);
        QCOMPARE(session.count(RollbackSession::StepState::Skipped), 2);
        QVERIFY(out.isEmpty());   // none of the steps printed anything

        const QList<TimelineEvent> e = events(recorded);
        QStringList actions;
        for (const TimelineEvent &ev : e) {
            QCOMPARE(ev.incidentId, session.context().incident);
            actions.append(ev.kind + u':' + ev.data.value(u"action"_s).toString());
        }
        QCOMPARE(actions, (QStringList{u"runbook:procedure"_s, u"runbook:parameter"_s,
                                       u"runbook-step:started"_s, u"runbook-step:finished"_s,
                                       u"gate:gate"_s, u"runbook-step:started"_s, u"runbook-step:finished"_s,
                                       u"runbook:parameter"_s,
                                       u"runbook-step:started"_s, u"runbook-step:finished"_s,
                                       u"runbook-step:started"_s, u"runbook-step:finished"_s,
                                       u"runbook-step:continued"_s, u"runbook-step:dry-run"_s,
                                       u"runbook-step:skipped"_s, u"runbook-step:done-by-hand"_s}));
        const TimelineEvent &gateEvent = e.at(4);
        QCOMPARE(gateEvent.actor, u"ana"_s);
        QCOMPARE(gateEvent.data.value(u"typed"_s).toString(), u"sandbox"_s);
        QCOMPARE(gateEvent.data.value(u"command"_s).toString(), u"# 2. Remove the bad version\nrm -rf current"_s);
        QVERIFY(gateEvent.key);
        QCOMPARE(e.at(11).data.value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(e.at(11).data.value(u"exitCode"_s).toInt(), 1);
        QVERIFY(e.at(11).key);
        QCOMPARE(e.at(1).text, u"Parameter previous-version = '2.4.0' (typed)"_s);

        // A new value after step 3 ran: its command changed, so it is to be
        // run again, and the record says so.
        recorded.clear();
        QVERIFY(session.setValue(u"previous-version"_s, {u"2.4.0"_s, false}, u"typed"_s));
        QCOMPARE(session.state(2), RollbackSession::StepState::Pending);
        QCOMPARE(session.state(0), RollbackSession::StepState::Succeeded);   // unchanged command, kept
        QCOMPARE(session.current(), 2);
        QCOMPARE(events(recorded).last().data.value(u"action"_s).toString(), u"replanned"_s);
    }

    // A commit placeholder whose step does not say where git runs: the
    // profile's repository, and its log for the picker.
    void commitsFromTheProfilesRepository()
    {
        const QString repo = m_dir.filePath(u"code"_s);
        QDir().mkpath(repo);
        const auto git = [&repo](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(repo);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *v : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
                env.insert(QString::fromLatin1(v), u"t@t.invalid"_s);
            p.setProcessEnvironment(env);
            p.start(u"git"_s, args);
            return p.waitForFinished(10000) && p.exitCode() == 0;
        };
        if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
            QSKIP("needs git");
        QVERIFY(git({u"init"_s, u"-q"_s}));
        QVERIFY(git({u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, u"release 1.0"_s}));
        QVERIFY(git({u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, u"release 1.1"_s}));
        const Runbook rb = RunbookParser().parse("# Ops\n\n## Roll back the backend\n\n```bash\ngit checkout <commit-hash>\n```\n",
                                                 m_dir.filePath(u"code.md"_s));
        RollbackSession session(&m_clock);
        RollbackSession::Context context{QUuid::createUuid(), u"ana"_s, u"sandbox"_s, m_dir.path(), {}};
        context.repositories = {{u"frontend"_s, u"/nowhere"_s}, {u"backend"_s, repo}};
        session.setContext(context);
        session.setProcedure(rb, rb.procedures.first());
        QCOMPARE(session.repositoryFor(u"commit-hash"_s), repo);
        QSignalSpy ready(&session, &RollbackSession::commitsReady);
        session.requestCommits(u"commit-hash"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        const QList<GitCommit> commits = ready.first().at(1).value<QList<GitCommit>>();
        QCOMPARE(commits.size(), 2);
        QCOMPARE(commits.first().subject, u"release 1.1"_s);
        QCOMPARE(commits.first().hash.size(), 40);
    }

    // A secret value is never on the timeline; its output is masked there too.
    void secretsStayOffTheTimeline()
    {
        const QByteArray md = "# Ops\n\n## Rotate\n\n```bash\necho \"token is $API_TOKEN\"\n```\n";
        const Runbook rb = RunbookParser().parse(md, m_dir.filePath(u"rotate.md"_s));
        RollbackSession session(&m_clock);
        session.setContext({QUuid::createUuid(), u"ana"_s, u"sandbox"_s, m_dir.path()});
        QSignalSpy recorded(&session, &RollbackSession::record);
        session.setProcedure(rb, rb.procedures.first());
        session.setValue(u"API_TOKEN"_s, {u"canary-91b2"_s, true}, u"from the keychain"_s);
        QString why;
        QVERIFY2(session.run(0, std::nullopt, &why), qPrintable(why));
        QTRY_COMPARE(session.state(0), RollbackSession::StepState::Succeeded);
        for (const TimelineEvent &ev : events(recorded)) {
            QVERIFY2(!ev.text.contains(u"canary"_s), qPrintable(ev.text));
            QVERIFY2(!QString::fromUtf8(QJsonDocument(ev.data).toJson()).contains(u"canary"_s), qPrintable(ev.text));
        }
        QCOMPARE(session.result(0).output, u"token is ••••••\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestRollbackSession)
#include "tst_rollbacksession.moc"
