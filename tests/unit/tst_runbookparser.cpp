#include "destructiveclassifier.h"
#include "profileparser.h"
#include "runbookbinder.h"
#include "runbooklinter.h"
#include "runbookparser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace qd;
using namespace Qt::StringLiterals;
using Kind = RunbookStep::Kind;
using Runner = RunbookStep::Runner;

namespace {

const Runbook::Procedure *procedure(const Runbook &rb, const QString &name)
{
    for (const Runbook::Procedure &p : rb.procedures)
        if (p.name == name)
            return &p;
    return nullptr;
}

QStringList gateRules(const RunbookStep &s)
{
    QStringList out;
    for (const RunbookStep::Gate &g : s.gates)
        out.append(g.rule);
    return out;
}

} // namespace

// The seed runbooks read where they stand (QD_SEED_DIR), with the structure
// pinned from reading each document; malformed input; the gate rules.
class TestRunbookParser final : public QObject
{
    Q_OBJECT
    RunbookParser m_parser;

    Runbook seed(const char *file)
    {
        const QString path = QStringLiteral(QD_SEED_DIR "/") + QLatin1String(file);
        const RunbookParser::Result r = m_parser.parseFile(path);
        [&] { QVERIFY2(r.ok(), qPrintable(r.error)); }();
        return r.runbook;
    }

private slots:
    void initTestCase()
    {
        m_parser.setPwshAvailable(false);   // the same answer on every machine
    }

    void sigmaTradeFullDatabaseRestore()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const Runbook rb = seed("003_732c2f5753587512.txt");
        QCOMPARE(rb.title, u"Rollback Procedures"_s);
        const Runbook::Procedure *p = procedure(rb, u"Database Rollback › 2. Full Database Restore"_s);
        QVERIFY(p);
        // "When to use" is when to pick it; then the block's eight numbered
        // comments and "Important Notes".
        QCOMPARE(p->triggers, QStringList{u"Data corruption, multiple failed migrations, or critical database issues"_s});
        QCOMPARE(p->cautions, QStringList{u"CRITICAL: This will lose all data since the backup was created!"_s});
        QCOMPARE(p->steps.size(), 9);
        QStringList labels;
        for (int i = 0; i < 8; ++i)
            labels.append(p->steps[i].label);
        QCOMPARE(labels, (QStringList{u"IMMEDIATELY stop the application to prevent further damage"_s, u"Notify users (if possible)"_s,
                                      u"Create safety backup of current state (even if broken)"_s, u"Choose backup to restore from"_s,
                                      u"Dry-run to verify backup"_s, u"Perform restore (creates automatic safety backup)"_s,
                                      u"Verify database"_s, u"Restart application"_s}));
        // "Notify users" has only a TODO comment: done by hand.
        QCOMPARE(p->steps[1].kind, Kind::Instruction);
        QCOMPARE(p->steps[0].runner, Runner::Bash);
        // Gated: the stop and the restore; not the dry run, not the listing.
        QCOMPARE(gateRules(p->steps[0]), QStringList{u"service-stop"_s});
        QCOMPARE(gateRules(p->steps[4]), QStringList{});
        QCOMPARE(gateRules(p->steps[5]), QStringList{u"restore-script"_s});
        QCOMPARE(gateRules(p->steps[3]), QStringList{});
        // The backup's name is a placeholder the wizard fills from the inventory.
        QCOMPARE(p->steps[5].placeholders.size(), 1);
        QCOMPARE(p->steps[5].placeholders.first().text, u"YYYYMMDD_HHMMSS"_s);
        QCOMPARE(p->steps[5].firstLine, 123);
        QCOMPARE(p->steps[5].text, u"# 6. Perform restore (creates automatic safety backup)\n"
                                    "./scripts/restore-from-backup.sh backups/daily/sigmatrade_YYYYMMDD_HHMMSS.sql.gz"_s);
        // Its scenario matrix.
        int matrices = 0;
        for (const Runbook::Table &t : rb.tables)
            matrices += t.kind == Runbook::Table::Kind::DecisionMatrix;
        QCOMPARE(matrices, 1);
    }

    void placeholdersBoundToTheProfilesBackupSets()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const ProfileParser::Result profile = ProfileParser::parseFile(QStringLiteral(QD_SOURCE_DIR "/examples/sigmatradebot.yaml"));
        QVERIFY(profile.ok());
        Runbook rb = seed("003_732c2f5753587512.txt");
        RunbookBinder::bind(rb, *profile.profile);
        const Runbook::Procedure *p = procedure(rb, u"Database Rollback › 2. Full Database Restore"_s);
        QVERIFY(p);
        // backups/daily/sigmatrade_YYYYMMDD_HHMMSS.sql.gz names the daily set's files.
        QCOMPARE(p->steps[5].placeholders.first().backupSet, u"daily"_s);
        // A name that fits no set stays unbound.
        QCOMPARE(RunbookBinder::backupSetFor(u"backups/daily/other_YYYYMMDD.sql.gz"_s, profile.profile->backups), QString());
        QCOMPARE(RunbookBinder::backupSetFor(u"elsewhere/sigmatrade_YYYYMMDD_HHMMSS.sql.gz"_s, profile.profile->backups), QString());
        QCOMPARE(RunbookBinder::backupSetFor(u"backups/monthly/sigmatrade_YYYYMMDD_HHMMSS.sql.gz"_s, profile.profile->backups),
                 u"monthly"_s);
    }

    // Each example runbook names its backups the way its profile's sets
    // do: every date-stamped file it restores is picked from the inventory.
    void examplesBindToTheirProfiles()
    {
        const QDir examples(QStringLiteral(QD_SOURCE_DIR "/examples"));
        int bound = 0;
        for (const QString &yaml : examples.entryList({u"*.yaml"_s}, QDir::Files)) {
            const ProfileParser::Result profile = ProfileParser::parseFile(examples.filePath(yaml));
            QVERIFY2(profile.ok(), qPrintable(yaml));
            for (const QString &spec : profile.profile->runbooks) {
                if (!spec.startsWith(examples.filePath(u"runbooks"_s)))
                    continue;   // the seeds: written for other machines
                const RunbookParser::Result r = m_parser.parseFile(spec);
                QVERIFY2(r.ok(), qPrintable(r.error));
                Runbook rb = r.runbook;
                RunbookBinder::bind(rb, *profile.profile);
                for (const Runbook::Procedure &p : rb.procedures)
                    for (const RunbookStep &st : p.steps)
                        for (const RunbookStep::Placeholder &ph : st.placeholders) {
                            if (ph.kind != RunbookStep::Placeholder::Kind::Timestamp || st.kind != Kind::Command)
                                continue;
                            QVERIFY2(!ph.backupSet.isEmpty(), qPrintable(u"%1: %2 in '%3'"_s.arg(yaml, ph.text, st.label)));
                            ++bound;
                        }
            }
        }
        QVERIFY(bound >= 6);
        // Windows paths bind as well as POSIX ones.
        BackupSetSpec sql;
        sql.name = u"sqlserver"_s;
        sql.folder = u"D:/backups/sqlserver"_s;
        sql.pattern = u"aitb_backup_{YYYYMMDD}_{HHMMSS}.bak"_s;
        QCOMPARE(RunbookBinder::backupSetFor(u"D:\\backups\\sqlserver\\aitb_backup_YYYYMMDD_HHMMSS.bak"_s, {sql}), u"sqlserver"_s);
        QCOMPARE(RunbookBinder::backupSetFor(u"D:\\other\\aitb_backup_YYYYMMDD_HHMMSS.bak"_s, {sql}), QString());
    }

    void cryptobotDecisionMatrix()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const Runbook rb = seed("002_17df784acd4a34c8.txt");
        QCOMPARE(rb.tables.size(), 1);
        const Runbook::Table &m = rb.tables.first();
        QCOMPARE(m.kind, Runbook::Table::Kind::DecisionMatrix);
        QCOMPARE(m.header, (QStringList{u"Issue"_s, u"Severity"_s, u"Rollback Type"_s, u"Decision Criteria"_s}));
        QCOMPARE(m.rows.size(), 9);
        QCOMPARE(m.rows.first(), (QStringList{u"Service not starting"_s, u"High"_s, u"Service-level"_s,
                                              u"If service fails to start after 3 attempts"_s}));
        QCOMPARE(m.firstLine, 19);
        // Six services, each rolled back the same way.
        for (const QString &svc : {u"Data"_s, u"Backtest"_s, u"Strategy"_s, u"Auth"_s, u"Trade"_s})
            QVERIFY2(procedure(rb, u"Service-Level Rollback Procedures › %1 Service Rollback"_s.arg(svc)), qPrintable(svc));
        QStringList templates;
        for (const Runbook::Template &t : rb.templates)
            templates.append(t.name.section(u" › "_s, -1));
        QCOMPARE(templates, (QStringList{u"Emergency Maintenance Notification"_s, u"Rollback Completion Notification"_s,
                                         u"Status Update During Extended Rollback"_s}));
    }

    void firstSeedObjectivesTable()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const Runbook rb = seed("000_ce7dc85dbc246cdb.txt");
        const Runbook::Table *objectives = nullptr;
        for (const Runbook::Table &t : rb.tables)
            if (t.kind == Runbook::Table::Kind::Objectives)
                objectives = &t;
        QVERIFY(objectives);
        QCOMPARE(objectives->header, (QStringList{u"Component"_s, u"RTO"_s, u"RPO"_s, u"Recovery Method"_s}));
        QCOMPARE(objectives->rows.size(), 6);
        QCOMPARE(objectives->rows[2], (QStringList{u"Database"_s, u"15 minutes"_s, u"5 minutes"_s, u"Point-in-Time Recovery"_s}));
        QCOMPARE(rb.objectives.size(), 6);
        QCOMPARE(rb.objectives[2].component, u"Database"_s);
        QCOMPARE(rb.objectives[2].rto, u"15 minutes"_s);
        QCOMPARE(rb.objectives[2].rpo, u"5 minutes"_s);
        QCOMPARE(rb.templates.size(), 2);
    }

    void lastSeedObjectivesFromBulletLists()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const Runbook rb = seed("004_92165a6e90482867.txt");
        QCOMPARE(rb.title, u"Disaster Recovery Plan"_s);
        QStringList got;
        for (const Runbook::Objective &o : rb.objectives)
            got.append(o.component + u'|' + o.rto + u'|' + o.rpo);
        QCOMPARE(got, (QStringList{u"Critical Systems|4 hours|"_s, u"Trading Engine|2 hours|"_s, u"User Interface|6 hours|"_s,
                                   u"Monitoring Systems|8 hours|"_s, u"Trading Data||15 minutes"_s, u"User Data||1 hour"_s,
                                   u"Configuration Data||4 hours"_s, u"Log Data||24 hours"_s}));
        QCOMPARE(rb.objectives.first().line, 37);
        // Its two notification templates, with their bracketed fields.
        QCOMPARE(rb.templates.size(), 2);
        QCOMPARE(rb.templates[0].name, u"Communication Plan › Communication Templates › Initial Incident Notification"_s);
        QVERIFY(rb.templates[0].fields.contains(u"[INCIDENT_ID]"_s));
        // Its data-integrity checklist (line 460 on).
        int checklist = 0;
        for (const Runbook::Procedure &p : rb.procedures)
            for (const RunbookStep &s : p.steps)
                checklist += s.kind == Kind::Checklist;
        QCOMPARE(checklist, 10);
    }

    // Numbered headings under "... Procedure" are its steps, in order; the
    // bullets under each are what a person does.
    void cryptobotFullSystemRollbackIsOneProcedure()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const Runbook rb = seed("002_17df784acd4a34c8.txt");
        const Runbook::Procedure *p = procedure(rb, u"Full System Rollback Procedure"_s);
        QVERIFY(p);
        QStringList labels;
        for (const RunbookStep &st : p->steps)
            labels.append(st.label);
        QCOMPARE(labels, (QStringList{u"1. Emergency System Shutdown"_s, u"2. Notify Users"_s, u"3. Backup Current State"_s,
                                      u"4. Restore Docker Environment"_s, u"5. Synchronize Data"_s, u"6. Verify Docker Environment"_s,
                                      u"7. Update DNS and Load Balancers"_s, u"8. Remove Maintenance Page"_s,
                                      u"9. Notify Users of Restoration"_s}));
        for (const int i : {0, 2, 3, 4}) {
            QCOMPARE(p->steps[i].kind, Kind::Command);
            QCOMPARE(p->steps[i].alternativeLabels, (QStringList{u"Linux/macOS"_s, u"Windows"_s}));
        }
        for (const int i : {1, 5, 6, 7, 8})
            QCOMPARE(p->steps[i].kind, Kind::Instruction);
        QCOMPARE(p->steps[1].text, u"• Deploy maintenance page\n• Send emergency notification to all users\n• Update status page\n"
                                    "• Alert support team"_s);
        QCOMPARE(gateRules(p->steps[0]), QStringList{u"shutdown-script"_s});
        QCOMPARE(gateRules(p->steps[3]), QStringList{u"compose-down"_s});
        QCOMPARE(p->firstLine, 354);
        QCOMPARE(p->steps[8].lastLine, 433);
        // No procedure of its own for any of the nine.
        for (const Runbook::Procedure &other : rb.procedures)
            QVERIFY2(!other.name.contains(u"Emergency System Shutdown"_s), qPrintable(other.name));
        // "## Post-Rollback Actions" / "### 1. Document the Rollback": five things to do.
        const Runbook::Procedure *after = procedure(rb, u"Post-Rollback Actions"_s);
        QVERIFY(after);
        QCOMPARE(after->steps.size(), 5);
        QCOMPARE(after->steps[4].label, u"5. Verify System Stability"_s);
        QVERIFY(after->steps[4].text.endsWith(u"• Ensure data consistency"_s));
    }

    // "### Complete System Recovery" / "#### Phase 1: ..." to "Phase 4": one
    // procedure, each phase's numbered comments its steps.
    void drPlanPhasesAreOneProcedure()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const Runbook rb = seed("004_92165a6e90482867.txt");
        const Runbook::Procedure *p = procedure(rb, u"Recovery Procedures › Complete System Recovery"_s);
        QVERIFY(p);
        QList<int> perPhase(4, 0);
        for (const RunbookStep &st : p->steps)
            for (int phase = 1; phase <= 4; ++phase)
                perPhase[phase - 1] += st.label.startsWith(u"Phase %1:"_s.arg(phase));
        QCOMPARE(perPhase, (QList<int>{4, 3, 4, 4}));
        QCOMPARE(p->steps[5].label, u"Phase 2: Data Recovery (60-180 minutes) › Restore database from backup"_s);
        QCOMPARE(gateRules(p->steps[5]), QStringList{u"restore-script"_s});
        // Its notification templates keep the subject's [CRITICAL] tag as text.
        QVERIFY(!rb.templates[0].fields.contains(u"[CRITICAL]"_s));
        QVERIFY(rb.templates[0].fields.contains(u"[INCIDENT_ID]"_s));
        QVERIFY(!rb.templates[1].fields.contains(u"[RESOLVED]"_s));
    }

    // A bold line alone heads what follows: trigger conditions are when to
    // use the procedure, a "**Procedure:**" before a block is no step.
    void boldLeadsHeadWhatFollows()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const Runbook rb = seed("000_ce7dc85dbc246cdb.txt");
        const Runbook::Procedure *p = procedure(rb, u"Rollback Procedures › 1. Application Rollback › 1.1 Immediate Rollback (< 5 minutes)"_s);
        QVERIFY(p);
        QCOMPARE(p->triggers, (QStringList{u"Critical application errors after deployment"_s, u"Performance degradation > 50%"_s,
                                           u"Security vulnerabilities discovered"_s, u"Data corruption detected"_s}));
        QCOMPARE(p->steps.size(), 5);
        for (const RunbookStep &st : p->steps)
            QCOMPARE(st.kind, Kind::Command);
        for (const Runbook::Procedure &q : rb.procedures)
            for (const RunbookStep &st : q.steps)
                QVERIFY2(!st.text.trimmed().endsWith(u':') || st.text.contains(u'\n'), qPrintable(q.name + u": "_s + st.text));
        // SigmaTradeBot's "**Important Notes:**" keeps its bullets.
        const Runbook sigma = seed("003_732c2f5753587512.txt");
        const Runbook::Procedure *restore = procedure(sigma, u"Database Rollback › 2. Full Database Restore"_s);
        QVERIFY(restore);
        QCOMPARE(restore->steps.last().label, u"Important Notes"_s);
        QVERIFY2(restore->steps.last().text.count(u"\n• "_s) >= 3, qPrintable(restore->steps.last().text));
        // Its "Database Rollback" has three procedures, numbered, not steps.
        int database = 0;
        for (const Runbook::Procedure &q : sigma.procedures)
            database += q.name.startsWith(u"Database Rollback › "_s);
        QCOMPARE(database, 3);
        // Template fields in lower case count; the post-incident report's
        // "[amount]" is one.
        QVERIFY(sigma.templates[0].fields.contains(u"[amount]"_s));
    }

    // Every seed's whole structure, procedure by procedure and step by step,
    // against tests/fixtures/seeds/NNN.outline (read against the documents
    // when written; QD_UPDATE_OUTLINES=1 rewrites them after a deliberate
    // change, to be read again in the diff).
    void seedOutlines()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const QStringList files = QDir(QStringLiteral(QD_SEED_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const Runbook rb = seed(f.toLatin1().constData());
            QString outline;
            QTextStream out(&outline);
            out << "title: " << rb.title << '\n';
            for (const Runbook::Procedure &p : rb.procedures) {
                out << "\n" << p.name << "  [" << p.firstLine << '-' << p.lastLine << "]\n";
                for (const QString &t : p.triggers)
                    out << "  when: " << t << '\n';
                for (const QString &c : p.cautions)
                    out << "  caution: " << c << '\n';
                for (const RunbookStep &st : p.steps) {
                    static const char *kinds[] = {"command", "instruction", "checklist"};
                    static const char *runners[] = {"bash", "pwsh", "sql", "manual", "-"};
                    out << "  " << kinds[int(st.kind)] << '/' << runners[int(st.runner)] << " @" << st.firstLine << ' '
                        << (st.label.isEmpty() ? st.text.section(u'\n', 0, 0).left(60) : st.label);
                    if (!st.alternativeLabels.isEmpty())
                        out << "  {" << st.alternativeLabels.join(u" | "_s) << '}';
                    if (!st.gates.isEmpty())
                        out << "  GATE " << gateRules(st).join(u","_s);
                    if (!st.prelude.isEmpty())
                        out << "  after[" << st.prelude.split(u'\n').join(u" ; "_s) << ']';
                    for (const RunbookStep::Placeholder &ph : st.placeholders)
                        out << "  <" << ph.text << '>';
                    out << '\n';
                }
            }
            for (const Runbook::Table &t : rb.tables)
                out << "\ntable @" << t.firstLine << ' ' << t.header.join(u" | "_s) << "  rows " << t.rows.size();
            for (const Runbook::Template &t : rb.templates)
                out << "\ntemplate @" << t.firstLine << ' ' << t.name << ": " << t.fields.join(u", "_s);
            for (const Runbook::Objective &o : rb.objectives)
                out << "\nobjective " << o.component << " RTO " << o.rto << " RPO " << o.rpo;
            out << '\n';
            out.flush();
            const QString golden = QStringLiteral(QD_SOURCE_DIR "/tests/fixtures/seeds/") + f.section(u'_', 0, 0) + u".outline"_s;
            if (qEnvironmentVariableIntValue("QD_UPDATE_OUTLINES")) {
                QDir().mkpath(QFileInfo(golden).absolutePath());
                QFile w(golden);
                QVERIFY(w.open(QIODevice::WriteOnly));
                w.write(outline.toUtf8());
                continue;
            }
            QFile r(golden);
            QVERIFY2(r.open(QIODevice::ReadOnly), qPrintable(golden + u" is missing; QD_UPDATE_OUTLINES=1 writes it"_s));
            const QStringList want = QString::fromUtf8(r.readAll()).split(u'\n');
            const QStringList got = outline.split(u'\n');
            for (qsizetype i = 0; i < qMax(want.size(), got.size()); ++i)
                QVERIFY2(want.value(i) == got.value(i),
                         qPrintable(u"%1 line %2:\n  expected: %3\n  actual:   %4"_s.arg(golden).arg(i + 1).arg(want.value(i), got.value(i))));
        }
    }

    void everySeedReads()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const QStringList files = QDir(QStringLiteral(QD_SEED_DIR)).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 5);
        // Each seed's status-update and report templates, by reading them.
        const QList<int> templates = {2, 1, 3, 2, 2};
        for (int i = 0; i < files.size(); ++i) {
            const QString &f = files[i];
            const Runbook rb = seed(f.toLatin1().constData());
            QVERIFY2(rb.templates.size() == templates[i], qPrintable(f + u": "_s + QString::number(rb.templates.size())));
            QVERIFY2(!rb.title.isEmpty(), qPrintable(f));
            QVERIFY2(rb.procedures.size() >= 10, qPrintable(f));
            for (const Runbook::Procedure &p : rb.procedures)
                for (const RunbookStep &s : p.steps)
                    QVERIFY2(s.firstLine >= p.firstLine && s.lastLine >= s.firstLine, qPrintable(f + u": "_s + p.name));
        }
    }

    // The example runbooks (examples/runbooks) always run, seeds or not.
    void examples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("procedures");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("gated");
        QTest::addColumn<int>("matrices");
        QTest::addColumn<int>("objectives");
        QTest::addColumn<int>("templates");
        QTest::newRow("sigmatradebot") << u"sigmatradebot-rollback.md"_s
                                       << QStringList{u"Database Rollback › Full Database Restore"_s, u"Code Rollback › Git-Based Rollback"_s}
                                       << 10 << 4 << 1 << 0 << 0;
        QTest::newRow("cryptobot") << u"cryptobot-rollback.md"_s
                                   << QStringList{u"Service-Level Rollback Procedures › Trade Service Rollback"_s,
                                                  u"Full System Rollback Procedure › Restore Docker Environment"_s}
                                   << 7 << 3 << 1 << 0 << 1;
        QTest::newRow("aitb") << u"aitb-rollback.md"_s
                              << QStringList{u"Production Environment Rollback › Blue/Green Rollback Strategy"_s,
                                             u"Production Environment Rollback › Database Rollback (if required)"_s, u"Post-Rollback"_s}
                              << 6 << 2 << 1 << 0 << 0;
        QTest::newRow("ai-crypto-trading-bot") << u"ai-crypto-trading-bot-rollback.md"_s
                                               << QStringList{u"Rollback Procedures › Application Rollback › Immediate Rollback (< 5 minutes)"_s,
                                                              u"Rollback Procedures › Database Rollback"_s}
                                               << 6 << 3 << 0 << 2 << 0;
        QTest::newRow("ai-crypto-trading-bot-dr") << u"ai-crypto-trading-bot-dr.md"_s
                                                  << QStringList{u"Disaster Scenarios › Scenario 2: Database Corruption"_s,
                                                                 u"Disaster Scenarios › Data Integrity Checks"_s}
                                                  << 5 << 2 << 0 << 4 << 1;
        QTest::newRow("sandbox") << u"sandbox-rollback.md"_s
                                 << QStringList{u"Preparation for Rollback"_s, u"Service-Level Rollback › Bad Deploy Rollback"_s,
                                                u"Data Recovery › Restore Market Data from Backup"_s}
                                 << 18 << 4 << 1 << 3 << 2;
    }

    void examples()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, procedures);
        QFETCH(int, steps);
        QFETCH(int, gated);
        QFETCH(int, matrices);
        QFETCH(int, objectives);
        QFETCH(int, templates);
        const RunbookParser::Result r = m_parser.parseFile(QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/") + file);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Runbook &rb = r.runbook;
        QStringList names;
        int g = 0;
        for (const Runbook::Procedure &p : rb.procedures) {
            names.append(p.name);
            for (const RunbookStep &s : p.steps)
                g += s.destructive();
        }
        QCOMPARE(names, procedures);
        QCOMPARE(rb.stepCount(), steps);
        QCOMPARE(g, gated);
        int m = 0;
        for (const Runbook::Table &t : rb.tables)
            m += t.kind == Runbook::Table::Kind::DecisionMatrix;
        QCOMPARE(m, matrices);
        QCOMPARE(rb.objectives.size(), objectives);
        QCOMPARE(rb.templates.size(), templates);
    }

    // AITB writes its decision matrix as headings and bullets: thirteen
    // triggers of three rollback types, one matrix for the triage page.
    void aitbTriggerConditionsAreAMatrix()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const Runbook rb = seed("001_22f23403138a9858.txt");
        QCOMPARE(rb.tables.size(), 1);
        const Runbook::Table &m = rb.tables.first();
        QCOMPARE(m.kind, Runbook::Table::Kind::DecisionMatrix);
        QCOMPARE(m.section, u"Rollback Decision Matrix › Trigger Conditions"_s);
        QCOMPARE(m.firstLine, 11);
        QCOMPARE(m.rows.size(), 13);
        QMap<QString, int> perType;
        for (const QStringList &r : m.rows)
            perType[r.value(1)]++;
        QCOMPARE(perType.value(u"IMMEDIATE ROLLBACK (No Questions Asked)"_s), 5);
        QCOMPARE(perType.value(u"PLANNED ROLLBACK (Coordinated)"_s), 4);
        QCOMPARE(perType.value(u"EMERGENCY ROLLBACK (All Hands)"_s), 4);
        QCOMPARE(m.rows.first().first(), u"Trading bot execution errors affecting live positions"_s);
        for (const Runbook::Procedure &p : rb.procedures)
            QVERIFY2(!p.name.startsWith(u"Rollback Decision Matrix"_s), qPrintable(p.name));
    }

    void aitbPowerShellAlternatives()
    {
        const RunbookParser::Result r = m_parser.parseFile(QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/aitb-rollback.md"));
        const Runbook::Procedure *p = procedure(r.runbook, u"Production Environment Rollback › Database Rollback (if required)"_s);
        QVERIFY(p);
        const RunbookStep &s = p->steps.first();
        // "# or" makes the two restore commands one step with two ways.
        QCOMPARE(s.alternatives.size(), 2);
        QCOMPARE(s.runner, Runner::Manual);   // no pwsh here (the test says so)
        QVERIFY(s.manualReason.contains(u"pwsh"_s));
        QCOMPARE(gateRules(s), QStringList{u"sql-restore-replace"_s});
        // With pwsh it runs.
        RunbookParser withPwsh;
        withPwsh.setPwshAvailable(true);
        const Runbook rb = withPwsh.parseFile(QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/aitb-rollback.md")).runbook;
        QCOMPARE(procedure(rb, u"Production Environment Rollback › Database Rollback (if required)"_s)->steps.first().runner, Runner::Pwsh);
    }

    void nestedBulletsAreTheStepsDetails()
    {
        // As in the first seed's "Immediate Actions": a numbered step with
        // its details as bullets under it.
        const QByteArray md = "# Ops\n\n## Respond\n\n1. **Activate the team**\n   - Notify on-call\n   - Start the log\n"
                              "2. **Assess impact**\n";
        const Runbook rb = m_parser.parse(md, u"ops.md"_s);
        QCOMPARE(rb.procedures.size(), 1);
        const QList<RunbookStep> &steps = rb.procedures.first().steps;
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[0].text, u"Activate the team\n• Notify on-call\n• Start the log"_s);
        QCOMPARE(steps[0].firstLine, 5);   // the item's own line, not its last bullet's
        QCOMPARE(steps[1].firstLine, 8);
    }

    void alternativesAndAnnotations()
    {
        const QByteArray md = "# Ops\n\n## Restart\n\n"
                              "<!-- quarterdeck: gate=two-person -->\n"
                              "```bash {name=restart timeout=120 colour=red}\n"
                              "# Linux/macOS\n"
                              "sudo systemctl restart bot\n"
                              "# Windows\n"
                              "Restart-Service bot\n"
                              "```\n";
        const Runbook rb = m_parser.parse(md, u"ops.md"_s);
        QCOMPARE(rb.procedures.size(), 1);
        const RunbookStep &s = rb.procedures.first().steps.first();
        QCOMPARE(s.alternativeLabels, (QStringList{u"Linux/macOS"_s, u"Windows"_s}));
        QCOMPARE(s.text, u"sudo systemctl restart bot"_s);   // this machine's
        QCOMPARE(s.label, u"restart"_s);
        QCOMPARE(s.timeoutSeconds, 120);
        QVERIFY(s.destructive());
        QVERIFY(s.gates.first().twoPerson);
        bool unknown = false;
        for (const Runbook::Warning &w : rb.warnings)
            unknown = unknown || (w.message.contains(u"colour"_s) && w.line == 5);
        QVERIFY(unknown);
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("warning");   // empty: no warning needed
        QTest::newRow("empty") << QByteArray() << u"no headings: what it holds is one procedure"_s;
        QTest::newRow("no headings") << QByteArray("just text\n\n```bash\nrm -rf /tmp/x\n```\n") << u"no headings: what it holds is one procedure"_s;
        QTest::newRow("headings only") << QByteArray("# A\n## B\n### C\n") << QString();
        QTest::newRow("unclosed fence") << QByteArray("# A\n## B\n```bash\nkubectl delete pod x\n") << u"not closed"_s;
        QTest::newRow("nul bytes") << QByteArray("# A\0\0\n## B\n", 12) << u"NUL"_s;
        QTest::newRow("latin-1") << QByteArray("# Caf\xe9\n## B\n1. go\n") << u"UTF-8"_s;
        QTest::newRow("mis-decoded characters") << QByteArray("# A\n## B\n1. \xc3\xa2\xc5\x93\xe2\x80\x9c done\n") << QString();
    }

    void malformedInput()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, warning);
        const Runbook rb = m_parser.parse(markdown, u"bad.md"_s);
        if (!warning.isEmpty()) {
            bool found = false;
            for (const Runbook::Warning &w : rb.warnings)
                found = found || (w.message.contains(warning) && w.line >= 1);
            QVERIFY2(found, qPrintable(warning));
        }
    }

    void noHeadingsIsOneProcedureFromLineOne()
    {
        const Runbook rb = m_parser.parse("1. Stop it\n2. Start it\n\n```bash\nsystemctl stop x\n```\n", u"/tmp/quick-fix.md"_s);
        QCOMPARE(rb.procedures.size(), 1);
        QCOMPARE(rb.procedures[0].name, u"quick-fix"_s);
        QCOMPARE(rb.procedures[0].firstLine, 1);
        QCOMPARE(rb.procedures[0].lastLine, 5);   // the last line of the block, not its fence
        QCOMPARE(rb.procedures[0].steps.size(), 3);
        QCOMPARE(rb.procedures[0].steps[2].firstLine, 5);
    }

    // A step cut from a block keeps what earlier steps of the block set up:
    // run alone, "Remove-Item "$StagingPath\*"" would start at the root.
    void stepsKeepWhatTheBlockSetBeforeThem()
    {
        RunbookParser parser;
        parser.setPwshAvailable(true);
        const Runbook rb = parser.parse("# R\n\n## Staging\n\n```powershell\n# Restore from backup\n$BackupPath = \"D:\\b\\backup-YYYYMMDD\"\n"
                                        "$StagingPath = \"D:\\apps\\aitb\"\n\n# Remove current version\nRemove-Item \"$StagingPath\\*\" -Recurse -Force\n\n"
                                        "# Restart\nforeach ($service in @(\"bot\", \"web\")) {\n    Start-Service \"AITB-$service\"\n\n"
                                        "    # Verify service health\n    .\\check.ps1 -ServiceName $service\n}\n```\n\n"
                                        "## Docker\n\n```bash\n# Navigate\ncd /opt/app/docker  # Linux/macOS\ncd C:\\app\\docker    # Windows\n\n"
                                        "# Start\ndocker-compose up -d data\n```\n",
                                        u"p.md"_s);
        QCOMPARE(rb.procedures.size(), 2);
        const QList<RunbookStep> &staging = rb.procedures[0].steps;
        QCOMPARE(staging.size(), 3);   // the loop is one step: its indented comment does not cut it
        QCOMPARE(staging[1].label, u"Remove current version"_s);
        QCOMPARE(staging[1].prelude, u"$StagingPath = \"D:\\apps\\aitb\""_s);
        QVERIFY(staging[2].text.endsWith(u"}"_s));
        QVERIFY(staging[2].prelude.isEmpty());
        const QList<RunbookStep> &docker = rb.procedures[1].steps;
        QCOMPARE(docker.size(), 2);
        QCOMPARE(docker[0].alternativeLabels, (QStringList{u"Linux/macOS"_s, u"Windows"_s}));
        QCOMPARE(docker[0].text, u"# Navigate\ncd /opt/app/docker  # Linux/macOS"_s);
        QCOMPARE(docker[1].prelude, u"cd /opt/app/docker  # Linux/macOS"_s);   // never the Windows cd
        QCOMPARE(docker[1].text, u"# Start\ndocker-compose up -d data"_s);
    }

    void junkAndHugeInput()
    {
        QByteArray junk(1 << 20, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : junk)
            c = char(rng.bounded(256));
        m_parser.parse(junk, u"junk.bin"_s);   // survives, whatever it finds

        // 10 MB of the seeds' kind of text.
        QByteArray big;
        const QByteArray chunk = "## Step\n\n1. **Stop:** now\n\n```bash\n# 1. Stop\npm2 stop bot\n# 2. Restore\n"
                                 "./restore.sh backups/db_YYYYMMDD.sql.gz\n```\n\n| Issue | Severity | Rollback Type |\n|---|---|---|\n| a | b | c |\n\n";
        while (big.size() < 10 * 1024 * 1024)
            big += chunk;
        const Runbook rb = m_parser.parse(big, u"big.md"_s);
        QVERIFY(rb.procedures.size() > 10000);
    }

    // A large document is built in batches while md4c reads on: the same
    // runbook as reading it whole, step for step and line for line.
    void batchedEqualsWhole()
    {
        QByteArray doc = "# Runbooks\n\n";
        const QDir dir(QStringLiteral(QD_SOURCE_DIR "/examples/runbooks"));
        QByteArray all;
        for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            all += f.readAll().replace("\n# ", "\n## ") + "\n\n";
        }
        while (doc.size() < 2 * RunbookParser::kParallelBytes)
            doc += all;
        RunbookParser whole;
        whole.setParallelFrom(std::numeric_limits<qsizetype>::max());
        const Runbook a = m_parser.parse(doc, u"big.md"_s);
        const Runbook b = whole.parse(doc, u"big.md"_s);
        QVERIFY(a.procedures.size() > 100);
        QCOMPARE(a.procedures.size(), b.procedures.size());
        for (qsizetype i = 0; i < a.procedures.size(); ++i) {
            const Runbook::Procedure &p = a.procedures[i], &q = b.procedures[i];
            QCOMPARE(p.name, q.name);
            QCOMPARE(p.firstLine, q.firstLine);
            QCOMPARE(p.lastLine, q.lastLine);
            QCOMPARE(p.steps.size(), q.steps.size());
            for (qsizetype j = 0; j < p.steps.size(); ++j) {
                QCOMPARE(p.steps[j].text, q.steps[j].text);
                QCOMPARE(p.steps[j].firstLine, q.steps[j].firstLine);
                QCOMPARE(gateRules(p.steps[j]), gateRules(q.steps[j]));
            }
        }
        QCOMPARE(a.tables.size(), b.tables.size());
        QCOMPARE(a.templates.size(), b.templates.size());
        QCOMPARE(a.objectives.size(), b.objectives.size());
        QCOMPARE(a.warnings.size(), b.warnings.size());
    }

    void destructiveClassifier_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("runner");
        QTest::addColumn<QString>("rule");   // empty: must not be gated
        const int bash = int(Runner::Bash), sql = int(Runner::Sql), pwsh = int(Runner::Pwsh);
        QTest::newRow("kubectl delete") << u"kubectl delete deployment api -n prod"_s << bash << u"kubectl-delete"_s;
        QTest::newRow("scale to zero") << u"kubectl scale deployment backend --replicas=0 -n x"_s << bash << u"kubectl-scale-zero"_s;
        QTest::newRow("scale to three") << u"kubectl scale deployment backend --replicas=3 -n x"_s << bash << QString();
        QTest::newRow("rollout undo") << u"kubectl rollout undo deployment/api"_s << bash << u"kubectl-rollout-undo"_s;
        QTest::newRow("compose down") << u"docker-compose down"_s << bash << u"compose-down"_s;
        QTest::newRow("compose up") << u"docker-compose up -d"_s << bash << QString();
        QTest::newRow("rm -rf") << u"rm -rf /opt/app/current"_s << bash << u"rm-recursive"_s;
        QTest::newRow("rm file") << u"rm /tmp/lock"_s << bash << QString();
        QTest::newRow("git reset hard") << u"git reset --hard HEAD~1"_s << bash << u"git-reset-hard"_s;
        QTest::newRow("git checkout commit") << u"git checkout <GOOD_COMMIT_HASH>"_s << bash << u"git-checkout-commit"_s;
        QTest::newRow("git checkout files") << u"git checkout HEAD~1 -- src/"_s << bash << u"git-checkout-commit"_s;
        QTest::newRow("git checkout branch") << u"git checkout -b hotfix"_s << bash << QString();
        QTest::newRow("truncate a log") << u"truncate -s 0 /var/log/app.log"_s << bash << QString();
        QTest::newRow("kill -0") << u"kill -0 $PID"_s << bash << QString();
        QTest::newRow("mv to .bak") << u"mv config.yml config.yml.bak"_s << bash << QString();
        QTest::newRow("echo") << u"echo \"rm -rf /\""_s << bash << QString();
        QTest::newRow("docker rm") << u"docker rm -f app"_s << bash << u"docker-stop-rm"_s;
        QTest::newRow("terraform apply") << u"terraform apply -auto-approve"_s << bash << u"terraform"_s;
        QTest::newRow("terraform plan") << u"terraform plan"_s << bash << QString();
        QTest::newRow("promote replica") << u"aws rds promote-read-replica --db-instance-identifier x"_s << bash << u"cloud-failover"_s;
        QTest::newRow("git in powershell") << u"git reset --hard <commit-hash>"_s << pwsh << u"git-reset-hard"_s;
        QTest::newRow("RESTORE DATABASE") << u"RESTORE DATABASE aitb FROM DISK='x.bak'"_s << sql << u"sql-restore-replace"_s;
        QTest::newRow("UPDATE through psql") << u"psql -c \"UPDATE users SET x = true\""_s << bash << u"sql-update"_s;
        QTest::newRow("tar extract") << u"tar -xzf backup.tar.gz -C /opt/app"_s << bash << u"extract-over"_s;
        QTest::newRow("tar create") << u"tar -czf backup.tar.gz /opt/app"_s << bash << QString();
        QTest::newRow("git log") << u"git log --oneline -10"_s << bash << QString();
        QTest::newRow("pg_restore clean") << u"pg_restore --clean -d trading backup.dump"_s << bash << u"pg-restore-clean"_s;
        QTest::newRow("pg_restore list") << u"pg_restore --list backup.dump"_s << bash << QString();
        QTest::newRow("pg_restore to file") << u"pg_restore -t users -f users.sql backup.dump"_s << bash << QString();
        QTest::newRow("gunzip into psql") << u"gunzip -c backup.sql.gz | psql $DATABASE_URL"_s << bash << u"psql-restore"_s;
        QTest::newRow("psql select") << u"psql $DATABASE_URL -c \"SELECT COUNT(*) FROM users;\""_s << bash << QString();
        QTest::newRow("pg_dump") << u"pg_dump -Fc trading > safety.dump"_s << bash << QString();
        QTest::newRow("drop table") << u"DROP TABLE trades;"_s << sql << u"sql-drop"_s;
        QTest::newRow("truncate") << u"TRUNCATE positions;"_s << sql << u"sql-truncate"_s;
        QTest::newRow("select") << u"SELECT count(*) FROM trades;"_s << sql << QString();
        QTest::newRow("commented out") << u"# rm -rf /"_s << bash << QString();
        QTest::newRow("sql comment") << u"-- DROP TABLE x\nSELECT 1;"_s << sql << QString();
        QTest::newRow("migrate revert") << u"npm run migration:revert"_s << bash << u"migrate-reset"_s;
        QTest::newRow("pm2 stop") << u"pm2 stop sigmatradebot"_s << bash << u"service-stop"_s;
        QTest::newRow("pm2 logs") << u"pm2 logs --lines 50"_s << bash << QString();
        QTest::newRow("systemctl status") << u"systemctl status bot"_s << bash << QString();
        QTest::newRow("Remove-Item") << u"Remove-Item -Path C:\\app -Recurse -Force"_s << pwsh << u"remove-item-recurse"_s;
        QTest::newRow("Get-Service") << u"Get-Service bot"_s << pwsh << QString();
        QTest::newRow("restore script") << u"./scripts/restore-from-backup.sh backups/x.sql.gz"_s << bash << u"restore-script"_s;
        QTest::newRow("rollback script, pwsh") << u".\\scripts\\rollback-database.ps1 -TargetTimestamp \"YYYY-MM-DD HH:MM:SS\""_s << pwsh << u"restore-script"_s;
        QTest::newRow("emergency rollback script") << u"sudo ./emergency_rollback.sh"_s << bash << u"restore-script"_s;
        QTest::newRow("rollback test script") << u"./scripts/test-app-rollback.sh"_s << bash << QString();
        QTest::newRow("cp over the live config") << u"cp backups/config/.env.backup-YYYYMMDD .env"_s << bash << u"cp-over"_s;
        QTest::newRow("cp into a backup") << u"cp .env backups/config/.env.backup-$(date +%Y%m%d)"_s << bash << QString();
        QTest::newRow("cp to a .bak") << u"cp docker-compose.yml docker-compose.yml.bak"_s << bash << QString();
        QTest::newRow("Copy-Item -Force") << u"Copy-Item \"D:\\backup\\web.config\" \"C:\\inetpub\\web.config\" -Force"_s << pwsh << u"pwsh-copy-over"_s;
        QTest::newRow("robocopy restore") << u"robocopy $BackupPath $StagingPath /E /COPY:DAT"_s << pwsh << u"pwsh-copy-over"_s;
        QTest::newRow("robocopy to forensic copy") << u"robocopy $CurrentLogPath \"D:\\forensic\\logs\" /E"_s << pwsh << QString();
        QTest::newRow("iisreset") << u"iisreset /restart"_s << pwsh << u"stop-service-force"_s;
        QTest::newRow("Restart-Service") << u"Restart-Service \"AITB-*\""_s << pwsh << u"stop-service-force"_s;
        QTest::newRow("compose restart") << u"docker-compose restart backend"_s << bash << u"compose-stop"_s;
        QTest::newRow("rollout restart") << u"kubectl rollout restart deployment/backend -n prod"_s << bash << u"kubectl-restart"_s;
        QTest::newRow("rollout status") << u"kubectl rollout status deployment/backend -n prod"_s << bash << QString();
        QTest::newRow("prisma migrate reset") << u"npx prisma migrate reset --force"_s << bash << u"database-reset"_s;
        QTest::newRow("restore dry run") << u"./scripts/restore-from-backup.sh backups/x.sql.gz --dry-run"_s << bash << QString();
    }

    void destructiveClassifier()
    {
        QFETCH(QString, command);
        QFETCH(int, runner);
        QFETCH(QString, rule);
        static const DestructiveClassifier c = DestructiveClassifier::builtIn();
        const QList<RunbookStep::Gate> gates = c.classify(command, Runner(runner));
        QStringList rules;
        for (const RunbookStep::Gate &g : gates)
            rules.append(g.rule);
        if (rule.isEmpty())
            QVERIFY2(rules.isEmpty(), qPrintable(rules.join(u", "_s)));
        else
            QVERIFY2(rules.contains(rule), qPrintable(rules.join(u", "_s)));
    }

    // The rules' words only decide which rules are tried on a line, never
    // the verdict: every line of the seeds and examples, under each runner,
    // gets the same gates with the words as without them.
    void classifierWordsChangeNoVerdict()
    {
        const DestructiveClassifier fast = DestructiveClassifier::builtIn();
        DestructiveClassifier slow;
        for (DestructiveClassifier::Rule rule : fast.rules()) {
            QVERIFY2(!rule.words.isEmpty(), qPrintable(rule.id + u" has no words"_s));
            rule.words.clear();
            slow.addRule(rule);
        }
        QStringList lines = {u"sudo rm -rf /opt/app"_s, u"pg_restore --clean -d trading x.dump"_s, u"FLUSHALL"_s,
                             u"./kill-switch.sh --all"_s, u"restoredb.py prod"_s, u"echo 'rm -rf /' > note"_s,
                             u"Stop-Service -Name bot -Force"_s, u"mkfs.ext4 /dev/sdb1"_s, u"docker-compose down -v"_s};
        QStringList folders = {QStringLiteral(QD_SOURCE_DIR "/examples/runbooks")};
        if (QDir(QStringLiteral(QD_SEED_DIR)).exists())
            folders.append(QStringLiteral(QD_SEED_DIR));
        for (const QString &folder : std::as_const(folders)) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                lines.append(QString::fromUtf8(f.readAll()).split(u'\n'));
            }
        }
        QVERIFY(lines.size() > 500);
        int gated = 0;
        for (const QString &line : std::as_const(lines)) {
            for (const Runner runner : {Runner::Bash, Runner::Pwsh, Runner::Sql}) {
                QStringList a, b;
                for (const RunbookStep::Gate &g : fast.classify(line, runner))
                    a.append(g.rule);
                for (const RunbookStep::Gate &g : slow.classify(line, runner))
                    b.append(g.rule);
                QVERIFY2(a == b, qPrintable(u"%1 (runner %2): with words [%3], without [%4]"_s.arg(line).arg(int(runner)).arg(a.join(u", "_s), b.join(u", "_s))));
                gated += a.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY2(gated > 50, qPrintable(QString::number(gated)));   // the lines did hold destructive commands
    }

    void userRuleWords()
    {
        DestructiveClassifier c;
        QStringList errors;
        QVERIFY(c.addRules("rules:\n  - {id: nuke, match: 'nuke', words: [Nuke], reason: nukes it}\n", u"mine.yaml"_s, &errors));
        QCOMPARE(c.classify(u"bin/NUKE --all"_s, Runner::Bash).size(), 1);
        QCOMPARE(c.classify(u"bin/nuked --all"_s, Runner::Bash).size(), 0);   // "nuked" is not the word "nuke"
        QVERIFY(!c.addRules("rules:\n  - {id: x, match: 'x', words: [pg_restore], reason: x}\n", u"mine.yaml"_s, &errors));
        QVERIFY2(errors.last().startsWith(u"mine.yaml:2:"_s) && errors.last().contains(u"letters and digits"_s), qPrintable(errors.last()));
    }

    void userRulesAndTheirErrors()
    {
        DestructiveClassifier c;
        QStringList errors;
        QVERIFY(c.addRules("rules:\n  - {id: nuke, match: '\\bnuke\\b', reason: nukes it}\n", u"mine.yaml"_s, &errors));
        QCOMPARE(c.classify(u"nuke everything"_s, Runner::Bash).size(), 1);
        QVERIFY(!c.addRules("rules:\n  - {id: bad, match: '(unclosed', reason: x}\n", u"mine.yaml"_s, &errors));
        QVERIFY2(errors.last().startsWith(u"mine.yaml:2:"_s), qPrintable(errors.last()));
    }

    void userRuleFile()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = DestructiveClassifier::userRulesPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("rules:\n  - {id: purge-cache, match: '\\bpurge-cache\\b', reason: empties the price cache}\n");
        f.close();
        QStringList errors;
        const DestructiveClassifier c = DestructiveClassifier::withUserRules(&errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.classify(u"bin/purge-cache --all"_s, Runner::Bash).first().rule, u"purge-cache"_s);
        QVERIFY(!c.classify(u"rm -rf /tmp/x"_s, Runner::Bash).isEmpty());   // the bundled ones still apply
        // A broken file: its errors, the bundled rules only.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("rules:\n  - {id: x}\n");
        f.close();
        const DestructiveClassifier broken = DestructiveClassifier::withUserRules(&errors);
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().startsWith(path + u":2:"_s), qPrintable(errors.first()));
        QVERIFY(broken.classify(u"bin/purge-cache --all"_s, Runner::Bash).isEmpty());
        QFile::remove(path);
    }

    void lintWarnsAboutDestructiveWithoutBackup()
    {
        const QByteArray md = "# Ops\n\n## Restore\n\n```bash\n# 1. Restore\npg_restore --clean -d trading backups/db_YYYYMMDD.dump\n```\n\n"
                              "## Safe restore\n\n```bash\n# 1. Safety copy\npg_dump -Fc trading > safety.dump\n"
                              "# 2. Restore\npg_restore --clean -d trading backups/db.dump\n```\n";
        const Runbook rb = m_parser.parse(md, u"ops.md"_s);
        const QList<Runbook::Warning> w = RunbookLinter::lint(rb);
        int noBackup = 0;
        for (const Runbook::Warning &x : w)
            noBackup += x.message.contains(u"no step before it"_s);
        QCOMPARE(noBackup, 1);   // the first procedure only
    }
};

QTEST_GUILESS_MAIN(TestRunbookParser)
#include "tst_runbookparser.moc"
