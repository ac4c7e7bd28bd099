#include "profilewatcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

const QByteArray kGood = "environment: {name: staging}\nservices:\n  - {name: api, tcp: '127.0.0.1:1'}\n";
const QByteArray kGood2 = "environment: {name: staging}\nservices:\n  - {name: api, tcp: '127.0.0.1:1'}\n"
                          "  - {name: db, tcp: '127.0.0.1:2'}\n";
const QByteArray kBroken = "environment: {name: staging}\nservices:\n  - {name: api, tpc: '127.0.0.1:1'}\n";

} // namespace

class TestProfileWatcher final : public QObject
{
    Q_OBJECT
private slots:
    void brokenEditKeepsTheLastGoodProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"staging.yaml"_s);
        write(path, kGood);
        ProfileWatcher w;
        w.setDebounce(20);
        QSignalSpy loaded(&w, &ProfileWatcher::profileLoaded);
        QSignalSpy rejected(&w, &ProfileWatcher::profileRejected);
        w.load(path);
        QVERIFY(loaded.wait(3000));
        QCOMPARE(w.current()->services.size(), 1);

        write(path, kBroken);
        QVERIFY(rejected.wait(3000));
        const auto errors = rejected.last().at(0).value<QList<ProfileError>>();
        QCOMPARE(errors.size(), 2);   // in file order: no check (3:5), then the typo itself
        QCOMPARE(errors.at(0).toString(), path + u":3:5: service 'api' needs one check: 'http', 'tcp' or 'command'"_s);
        QCOMPARE(errors.at(1).toString(), path + u":3:17: unknown key 'tpc' in service #1; did you mean 'tcp'?"_s);
        QVERIFY(rejected.last().at(1).toBool());   // the previous profile is kept
        QVERIFY(w.current().has_value());
        QCOMPARE(w.current()->services.size(), 1);

        write(path, kGood2);
        QVERIFY(loaded.wait(3000));
        QCOMPARE(w.current()->services.size(), 2);
        QVERIFY(w.lastErrors().isEmpty());
    }

    void atomicSaveByRenameIsSeen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.yaml"_s);
        write(path, kGood);
        ProfileWatcher w;
        w.setDebounce(20);
        QSignalSpy loaded(&w, &ProfileWatcher::profileLoaded);
        w.load(path);
        QVERIFY(loaded.wait(3000));
        // What editors do: write a new file beside it and rename it over.
        for (int round = 0; round < 2; ++round) {
            const QString tmp = dir.filePath(u".p.yaml.tmp"_s);
            write(tmp, round == 0 ? kGood2 : kGood);
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::rename(tmp, path));
            QVERIFY(loaded.wait(3000));
            QCOMPARE(w.current()->services.size(), round == 0 ? 2 : 1);
        }
    }

    void touchWithoutChangeDoesNotReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.yaml"_s);
        write(path, kGood);
        ProfileWatcher w;
        w.setDebounce(20);
        QSignalSpy loaded(&w, &ProfileWatcher::profileLoaded);
        w.load(path);
        QVERIFY(loaded.wait(3000));
        write(path, kGood);
        QVERIFY(!loaded.wait(500));
        QCOMPARE(loaded.size(), 1);
        w.reload();   // an explicit reload always reads again
        QVERIFY(loaded.wait(3000));
        QCOMPARE(loaded.size(), 2);
    }

    void invalidFromTheStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.yaml"_s);
        write(path, kBroken);
        ProfileWatcher w;
        QSignalSpy loaded(&w, &ProfileWatcher::profileLoaded);
        QSignalSpy rejected(&w, &ProfileWatcher::profileRejected);
        w.setDebounce(20);
        w.load(path);
        QVERIFY(rejected.wait(3000));
        QVERIFY(!rejected.last().at(1).toBool());
        QVERIFY(!w.current().has_value());
        // the broken file is watched: fixing it loads it
        write(path, kGood);
        QVERIFY(loaded.wait(3000));
        QCOMPARE(w.path(), path);
    }

    void openingABrokenFileKeepsTheGoodOne()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.yaml"_s);
        const QString bad = dir.filePath(u"bad.yaml"_s);
        write(good, kGood);
        write(bad, kBroken);
        ProfileWatcher w;
        w.setDebounce(20);
        QSignalSpy loaded(&w, &ProfileWatcher::profileLoaded);
        QSignalSpy rejected(&w, &ProfileWatcher::profileRejected);
        w.load(good);
        QVERIFY(loaded.wait(3000));
        w.load(bad);
        QVERIFY(rejected.wait(3000));
        QVERIFY(rejected.last().at(1).toBool());   // kept
        const auto errors = rejected.last().at(0).value<QList<ProfileError>>();
        QCOMPARE(errors.first().file, bad);         // the message names the file that failed
        QCOMPARE(w.path(), good);                   // still watching the good one
        QCOMPARE(w.current()->services.size(), 1);
        write(good, kGood2);                        // and still following its edits
        QVERIFY(loaded.wait(3000));
        QCOMPARE(w.current()->services.size(), 2);
    }

    void largeProfileParsesOffTheCallingThread()
    {
        // 2,000 services: the parse must not run inside load().
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.yaml"_s);
        QByteArray yaml = "environment: {name: big}\nservices:\n";
        for (int i = 0; i < 2000; ++i)
            yaml += "  - {name: svc-" + QByteArray::number(i) + ", tcp: '127.0.0.1:" + QByteArray::number(1000 + i) + "'}\n";
        write(path, yaml);
        ProfileWatcher w;
        QSignalSpy loaded(&w, &ProfileWatcher::profileLoaded);
        w.load(path);
        QCOMPARE(loaded.size(), 0);   // nothing yet: the answer comes from the pool
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(w.current()->services.size(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestProfileWatcher)
#include "tst_profilewatcher.moc"
