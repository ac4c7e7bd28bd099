#include "backuppattern.h"

#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

class TestBackupPattern final : public QObject
{
    Q_OBJECT
private slots:
    void timestamps_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDateTime>("expected");   // invalid: no match or no time in the name
        const auto utc = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
        };
        // the seeds' own names
        QTest::newRow("time before date") << u"db_{HHMMSS}_{YYYYMMDD}.sql"_s << u"db_031502_20261121.sql"_s
                                          << utc(2026, 11, 21, 3, 15, 2);
        QTest::newRow("sigmatrade") << u"sigmatrade_{YYYYMMDD}_{HHMMSS}.sql.gz"_s << u"sigmatrade_20261121_031502.sql.gz"_s
                                    << utc(2026, 11, 21, 3, 15, 2);
        QTest::newRow("dr plan") << u"backup-{YYYYMMDD-HHMMSS}"_s << u"backup-20240115-143000"_s << utc(2024, 1, 15, 14, 30);
        QTest::newRow("daily sql") << u"db_backup_{YYYYMMDD}.sql"_s << u"db_backup_20261120.sql"_s << utc(2026, 11, 20);
        QTest::newRow("cryptobot, adjacent") << u"backup_{YYYYMMDD}{HHMMSS}.sql"_s << u"backup_20261121235959.sql"_s
                                             << utc(2026, 11, 21, 23, 59, 59);
        QTest::newRow("iso-like") << u"dump-{YYYY-MM-DDTHH:MM:SS}.dump"_s << u"dump-2026-11-21T03:04:05.dump"_s
                                  << utc(2026, 11, 21, 3, 4, 5);
        QTest::newRow("monthly") << u"monthly_{YYYYMM}.tar.gz"_s << u"monthly_202611.tar.gz"_s << utc(2026, 11, 1);
        QTest::newRow("epoch") << u"snap-{epoch}.parquet"_s << u"snap-1795000000.parquet"_s
                               << QDateTime::fromSecsSinceEpoch(1'795'000'000, Qt::UTC);
        QTest::newRow("wildcard") << u"*_{YYYYMMDD}.sql.gz"_s << u"trading_bot_prod_20261121.sql.gz"_s << utc(2026, 11, 21);
        QTest::newRow("hours and minutes") << u"b_{YYYYMMDD}_{HHMM}"_s << u"b_20261121_0930"_s << utc(2026, 11, 21, 9, 30);
        // not matching
        QTest::newRow("other prefix") << u"sigmatrade_{YYYYMMDD}_{HHMMSS}.sql.gz"_s << u"other_20261121_031502.sql.gz"_s
                                      << QDateTime();
        QTest::newRow("suffix differs") << u"db_backup_{YYYYMMDD}.sql"_s << u"db_backup_20261120.sql.gz"_s << QDateTime();
        QTest::newRow("too few digits") << u"db_backup_{YYYYMMDD}.sql"_s << u"db_backup_2026112.sql"_s << QDateTime();
        QTest::newRow("impossible date") << u"db_backup_{YYYYMMDD}.sql"_s << u"db_backup_20261345.sql"_s << QDateTime();
        QTest::newRow("dot is literal") << u"db.{YYYYMMDD}"_s << u"dbx20261120"_s << QDateTime();
    }
    void timestamps()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(QDateTime, expected);
        BackupPattern::Error err;
        const auto p = BackupPattern::compile(pattern, &err);
        QVERIFY2(p.has_value(), qPrintable(err.message));
        QVERIFY(p->hasTimestamp());
        QCOMPARE(p->timestamp(name), expected);
    }

    void withoutTimestamp()
    {
        const auto p = BackupPattern::compile(u"dump.rdb"_s);
        QVERIFY(p.has_value());
        QVERIFY(!p->hasTimestamp());
        QVERIFY(p->matches(u"dump.rdb"_s));
        QVERIFY(!p->matches(u"dump.rdb.old"_s));
        QVERIFY(!p->timestamp(u"dump.rdb"_s).isValid());   // the scanner falls back to mtime and says so
    }

    void errors_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << 0 << u"the pattern is empty"_s;
        QTest::newRow("slash") << u"daily/db_{YYYYMMDD}.sql"_s << 5
                               << u"the pattern names files inside the folder; it must not contain '/'"_s;
        QTest::newRow("unclosed") << u"db_{YYYYMMDD.sql"_s << 3 << u"'{' is not closed"_s;
        QTest::newRow("stray close") << u"db_YYYYMMDD}.sql"_s << 11 << u"'}' without a matching '{'"_s;
        QTest::newRow("empty braces") << u"db_{}.sql"_s << 3 << u"empty '{}'; expected a timestamp such as {YYYYMMDD}"_s;
        QTest::newRow("unknown part") << u"db_{YYYYMMDX}.sql"_s << 10
                                      << u"unknown timestamp part 'DX' in {YYYYMMDX}; expected YYYY, MM, DD, HH, MM, SS or epoch"_s;
        QTest::newRow("lowercase") << u"db_{yyyymmdd}.sql"_s << 4
                                   << u"unknown timestamp part 'yyyy' in {yyyymmdd}; expected YYYY, MM, DD, HH, MM, SS or epoch"_s;
        QTest::newRow("twice") << u"{YYYYMMDD}_{YYYY}"_s << 12 << u"'YYYY' appears twice in the pattern"_s;
        QTest::newRow("day without month") << u"b_{YYYYDD}"_s << 0 << u"a day needs its month (MM)"_s;
        QTest::newRow("time without date") << u"b_{HHMMSS}"_s << 0 << u"a time needs a full date (YYYY, MM, DD)"_s;
        QTest::newRow("epoch with date") << u"{epoch}_{YYYYMMDD}"_s << 0 << u"{epoch} cannot be combined with date or time parts"_s;
    }
    void errors()
    {
        QFETCH(QString, pattern);
        QFETCH(int, offset);
        QFETCH(QString, message);
        BackupPattern::Error err;
        QVERIFY(!BackupPattern::compile(pattern, &err).has_value());
        QCOMPARE(err.message, message);
        QCOMPARE(err.offset, offset);
    }
};

QTEST_APPLESS_MAIN(TestBackupPattern)
#include "tst_backuppattern.moc"
