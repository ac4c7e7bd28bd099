#include "backupservice.h"
#include "manualclock.h"
#include "pgcustomverifier.h"
#include "sandboxbackups.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace qd;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The console's backup worker on a thread of its own, over real folders: it
// lists, notices new and deleted files, verifies on its pool with progress
// and cancel, and answers a second run from its manifest.
class TestBackupService final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(1, 52), Qt::UTC)};
    QThread m_thread;
    BackupService *m_service = nullptr;

    Profile sandboxProfile() const
    {
        Profile p;
        for (const auto &[name, folder, pattern, interval] :
             {std::tuple{u"market-data"_s, u"backups/market-data"_s, u"marketdata_{YYYYMMDD}_{HHMMSS}.sql.gz"_s, 5},
              std::tuple{u"strategy"_s, u"backups/strategy"_s, u"strategy_{YYYYMMDD}_{HHMMSS}.sql.gz"_s, 60}}) {
            BackupSetSpec s;
            s.name = name;
            s.folder = m_dir.filePath(folder);
            s.pattern = pattern;
            s.interval = Millis(interval * 60'000);
            s.rpo = Millis(15 * 60'000);
            p.backups.append(s);
        }
        return p;
    }

    QList<BackupSetStatus> lastSets(QSignalSpy &spy) const
    {
        return spy.last().at(0).value<QList<BackupSetStatus>>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The sandbox's own history: real gzip'd pg_dump files, one corrupt.
        SandboxBackups backups(m_dir.path());
        QString error;
        QVERIFY2(backups.populate(m_clock.now(), &error), qPrintable(error));
        m_service = new BackupService(&m_clock, m_dir.filePath(u"manifest.json"_s));
        m_service->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
        m_thread.start();
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_service, &BackupService::shutdown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void listsAndVerifies()
    {
        QSignalSpy inventory(m_service, &BackupService::inventoryChanged);
        QMetaObject::invokeMethod(m_service, [s = m_service, p = sandboxProfile()] { s->setProfile(p); });
        QTRY_VERIFY_WITH_TIMEOUT(inventory.count() > 0, 5000);
        QList<BackupSetStatus> sets = lastSets(inventory);
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0].backups.size(), 30);
        QCOMPARE(sets[1].backups.size(), 8);
        QCOMPARE(sets[0].backups.first().verification, Backup::Verification::Unverified);

        QSignalSpy progress(m_service, &BackupService::verificationProgress);
        QSignalSpy finished(m_service, &BackupService::verificationFinished);
        QMetaObject::invokeMethod(m_service, [s = m_service] { s->verify({}, false); });
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 30000);
        QCOMPARE(finished.first().at(0).toInt(), 38);   // verified
        QCOMPARE(finished.first().at(2).toBool(), false);
        // Progress ends at all bytes of all backups.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 38);
        QCOMPARE(progress.last().at(2).toLongLong(), progress.last().at(3).toLongLong());

        sets = lastSets(inventory);
        int corrupt = 0;
        for (const BackupSetStatus &s : sets)
            for (const Backup &b : s.backups) {
                corrupt += b.verification == Backup::Verification::Corrupt;
                if (b.verification == Backup::Verification::Ok)
                    QCOMPARE(b.sha256.size(), 64);
            }
        QCOMPARE(corrupt, 1);   // the one the sandbox damaged on purpose

        // A second "verify all" reads nothing: every verdict is cached.
        finished.clear();
        QMetaObject::invokeMethod(m_service, [s = m_service] { s->verify({}, false); });
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 5000);
        QCOMPARE(finished.first().at(1).toInt(), 0);
        QVERIFY(QFile::exists(m_dir.filePath(u"manifest.json"_s)));
    }

    void noticesFolderChanges()
    {
        QSignalSpy inventory(m_service, &BackupService::inventoryChanged);
        SandboxBackups backups(m_dir.path());
        QVERIFY(!backups.deleteNewest().isEmpty());
        // The watcher sees it and lists again after the settle time, without being asked.
        QTRY_VERIFY_WITH_TIMEOUT(!inventory.isEmpty() && lastSets(inventory)[0].backups.size() == 29, 5000);

        m_clock.advance(10min);
        backups.backUpNow(m_clock.now());
        QTRY_VERIFY_WITH_TIMEOUT(lastSets(inventory)[0].backups.size() == 30, 5000);
        const Backup newest = lastSets(inventory)[0].backups.first();
        QCOMPARE(newest.timestamp, m_clock.now().addMSecs(-m_clock.now().time().msec()));
        QCOMPARE(newest.verification, Backup::Verification::Unverified);

        // Verify selected rereads even a cached backup and finds the drill's damage.
        const QString older = lastSets(inventory)[0].backups[1].path;
        QFile f(older);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write("XXXX");
        f.close();
        QSignalSpy finished(m_service, &BackupService::verificationFinished);
        QMetaObject::invokeMethod(m_service, [s = m_service, older] { s->verify({older}, true); });
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lastSets(inventory)[0].backups[1].verification == Backup::Verification::Corrupt, 5000);
        QVERIFY(lastSets(inventory)[0].backups[1].changedSinceVerified);
    }

    void newArrivalsAreVerifiedByThemselves()
    {
        QSignalSpy inventory(m_service, &BackupService::inventoryChanged);
        // A dump that a backup job finished a minute ago (its mtime says so):
        // settled, so the console reads it without being asked.
        const QDir strategy(m_dir.filePath(u"backups/strategy"_s));
        const QString newest = strategy.filePath(strategy.entryList(QDir::Files, QDir::Name).last());
        const QString path = strategy.filePath(u"strategy_20261122_023000.sql.gz"_s);
        QVERIFY(QFile::copy(newest, path));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60), QFileDevice::FileModificationTime));
        }
        const auto verdict = [&] {
            if (inventory.isEmpty())
                return Backup::Verification::Unverified;
            const QList<BackupSetStatus> sets = lastSets(inventory);
            for (const Backup &b : sets[1].backups)
                if (b.path == path)
                    return b.verification;
            return Backup::Verification::Unverified;
        };
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), Backup::Verification::Ok, 10000);
    }

    void rpoBreachAppearsWithTime()
    {
        QSignalSpy inventory(m_service, &BackupService::inventoryChanged);
        m_clock.advance(2h);
        QMetaObject::invokeMethod(m_service, &BackupService::rescan);
        QTRY_VERIFY_WITH_TIMEOUT(inventory.count() > 0, 5000);
        bool breached = false;
        // A named copy: a range-for over a member of a temporary would read freed memory.
        const QList<BackupSetStatus> sets = lastSets(inventory);
        for (const BackupFinding &f : sets[0].analysis.findings)
            breached = breached || f.kind == BackupFinding::Kind::RpoBreached;
        QVERIFY(breached);
    }

    void cancel()
    {
        if (PgCustomVerifier::pgRestore().isEmpty())
            QSKIP("pg_restore is not installed (postgresql-client); scripts/test installs it");
        // Forty custom-format dumps: each needs two pg_restore runs, so the
        // run lasts long enough to be cancelled in the middle.
        QTemporaryDir folder;
        for (int i = 0; i < 40; ++i)
            QVERIFY(QFile::copy(QStringLiteral(QD_SOURCE_DIR "/tests/fixtures/pgdump/sigmatrade_20261120_030000.dump"),
                                folder.filePath(u"db_20261120_%1.dump"_s.arg(i, 6, 10, QChar(u'0')))));
        Profile p;
        BackupSetSpec s;
        s.name = u"custom"_s;
        s.folder = folder.path();
        s.pattern = u"db_{YYYYMMDD}_{HHMMSS}.dump"_s;
        p.backups.append(s);
        QSignalSpy inventory(m_service, &BackupService::inventoryChanged);
        QMetaObject::invokeMethod(m_service, [svc = m_service, p] { svc->setProfile(p); });
        QTRY_VERIFY_WITH_TIMEOUT(inventory.count() > 0, 5000);

        QSignalSpy finished(m_service, &BackupService::verificationFinished);
        QSignalSpy progress(m_service, &BackupService::verificationProgress);
        QMetaObject::invokeMethod(m_service, [svc = m_service] { svc->verify({}, false); });
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 1, 20000);
        m_service->cancelVerification();   // thread-safe, straight from this thread
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 20000);
        const int verified = finished.first().at(0).toInt();
        QCOMPARE(finished.first().at(1).toInt(), 40);
        QVERIFY(finished.first().at(2).toBool());
        QVERIFY2(verified >= 1 && verified < 40, qPrintable(QString::number(verified)));
        // Cancelled backups keep what was known: unverified, never OK.
        int ok = 0, unverified = 0;
        const QList<BackupSetStatus> sets = lastSets(inventory);
        for (const Backup &b : sets[0].backups) {
            ok += b.verification == Backup::Verification::Ok;
            unverified += b.verification == Backup::Verification::Unverified;
        }
        QCOMPARE(ok, verified);
        QCOMPARE(unverified, 40 - verified);
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
