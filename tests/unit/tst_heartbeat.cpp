#include "heartbeatmodel.h"
#include "heartbeatmonitor.h"
#include "heartbeatreader.h"
#include "manualclock.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(3, 0, 0), Qt::UTC);

void writeFile(const QString &path, const QByteArray &content, const QDateTime &mtime = QDateTime())
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    if (mtime.isValid()) {
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        f.close();
    }
}

HeartbeatSpec spec(const QString &path, HeartbeatSpec::Source source = HeartbeatSpec::Source::Mtime)
{
    HeartbeatSpec s;
    s.name = u"bot"_s;
    s.path = path;
    s.source = source;
    s.warnAfter = 60s;
    s.criticalAfter = 120s;
    return s;
}

} // namespace

class TestHeartbeat final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void mtimeAgeAndLevelsFollowTheClock()
    {
        const QString path = m_dir.filePath(u"beat"_s);
        writeFile(path, "x", kNow.addSecs(-30));
        const HeartbeatStatus st = HeartbeatReader::read(spec(path));
        QVERIFY(st.error.isEmpty());
        QCOMPARE(st.lastBeat, kNow.addSecs(-30));

        ManualClock clock(kNow);
        QCOMPARE(st.age(clock.now()).count(), 30'000);
        QCOMPARE(st.level(spec(path), clock.now()), HeartbeatLevel::Fresh);
        clock.advance(30s);   // 60 s old: warn threshold reached
        QCOMPARE(st.level(spec(path), clock.now()), HeartbeatLevel::Warn);
        clock.advance(59s);
        QCOMPARE(st.level(spec(path), clock.now()), HeartbeatLevel::Warn);
        clock.advance(1s);    // 120 s: critical (the AITB seed's "stale after 120 s")
        QCOMPARE(st.level(spec(path), clock.now()), HeartbeatLevel::Critical);
    }

    void beatFromTheFuture()
    {
        // a few seconds ahead: ordinary clock drift, age 0
        HeartbeatStatus st;
        st.lastBeat = kNow.addSecs(5);
        QCOMPARE(st.age(kNow).count(), 0);
        QCOMPARE(st.level(spec(QString()), kNow), HeartbeatLevel::Fresh);
        // two hours ahead (a local time written without a zone): proves nothing
        st.lastBeat = kNow.addSecs(7200);
        QCOMPARE(st.level(spec(QString()), kNow), HeartbeatLevel::Unknown);
    }

    void missingFileCouldNotCheck()
    {
        const HeartbeatStatus st = HeartbeatReader::read(spec(m_dir.filePath(u"nope"_s)));
        QVERIFY(!st.lastBeat.isValid());
        QCOMPARE(st.error, u"file not found"_s);
        QCOMPARE(st.level(spec(QString()), kNow), HeartbeatLevel::Unknown);
    }

    void folderIsNotAHeartbeat()
    {
        const HeartbeatStatus st = HeartbeatReader::read(spec(m_dir.path()));
        QVERIFY(!st.lastBeat.isValid());
        QCOMPARE(st.error, u"is a folder, not a heartbeat file"_s);
    }

    void lastTimestampInContent_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("iso utc") << QByteArray("2026-11-21T02:59:00Z alive\n") << kNow.addSecs(-60);
        QTest::newRow("last of several") << QByteArray("2026-11-21T02:00:00Z a\n2026-11-21T02:58:30Z b\n")
                                         << kNow.addSecs(-90);
        QTest::newRow("offset") << QByteArray("beat at 2026-11-21T04:59:00+02:00\n") << kNow.addSecs(-60);
        QTest::newRow("offset without colon") << QByteArray("2026-11-21T04:59:00+0200\n") << kNow.addSecs(-60);
        QTest::newRow("space and no zone is utc") << QByteArray("[2026-11-21 02:59:30] heartbeat\n") << kNow.addSecs(-30);
        QTest::newRow("microseconds") << QByteArray("2026-11-21T02:59:59.123456Z\n") << kNow.addMSecs(-877);
        QTest::newRow("unix seconds") << QByteArray(QByteArray::number(kNow.addSecs(-10).toSecsSinceEpoch()) + "\n")
                                      << kNow.addSecs(-10);
        QTest::newRow("unix millis after iso")
            << QByteArray("2026-11-21T01:00:00Z\n" + QByteArray::number(kNow.addMSecs(-1500).toMSecsSinceEpoch()) + "\n")
            << kNow.addMSecs(-1500);
        QTest::newRow("none") << QByteArray("alive\nalive\n") << QDateTime();
        QTest::newRow("mis-decoded bytes") << QByteArray("\xe2\x9c\x93 \xc3\xa2\xc5\x93\xe2\x80\x9c 2026-11-21T02:59:00Z\n")
                                           << kNow.addSecs(-60);
    }
    void lastTimestampInContent()
    {
        QFETCH(QByteArray, content);
        QFETCH(QDateTime, expected);
        QCOMPARE(HeartbeatReader::lastTimestamp(content), expected);
    }

    void contentReadsOnlyTheTail()
    {
        // An old timestamp at the start of a long log must not be what counts.
        const QString path = m_dir.filePath(u"heartbeat.log"_s);
        QByteArray log = "2020-01-01T00:00:00Z start\n";
        while (log.size() < 100'000)
            log += "2026-11-21T02:00:00Z alive, positions 3, pnl +12.30\n";
        log += "2026-11-21T02:59:58Z alive\n";
        writeFile(path, log, kNow.addDays(-3));   // mtime is irrelevant in content mode
        const HeartbeatStatus st = HeartbeatReader::read(spec(path, HeartbeatSpec::Source::Content));
        QCOMPARE(st.lastBeat, kNow.addSecs(-2));
    }

    void contentWithoutTimestampIsAnError()
    {
        const QString path = m_dir.filePath(u"empty.log"_s);
        writeFile(path, "alive\n");
        const HeartbeatStatus st = HeartbeatReader::read(spec(path, HeartbeatSpec::Source::Content));
        QVERIFY(!st.lastBeat.isValid());
        QCOMPARE(st.error, u"no timestamp in the last 4096 bytes"_s);
    }

    void modelTicksWithTheClock()
    {
        ManualClock clock(kNow);
        HeartbeatModel model(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString path = m_dir.filePath(u"beat2"_s);
        model.setHeartbeats({spec(path)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.level(0), HeartbeatLevel::Unknown);

        HeartbeatStatus st;
        st.name = u"bot"_s;
        st.lastBeat = kNow.addSecs(-10);
        model.applyStatuses({st});
        QCOMPARE(model.level(0), HeartbeatLevel::Fresh);
        QCOMPARE(model.index(0, HeartbeatModel::AgeColumn).data().toString(), u"10 s"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advance(55s);
        model.tick();
        QCOMPARE(changed.size(), 1);   // one signal for all rows and columns
        QCOMPARE(model.level(0), HeartbeatLevel::Warn);
        QCOMPARE(model.index(0, HeartbeatModel::AgeColumn).data().toString(), u"1 m 05 s"_s);
        QCOMPARE(model.index(0, HeartbeatModel::LevelColumn).data().toString(), u"Stale"_s);
        clock.advance(60s);
        model.tick();
        QCOMPARE(model.level(0), HeartbeatLevel::Critical);
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
    }

    void monitorPublishesChangesOfRealFiles()
    {
        const QString path = m_dir.filePath(u"live.beat"_s);
        writeFile(path, "x", QDateTime::currentDateTimeUtc().addSecs(-100));
        HeartbeatMonitor monitor;
        monitor.setPollInterval(50);
        QList<HeartbeatStatus> updates;
        connect(&monitor, &HeartbeatMonitor::heartbeatsUpdated, this,
                [&updates](const QList<HeartbeatStatus> &s) { updates << s; });
        monitor.setHeartbeats({spec(path)});
        QCOMPARE(updates.size(), 1);
        const QDateTime first = updates.last().lastBeat;
        QTest::qWait(200);
        QCOMPARE(updates.size(), 1);   // nothing changed: nothing published
        writeFile(path, "y", first.addSecs(60));
        QTRY_COMPARE(updates.size(), 2);
        QCOMPARE(updates.last().lastBeat, first.addSecs(60));
        QFile::remove(path);
        QTRY_COMPARE(updates.size(), 3);
        QCOMPARE(updates.last().error, u"file not found"_s);
        monitor.stop();
    }
};

QTEST_GUILESS_MAIN(TestHeartbeat)
#include "tst_heartbeat.moc"
