#include "backupanalyzer.h"
#include "backupscanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace qd;
using namespace Qt::StringLiterals;

// Real folders and files, made by the test.
class TestBackupScanner final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void file(const QString &name, qint64 size, const QDateTime &mtime = QDateTime())
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(size, 'x'));
        f.close();
        if (mtime.isValid()) {
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        }
    }

    BackupSetSpec spec(const QString &folder, const QString &pattern)
    {
        BackupSetSpec s;
        s.name = u"daily"_s;
        s.folder = m_dir.filePath(folder);
        s.pattern = pattern;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"daily"_s));
        file(u"daily/sigmatrade_20261120_030000.sql.gz"_s, 5000);
        file(u"daily/sigmatrade_20261121_030000.sql.gz"_s, 5100);
        file(u"daily/sigmatrade_20261321_030000.sql.gz"_s, 10);   // month 13
        file(u"daily/notes.txt"_s, 10);
        file(u"daily/sigmatrade_20261119_030000.sql.gz"_s, 0);
        QVERIFY(QDir(m_dir.path()).mkpath(u"daily/sigmatrade_20261118_030000.sql.gz"_s));   // odd, but a folder backup
        file(u"daily/sigmatrade_20261118_030000.sql.gz/part1"_s, 700);
        file(u"daily/sigmatrade_20261118_030000.sql.gz/part2"_s, 300);
    }

    void namesTimestampsAndSizes()
    {
        const auto s = BackupScanner::scan(spec(u"daily"_s, u"sigmatrade_{YYYYMMDD}_{HHMMSS}.sql.gz"_s));
        QVERIFY(s.folderError.isEmpty());
        QCOMPARE(s.backups.size(), 4);
        QCOMPARE(s.unmatched, QStringList({u"notes.txt"_s, u"sigmatrade_20261321_030000.sql.gz"_s}));
        QHash<QString, Backup> byName;
        for (const Backup &b : s.backups)
            byName.insert(b.name, b);
        const Backup newest = byName.value(u"sigmatrade_20261121_030000.sql.gz"_s);
        QCOMPARE(newest.timestamp, QDateTime(QDate(2026, 11, 21), QTime(3, 0), Qt::UTC));
        QCOMPARE(newest.size, 5100);
        QVERIFY(newest.timestampFromName);
        const Backup folder = byName.value(u"sigmatrade_20261118_030000.sql.gz"_s);
        QVERIFY(folder.isFolder);
        QCOMPARE(folder.size, 1000);
        QCOMPARE(byName.value(u"sigmatrade_20261119_030000.sql.gz"_s).size, 0);

        // and the analyzer on what the scanner found
        const auto r = BackupAnalyzer::analyze(spec(u"daily"_s, QString()), s.backups, Millis(3'600'000),
                                               QDateTime(QDate(2026, 11, 21), QTime(5, 0), Qt::UTC));
        QCOMPARE(s.backups[r.newestGood].name, u"sigmatrade_20261121_030000.sql.gz"_s);
        QCOMPARE(r.newestGoodAge.count(), 2 * 3'600'000);
        bool empty = false, rpo = false;
        for (const BackupFinding &f : r.findings) {
            empty = empty || f.kind == BackupFinding::Kind::Empty;
            rpo = rpo || f.kind == BackupFinding::Kind::RpoBreached;
        }
        QVERIFY(empty);
        QVERIFY(rpo);
    }

    void mtimeWhenTheNameHasNoTime()
    {
        const QDateTime mtime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC);
        QVERIFY(QDir(m_dir.path()).mkpath(u"redis"_s));
        file(u"redis/dump.rdb"_s, 2048, mtime);
        const auto s = BackupScanner::scan(spec(u"redis"_s, u"dump.rdb"_s));
        QCOMPARE(s.backups.size(), 1);
        QVERIFY(!s.backups.first().timestampFromName);
        QCOMPARE(s.backups.first().timestamp, mtime);
    }

    void missingFolderCouldNotCheck()
    {
        const auto s = BackupScanner::scan(spec(u"nowhere"_s, u"x_{YYYYMMDD}"_s));
        QVERIFY(s.backups.isEmpty());
        QCOMPARE(s.folderError, u"the folder %1 does not exist"_s.arg(m_dir.filePath(u"nowhere"_s)));
        const auto r = BackupAnalyzer::analyze(spec(u"nowhere"_s, QString()), s.backups, Millis(1000), QDateTime::currentDateTimeUtc(),
                                               s.folderError);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().kind, BackupFinding::Kind::CouldNotCheck);
        QCOMPARE(r.findings.first().severity, BackupFinding::Severity::Critical);
    }

    // Permissions do not stop root, and CI runs as root: then the scan runs
    // in a child process that has given up root for nobody, as a console
    // started by an ordinary user would.
    void unreadableFolderCouldNotCheck_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("locked");
        QTest::newRow("folder without read permission") << u"locked"_s << u"locked"_s;
        QTest::newRow("inside a folder without permission") << u"parent/daily"_s << u"parent"_s;
    }

    void unreadableFolderCouldNotCheck()
    {
        QFETCH(QString, folder);
        QFETCH(QString, locked);
        QVERIFY(QDir(m_dir.path()).mkpath(folder));
        file(folder + u"/x_20261120"_s, 10);
        // nobody must reach the temp folder itself.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile::setPermissions(m_dir.filePath(locked), QFileDevice::Permissions());
        const BackupSetSpec set = spec(folder, u"x_{YYYYMMDD}"_s);
        auto check = [&set] {
            const auto s = BackupScanner::scan(set);
            return s.backups.isEmpty() && s.folderError.contains(u"cannot be read"_s);
        };
        bool ok = false;
        if (::geteuid() != 0) {
            ok = check();
        } else {
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                // nobody:nogroup on Debian.
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(3);
                ::_exit(check() ? 0 : 1);
            }
            int status = 0;
            ::waitpid(child, &status, 0);
            QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) != 3, "could not drop root in the child");
            ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        }
        QFile::setPermissions(m_dir.filePath(locked), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(ok, "the scan did not report the folder as unreadable");
    }
};

QTEST_APPLESS_MAIN(TestBackupScanner)
#include "tst_backupscanner.moc"
