#include "runbookparser.h"
#include "stepplanner.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

// The substitution every wizard step, `runbook plan` and the runner share:
// values reach bash as literal single arguments whatever they hold, wherever
// the runbook puts them; secrets never enter the text. Run through real bash.
class TestStepPlanner final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static RunbookStep bashStep(const QString &text, const QList<RunbookStep::Placeholder> &placeholders)
    {
        RunbookStep s;
        s.kind = RunbookStep::Kind::Command;
        s.runner = RunbookStep::Runner::Bash;
        s.language = u"bash"_s;
        s.text = text;
        s.placeholders = placeholders;
        return s;
    }
    static RunbookStep::Placeholder angle(const QString &name)
    {
        return {RunbookStep::Placeholder::Kind::Angle, u'<' + name + u'>', name, {}};
    }
    static RunbookStep::Placeholder variable(const QString &name)
    {
        return {RunbookStep::Placeholder::Kind::Variable, u'$' + name, name, {}};
    }

    struct Ran
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // Runs the planned script as StepRunner does: bash -c, the plan's
    // environment added, in a folder of its own.
    Ran run(const PlannedStep &p)
    {
        QProcess proc;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &kv : p.environment)
            env.insert(kv.first, kv.second);
        proc.setProcessEnvironment(env);
        proc.setWorkingDirectory(m_dir.path());
        proc.start(u"bash"_s, {u"-c"_s, p.command});
        if (!proc.waitForFinished(10000))
            return {};
        return {proc.exitCode(), proc.readAllStandardOutput(), proc.readAllStandardError()};
    }

    static QStringList hostile()
    {
        return {u"; rm -rf ~"_s,       u"$(touch pwned)"_s,          u"`touch pwned`"_s,   u"it's"_s,
                u"\"quoted\""_s,       u"a b  c"_s,                  u"*"_s,               u"--output=/etc/passwd"_s,
                u"-rf"_s,              u"line one\ntouch pwned"_s,   u"$HOME"_s,           u"${IFS}"_s,
                u"'; touch pwned; '"_s, u"\"; touch pwned; \""_s,    u"\\"_s,              u"EOF\ntouch pwned\nEOF"_s,
                u""_s,                 u"é ü 日本"_s,                u"a'b\"c`d$e\\f"_s,   u"!!"_s};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"bash"_s).isEmpty(), "bash is needed");
    }

    void init()
    {
        QFile::remove(m_dir.filePath(u"pwned"_s));
    }

    // Each hostile value in each place a runbook puts a value: bare, inside
    // double quotes, inside single quotes, in an expanding here-document,
    // as a $VARIABLE bare and quoted. printf shows each argument it got
    // between brackets: the value must arrive whole, as one argument, as
    // typed, and nothing may run.
    void hostileValuesStayLiteral_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedShape");   // %v is the value
        QTest::addColumn<bool>("isVariable");
        QTest::newRow("bare") << u"printf '[%s]' <commit>"_s << u"[%v]"_s << false;
        QTest::newRow("in a word") << u"printf '[%s]' --ref=<commit>.tar"_s << u"[--ref=%v.tar]"_s << false;
        QTest::newRow("double quotes") << u"printf '[%s]' \"rolling back to <commit> now\""_s << u"[rolling back to %v now]"_s << false;
        QTest::newRow("single quotes") << u"printf '[%s]' 'rolling back to <commit> now'"_s << u"[rolling back to %v now]"_s << false;
        QTest::newRow("heredoc") << u"cat <<EOF\n[<commit>]\nEOF"_s << u"[%v]\n"_s << false;
        QTest::newRow("command substitution in quotes") << u"printf '[%s]' \"$(printf '%s' \"<commit>\")\""_s << u"[%v]"_s << false;
        QTest::newRow("variable bare") << u"printf '[%s]' $TARGET"_s << u"[%v]"_s << true;
        QTest::newRow("variable quoted") << u"printf '[%s]' \"at $TARGET\""_s << u"[at %v]"_s << true;
        QTest::newRow("variable in heredoc") << u"cat <<EOF\n[$TARGET]\nEOF"_s << u"[%v]\n"_s << true;
        // Found by review: constructs that once threw the reading off.
        QTest::newRow("after a here-string") << u"grep -q x <<< \"$(echo x)\"\nprintf '[%s]' <commit>"_s << u"[%v]"_s << false;
        QTest::newRow("after a quoted here-doc delimiter")
            << u"cat <<\"END OF NOTE\" >/dev/null\nhello\nEND OF NOTE\nprintf '[%s]' \"<commit>\""_s << u"[%v]"_s << false;
        QTest::newRow("after an escaped space and #") << u"printf '[%s]' \\ #<commit>"_s << u"[ #%v]"_s << false;

    }

    void hostileValuesStayLiteral()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedShape);
        QFETCH(bool, isVariable);
        const RunbookStep step = bashStep(text, {isVariable ? variable(u"TARGET"_s) : angle(u"commit"_s)});
        for (const QString &value : hostile()) {
            // Command substitution strips trailing newlines; the value has none.
            const PlannedStep p = StepPlanner::plan(step, 1, {{isVariable ? u"TARGET"_s : u"commit"_s, {value, false}}});
            QVERIFY2(p.ready(), qPrintable(p.problems.join(u"; "_s)));
            const Ran r = run(p);
            const QString expected = QString(expectedShape).replace(u"%v"_s, value);
            QVERIFY2(r.code == 0, qPrintable(u"%1 → %2: exit %3: %4"_s.arg(value, p.command).arg(r.code).arg(QString::fromUtf8(r.err))));
            QCOMPARE(QString::fromUtf8(r.out), expected);
            QVERIFY2(!QFile::exists(m_dir.filePath(u"pwned"_s)), qPrintable(u"%1 ran something: %2"_s.arg(value, p.command)));
        }
    }

    // Where bash would read a value again as code or arithmetic, no value
    // goes: the step is refused with the reason (each of these ran $(…)
    // when they were not).
    void refusedWhereBashReadsItAgain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isVariable");
        QTest::newRow("arithmetic") << u"echo $(( <commit> + 1 ))"_s << false;
        QTest::newRow("arithmetic command") << u"(( <commit> > 0 )) && echo big"_s << false;
        QTest::newRow("[[ -gt ]]") << u"[[ <commit> -gt 0 ]] && echo big"_s << false;
        QTest::newRow("let") << u"let n=<commit>+1"_s << false;
        QTest::newRow("array subscript") << u"a[<commit>]=1"_s << false;
        QTest::newRow("backticks") << u"echo \"`basename \"<commit>\"`\""_s << false;
        QTest::newRow("nested quotes in ${:-}") << u"echo \"${T:-\"<commit>\"}\""_s << false;
        QTest::newRow("case inside $()") << u"echo \"$(case x in x) echo <commit>;; esac)\""_s << false;
        QTest::newRow("variable in arithmetic") << u"echo $(( $TARGET * 2 ))"_s << true;
        QTest::newRow("variable in [[ ]]") << u"[[ $TARGET -gt 0 ]] && echo big"_s << true;
        QTest::newRow("command substitution in a heredoc") << u"cat <<EOF\n$(basename <commit>)\nEOF"_s << false;
    }

    void refusedWhereBashReadsItAgain()
    {
        QFETCH(QString, text);
        QFETCH(bool, isVariable);
        const RunbookStep step = bashStep(text, {isVariable ? variable(u"TARGET"_s) : angle(u"commit"_s)});
        const PlannedStep p = StepPlanner::plan(step, 1, {{isVariable ? u"TARGET"_s : u"commit"_s, {u"a[$(touch pwned)]"_s, false}}});
        QVERIFY2(!p.ready(), qPrintable(p.command));
        QVERIFY2(p.problems.join(u' ').contains(u"code or arithmetic"_s), qPrintable(p.problems.join(u' ')));
    }

    // ${NAME} as it is, in a here-document and bare: a plain expansion.
    void bracedVariables()
    {
        const RunbookStep step = bashStep(u"printf '[%s]' ${TARGET}\ncat <<EOF\n[${TARGET}]\nEOF"_s,
                                          {{RunbookStep::Placeholder::Kind::Variable, u"${TARGET}"_s, u"TARGET"_s, {}}});
        const PlannedStep p = StepPlanner::plan(step, 1, {{u"TARGET"_s, {u"a b $(touch pwned)"_s, false}}});
        QVERIFY2(p.ready(), qPrintable(p.problems.join(u' ')));
        QCOMPARE(QString::fromUtf8(run(p).out), u"[a b $(touch pwned)][a b $(touch pwned)]\n"_s);
        QVERIFY(!QFile::exists(m_dir.filePath(u"pwned"_s)));
    }

    // A value is one argument: "a b  c" does not split, "*" does not glob.
    void oneArgumentEach()
    {
        QFile(m_dir.filePath(u"decoy.txt"_s)).open(QIODevice::WriteOnly);
        const RunbookStep step = bashStep(u"printf '<%s>' <a> $B"_s, {angle(u"a"_s), variable(u"B"_s)});
        const PlannedStep p = StepPlanner::plan(step, 1, {{u"a"_s, {u"a b  *"_s, false}}, {u"B"_s, {u"* c"_s, false}}});
        QCOMPARE(p.command, u"printf '<%s>' 'a b  *' \"$B\""_s);
        QCOMPARE(p.environmentValue(u"B"_s), u"* c"_s);
        QCOMPARE(run(p).out, QByteArray("<a b  *><* c>"));
    }

    // Where quoting cannot help, the value is refused, not guessed: a line
    // break in a comment or in a literal here-document would end it.
    void refusedWhereQuotingCannotWork()
    {
        const RunbookStep comment = bashStep(u"echo start # restoring <commit>\necho done"_s, {angle(u"commit"_s)});
        PlannedStep p = StepPlanner::plan(comment, 1, {{u"commit"_s, {u"x\ntouch pwned"_s, false}}});
        QVERIFY(!p.ready());
        QVERIFY2(p.problems.join(u' ').contains(u"comment"_s), qPrintable(p.problems.join(u' ')));
        p = StepPlanner::plan(comment, 1, {{u"commit"_s, {u"abc123"_s, false}}});
        QVERIFY(p.ready());
        QCOMPARE(run(p).out, QByteArray("start\ndone\n"));

        const RunbookStep literal = bashStep(u"cat <<'EOF'\n<commit>\nEOF"_s, {angle(u"commit"_s)});
        p = StepPlanner::plan(literal, 1, {{u"commit"_s, {u"EOF\ntouch pwned"_s, false}}});
        QVERIFY(!p.ready());
        p = StepPlanner::plan(literal, 1, {{u"commit"_s, {u"$(touch pwned)"_s, false}}});
        QVERIFY(p.ready());
        QCOMPARE(run(p).out, QByteArray("$(touch pwned)\n"));
        QVERIFY(!QFile::exists(m_dir.filePath(u"pwned"_s)));

        const RunbookStep ansi = bashStep(u"printf '%s' $'tab\\t<commit>'"_s, {angle(u"commit"_s)});
        QVERIFY(!StepPlanner::plan(ansi, 1, {{u"commit"_s, {u"x"_s, false}}}).ready());
    }

    // Secrets go in the environment only: not in the text that is shown,
    // confirmed at a gate and visible in /proc, wherever the runbook puts them.
    void secretsNeverInTheText()
    {
        const QString canary = u"canary-7f3a9 'secret' $(touch pwned)"_s;
        const RunbookStep step = bashStep(u"printf '[%s]' TOKEN \"Bearer TOKEN\" 'x TOKEN' $PASSWORD\ncat <<EOF\nTOKEN\nEOF"_s,
                                          {{RunbookStep::Placeholder::Kind::Field, u"TOKEN"_s, u"TOKEN"_s, {}}, variable(u"PASSWORD"_s)});
        const PlannedStep p = StepPlanner::plan(step, 1, {{u"TOKEN"_s, {canary, true}}, {u"PASSWORD"_s, {canary, true}}});
        QVERIFY(p.ready());
        QVERIFY2(!p.command.contains(u"canary"_s), qPrintable(p.command));
        QCOMPARE(QSet<QString>(p.secretNames.cbegin(), p.secretNames.cend()), (QSet<QString>{u"QD_TOKEN"_s, u"PASSWORD"_s}));
        const Ran r = run(p);
        QCOMPARE(QString::fromUtf8(r.out),
                 u"[%1][Bearer %1][x %1][%1]%1\n"_s.arg(canary));
        QVERIFY(!QFile::exists(m_dir.filePath(u"pwned"_s)));
        // A literal here-document would have to hold it as text: refused.
        const RunbookStep literal = bashStep(u"cat <<'EOF'\nTOKEN\nEOF"_s, {{RunbookStep::Placeholder::Kind::Field, u"TOKEN"_s, u"TOKEN"_s, {}}});
        QVERIFY(!StepPlanner::plan(literal, 1, {{u"TOKEN"_s, {canary, true}}}).ready());
    }

    // A backup picked from the inventory takes the place of the runbook's
    // example path, whatever its name holds.
    void backupPathReplacesTheWord()
    {
        RunbookStep::Placeholder stamp{RunbookStep::Placeholder::Kind::Timestamp, u"YYYYMMDD_HHMMSS"_s, u"YYYYMMDD_HHMMSS"_s, u"daily"_s};
        const RunbookStep step = bashStep(u"printf '[%s]' backups/daily/sigmatrade_YYYYMMDD_HHMMSS.sql.gz --dry-run"_s, {stamp});
        const QString picked = u"/srv/backups/daily/sigma trade's_20261122_031500.sql.gz"_s;
        PlannedStep p = StepPlanner::plan(step, 1, {{u"YYYYMMDD_HHMMSS"_s, {picked, false}}});
        QCOMPARE(p.command, u"printf '[%s]' "_s + StepPlanner::shellQuote(picked) + u" --dry-run"_s);
        QCOMPARE(QString::fromUtf8(run(p).out), u"[%1][--dry-run]"_s.arg(picked));
        // A stamp typed by hand goes in where the stamp was.
        p = StepPlanner::plan(step, 1, {{u"YYYYMMDD_HHMMSS"_s, {u"20261122_031500"_s, false}}});
        QCOMPARE(QString::fromUtf8(run(p).out), u"[backups/daily/sigmatrade_20261122_031500.sql.gz][--dry-run]"_s);
    }

    void missingAndInherited()
    {
        const RunbookStep step = bashStep(u"git checkout <commit> && echo $QD_TEST_SET $QD_TEST_UNSET"_s,
                                          {angle(u"commit"_s), variable(u"QD_TEST_SET"_s), variable(u"QD_TEST_UNSET"_s)});
        QProcessEnvironment env;
        env.insert(u"QD_TEST_SET"_s, u"1"_s);
        const PlannedStep p = StepPlanner::plan(step, 3, {}, env);
        QCOMPARE(p.number, 3);
        QVERIFY(p.missing.contains(u"commit"_s));
        QVERIFY(p.missing.contains(u"QD_TEST_UNSET"_s));
        QVERIFY(!p.missing.contains(u"QD_TEST_SET"_s));
        QVERIFY(!p.ready());
    }

    // Longer placeholders first; $DB_HOST is not the start of $DB_HOSTNAME;
    // TIMESTAMP is not CURRENT_TIMESTAMP.
    void boundaries()
    {
        const RunbookStep step = bashStep(u"echo $DB_HOST $DB_HOSTNAME backup_YYYYMMDD_HHMMSS db_YYYYMMDD.sql CURRENT_TIMESTAMP x_TIMESTAMP"_s,
                                          {variable(u"DB_HOST"_s),
                                           {RunbookStep::Placeholder::Kind::Timestamp, u"YYYYMMDD"_s, u"YYYYMMDD"_s, {}},
                                           {RunbookStep::Placeholder::Kind::Timestamp, u"YYYYMMDD_HHMMSS"_s, u"YYYYMMDD_HHMMSS"_s, {}},
                                           {RunbookStep::Placeholder::Kind::Timestamp, u"TIMESTAMP"_s, u"TIMESTAMP"_s, {}}});
        const PlannedStep p = StepPlanner::plan(step, 1,
                                                {{u"DB_HOST"_s, {u"h"_s, false}},
                                                 {u"YYYYMMDD"_s, {u"20261122"_s, false}},
                                                 {u"YYYYMMDD_HHMMSS"_s, {u"20261122_0315"_s, false}},
                                                 {u"TIMESTAMP"_s, {u"T1"_s, false}}});
        QCOMPARE(p.command,
                 u"echo \"$DB_HOST\" $DB_HOSTNAME backup_'20261122_0315' db_'20261122'.sql CURRENT_TIMESTAMP x_'T1'"_s);
    }

    void sqlGetsParameters()
    {
        RunbookStep step;
        step.kind = RunbookStep::Kind::Command;
        step.runner = RunbookStep::Runner::Sql;
        step.text = u"SELECT count(*) FROM trades WHERE created_at > <since> AND account = <account> OR created_at < <since>"_s;
        step.placeholders = {angle(u"since"_s), angle(u"account"_s)};
        const PlannedStep p = StepPlanner::plan(step, 1, {{u"since"_s, {u"x"_s, false}}, {u"account"_s, {u"y"_s, false}}});
        QCOMPARE(p.command, u"SELECT count(*) FROM trades WHERE created_at > $1 AND account = $2 OR created_at < $1"_s);
        QCOMPARE(p.sqlParameters, (QStringList{u"since"_s, u"account"_s}));
    }

    // Every bash step of every seed procedure, each placeholder given a
    // hostile value, is still a script bash can read (bash -n), holds no
    // secret, and shows nothing unfilled.
    void seedsPlanToValidBash()
    {
        if (!QDir(QStringLiteral(QD_SEED_DIR)).exists())
            QSKIP("the seed runbooks are not beside the checkout (QD_SEED_DIR)");
        const RunbookParser parser;
        int checked = 0;
        for (const QFileInfo &f : QDir(QStringLiteral(QD_SEED_DIR)).entryInfoList(QDir::Files)) {
            const RunbookParser::Result r = parser.parseFile(f.filePath());
            QVERIFY2(r.ok(), qPrintable(r.error));
            for (const Runbook::Procedure &proc : r.runbook.procedures) {
                StepPlanner::Values values;
                for (const RunbookStep &s : proc.steps)
                    for (const RunbookStep::Placeholder &ph : s.placeholders)
                        values.insert(ph.name, {u"x'; touch pwned; $(id) \"y"_s, ph.name.contains(u"TOKEN"_s)});
                for (const PlannedStep &p : StepPlanner::plan(proc, values)) {
                    if (p.step.runner != RunbookStep::Runner::Bash || p.step.kind != RunbookStep::Kind::Command)
                        continue;
                    QVERIFY2(p.missing.isEmpty(), qPrintable(p.missing.join(u", "_s)));
                    if (!p.ready())
                        continue;   // refused with a reason: checked above
                    QProcess bash;
                    bash.start(u"bash"_s, {u"-n"_s, u"-c"_s, p.command});
                    QVERIFY(bash.waitForFinished(10000));
                    QVERIFY2(bash.exitCode() == 0, qPrintable(u"%1 › step %2:\n%3\n%4"_s.arg(proc.name).arg(p.number).arg(
                                                       p.command, QString::fromUtf8(bash.readAllStandardError()))));
                    ++checked;
                }
            }
        }
        qInfo("%d planned bash steps read by bash -n", checked);
        QVERIFY(checked > 50);
    }
};

QTEST_GUILESS_MAIN(TestStepPlanner)
#include "tst_stepplanner.moc"
