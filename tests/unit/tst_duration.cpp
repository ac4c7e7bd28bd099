#include "duration.h"

#include <QTest>

using namespace qd;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class TestDuration final : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");   // -1: invalid
        QTest::newRow("ms") << u"500ms"_s << qint64(500);
        QTest::newRow("s") << u"30s"_s << qint64(30'000);
        QTest::newRow("m") << u"5m"_s << qint64(300'000);
        QTest::newRow("h") << u"2h"_s << qint64(7'200'000);
        QTest::newRow("d") << u"1d"_s << qint64(86'400'000);
        QTest::newRow("sum") << u"1h30m"_s << qint64(5'400'000);
        QTest::newRow("spaces around") << u"  15s "_s << qint64(15'000);
        QTest::newRow("zero") << u"0s"_s << qint64(0);
        QTest::newRow("bare number") << u"30"_s << qint64(-1);
        QTest::newRow("words") << u"5 seconds"_s << qint64(-1);
        QTest::newRow("unit only") << u"ms"_s << qint64(-1);
        QTest::newRow("negative") << u"-5s"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("decimal") << u"1.5s"_s << qint64(-1);
        QTest::newRow("huge") << u"99999999999h"_s << qint64(-1);
        QTest::newRow("space inside") << u"1h 30m"_s << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto d = parseDuration(text);
        if (ms < 0) {
            QVERIFY2(!d.has_value(), qPrintable(text));
        } else {
            QVERIFY2(d.has_value(), qPrintable(text));
            QCOMPARE(d->count(), ms);
        }
    }
    void format_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(850) << u"850 ms"_s;
        QTest::newRow("s") << qint64(42'000) << u"42 s"_s;
        QTest::newRow("s with a fraction") << qint64(1'500) << u"1.5 s"_s;
        QTest::newRow("whole seconds below 10") << qint64(3'000) << u"3 s"_s;
        QTest::newRow("fraction dropped from 10 s") << qint64(12'500) << u"12 s"_s;
        QTest::newRow("m s") << qint64(185'000) << u"3 m 05 s"_s;
        QTest::newRow("m") << qint64(900'000) << u"15 m"_s;
        QTest::newRow("h") << qint64(3'600'000) << u"1 h"_s;
        QTest::newRow("h m") << qint64(9'000'000) << u"2 h 30 m"_s;
        QTest::newRow("d h") << qint64(100'800'000) << u"1 d 4 h"_s;
        QTest::newRow("negative") << qint64(-2000) << u"-2 s"_s;
    }
    void format()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(Millis(ms)), text);
    }
};

QTEST_APPLESS_MAIN(TestDuration)
#include "tst_duration.moc"
