#include "keychainstore.h"
#include "secrets.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace qd;
using namespace Qt::StringLiterals;

// Secrets against a real keyring (gnome-keyring on the session bus that
// scripts/test starts with dbus-run-session): asked once, stored there,
// read back by a later session; and a keychain that does not answer is
// given up on at the deadline, the password kept for the session only.
class TestSecrets final : public QObject
{
    Q_OBJECT
    QThread m_thread;
    KeychainStore *m_keychain = nullptr;
    const QString m_key = u"quarterdeck/test-%1/trading"_s.arg(QCoreApplication::applicationPid());

private slots:
    void initTestCase()
    {
        m_keychain = new KeychainStore;
        m_keychain->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_keychain, &QObject::deleteLater);
        m_thread.start();
    }

    void cleanupTestCase()
    {
        m_thread.quit();
        m_thread.wait();
    }

    void storedOnceReadLater()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: scripts/test runs this under dbus-run-session with an unlocked gnome-keyring");
        const QString canary = u"canary-keyring-91d0"_s;
        {
            Secrets first(m_keychain);
            QSignalSpy missing(&first, &Secrets::missing);
            QSignalSpy unavailable(&first, &Secrets::unavailable);
            first.request(m_key);
            QTRY_VERIFY_WITH_TIMEOUT(missing.size() + unavailable.size() == 1, 5000);
            QVERIFY2(unavailable.isEmpty(), unavailable.isEmpty() ? "" : qPrintable(unavailable.first().at(1).toString()));
            QSignalSpy stored(&first, &Secrets::stored);
            first.provide(m_key, canary, true);
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 5000);
            QVERIFY2(stored.first().at(1).toBool(), qPrintable(stored.first().at(2).toString()));
        }
        // A later console: from the keychain, without asking.
        Secrets later(m_keychain);
        QSignalSpy found(&later, &Secrets::found);
        later.request(m_key);
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 5000);
        QCOMPARE(found.first().at(1).toString(), canary);
    }

    // The keychain's thread stuck (as a broken secret service left a
    // QtKeychain job for 25 s): the answer is "unavailable" at the deadline,
    // the caller's thread never waits, and what is typed is kept for the
    // session only.
    void aStuckKeychainIsGivenUpOn()
    {
        // The console's one keychain thread, held up for 4 s.
        KeychainStore *stuck = m_keychain;
        QMetaObject::invokeMethod(stuck, [] { QThread::sleep(4); });
        Secrets secrets(stuck);
        secrets.setDeadline(1000);
        QSignalSpy unavailable(&secrets, &Secrets::unavailable);
        QElapsedTimer t;
        t.start();
        secrets.request(u"quarterdeck/stuck/db"_s);
        QVERIFY(t.elapsed() < 100);   // request() returns at once
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 3000);
        QVERIFY2(unavailable.first().at(1).toString().contains(u"did not answer"_s), qPrintable(unavailable.first().at(1).toString()));
        // Typed for this session only: found again without the keychain.
        secrets.provide(u"quarterdeck/stuck/db"_s, u"typed-for-now"_s, false);
        QSignalSpy found(&secrets, &Secrets::found);
        secrets.request(u"quarterdeck/stuck/db"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().at(1).toString(), u"typed-for-now"_s);
        // Slow is not absent: once the keychain's thread is free, the next
        // question reaches it and gets an answer of its own.
        QTest::qWait(3500);
        QSignalSpy missing(&secrets, &Secrets::missing);
        unavailable.clear();
        secrets.request(u"quarterdeck/stuck/other"_s);
        QTRY_VERIFY_WITH_TIMEOUT(missing.size() + unavailable.size() == 1, 3000);
        if (!unavailable.isEmpty())
            QVERIFY2(!unavailable.first().at(1).toString().contains(u"did not answer"_s), qPrintable(unavailable.first().at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
