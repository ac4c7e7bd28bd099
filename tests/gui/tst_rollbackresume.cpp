#include "heartbeatmodel.h"
#include "parameterspage.h"
#include "rollbacksession.h"
#include "rollbackwizard.h"
#include "runbookparser.h"
#include "servicetablemodel.h"
#include "sqlitestore.h"
#include "stepspage.h"
#include "systemclock.h"

#include <QAbstractButton>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace qd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(qd::TimelineEvent)

// A console killed with SIGKILL in the middle of a gated step: the next
// console finds the rollback interrupted on the timeline, takes it up with
// that step's outcome unknown, asks for the secret again (it was never
// recorded), and lets the commander check and go on.
class TestRollbackResume final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SystemClock m_clock;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<qd::TimelineEvent>();
        QVERIFY(m_dir.isValid());
    }

    void killedMidStepThenResumed()
    {
        const QString folder = m_dir.path();
        QFile script(m_dir.filePath(u"restore-previous.sh"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/bash\necho $$ > step.pid\nsleep 30\necho \"$1\" > version\n");
        script.close();
        script.setPermissions(script.permissions() | QFile::ExeOwner);
        QFile md(m_dir.filePath(u"deploy.md"_s));
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write("# Deploy drill\n\n## Roll back the deploy\n\n```bash\n"
                 "# 1. Note the version\necho 2.4.1 > version\n"
                 "# 2. Restore the previous version\n./restore-previous.sh <version>\n"
                 "# 3. Tell the desk\ncurl -fsS -H \"Authorization: Bearer $API_TOKEN\" http://127.0.0.1:9/ || true\n"
                 "# 4. Check\ncat version\n```\n");
        md.close();
        const Runbook rb = RunbookParser().parseFile(md.fileName()).runbook;
        QVERIFY(rb.procedures.first().steps.at(1).destructive());

        const QString storePath = m_dir.filePath(u"incidents.db"_s);
        QUuid incident;
        {
            SqliteStore store(storePath, u"setup"_s, m_clock);
            QString error;
            QVERIFY(store.open(&error));
            Incident draft;
            draft.title = u"Bad deploy"_s;
            incident = store.declare(draft, u"ana"_s, &error)->id;
        }

        // The console that dies.
        QProcess child;
        child.start(QStringLiteral(QD_BINARY_DIR "/tests/gui/rollbackcrashchild"),
                    {storePath, md.fileName(), incident.toString(QUuid::WithoutBraces), folder});
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 20000);
        QCOMPARE(child.readLine().trimmed(), QByteArray("running"));
        QTRY_VERIFY(QFile::exists(m_dir.filePath(u"step.pid"_s)));
        child.kill();   // SIGKILL, mid-step
        QVERIFY(child.waitForFinished(5000));
        QFile pidFile(m_dir.filePath(u"step.pid"_s));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 stepPid = pidFile.readAll().trimmed().toLongLong();

        // The next console: the timeline says a rollback was cut off.
        SqliteStore store(storePath, u"console-after"_s, m_clock);
        QString error;
        QVERIFY(store.open(&error));
        TimelineFilter filter;
        filter.kinds = RollbackSession::eventKinds();
        const QList<TimelineEvent> events = store.events(incident, filter, 0, 10000, &error);
        const std::optional<RollbackSession::Interrupted> at = RollbackSession::interrupted(events);
        QVERIFY(at);
        QCOMPARE(at->procedure, u"Roll back the deploy"_s);
        QCOMPARE(at->runningStep, 2);
        for (const TimelineEvent &e : events)
            QVERIFY2(!QJsonDocument(e.data).toJson().contains("canary-resume-77") && !e.text.contains(u"canary"_s), qPrintable(e.text));

        RollbackSession session(&m_clock);
        session.setContext({incident, u"ben"_s, u"sandbox"_s, folder});
        QSignalSpy recorded(&session, &RollbackSession::record);
        QVERIFY2(session.resume(rb, events, &error), qPrintable(error));
        QCOMPARE(session.state(0), RollbackSession::StepState::Succeeded);
        QCOMPARE(session.state(1), RollbackSession::StepState::Unknown);
        QCOMPARE(session.state(2), RollbackSession::StepState::Pending);
        QCOMPARE(session.values().value(u"version"_s).text, u"2.4.0"_s);
        QVERIFY(!session.values().contains(u"API_TOKEN"_s));   // never recorded: asked again
        QCOMPARE(recorded.size(), 1);
        const TimelineEvent resumed = recorded.first().first().value<TimelineEvent>();
        QVERIFY2(resumed.text.contains(u"step 2 was running when the console stopped, its outcome is unknown"_s), qPrintable(resumed.text));
        QVERIFY(resumed.key);

        // The wizard opens at the parameters (the secret), then the steps.
        ServiceTableModel services;
        HeartbeatModel heartbeats(&m_clock);
        RollbackInputs in;
        in.runbooks = {rb};
        in.incident.id = incident;
        in.services = &services;
        in.heartbeats = &heartbeats;
        in.clock = &m_clock;
        RollbackWizard wizard(&session, in);
        wizard.startResumed();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(RollbackWizard::Parameters));
        auto *token = qobject_cast<QLineEdit *>(wizard.parametersPage()->field(u"API_TOKEN"_s));
        QVERIFY(token);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QCOMPARE(qobject_cast<QLineEdit *>(wizard.parametersPage()->field(u"version"_s))->text(), u"2.4.0"_s);
        QTest::keyClicks(token, u"canary-resume-78"_s);
        wizard.next();
        wizard.next();   // the preparation has nothing to tick here
        QCOMPARE(wizard.currentId(), int(RollbackWizard::Steps));
        StepsPage *steps = wizard.stepsPage();
        QCOMPARE(steps->shown(), 1);
        QVERIFY2(steps->statusLabel()->text().startsWith(u"Outcome unknown"_s), qPrintable(steps->statusLabel()->text()));
        QCOMPARE(steps->runButton()->text(), u"&Retry"_s);
        QVERIFY(!steps->runButton()->isEnabled());   // the gate asks again
        // Checked by hand: the restore is still sleeping; end it and say so.
        ::kill(pid_t(stepPid), SIGKILL);
        QTest::keyClicks(steps->reasonBox(), u"checked: the restore was killed before writing; version restored by hand"_s);
        steps->doneButton()->click();
        QCOMPARE(session.state(1), RollbackSession::StepState::DoneByHand);
        QTRY_COMPARE(steps->shown(), 2);
        steps->runButton()->click();
        QTRY_COMPARE(session.state(2), RollbackSession::StepState::Succeeded);
        QVERIFY(!session.result(2).output.contains(u"canary"_s));
        QTRY_COMPARE(steps->shown(), 3);
        steps->runButton()->click();
        QTRY_COMPARE(session.state(3), RollbackSession::StepState::Succeeded);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestRollbackResume)
#include "tst_rollbackresume.moc"
