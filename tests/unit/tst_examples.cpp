#include "profileparser.h"

#include <QDir>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

// Every profile we ship must load: a newcomer's first `--profile examples/...`
// must never greet them with a parse error.
class TestExamples final : public QObject
{
    Q_OBJECT
private slots:
    void examplesParse_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(QD_SOURCE_DIR) + u"/examples"_s);
        const auto files = dir.entryInfoList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo &fi : files)
            QTest::newRow(qPrintable(fi.fileName())) << fi.absoluteFilePath();
    }
    void examplesParse()
    {
        QFETCH(QString, path);
        const auto r = ProfileParser::parseFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QVERIFY(!r.profile->environment.name.isEmpty());
        QVERIFY(!r.profile->services.isEmpty());
    }

    void sandboxProfileHasTheCryptobotServices()
    {
        const auto r = ProfileParser::parseFile(QStringLiteral(QD_SOURCE_DIR) + u"/examples/sandbox.yaml"_s);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QStringList names;
        for (const ServiceSpec &s : r.profile->services)
            names << s.name;
        QCOMPARE(names, QStringList({u"auth"_s, u"strategy"_s, u"backtest"_s, u"trade"_s, u"data"_s}));
        QVERIFY(!r.profile->environment.production);
        QCOMPARE(r.profile->heartbeats.size(), 1);
    }
};

QTEST_APPLESS_MAIN(TestExamples)
#include "tst_examples.moc"
