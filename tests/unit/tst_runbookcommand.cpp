#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "quarterdeckrun.h"

using namespace Qt::StringLiterals;

// `quarterdeck runbook lint` and `runbook plan` as the real binary: exit
// codes, text, JSON.
class TestRunbookCommand final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    using Run = QuarterdeckRun;
    // The team's rules file is looked for under this test's own config folder.
    Run run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        return runQuarterdeck(QStringList{u"runbook"_s, u"lint"_s} + args, env);
    }

    Run plan(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        return runQuarterdeck(QStringList{u"runbook"_s, u"plan"_s} + args, env);
    }

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    }

private slots:
    void cleanRunbookExitsZero()
    {
        const QString rb = write(u"clean.md"_s, "# Ops\n\n## Restore\n\n```bash\n# 1. Safety copy\npg_dump -Fc trading > safety.dump\n"
                                               "# 2. Restore\npg_restore --clean -d trading safety.dump\n```\n");
        const Run r = run({rb});
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY(r.out.contains("Ops"));
        QVERIFY(r.out.contains("GATE: pg_restore --clean drops objects before restoring"));
        QVERIFY(!r.out.contains("warning:"));
    }

    void warningsExitOne()
    {
        const Run r = run({QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/cryptobot-rollback.md")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("cryptobot-rollback.md:43:1: warning: 'Restore the database'"));
    }

    void json()
    {
        const Run r = run({u"--json"_s, QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/sigmatradebot-rollback.md")});
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(u"exit_code"_s).toInt(), r.code);
        const QJsonObject file = root.value(u"files"_s).toArray().first().toObject();
        QCOMPARE(file.value(u"title"_s).toString(), u"SigmaTrade Rollback Procedures"_s);
        const QJsonArray steps = file.value(u"procedures"_s).toArray().first().toObject().value(u"steps"_s).toArray();
        QCOMPARE(steps[0].toObject().value(u"runner"_s).toString(), u"bash"_s);
        QCOMPARE(steps[0].toObject().value(u"gates"_s).toArray().first().toObject().value(u"rule"_s).toString(), u"service-stop"_s);
        QCOMPARE(file.value(u"procedures"_s).toArray().first().toObject().value(u"triggers"_s).toArray().size(), 1);
    }

    void boundWithProfile()
    {
        const Run r = run({u"--profile"_s, QStringLiteral(QD_SOURCE_DIR "/examples/sigmatradebot.yaml"),
                           QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/sigmatradebot-rollback.md")});
        QVERIFY2(r.out.contains("YYYYMMDD_HHMMSS (a backup of set daily)"), r.out.constData());
    }

    void unreadableExitsThree()
    {
        const Run missing = run({m_dir.filePath(u"missing.md"_s)});
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.contains("missing.md: cannot read"));
        const Run none = run({});
        QCOMPARE(none.code, 64);
        // A broken rules file of the team's: refused with its line.
        QDir().mkpath(m_dir.filePath(u"config/Quarterdeck/quarterdeck"_s));
        write(u"config/Quarterdeck/quarterdeck/destructive-rules.yaml"_s, "rules:\n  - {id: x, match: '(', reason: y}\n");
        const Run rules = run({QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/sandbox-rollback.md")});
        // Reported and left out; the structure is still printed with the bundled rules.
        QCOMPARE(rules.code, 1);
        QVERIFY2(rules.err.contains("destructive-rules.yaml:2:"), rules.err.constData());
        QVERIFY(rules.out.contains("GATE: a restore or rollback script puts an older state"));
        QFile::remove(m_dir.filePath(u"config/Quarterdeck/quarterdeck/destructive-rules.yaml"_s));
    }

    // The exact commands, values as one quoted word each, gates with their
    // reasons; nothing runs (the hostile value would leave a file behind).
    void planPrintsTheExactCommands()
    {
        const QString pwned = m_dir.filePath(u"pwned"_s);
        const QString hostile = u"x'; touch %1; '"_s.arg(pwned);
        const Run r = plan({QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/sigmatradebot-rollback.md"), u"--procedure"_s,
                            u"full database restore"_s, u"--profile"_s, QStringLiteral(QD_SOURCE_DIR "/examples/sigmatradebot.yaml"),
                            u"--param"_s, u"YYYYMMDD_HHMMSS="_s + hostile, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!QFile::exists(pwned));
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(u"procedure"_s).toString(), u"Database Rollback › Full Database Restore"_s);
        QVERIFY(root.value(u"ready"_s).toBool());
        const QJsonArray steps = root.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 7);
        const QJsonObject restore = steps[3].toObject();
        QCOMPARE(restore.value(u"number"_s).toInt(), 4);
        QCOMPARE(restore.value(u"runner"_s).toString(), u"bash"_s);
        QCOMPARE(restore.value(u"gates"_s).toArray().first().toObject().value(u"rule"_s).toString(), u"restore-script"_s);
        // Not a path: typed by hand, so it goes in where the stamp stood, one word.
        const QString quoted = u"'x'\\''; touch "_s + pwned + u"; '\\'''"_s;
        QCOMPARE(restore.value(u"command"_s).toString(),
                 u"# 4. Restore\n./scripts/restore-from-backup.sh backups/daily/sigmatrade_"_s + quoted + u".sql.gz"_s);
        QCOMPARE(steps[5].toObject().value(u"runner"_s).toString(), u"sql"_s);

        // Text: each step, its gate and reason, the command.
        const Run text = plan({QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/sigmatradebot-rollback.md"), u"--procedure"_s,
                               u"Full Database Restore"_s, u"--param"_s, u"YYYYMMDD_HHMMSS=20261122_031500"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("Step 4 of 7: Restore  [bash, line 30-32]\n"
                                   "  GATE (restore-script): a restore or rollback script puts an older state in place of what runs now\n"),
                 text.out.constData());
        QVERIFY(text.out.contains("./scripts/restore-from-backup.sh backups/daily/sigmatrade_'20261122_031500'.sql.gz"));
    }

    void planSaysWhatIsMissing()
    {
        const QString rb = write(u"deploy.md"_s, "# Ops\n\n## Roll back the deploy\n\n```bash\n# 1. Check out\ngit checkout <commit-hash>\n"
                                                "# 2. Tell\ncurl -X POST $HOOK_URL\n```\n\n## Roll back the config\n\n```bash\ncp a b\n```\n");
        Run r = plan({rb, u"--procedure"_s, u"deploy"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("MISSING: commit-hash (give --param KEY=VALUE)"), r.out.constData());
        // By the text as written, too.
        r = plan({rb, u"--procedure"_s, u"deploy"_s, u"--param"_s, u"<commit-hash>=4f2a9c1"_s, u"--param"_s, u"HOOK_URL=http://x"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("git checkout '4f2a9c1'"), r.out.constData());
        QVERIFY(r.out.contains("curl -X POST \"$HOOK_URL\""));
        QVERIFY(r.out.contains("environment: HOOK_URL"));
        // A key the procedure does not have: usage, with the ones it has.
        r = plan({rb, u"--procedure"_s, u"deploy"_s, u"--param"_s, u"commit_hash=1"_s});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains("it has: HOOK_URL, commit-hash"), r.err.constData());
        // "roll back" fits both procedures: say which.
        r = plan({rb, u"--procedure"_s, u"roll back"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("fits 2 procedures"), r.err.constData());
        r = plan({rb});
        QCOMPARE(r.code, 64);
    }
};

QTEST_GUILESS_MAIN(TestRunbookCommand)
#include "tst_runbookcommand.moc"
