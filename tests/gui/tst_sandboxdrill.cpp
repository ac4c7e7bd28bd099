#include "backupservice.h"
#include "heartbeatmodel.h"
#include "heartbeatmonitor.h"
#include "incidentservice.h"
#include "parameterspage.h"
#include "preparationpage.h"
#include "probeengine.h"
#include "profileparser.h"
#include "rollbacksession.h"
#include "rollbackwizard.h"
#include "runbookbinder.h"
#include "runbookparser.h"
#include "sandbox.h"
#include "servicetablemodel.h"
#include "sqlitestore.h"
#include "stepspage.h"
#include "summarypage.h"
#include "systemclock.h"
#include "triagepage.h"
#include "verificationpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

using namespace qd;
using namespace Qt::StringLiterals;

// Issue 6's drill, end to end, offscreen: the live sandbox (services on
// loopback, backups, the trade service's git deployments), the probes, the
// backup inventory and the incident store each on their own thread as in
// the console. A bad deploy turns trade red; the wizard walks the sandbox
// runbook's Bad Deploy Rollback (safety backup, stop, checkout of the good
// commit picked from git log, restore of a verified backup, start, check),
// passing three gates; the verification waits for every service green; the
// store then holds the timeline of it all.
class TestSandboxDrill final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SystemClock m_clock;

    template<typename T>
    static T *onThread(QThread &thread, T *object)
    {
        object->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, object, &QObject::deleteLater);
        return object;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"quarterdeck-test"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        if (QStandardPaths::findExecutable(u"git"_s).isEmpty())
            QSKIP("the deploy drill needs git (scripts/test installs it)");
    }

    void badDeployRolledBackThroughTheWizard()
    {
        QThread sandboxThread, probeThread, heartbeatThread, backupThread, storeThread;
        auto *sandbox = onThread(sandboxThread, new Sandbox(&m_clock));
        QSignalSpy ready(sandbox, &Sandbox::ready);
        sandboxThread.start();
        QMetaObject::invokeMethod(sandbox, &Sandbox::start);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
        const QString profilePath = ready.first().at(0).toString();
        const QString folder = ready.first().at(1).toString();
        const ProfileParser::Result parsed = ProfileParser::parseFile(profilePath);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        const Profile profile = *parsed.profile;

        ServiceTableModel services;
        services.setServices(profile.services);
        auto *engine = onThread(probeThread, new ProbeEngine(&m_clock));
        connect(engine, &ProbeEngine::statusesChanged, &services, &ServiceTableModel::applyStatuses);
        probeThread.start();
        QMetaObject::invokeMethod(engine, [engine, s = profile.services] { engine->setServices(s); });

        HeartbeatModel heartbeats(&m_clock);
        heartbeats.setHeartbeats(profile.heartbeats);
        auto *monitor = onThread(heartbeatThread, new HeartbeatMonitor);
        connect(monitor, &HeartbeatMonitor::heartbeatsUpdated, &heartbeats, &HeartbeatModel::applyStatuses);
        heartbeatThread.start();
        QMetaObject::invokeMethod(monitor, [monitor, h = profile.heartbeats] { monitor->setHeartbeats(h); });

        QList<BackupSetStatus> inventory;
        int verified = 0;
        auto *backups = onThread(backupThread, new BackupService(&m_clock, QString()));
        connect(backups, &BackupService::inventoryChanged, this, [&inventory](const QList<BackupSetStatus> &sets) { inventory = sets; });
        connect(backups, &BackupService::verificationFinished, this, [&verified] { ++verified; });
        backupThread.start();
        QMetaObject::invokeMethod(backups, [backups, profile] {
            backups->setProfile(profile);
            backups->verify({}, false);
        });

        auto *store = onThread(storeThread, new IncidentService(m_dir.filePath(u"drill.db"_s), u"console"_s, m_clock));
        QSignalSpy declared(store, &IncidentService::declared);
        QSignalSpy appended(store, &IncidentService::appended);
        storeThread.start();
        QMetaObject::invokeMethod(store, &IncidentService::open);
        Incident draft;
        draft.title = u"Drill: trade 503 after deploy"_s;
        draft.drill = true;
        draft.environment = u"sandbox"_s;
        QMetaObject::invokeMethod(store, [store, draft] { store->declare(draft, u"ana"_s); });
        QTRY_COMPARE_WITH_TIMEOUT(declared.size(), 1, 5000);
        const Incident incident = declared.first().first().value<Incident>();

        // Everything green, then the bad deploy.
        const auto stateOf = [&services](const QString &name) { return services.status(services.rowOf(name)).state; };
        QTRY_VERIFY_WITH_TIMEOUT(services.countIn(ServiceState::Up) == services.rowCount(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(verified >= 1, 30000);
        QMetaObject::invokeMethod(sandbox, &Sandbox::drillBadDeploy);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"trade"_s), ServiceState::Down, 15000);

        Runbook runbook = RunbookParser().parseFile(folder + u"/runbooks/sandbox-rollback.md"_s).runbook;
        RunbookBinder::bind(runbook, profile);
        RollbackInputs in;
        in.runbooks = {runbook};
        in.profile = profile;
        in.inventory = inventory;
        in.incident = incident;
        in.services = &services;
        in.heartbeats = &heartbeats;
        in.clock = &m_clock;
        RollbackSession session(&m_clock);
        session.setContext({incident.id, u"ana"_s, profile.environment.name, folder});
        connect(&session, &RollbackSession::record, store, &IncidentService::append);
        RollbackWizard wizard(&session, in);
        connect(&wizard, &RollbackWizard::checkNowRequested, engine, &ProbeEngine::checkNow);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);

        // Triage: "Bad deploy" recommends the Bad Deploy Rollback.
        QTreeWidget *matrix = wizard.triagePage()->matrixView();
        QTreeWidgetItem *badDeploy = matrix->topLevelItem(0)->child(0);
        QVERIFY2(badDeploy->text(0).startsWith(u"Bad deploy"_s), qPrintable(badDeploy->text(0)));
        matrix->setCurrentItem(badDeploy);
        QVERIFY(wizard.triagePage()->recommended().contains(u"Service-Level Rollback › Bad Deploy Rollback"_s));
        next->click();
        QCOMPARE(session.procedure().name, u"Service-Level Rollback › Bad Deploy Rollback"_s);

        // Parameters: the good commit from git log; the newest verified backup.
        ParametersPage *params = wizard.parametersPage();
        QComboBox *commits = params->commitPicker(u"GOOD_COMMIT_HASH"_s);
        QVERIFY(commits);
        QTRY_VERIFY_WITH_TIMEOUT(commits->isEnabled(), 10000);
        int good = -1;
        for (int i = 0; i < commits->count(); ++i)
            if (commits->itemText(i).contains(u"trade 2.4.0"_s))
                good = i;
        QVERIFY2(good > 0, qPrintable(commits->itemText(0)));
        commits->setCurrentIndex(good);
        emit commits->activated(good);
        auto *backup = qobject_cast<QComboBox *>(params->field(u"YYYYMMDD_HHMMSS"_s));
        QVERIFY(backup && backup->count() > 1);
        QVERIFY2(backup->currentText().contains(u"verified OK"_s), qPrintable(backup->currentText()));
        const QString restoredFrom = backup->currentText().section(u" · "_s, 0, 0);
        QVERIFY(next->isEnabled());
        next->click();

        // Preparation: the runbook's checklist; step 1 is the safety backup.
        PreparationPage *prep = wizard.preparationPage();
        QVERIFY(!prep->asksForSafetyCopy());
        QCOMPARE(prep->checklist().size(), 5);   // three to tick, two instructions
        for (QCheckBox *box : prep->checklist())
            box->setChecked(true);
        QVERIFY(next->isEnabled());
        next->click();

        // Steps: six, three of them gated by the word "sandbox".
        StepsPage *steps = wizard.stepsPage();
        QCOMPARE(session.steps().size(), 6);
        for (int i = 0; i < 6; ++i) {
            QTRY_COMPARE(steps->shown(), i);
            if (session.steps().at(i).step.destructive()) {
                QVERIFY2(!steps->runButton()->isEnabled(), qPrintable(session.steps().at(i).command));
                QTest::keyClicks(steps->gateWord(), u"sandbox"_s);
            }
            QVERIFY2(steps->runButton()->isEnabled(), qPrintable(steps->statusLabel()->text()));
            steps->runButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(session.state(i) != RollbackSession::StepState::Running, 30000);
            QVERIFY2(session.state(i) == RollbackSession::StepState::Succeeded,
                     qPrintable(u"step %1: %2\n%3"_s.arg(i + 1).arg(session.result(i).command, session.result(i).output)));
        }
        QVERIFY(next->isEnabled());
        next->click();

        // Verification: every service and the heartbeat green again.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.verificationPage()->allGreen(), 20000);
        QCOMPARE(stateOf(u"trade"_s), ServiceState::Up);
        next->click();
        QVERIFY2(wizard.summaryPage()->text().startsWith(u"Recovered and verified."_s), qPrintable(wizard.summaryPage()->text()));
        QVERIFY2(wizard.summaryPage()->text().contains(u"6 steps ran (0 failed)"_s), qPrintable(wizard.summaryPage()->text()));
        wizard.button(QWizard::FinishButton)->click();

        // What the drill did, on disk.
        QFile version(folder + u"/deploy/trade/VERSION"_s);
        QVERIFY(version.open(QIODevice::ReadOnly));
        QCOMPARE(version.readAll().trimmed(), QByteArray("2.4.0"));
        QVERIFY(QFile::exists(folder + u"/data/market-data.sql"_s));
        QVERIFY(!QDir(folder + u"/safety"_s).entryList(QDir::Files).isEmpty());

        // The timeline in the store: the procedure, the values, the three
        // gates, every step started and finished, verification, summary.
        QTRY_VERIFY_WITH_TIMEOUT(appended.size() >= 25, 5000);
        SqliteStore reader(m_dir.filePath(u"drill.db"_s), u"reader"_s, m_clock);
        QString error;
        QVERIFY(reader.open(&error));
        const QList<TimelineEvent> events = reader.events(incident.id, 0, 10000, &error);
        QStringList kinds;
        int gates = 0, finished = 0;
        for (const TimelineEvent &e : events) {
            kinds.append(e.kind);
            gates += e.kind == u"gate";
            finished += e.kind == u"runbook-step" && e.data.value(u"action"_s).toString() == u"finished"
                        && e.data.value(u"outcome"_s).toString() == u"succeeded";
        }
        QCOMPARE(gates, 3);
        QCOMPARE(finished, 6);
        QVERIFY2(kinds.contains(u"verification"_s), qPrintable(kinds.join(u", "_s)));
        const auto has = [&events](const QString &text) {
            return std::any_of(events.cbegin(), events.cend(), [&text](const TimelineEvent &e) { return e.text.contains(text); });
        };
        QVERIFY(has(u"Procedure chosen: Service-Level Rollback › Bad Deploy Rollback"_s));
        QVERIFY(has(u"Parameter YYYYMMDD_HHMMSS"_s));
        QVERIFY(has(restoredFrom));
        QVERIFY(has(u"Rollback finished: Recovered and verified."_s));

        QMetaObject::invokeMethod(engine, &ProbeEngine::stop, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(backups, &BackupService::shutdown, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(monitor, &HeartbeatMonitor::stop, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(store, &IncidentService::close, Qt::BlockingQueuedConnection);
        for (QThread *t : {&sandboxThread, &probeThread, &heartbeatThread, &backupThread, &storeThread}) {
            t->quit();
            t->wait();
        }
    }
};

QTEST_MAIN(TestSandboxDrill)
#include "tst_sandboxdrill.moc"
