#include "backupanalyzer.h"

#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;
using Kind = BackupFinding::Kind;

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
constexpr qint64 kHour = 3'600'000;

Backup backup(const QString &name, qint64 hoursAgo, qint64 size = 50'000'000)
{
    Backup b;
    b.name = name;
    b.path = u"/b/"_s + name;
    b.size = size;
    b.timestamp = kNow.addMSecs(-hoursAgo * kHour);
    b.modified = b.timestamp;
    return b;
}

BackupSetSpec hourly()
{
    BackupSetSpec s;
    s.name = u"trading"_s;
    s.interval = Millis(kHour);
    s.retention = Millis(48 * kHour);
    return s;
}

QList<Kind> kinds(const BackupAnalyzer::Result &r)
{
    QList<Kind> out;
    for (const BackupFinding &f : r.findings)
        out << f.kind;
    return out;
}

QStringList texts(const BackupAnalyzer::Result &r)
{
    QStringList out;
    for (const BackupFinding &f : r.findings)
        out << f.text;
    return out;
}

} // namespace

class TestBackupAnalyzer final : public QObject
{
    Q_OBJECT
private slots:
    void healthySetHasNoFindings()
    {
        const QList<Backup> b = {backup(u"b3"_s, 3), backup(u"b1"_s, 1), backup(u"b2"_s, 2), backup(u"b0"_s, 0)};
        const auto r = BackupAnalyzer::analyze(hourly(), b, Millis(2 * kHour), kNow);
        QVERIFY2(r.findings.isEmpty(), qPrintable(texts(r).join(u'\n')));
        QCOMPARE(b[r.newest].name, u"b0"_s);
        QCOMPARE(b[r.newestGood].name, u"b0"_s);
        QCOMPARE(r.newestGoodAge.count(), 0);
    }

    void rpoBreachUsesTheNewestGoodBackup()
    {
        // The newest is empty and the one before is corrupt: the newest *good*
        // backup is three hours old, against an RPO of 15 minutes.
        QList<Backup> b = {backup(u"b3"_s, 3), backup(u"b2"_s, 2), backup(u"b1"_s, 1), backup(u"b0"_s, 0, 0)};
        b[2].verification = Backup::Verification::Corrupt;
        const auto r = BackupAnalyzer::analyze(hourly(), b, Millis(15 * 60'000), kNow);
        QCOMPARE(b[r.newest].name, u"b0"_s);
        QCOMPARE(b[r.newestGood].name, u"b2"_s);
        QCOMPARE(r.newestGoodAge.count(), 2 * kHour);
        QVERIFY(kinds(r).contains(Kind::Empty));
        QVERIFY(kinds(r).contains(Kind::RpoBreached));
        QVERIFY(texts(r).contains(u"the newest good backup of trading is 2 h old; the RPO is 15 m"_s));
    }

    void missedScheduleInTheMiddleAndAtTheEnd()
    {
        const QList<Backup> b = {backup(u"b10"_s, 10), backup(u"b9"_s, 9), backup(u"b5"_s, 5), backup(u"b4"_s, 4)};
        const auto r = BackupAnalyzer::analyze(hourly(), b, Millis(-1), kNow);
        QCOMPARE(kinds(r), (QList<Kind>{Kind::MissedSchedule, Kind::MissedSchedule}));
        QCOMPARE(texts(r).at(0), u"4 h between b9 and b5, for a backup every 1 h"_s);
        QCOMPARE(texts(r).at(1), u"no backup for 4 h, for a backup every 1 h"_s);
    }

    void slackOnTheSchedule()
    {
        // 70 minutes late on an hourly schedule is drift, not a missed backup.
        QList<Backup> b = {backup(u"a"_s, 2), backup(u"b"_s, 1)};
        b[1].timestamp = b[0].timestamp.addSecs(70 * 60);
        const auto r = BackupAnalyzer::analyze(hourly(), b, Millis(-1), b[1].timestamp.addSecs(10));
        QVERIFY2(r.findings.isEmpty(), qPrintable(texts(r).join(u'\n')));
    }

    void pastRetention()
    {
        const QList<Backup> b = {backup(u"old"_s, 72), backup(u"new"_s, 0)};
        BackupSetSpec s = hourly();
        s.interval = Millis(-1);
        const auto r = BackupAnalyzer::analyze(s, b, Millis(-1), kNow);
        QCOMPARE(kinds(r), QList<Kind>{Kind::PastRetention});
        QCOMPARE(r.findings.first().backup, u"old"_s);
        QCOMPARE(texts(r).first(), u"old is 3 d old, past the retention of 2 d"_s);
    }

    void muchSmallerThanItsNeighbours()
    {
        const QList<Backup> b = {backup(u"b4"_s, 4), backup(u"b3"_s, 3), backup(u"b2"_s, 2, 4'000), backup(u"b1"_s, 1), backup(u"b0"_s, 0)};
        const auto r = BackupAnalyzer::analyze(hourly(), b, Millis(-1), kNow);
        QCOMPARE(kinds(r), QList<Kind>{Kind::MuchSmaller});
        QCOMPARE(r.findings.first().backup, u"b2"_s);
        // a small one is still "good" until verification says otherwise
        QCOMPARE(b[r.newestGood].name, u"b0"_s);
    }

    void noBackupsAtAll()
    {
        const auto r = BackupAnalyzer::analyze(hourly(), {}, Millis(kHour), kNow);
        QCOMPARE(kinds(r), QList<Kind>{Kind::NoGoodBackup});
        QCOMPARE(r.findings.first().severity, BackupFinding::Severity::Critical);
        QCOMPARE(texts(r).first(), u"no backup of trading at all"_s);
        QCOMPARE(r.newest, -1);
    }

    void everyBackupBad()
    {
        QList<Backup> b = {backup(u"a"_s, 1, 0), backup(u"b"_s, 0)};
        b[1].verification = Backup::Verification::Corrupt;
        const auto r = BackupAnalyzer::analyze(hourly(), b, Millis(kHour), kNow);
        QVERIFY(kinds(r).contains(Kind::NoGoodBackup));
        QCOMPARE(r.newestGood, -1);
    }

    void mtimeAndCouldNotCheckAreSaid()
    {
        QList<Backup> b = {backup(u"dump.rdb"_s, 0)};
        b[0].timestampFromName = false;
        b[0].verification = Backup::Verification::CouldNotCheck;
        b[0].verificationReason = u"pg_restore is not installed"_s;
        const auto r = BackupAnalyzer::analyze(hourly(), b, Millis(-1), kNow);
        QCOMPARE(kinds(r), (QList<Kind>{Kind::TimestampFromMtime, Kind::CouldNotCheck, Kind::NoGoodBackup}));
        QCOMPARE(texts(r).at(1), u"dump.rdb could not be checked: pg_restore is not installed"_s);
        // Could not check is no proof of a good backup: it never counts as
        // the newest good one, and the set has none.
        QCOMPARE(r.newestGood, -1);
    }

    void futureTimestampIsNotCounted()
    {
        // Stamped a year ahead (a wrong clock, a typo in a script): it
        // would otherwise be the newest good backup and hide the breach.
        QList<Backup> b = {backup(u"db_20271120_010000.sql.gz"_s, 1000), backup(u"old"_s, 1000)};
        b[0].timestamp = kNow.addDays(365);
        b[1].timestamp = kNow.addDays(-3);
        const auto r = BackupAnalyzer::analyze(hourly(), b, Millis(3600'000), kNow);
        QVERIFY(kinds(r).contains(Kind::FutureTimestamp));
        QVERIFY(kinds(r).contains(Kind::RpoBreached));
        QCOMPARE(r.newestGood, 1);
        // A few seconds ahead is clock skew, and counts.
        b[0].timestamp = kNow.addSecs(20);
        const auto skew = BackupAnalyzer::analyze(hourly(), b, Millis(3600'000), kNow);
        QVERIFY(!kinds(skew).contains(Kind::FutureTimestamp));
        QCOMPARE(skew.newestGood, 0);
    }

    void unreadableFolderIsNotEmpty()
    {
        QList<Backup> b = {backup(u"backup-20261120-010000"_s, 0)};
        b[0].isFolder = true;
        b[0].verification = Backup::Verification::CouldNotCheck;
        b[0].verificationReason = u"cannot read the folder (permission denied)"_s;
        const auto r = BackupAnalyzer::analyze(hourly(), b, Millis(-1), kNow);
        QVERIFY(!kinds(r).contains(Kind::Empty));
        QVERIFY(kinds(r).contains(Kind::CouldNotCheck));
    }
};

QTEST_APPLESS_MAIN(TestBackupAnalyzer)
#include "tst_backupanalyzer.moc"
