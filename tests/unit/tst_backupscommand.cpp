#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "quarterdeckrun.h"

using namespace Qt::StringLiterals;

// `quarterdeck backups` as the real binary, on real gzip output made by the
// real gzip, named by the clock so the ages are known.
class TestBackupsCommand final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    using Run = QuarterdeckRun;
    // Each run keeps its verdicts in the manifest under `dataHome`, never in
    // the user's own data folder.
    Run run(const QStringList &args, const QString &dataHome = u"data"_s)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(dataHome));
        return runQuarterdeck(QStringList{u"backups"_s} + args, env);
    }

    // A gzip'd SQL dump stamped `hoursAgo` before now, made by gzip itself.
    QString dump(const QString &folder, int hoursAgo)
    {
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600);
        const QString path = m_dir.filePath(folder + u"/db_"_s + t.toString(u"yyyyMMdd_HHmmss"_s) + u".sql.gz"_s);
        QByteArray sql = "-- PostgreSQL database dump\n";
        for (int i = 0; i < 20000; ++i)
            sql += "INSERT INTO trades VALUES (" + QByteArray::number(i) + ", 'BTC', " + QByteArray::number(i * 37 % 1000) + ");\n";
        sql += "\n--\n-- PostgreSQL database dump complete\n--\n\n";
        QProcess gz;
        gz.setStandardOutputFile(path);
        gz.start(u"gzip"_s, {u"-c"_s});
        gz.write(sql);
        gz.closeWriteChannel();
        gz.waitForFinished();
        return path;
    }

    QString profile(const QString &folder, const QString &rpo)
    {
        const QString path = m_dir.filePath(folder + u".yaml"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(u"environment: {name: b}\n"
                 "objectives:\n  - {component: database, rpo: %2}\n"
                 "backups:\n  - {name: %1, folder: %1, pattern: 'db_{YYYYMMDD}_{HHMMSS}.sql.gz', component: database, interval: 1h}\n"_s
                    .arg(folder, rpo)
                    .toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"gzip"_s).isEmpty())
            QSKIP("gzip is not installed");
        for (const char *d : {"good", "corrupt", "stale"})
            QVERIFY(QDir(m_dir.path()).mkpath(QString::fromLatin1(d)));
        for (int h : {3, 2, 1, 0})
            QVERIFY(!dump(u"good"_s, h).isEmpty());
        for (int h : {2, 1})
            dump(u"corrupt"_s, h);
        // the newest corrupt: a flipped byte in the middle of the stream
        const QString newest = dump(u"corrupt"_s, 0);
        QFile f(newest);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
        f.seek(0);
        f.write(bytes);
        f.close();
        for (int h : {30, 29})
            dump(u"stale"_s, h);
    }

    void allFine()
    {
        const Run r = run({u"--profile"_s, profile(u"good"_s, u"2h"_s), u"--verify"_s});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(r.out.count("OK "), 4);
        QVERIFY(r.out.contains("newest good"));
    }

    void newestCorruptIsCritical()
    {
        const Run r = run({u"--profile"_s, profile(u"corrupt"_s, u"2h"_s), u"--verify"_s, u"--json"_s});
        QCOMPARE(r.code, 2);
        const QJsonObject set = QJsonDocument::fromJson(r.out).object().value(u"sets"_s).toArray().first().toObject();
        const QJsonArray backups = set.value(u"backups"_s).toArray();
        QCOMPARE(backups.size(), 3);
        QCOMPARE(backups[0].toObject().value(u"verification"_s).toString(), u"corrupt"_s);   // newest first
        QVERIFY(!backups[0].toObject().value(u"reason"_s).toString().isEmpty());
        QCOMPARE(backups[1].toObject().value(u"verification"_s).toString(), u"ok"_s);
        QCOMPARE(set.value(u"newest_good"_s).toString(), backups[1].toObject().value(u"name"_s).toString());
    }

    void withoutVerifyNothingIsCalledOk()
    {
        // A data folder no verification has written to.
        const Run r = run({u"--profile"_s, profile(u"corrupt"_s, u"2h"_s), u"--json"_s}, u"fresh-data"_s);
        const QJsonArray backups =
            QJsonDocument::fromJson(r.out).object().value(u"sets"_s).toArray().first().toObject().value(u"backups"_s).toArray();
        for (const auto &b : backups)
            QCOMPARE(b.toObject().value(u"verification"_s).toString(), u"unverified"_s);
        QCOMPARE(r.code, 0);
    }

    void verdictsAreKept()
    {
        // Verified once (newestCorruptIsCritical ran before): the verdicts
        // and digests come back without --verify, from the manifest.
        const Run r = run({u"--profile"_s, profile(u"corrupt"_s, u"2h"_s), u"--json"_s});
        QCOMPARE(r.code, 2);
        const QJsonArray backups =
            QJsonDocument::fromJson(r.out).object().value(u"sets"_s).toArray().first().toObject().value(u"backups"_s).toArray();
        QCOMPARE(backups[0].toObject().value(u"verification"_s).toString(), u"corrupt"_s);
        QCOMPARE(backups[1].toObject().value(u"verification"_s).toString(), u"ok"_s);
        QCOMPARE(backups[1].toObject().value(u"sha256"_s).toString().size(), 64);
        QCOMPARE(backups[1].toObject().value(u"format"_s).toString(), u"gzip · pg_dump SQL"_s);
        // Kept in the store now, not in a JSON file beside it.
        QVERIFY(QFile::exists(m_dir.filePath(u"data/Quarterdeck/quarterdeck/incidents.db"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"data/Quarterdeck/quarterdeck/backup-manifest.json"_s)));
    }

    void rpoBreachAndMissedSchedule()
    {
        const Run r = run({u"--profile"_s, profile(u"stale"_s, u"15m"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains("the newest good backup of stale is 1 d 5 h old; the RPO is 15 m"), r.out);
        QVERIFY2(r.out.contains("no backup for 1 d 5 h, for a backup every 1 h"), r.out);
    }

    void profileErrorsAndMissingFolder()
    {
        const QString bad = m_dir.filePath(u"bad.yaml"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("environment: {name: b}\nbackups:\n  - {name: x, folder: x, pattern: 'x_{YYYYMMDX}'}\n");
        f.close();
        const Run invalid = run({u"--profile"_s, bad});
        QCOMPARE(invalid.code, 3);
        QVERIFY(invalid.err.startsWith(QByteArray(bad.toUtf8() + ":3:")));

        const Run missing = run({u"--profile"_s, profile(u"absent"_s, u"1h"_s)});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.out.contains("could not check absent: the folder"), missing.out);
    }
};

QTEST_GUILESS_MAIN(TestBackupsCommand)
#include "tst_backupscommand.moc"
