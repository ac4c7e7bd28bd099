#include "httpsink.h"
#include "webhooksender.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace qd;
using qd::test::HttpSink;
using qd::test::closedPort;
using namespace Qt::StringLiterals;

namespace {

QStringList errorsOf(const QSignalSpy &spy, int column)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(column).toString());
    return out;
}

// Every log line of the sender, at every level and whatever QT_LOGGING_RULES
// says (ctest turns info off), so a test can tell whether a secret slipped into one.
QStringList *g_log = nullptr;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log && qstrcmp(context.category, "qd.services.webhook") == 0)
        g_log->append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
void enableWebhookLog(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "qd.services.webhook") == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

} // namespace

class TestWebhookSender final : public QObject
{
    Q_OBJECT

    HttpSink *m_sink = nullptr;
    WebhookSender *m_sender = nullptr;

    static QList<int> shortDelays() { return {50, 50, 50}; }

private slots:
    void init()
    {
        m_sink = new HttpSink(this);
        QVERIFY(m_sink->listen());
        m_sender = new WebhookSender(this);
        m_sender->setRetryDelays(shortDelays());
        m_sender->setTimeout(2000);
    }

    void cleanup()
    {
        delete m_sender;
        m_sender = nullptr;
        delete m_sink;
        m_sink = nullptr;
    }

    void deliversOnFirstAttempt()
    {
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        const QString text = u"Trade service — restored ✓\nNext update at 14:30 UTC.\n\"quoted\" \\ done"_s;
        m_sender->send(u"u1"_s, m_sink->url(u"/hook"_s), text, QString());
        // Queued: nothing happens inside send() itself.
        QCOMPARE(m_sender->pending(), 1);
        QCOMPARE(delivered.count(), 0);

        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(delivered.at(0), (QList<QVariant>{u"u1"_s, 1, 200}));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_sender->pending(), 0);

        QCOMPARE(m_sink->requests.size(), 1);
        const HttpSink::Request r = m_sink->requests.at(0);
        QCOMPARE(r.method, "POST");
        QCOMPARE(r.path, "/hook");
        QCOMPARE(r.headers.value("content-type"), "application/json");
        QVERIFY(!r.headers.contains("authorization"));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().keys(), QStringList{u"text"_s});
        QCOMPARE(doc.object().value(u"text"_s).toString(), text);
    }

    void retriesUntilTheSinkRecovers()
    {
        m_sender->setRetryDelays({60, 80, 50});
        m_sink->script("/hook",
                       {HttpSink::answer(500, "Internal Server Error"), HttpSink::answer(503, "Service Unavailable")});
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        QSignalSpy gaveUp(m_sender, &WebhookSender::gaveUp);
        m_sender->send(u"u2"_s, m_sink->url(u"/hook"_s), u"Checkout is degraded."_s, QString());

        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(delivered.at(0), (QList<QVariant>{u"u2"_s, 3, 200}));
        QCOMPARE(gaveUp.count(), 0);
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(0).at(0).toString(), u"u2"_s);
        QCOMPARE(failed.at(0).at(1).toInt(), 1);
        QCOMPARE(failed.at(0).at(2).toString(), u"HTTP 500 Internal Server Error"_s);
        QCOMPARE(failed.at(0).at(3).toInt(), 60);
        QCOMPARE(failed.at(1).at(1).toInt(), 2);
        QCOMPARE(failed.at(1).at(2).toString(), u"HTTP 503 Service Unavailable"_s);
        QCOMPARE(failed.at(1).at(3).toInt(), 80);

        QCOMPARE(m_sink->requests.size(), 3);
        for (const HttpSink::Request &r : std::as_const(m_sink->requests)) {
            QCOMPARE(r.body, m_sink->requests.at(0).body);
            QCOMPARE(r.headers.value("content-type"), "application/json");
        }
        QCOMPARE(QJsonDocument::fromJson(m_sink->requests.at(2).body).object().value(u"text"_s).toString(),
                 u"Checkout is degraded."_s);
        QCOMPARE(m_sender->pending(), 0);
    }

    void givesUpAfterTheLastDelay()
    {
        m_sink->script("/hook", {}, HttpSink::answer(500, "Internal Server Error"));
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        QSignalSpy gaveUp(m_sender, &WebhookSender::gaveUp);
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        m_sender->send(u"u3"_s, m_sink->url(u"/hook"_s), u"x"_s, QString());

        QTRY_COMPARE(gaveUp.count(), 1);
        const int attempts = int(shortDelays().size()) + 1;
        QCOMPARE(gaveUp.at(0).at(0).toString(), u"u3"_s);
        QCOMPARE(gaveUp.at(0).at(1).toInt(), attempts);
        QCOMPARE(gaveUp.at(0).at(2).toString(), u"HTTP 500 Internal Server Error"_s);
        QCOMPARE(failed.count(), attempts);
        QCOMPARE(failed.last().at(3).toInt(), -1); // no further attempt announced
        QCOMPARE(failed.at(attempts - 2).at(3).toInt(), 50);
        QCOMPARE(m_sender->pending(), 0);
        QCOMPARE(m_sink->requests.size(), attempts);
        // Given up means given up: no attempt after the announcement.
        QTest::qWait(200);
        QCOMPARE(m_sink->requests.size(), attempts);
        QCOMPARE(gaveUp.count(), 1);
        QCOMPARE(delivered.count(), 0);
    }

    void statusDecidesWhetherToRetry_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<bool>("retried");
        QTest::newRow("204 is success") << 204 << QByteArray("No Content") << false;
        QTest::newRow("400") << 400 << QByteArray("Bad Request") << false;
        QTest::newRow("401") << 401 << QByteArray("Unauthorized") << false;
        QTest::newRow("403") << 403 << QByteArray("Forbidden") << false;
        QTest::newRow("410") << 410 << QByteArray("Gone") << false;
        QTest::newRow("301") << 301 << QByteArray("Moved Permanently") << false;
        QTest::newRow("408") << 408 << QByteArray("Request Timeout") << true;
        QTest::newRow("429 without Retry-After") << 429 << QByteArray("Too Many Requests") << true;
        QTest::newRow("502") << 502 << QByteArray("Bad Gateway") << true;
        QTest::newRow("307") << 307 << QByteArray("Temporary Redirect") << true;
    }
    void statusDecidesWhetherToRetry()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(bool, retried);
        m_sink->script("/hook", {HttpSink::answer(status, reason)});
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        QSignalSpy gaveUp(m_sender, &WebhookSender::gaveUp);
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        m_sender->send(u"s"_s, m_sink->url(u"/hook"_s), u"x"_s, QString());
        QTRY_COMPARE(delivered.count() + gaveUp.count(), 1);
        if (status / 100 == 2) {
            QCOMPARE(delivered.at(0), (QList<QVariant>{u"s"_s, 1, status}));
        } else if (retried) {
            QCOMPARE(delivered.at(0), (QList<QVariant>{u"s"_s, 2, 200}));
            QCOMPARE(failed.count(), 1);
            QCOMPARE(failed.at(0).at(3).toInt(), 50);
            QVERIFY2(failed.at(0).at(2).toString().startsWith(u"HTTP %1 "_s.arg(status)), qPrintable(failed.at(0).at(2).toString()));
        } else {
            QCOMPARE(gaveUp.at(0).at(1).toInt(), 1);
            QVERIFY2(gaveUp.at(0).at(2).toString().contains(u"not retried"_s), qPrintable(gaveUp.at(0).at(2).toString()));
        }
        QCOMPARE(m_sink->requests.size(), retried ? 2 : 1);
    }

    void notFoundGivesUpAtOnce()
    {
        m_sink->script("/hook", {}, HttpSink::answer(404, "Not Found", "no_service"));
        QSignalSpy gaveUp(m_sender, &WebhookSender::gaveUp);
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        m_sender->send(u"u4"_s, m_sink->url(u"/hook"_s), u"x"_s, QString());
        QTRY_COMPARE(gaveUp.count(), 1);
        QCOMPARE(gaveUp.at(0).at(0).toString(), u"u4"_s);
        QCOMPARE(gaveUp.at(0).at(1).toInt(), 1);
        const QString error = gaveUp.at(0).at(2).toString();
        // Says what happened, what the server said, and why there is no retry.
        QVERIFY2(error.startsWith(u"HTTP 404 Not Found: no_service"_s), qPrintable(error));
        QVERIFY2(error.contains(u"not retried"_s), qPrintable(error));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(3).toInt(), -1);
        QCOMPARE(m_sender->pending(), 0);
        QTest::qWait(200); // longer than every retry delay
        QCOMPARE(m_sink->requests.size(), 1);
    }

    void honoursRetryAfter()
    {
        HttpSink::Answer tooMany = HttpSink::answer(429, "Too Many Requests");
        tooMany.headers = {{"Retry-After", "1"}};
        m_sink->script("/hook", {tooMany});
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        m_sender->send(u"u5"_s, m_sink->url(u"/hook"_s), u"x"_s, QString());
        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(delivered.at(0).at(1).toInt(), 2);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(2).toString(), u"HTTP 429 Too Many Requests"_s);
        QCOMPARE(failed.at(0).at(3).toInt(), 1000);
        QCOMPARE(m_sink->requests.size(), 2);
        const qint64 gap = m_sink->requests.at(1).atMs - m_sink->requests.at(0).atMs;
        QVERIFY2(gap >= 900, qPrintable(QString::number(gap)));
    }

    void capsRetryAfter()
    {
        HttpSink::Answer tooMany = HttpSink::answer(429, "Too Many Requests");
        tooMany.headers = {{"Retry-After", "86400"}};
        m_sink->script("/hook", {tooMany});
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        m_sender->send(u"u5b"_s, m_sink->url(u"/hook"_s), u"x"_s, QString());
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(3).toInt(), WebhookSender::kMaxRetryAfterMs);
        QCOMPARE(m_sender->pending(), 1);
        m_sender->cancel(u"u5b"_s);
        QCOMPARE(m_sender->pending(), 0);
    }

    void redirectIsNotFollowed()
    {
        HttpSink::Answer moved = HttpSink::answer(307, "Temporary Redirect");
        moved.headers = {{"Location", m_sink->url(u"/elsewhere"_s).toEncoded()}};
        m_sink->script("/hook", {moved});
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        m_sender->send(u"r"_s, m_sink->url(u"/hook"_s), u"x"_s, QString());
        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(2).toString().contains(u"/elsewhere not followed"_s), qPrintable(failed.at(0).at(2).toString()));
        QCOMPARE(m_sink->count("/elsewhere"), 0);
        QCOMPARE(m_sink->count("/hook"), 2);
    }

    void tokenNeverShows_data()
    {
        QTest::addColumn<bool>("inPath");
        QTest::newRow("bearer header") << false;
        QTest::newRow("{token} in the path") << true;
    }
    void tokenNeverShows()
    {
        QFETCH(bool, inPath);
        // Slack's shape: the slashes stay path separators.
        const QString token = u"T0001/B0002/s3cretXYZ"_s;
        QStringList log;
        g_log = &log;
        g_previousHandler = qInstallMessageHandler(captureMessage);
        g_previousFilter = QLoggingCategory::installFilter(enableWebhookLog);
        const auto restore = qScopeGuard([] {
            QLoggingCategory::installFilter(g_previousFilter);
            qInstallMessageHandler(g_previousHandler);
            g_log = nullptr;
        });

        // A sink that fails in ways that tend to echo the URL back: a body
        // quoting it, a redirect to it, then a refusal quoting it again.
        const QByteArray hookPath = inPath ? "/services/" + token.toUtf8() : QByteArray("/hook");
        HttpSink::Answer echo = HttpSink::answer(500, "Internal Server Error", "failed for " + hookPath);
        HttpSink::Answer moved = HttpSink::answer(302, "Found");
        moved.headers = {{"Location", m_sink->url(u"/other"_s).toEncoded() + hookPath}};
        HttpSink::Answer refused = HttpSink::answer(403, "Forbidden", "invalid_token " + token.toUtf8());
        m_sink->script(hookPath, {echo, moved, refused});

        const QUrl url = m_sink->url(inPath ? u"/services/{token}"_s : u"/hook"_s);
        const QUrl refusedUrl(u"http://127.0.0.1:%1%2"_s.arg(closedPort()).arg(inPath ? u"/services/{token}"_s : u"/hook"_s));

        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        QSignalSpy gaveUp(m_sender, &WebhookSender::gaveUp);
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        m_sender->send(u"sink"_s, url, u"x"_s, token);
        m_sender->send(u"closed"_s, refusedUrl, u"x"_s, token);
        QTRY_COMPARE(gaveUp.count(), 2);
        QCOMPARE(delivered.count(), 0);

        // The token was used as asked, so its absence below means something.
        QCOMPARE(m_sink->requests.size(), 3);
        for (const HttpSink::Request &r : std::as_const(m_sink->requests)) {
            QCOMPARE(r.path, hookPath);
            QCOMPARE(r.headers.value("authorization"), inPath ? QByteArray() : "Bearer " + token.toUtf8());
        }

        const QStringList failures = errorsOf(failed, 2);
        const QStringList endings = errorsOf(gaveUp, 2);
        QCOMPARE(failures.size(), 3 + 4); // the sink's three answers, the closed port's four attempts
        QCOMPARE(failures.filter(u"connection refused"_s).size(), 4);
        QCOMPARE(failures.filter(u"HTTP 500"_s).size(), 1);
        QCOMPARE(failures.filter(u"not followed"_s).size(), 1);
        QCOMPARE(failures.filter(u"HTTP 403 Forbidden"_s).size(), 1);
        // Nor its last segment alone, should a redaction only catch the whole.
        for (const QString &text : failures + endings + log) {
            QVERIFY2(!text.contains(token), qPrintable(text));
            QVERIFY2(!text.contains(u"s3cretXYZ"_s), qPrintable(text));
        }
        // The log was read, and it does say what happened.
        QVERIFY(log.filter(u"connection refused"_s).size() >= 4);
    }

    void timeoutAbortsAndRetries()
    {
        m_sender->setTimeout(300);
        m_sink->script("/hook", {HttpSink::hang()});
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        QElapsedTimer t;
        t.start();
        m_sender->send(u"u7"_s, m_sink->url(u"/hook"_s), u"x"_s, QString());
        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(delivered.at(0), (QList<QVariant>{u"u7"_s, 2, 200}));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(2).toString(), u"no answer within 300 ms"_s);
        QCOMPARE(failed.at(0).at(3).toInt(), 50);
        QVERIFY2(t.elapsed() >= 300, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(m_sink->requests.size(), 2);
        // The hung attempt was abandoned, not left open beside the new one.
        QTRY_COMPARE(m_sink->clientClosed, 1);
    }

    void cancelStopsOnlyThatDelivery()
    {
        // Long enough that the cancel below surely comes before a's second attempt.
        m_sender->setRetryDelays({250, 250, 250});
        m_sink->script("/a", {}, HttpSink::answer(500, "Internal Server Error"));
        HttpSink::Answer slowFailure = HttpSink::answer(500, "Internal Server Error");
        slowFailure.delayMs = 150;
        m_sink->script("/b", {slowFailure});
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        QSignalSpy gaveUp(m_sender, &WebhookSender::gaveUp);
        m_sender->send(u"a"_s, m_sink->url(u"/a"_s), u"a"_s, QString());
        m_sender->send(u"b"_s, m_sink->url(u"/b"_s), u"b"_s, QString());
        QCOMPARE(m_sender->pending(), 2);

        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(failed.at(0).at(0).toString(), u"a"_s); // /b answers later
        m_sender->cancel(u"a"_s);
        QCOMPARE(m_sender->pending(), 1);
        QVERIFY(!m_sender->isPending(u"a"_s));
        const qsizetype sentToA = m_sink->count("/a");
        QCOMPARE(sentToA, 1);

        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(delivered.at(0), (QList<QVariant>{u"b"_s, 2, 200}));
        QTest::qWait(300); // a's second attempt would have been due by now
        QCOMPARE(m_sink->count("/a"), sentToA);
        QCOMPARE(errorsOf(failed, 0), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(gaveUp.count(), 0);
        QCOMPARE(m_sender->pending(), 0);
    }

    void cancelAbortsAReplyInFlight()
    {
        m_sender->setTimeout(400);
        m_sink->script("/hang", {}, HttpSink::hang());
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        QSignalSpy gaveUp(m_sender, &WebhookSender::gaveUp);
        m_sender->send(u"c"_s, m_sink->url(u"/hang"_s), u"x"_s, QString());
        QTRY_COMPARE(m_sink->requests.size(), 1);
        m_sender->cancel(u"c"_s);
        QCOMPARE(m_sender->pending(), 0);
        QTRY_COMPARE(m_sink->clientClosed, 1);
        QTest::qWait(600); // past the timeout: a live attempt would have reported it
        QCOMPARE(failed.count(), 0);
        QCOMPARE(gaveUp.count(), 0);
        QCOMPARE(m_sink->requests.size(), 1);
    }

    void deliveriesRunSideBySide()
    {
        HttpSink::Answer slow = HttpSink::answer(200, "OK");
        slow.delayMs = 300;
        m_sink->script("/one", {slow});
        m_sink->script("/two", {slow});
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        m_sender->send(u"one"_s, m_sink->url(u"/one"_s), u"1"_s, QString());
        m_sender->send(u"two"_s, m_sink->url(u"/two"_s), u"2"_s, QString());
        QTRY_COMPARE(delivered.count(), 2);
        QCOMPARE(m_sink->requests.size(), 2);
        // Both were at the sink before either was answered.
        QVERIFY(qAbs(m_sink->requests.at(1).atMs - m_sink->requests.at(0).atMs) < 300);
        QStringList ids = errorsOf(delivered, 0);
        ids.sort();
        QCOMPARE(ids, (QStringList{u"one"_s, u"two"_s}));
    }

    void sameIdReplacesTheOlderUpdate()
    {
        m_sink->script("/old", {}, HttpSink::hang());
        QSignalSpy delivered(m_sender, &WebhookSender::delivered);
        QSignalSpy failed(m_sender, &WebhookSender::attemptFailed);
        m_sender->send(u"u"_s, m_sink->url(u"/old"_s), u"old"_s, QString());
        QTRY_COMPARE(m_sink->requests.size(), 1);
        m_sender->send(u"u"_s, m_sink->url(u"/new"_s), u"new"_s, QString());
        QCOMPARE(m_sender->pending(), 1);
        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(m_sink->requests.at(1).path, "/new");
        QTRY_COMPARE(m_sink->clientClosed, 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_sender->pending(), 0);
    }

    void unusableAddressGivesUpWithoutTrying_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not http") << QUrl(u"ftp://127.0.0.1/hook"_s) << QString() << u"not an http(s) URL"_s;
        QTest::newRow("no host") << QUrl(u"hook"_s) << QString() << u"not an http(s) URL"_s;
        QTest::newRow("{token} without a token") << QUrl(u"http://127.0.0.1:1/services/{token}"_s) << QString()
                                                << u"no token was given"_s;
        QTest::newRow("token with a line break") << QUrl(u"http://127.0.0.1:1/hook"_s) << u"abc\r\nX-Evil: 1"_s
                                                << u"control character"_s;
    }
    void unusableAddressGivesUpWithoutTrying()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, token);
        QFETCH(QString, expected);
        QSignalSpy gaveUp(m_sender, &WebhookSender::gaveUp);
        m_sender->send(u"bad"_s, url, u"x"_s, token);
        QCOMPARE(gaveUp.count(), 0); // never from inside send()
        QTRY_COMPARE(gaveUp.count(), 1);
        QCOMPARE(gaveUp.at(0).at(1).toInt(), 0);
        QVERIFY2(gaveUp.at(0).at(2).toString().contains(expected), qPrintable(gaveUp.at(0).at(2).toString()));
        QCOMPARE(m_sender->pending(), 0);
    }

    void destroyingTheSenderAbortsWhatIsInFlight()
    {
        m_sink->script("/hang", {}, HttpSink::hang());
        m_sender->send(u"d"_s, m_sink->url(u"/hang"_s), u"x"_s, QString());
        QTRY_COMPARE(m_sink->requests.size(), 1);
        delete m_sender;
        m_sender = nullptr;
        QTRY_COMPARE(m_sink->clientClosed, 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookSender)
#include "tst_webhooksender.moc"
