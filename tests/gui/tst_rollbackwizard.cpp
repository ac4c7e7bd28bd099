#include "heartbeatmodel.h"
#include "manualclock.h"
#include "parameterspage.h"
#include "preparationpage.h"
#include "rollbacksession.h"
#include "rollbackwizard.h"
#include "runbookbinder.h"
#include "runbookparser.h"
#include "servicetablemodel.h"
#include "stepspage.h"
#include "summarypage.h"
#include "triagepage.h"
#include "verificationpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace qd;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(qd::TimelineEvent)

// The rollback wizard offscreen, every page, over a real session running
// real bash in a folder of its own: triage recommends from the matrix, the
// backup comes from the inventory (a corrupt one needs an override), the
// preparation is ticked, the gate keeps Run disabled until the word is
// typed, the verification waits for green, and the timeline gets it all.
class TestRollbackWizard final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC)};

    Runbook runbook(const Profile &profile)
    {
        const QByteArray md =
            "# Trade drill\n\n"
            "## Decision Matrix\n\n"
            "| Issue | Severity | Rollback Type | Decision Criteria |\n|---|---|---|---|\n"
            "| Bad deploy | High | Service-level | 503 after a deploy |\n"
            "| Prices wrong | Critical | Data restore | bad rows |\n\n"
            "## Preparation for Rollback\n\n- [ ] Tell the desk\n- [ ] Pause new orders\n\n"
            "## Service-Level Rollback\n\n### Trade Service Rollback\n\n"
            "```bash\n"
            "# 1. Put the version aside\n"
            "mkdir -p current && echo 2.4.1 > current/version\n"
            "# 2. Remove the bad version\n"
            "rm -rf current\n"
            "# 3. Put back the previous version from its backup\n"
            "mkdir -p current && printf '%s from %s' <previous-version> \"$(basename backups/trade/trade_YYYYMMDD_HHMMSS.tar.gz)\" > current/version\n"
            "```\n\n"
            "```sql\nSELECT count(*) FROM trades;\n```\n\n"
            "## Data Recovery\n\n### Restore Market Data\n\n```bash\necho restore\n```\n";
        Runbook rb = RunbookParser().parse(md, m_dir.filePath(u"drill.md"_s));
        RunbookBinder::bind(rb, profile);
        return rb;
    }

    // A wizard's surroundings for one runbook: empty dashboard models, the
    // clock, a session run by ana in the test's folder.
    struct Rig
    {
        ServiceTableModel services;
        HeartbeatModel heartbeats;
        RollbackInputs in;
        RollbackSession session;
        Rig(const Runbook &rb, ManualClock &clock, const QString &folder)
            : heartbeats(&clock)
            , session(&clock)
        {
            in.runbooks = {rb};
            in.services = &services;
            in.heartbeats = &heartbeats;
            in.clock = &clock;
            session.setContext({QUuid::createUuid(), u"ana"_s, u"sandbox"_s, folder});
        }
    };

    static QList<TimelineEvent> events(const QSignalSpy &spy)
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
    }

    void theWholeWizard()
    {
        Profile profile;
        profile.path = m_dir.filePath(u"profile.yaml"_s);
        profile.environment.name = u"sandbox"_s;
        BackupSetSpec set;
        set.name = u"trade"_s;
        set.folder = m_dir.filePath(u"backups/trade"_s);
        set.pattern = u"trade_{YYYYMMDD}_{HHMMSS}.tar.gz"_s;
        profile.backups = {set};
        Objective trade;
        trade.component = u"trade"_s;
        trade.rto = Millis(15 * 60 * 1000);
        profile.objectives = {trade};
        ServiceSpec svc;
        svc.name = u"trade"_s;
        profile.services = {svc};

        BackupSetStatus inv;
        inv.spec = set;
        Backup corrupt, good;
        corrupt.name = u"trade_20261206_0250.tar.gz"_s;
        corrupt.path = set.folder + u"/trade_20261206_025000.tar.gz"_s;
        corrupt.timestamp = m_clock.now().addSecs(-600);
        corrupt.size = 1000;
        corrupt.verification = Backup::Verification::Corrupt;
        good = corrupt;
        good.name = u"trade_20261206_0240.tar.gz"_s;
        good.path = set.folder + u"/trade it's_20261206_024000.tar.gz"_s;
        good.timestamp = m_clock.now().addSecs(-1200);
        good.verification = Backup::Verification::Ok;
        inv.backups = {corrupt, good};

        ServiceTableModel services;
        services.setServices(profile.services);
        HeartbeatModel heartbeats(&m_clock);

        RollbackInputs in;
        in.runbooks = {runbook(profile)};
        in.profile = profile;
        in.inventory = {inv};
        in.incident.id = QUuid::createUuid();
        in.incident.title = u"Trade 503 after deploy"_s;
        in.incident.declaredAt = m_clock.now().addSecs(-300);
        in.services = &services;
        in.heartbeats = &heartbeats;
        in.clock = &m_clock;

        RollbackSession session(&m_clock);
        session.setContext({in.incident.id, u"ana"_s, u"sandbox"_s, m_dir.path()});
        QSignalSpy recorded(&session, &RollbackSession::record);
        RollbackWizard wizard(&session, in);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);

        // Triage: the matrix row recommends the service-level procedure.
        TriagePage *triage = wizard.triagePage();
        QVERIFY(!next->isEnabled());
        QTreeWidget *matrix = triage->matrixView();
        QCOMPARE(matrix->topLevelItemCount(), 1);
        matrix->setCurrentItem(matrix->topLevelItem(0)->child(0));
        QCOMPARE(triage->recommended(), (QStringList{u"Service-Level Rollback › Trade Service Rollback"_s}));
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(wizard.currentId(), int(RollbackWizard::Parameters));
        QCOMPARE(session.procedure().name, u"Service-Level Rollback › Trade Service Rollback"_s);

        // Parameters: the newest verified backup is preselected; the corrupt
        // one needs an override with a reason.
        ParametersPage *params = wizard.parametersPage();
        auto *backup = qobject_cast<QComboBox *>(params->field(u"YYYYMMDD_HHMMSS"_s));
        QVERIFY(backup);
        QCOMPARE(backup->count(), 2);
        QCOMPARE(backup->currentIndex(), 1);
        auto *version = qobject_cast<QLineEdit *>(params->field(u"previous-version"_s));
        QVERIFY(version);
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(version, u"2.4.0; touch pwned"_s);
        QVERIFY(next->isEnabled());
        backup->setCurrentIndex(0);
        QVERIFY(!next->isEnabled());
        params->overrideBox(u"YYYYMMDD_HHMMSS"_s)->setChecked(true);
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(params->overrideReason(u"YYYYMMDD_HHMMSS"_s), u"drill: the corrupt one on purpose"_s);
        QVERIFY(next->isEnabled());
        backup->setCurrentIndex(1);
        next->click();
        QCOMPARE(wizard.currentId(), int(RollbackWizard::Preparation));

        // Preparation: the runbook's checklist, each item ticked; step 1
        // makes no safety copy ("Put the version aside" is no backup).
        PreparationPage *prep = wizard.preparationPage();
        QCOMPARE(prep->checklist().size(), 2);
        QVERIFY(prep->asksForSafetyCopy());
        QVERIFY(!next->isEnabled());
        for (QCheckBox *box : prep->checklist())
            box->setChecked(true);
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(prep->safetyCopy(), u"safety/ in the drill folder"_s);
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(wizard.currentId(), int(RollbackWizard::Steps));

        // Steps.
        StepsPage *steps = wizard.stepsPage();
        QCOMPARE(steps->shown(), 0);
        QVERIFY(!next->isEnabled());
        QVERIFY(steps->runButton()->isEnabled());
        steps->runButton()->click();
        QTRY_COMPARE(session.state(0), RollbackSession::StepState::Succeeded);
        QTRY_COMPARE(steps->shown(), 1);
        // The gate: Run stays disabled until the word is typed exactly.
        QVERIFY(steps->gateWord()->isVisible());
        QVERIFY(!steps->runButton()->isEnabled());
        QTest::keyClicks(steps->gateWord(), u"Sandbox"_s);
        QVERIFY(!steps->runButton()->isEnabled());
        steps->gateWord()->clear();
        QTest::keyClicks(steps->gateWord(), u"sandbox"_s);
        QVERIFY(steps->runButton()->isEnabled());
        QCOMPARE(steps->commandView()->toPlainText(), u"# 2. Remove the bad version\nrm -rf current"_s);
        QTest::keyClick(steps->gateWord(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(session.state(1), RollbackSession::StepState::Succeeded);
        QVERIFY(!QFile::exists(m_dir.filePath(u"current/version"_s)));
        QTRY_COMPARE(steps->shown(), 2);
        QVERIFY(steps->gateWord()->text().isEmpty());
        steps->dryRunButton()->click();
        QVERIFY(steps->outputView()->toPlainText().contains(u"Dry run: nothing ran"_s));
        steps->runButton()->click();
        QTRY_COMPARE(session.state(2), RollbackSession::StepState::Succeeded);
        QFile written(m_dir.filePath(u"current/version"_s));
        QVERIFY(written.open(QIODevice::ReadOnly));
        // The hostile value and the path with a quote arrived as text.
        QCOMPARE(written.readAll(), QByteArray("2.4.0; touch pwned from trade it's_20261206_024000.tar.gz"));
        QVERIFY(!QFile::exists(m_dir.filePath(u"pwned"_s)));
        // The SQL step waits for the verification; the page is done. Without
        // a database to run it against, it is done by hand (in psql).
        QTRY_VERIFY(next->isEnabled());
        steps->show(3);
        QTest::keyClicks(steps->reasonBox(), u"ran it in psql: 1,204 trades"_s);
        steps->doneButton()->click();
        QCOMPARE(session.state(3), RollbackSession::StepState::DoneByHand);
        next->click();
        QCOMPARE(wizard.currentId(), int(RollbackWizard::Verification));

        // Verification: trade is Unknown, so not green; then Up.
        VerificationPage *verify = wizard.verificationPage();
        QVERIFY(!verify->allGreen());
        QVERIFY(!next->isEnabled());
        ServiceStatus up;
        up.name = u"trade"_s;
        up.state = ServiceState::Up;
        services.applyStatuses({up});
        QTRY_VERIFY(verify->allGreen());
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(wizard.currentId(), int(RollbackWizard::Summary));
        const QString summary = wizard.summaryPage()->text();
        QVERIFY2(summary.startsWith(u"Recovered and verified."_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"3 steps ran (0 failed)"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"5 m from declaration, within the RTO of 15 m (trade)"_s), qPrintable(summary));
        wizard.button(QWizard::FinishButton)->click();

        QStringList kinds;
        for (const TimelineEvent &e : events(recorded)) {
            QCOMPARE(e.incidentId, in.incident.id);
            kinds.append(e.kind + u':' + e.data.value(u"action"_s).toString());
        }
        QCOMPARE(kinds, (QStringList{u"runbook:procedure"_s, u"runbook:page"_s, u"runbook:parameter"_s, u"runbook:parameter"_s,
                                     u"runbook:page"_s, u"runbook:preparation"_s, u"runbook:page"_s,
                                     u"runbook-step:started"_s, u"runbook-step:finished"_s,
                                     u"gate:gate"_s, u"runbook-step:started"_s, u"runbook-step:finished"_s,
                                     u"runbook-step:dry-run"_s, u"runbook-step:started"_s, u"runbook-step:finished"_s,
                                     u"runbook-step:done-by-hand"_s, u"runbook:page"_s, u"verification:verification"_s, u"runbook:page"_s, u"runbook:summary"_s}));
        const QList<TimelineEvent> all = events(recorded);
        QVERIFY(all.at(0).text.contains(u"recommended for"_s));
        const TimelineEvent gate = all.at(9);
        QCOMPARE(gate.data.value(u"typed"_s).toString(), u"sandbox"_s);
        QCOMPARE(gate.data.value(u"by"_s).toString(), u"ana"_s);
    }

    // A procedure with no safety copy before its destructive step: the
    // runbook's own safety step (from its preparation) is offered, run once,
    // recorded, and lets the commander on.
    void safetyStepOffered()
    {
        const Runbook rb = RunbookParser().parse(
            "# Ops\n\n## Preparation\n\n```bash\n# 1. Safety backup of the data\nmkdir -p safety && echo data > safety/copy\n```\n\n"
            "## Restore\n\n```bash\n# 1. Remove the bad data\nrm -rf current\n```\n",
            m_dir.filePath(u"safety.md"_s));
        Rig rig(rb, m_clock, m_dir.path());
        RollbackInputs &in = rig.in;
        RollbackSession &session = rig.session;
        QSignalSpy recorded(&session, &RollbackSession::record);
        RollbackWizard wizard(&session, in);
        wizard.show();
        QVERIFY(wizard.triagePage()->selectProcedure(u"Restore"_s));
        wizard.next();
        wizard.next();
        PreparationPage *prep = wizard.preparationPage();
        QVERIFY(prep->asksForSafetyCopy());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(prep->safetySteps()->count(), 1);
        QCOMPARE(prep->safetySteps()->itemText(0), u"Safety backup of the data (from Preparation)"_s);
        prep->runSafetyButton()->click();
        QTRY_VERIFY(prep->safetyTaken());
        QVERIFY(QFile::exists(m_dir.filePath(u"safety/copy"_s)));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QStringList actions;
        for (const QList<QVariant> &a : recorded)
            actions.append(a.first().value<TimelineEvent>().data.value(u"action"_s).toString());
        QVERIFY2(actions.contains(u"safety-started"_s) && actions.contains(u"safety"_s), qPrintable(actions.join(u", "_s)));
    }

    // $VARIABLES come prefilled from the profile's variables, said so, and
    // recorded as such.
    void variablesFromTheProfile()
    {
        const Runbook rb = RunbookParser().parse("# Ops\n\n## Check\n\n```bash\ncurl -fsS \"$API_URL/health\"\n```\n",
                                                 m_dir.filePath(u"vars.md"_s));
        Rig rig(rb, m_clock, m_dir.path());
        rig.in.profile.variables = {{u"API_URL"_s, u"http://127.0.0.1:9"_s}};
        RollbackInputs &in = rig.in;
        RollbackSession &session = rig.session;
        QSignalSpy recorded(&session, &RollbackSession::record);
        RollbackWizard wizard(&session, in);
        wizard.show();
        QVERIFY(wizard.triagePage()->selectProcedure(u"Check"_s));
        wizard.next();
        auto *url = qobject_cast<QLineEdit *>(wizard.parametersPage()->field(u"API_URL"_s));
        QVERIFY(url);
        QCOMPARE(url->text(), u"http://127.0.0.1:9"_s);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(session.values().value(u"API_URL"_s).text, u"http://127.0.0.1:9"_s);
        bool said = false;
        for (const QList<QVariant> &a : recorded)
            said = said || a.first().value<TimelineEvent>().text == u"Parameter API_URL = 'http://127.0.0.1:9' (from the profile)"_s;
        QVERIFY(said);
    }

    // Megabytes of output on one line reach the view cut into lines, and no
    // more than it keeps: the window stays usable while the step runs.
    void megabytesOfOutputInTheView()
    {
        const Runbook rb = RunbookParser().parse("# Ops\n\n## Dump\n\n```bash\nhead -c 8000000 /dev/zero | tr '\\0' x\n```\n",
                                                 m_dir.filePath(u"dump.md"_s));
        Rig rig(rb, m_clock, m_dir.path());
        RollbackInputs &in = rig.in;
        RollbackSession &session = rig.session;
        RollbackWizard wizard(&session, in);
        wizard.show();
        QVERIFY(wizard.triagePage()->selectProcedure(u"Dump"_s));
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RollbackWizard::Steps));
        wizard.stepsPage()->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(session.state(0) == RollbackSession::StepState::Succeeded, 30000);
        QCOMPARE(session.result(0).outputBytes, 8000000);
        const QTextDocument *doc = wizard.stepsPage()->outputView()->document();
        QVERIFY2(doc->blockCount() > 100 && doc->blockCount() <= 20000, qPrintable(QString::number(doc->blockCount())));
        QVERIFY(doc->characterCount() <= 20000 * 4002);
    }
};

QTEST_MAIN(TestRollbackWizard)
#include "tst_rollbackwizard.moc"
