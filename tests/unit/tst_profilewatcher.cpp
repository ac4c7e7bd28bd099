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
        QVERIFY(w.load(path));
        QCOMPARE(loaded.size(), 1);
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
        QVERIFY(w.load(path));
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
        QVERIFY(w.load(path));
        write(path, kGood);
        QVERIFY(!loaded.wait(500));
        QCOMPARE(loaded.size(), 1);
        w.reload();   // an explicit reload always reads again
        QCOMPARE(loaded.size(), 2);
    }

    void invalidFromTheStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.yaml"_s);
        write(path, kBroken);
        ProfileWatcher w;
        QSignalSpy rejected(&w, &ProfileWatcher::profileRejected);
        QVERIFY(!w.load(path));
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!rejected.last().at(1).toBool());
        QVERIFY(!w.current().has_value());
    }
};

QTEST_GUILESS_MAIN(TestProfileWatcher)
#include "tst_profilewatcher.moc"
