#include "checkround.h"
#include "profileparser.h"
#include "sandbox.h"
#include "webhooksender.h"
#include "systemclock.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QUrl>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;
using Mode = LoopbackHttpServer::Mode;

class TestSandbox final : public QObject
{
    Q_OBJECT
    SystemClock m_clock;

    int checkOnce(const Profile &p, QString *text = nullptr)
    {
        CheckRound round(p, &m_clock);
        QSignalSpy done(&round, &CheckRound::finished);
        round.start();
        if (!done.wait(10'000))
            return -1;
        if (text)
            *text = round.toText();
        return round.exitCode();
    }

private slots:
    void liveEnvironmentAndDrills()
    {
        Sandbox sandbox(&m_clock);
        QSignalSpy ready(&sandbox, &Sandbox::ready);
        sandbox.start();
        QCOMPARE(ready.size(), 1);
        const QString profilePath = ready.first().at(0).toString();
        const QString folder = ready.first().at(1).toString();
        QVERIFY(QFileInfo::exists(profilePath));
        QVERIFY(QFileInfo::exists(folder + u"/heartbeat/bot.heartbeat"_s));

        const auto parsed = ProfileParser::parseFile(profilePath);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        const Profile p = *parsed.profile;
        QCOMPARE(p.services.size(), 5);

        // The drill's status updates have somewhere to go: the sandbox's
        // chat takes POSTs, one after another on one connection.
        QCOMPARE(p.webhooks.size(), 2);
        WebhookSender sender;
        QSignalSpy delivered(&sender, &WebhookSender::delivered);
        QSignalSpy failed(&sender, &WebhookSender::attemptFailed);
        for (int i = 0; i < 3; ++i)
            sender.send(u"u%1"_s.arg(i), QUrl(p.webhooks.first().url), u"Update #%1: all quiet\n"_s.arg(i).repeated(50), QString());
        QTRY_COMPARE(delivered.size(), 3);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(delivered.first().at(2).toInt(), 200);

        QString text;
        QCOMPARE(checkOnce(p, &text), int(CheckRound::AllUp));
        QVERIFY2(text.count(u"UP "_s) == 5, qPrintable(text));

        sandbox.setServiceMode(u"data"_s, Mode::Slow);
        QCOMPARE(checkOnce(p, &text), int(CheckRound::Warning));
        QVERIFY2(text.contains(u"slow: "_s), qPrintable(text));

        sandbox.setServiceMode(u"trade"_s, Mode::Stopped);
        QCOMPARE(checkOnce(p, &text), int(CheckRound::Critical));
        QVERIFY2(text.contains(u"connection refused"_s), qPrintable(text));

        sandbox.healAll();
        QCOMPARE(checkOnce(p), int(CheckRound::AllUp));   // a stopped service listens again on its port
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
