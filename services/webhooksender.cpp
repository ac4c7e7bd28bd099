#include "webhooksender.h"

#include "duration.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace qd {

namespace {

// Local: logcategories.h belongs to everyone, and this is the only user.
Q_LOGGING_CATEGORY(lcWebhook, "qd.services.webhook", QtInfoMsg)

// Enough for a Slack-style error word ("no_service", "invalid_token"); a
// misbehaving endpoint must not make the console hold megabytes.
constexpr qsizetype kMaxResponseBody = 4 * 1024;
// Longer bodies are HTML error pages: noise in a one-line error.
constexpr qsizetype kMaxShownBody = 120;

const QString kEllipsis = QStringLiteral("…");

bool hasControlCharacter(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

bool isLoopback(const QUrl &url)
{
    if (url.host() == u"localhost")
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

struct WebhookSender::Delivery
{
    Q_DISABLE_COPY_MOVE(Delivery)
    Delivery() = default;
    ~Delivery()
    {
        // Timers may be the very sender of the signal being handled when a
        // delivery ends: stop them now, free them once that emission is over.
        retryTimer->stop();
        deadline->stop();
        retryTimer->deleteLater();
        deadline->deleteLater();
    }

    QString redact(QString text) const
    {
        for (const auto &[secret, replacement] : redactions) {
            if (!secret.isEmpty())
                text.replace(secret, replacement);
        }
        return text;
    }

    QUrl url;         // the token already in place when the URL asked for it
    QString shownUrl; // for logs and error texts: the token as "…"
    QByteArray body;
    QByteArray authorization; // empty: no Authorization header
    // Whole-URL spellings first (they contain the token), then the token itself.
    QList<std::pair<QString, QString>> redactions;
    QString unusable; // why the delivery cannot be tried at all
    QList<int> delays;
    int timeoutMs = kDefaultTimeoutMs;
    int attempts = 0;
    QPointer<QNetworkReply> reply;
    QByteArray responseBody;
    QTimer *retryTimer = nullptr;
    QTimer *deadline = nullptr;
};

struct WebhookSender::Outcome
{
    QString error; // empty: delivered
    int httpStatus = 0;
    bool permanent = false; // asking again cannot help
    int retryAfterMs = -1;  // the server's own wish (429), -1: none
};

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Our per-attempt deadline covers the whole exchange; Qt's transfer
    // timeout restarts with every byte a trickling server sends.
    m_nam->setTransferTimeout(0);
}

WebhookSender::~WebhookSender()
{
    // Abort what is in flight rather than let replies finish into a half-destroyed object.
    for (const auto &d : std::as_const(m_deliveries))
        dropReply(*d);
    m_deliveries.clear();
}

void WebhookSender::setRetryDelays(QList<int> ms)
{
    for (int &delay : ms)
        delay = std::max(0, delay);
    m_retryDelays = std::move(ms);
}

void WebhookSender::setTimeout(int ms)
{
    // Nothing waits forever (DESIGN §7): there is no "no timeout".
    m_timeoutMs = std::max(1, ms);
}

int WebhookSender::pending() const
{
    return int(m_deliveries.size());
}

void WebhookSender::send(const QString &id, const QUrl &url, const QString &text, const QString &token)
{
    cancel(id);

    auto d = std::make_shared<Delivery>();
    d->delays = m_retryDelays;
    d->timeoutMs = m_timeoutMs;
    d->body = QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact);

    // A token pasted into the keychain often carries a trailing newline.
    const QString secret = token.trimmed();
    QByteArray encoded = url.toEncoded();
    // QUrl percent-encodes the braces in a path or query; accept both spellings.
    static const QByteArray placeholders[] = {QByteArrayLiteral("{token}"), QByteArrayLiteral("%7Btoken%7D")};
    bool tokenInUrl = false;
    for (const QByteArray &p : placeholders)
        tokenInUrl = tokenInUrl || encoded.contains(p);

    QString shown = url.toDisplayString();
    for (const QByteArray &p : placeholders)
        shown.replace(QString::fromLatin1(p), kEllipsis);
    d->shownUrl = shown;

    if (tokenInUrl && !secret.isEmpty()) {
        // Slack's secret is "T…/B…/…": its slashes are path separators, not data.
        const QByteArray inUrl = QUrl::toPercentEncoding(secret, QByteArrayLiteral("/"));
        for (const QByteArray &p : placeholders)
            encoded.replace(p, inUrl);
        d->url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
        for (const QString &form : {d->url.toString(), d->url.toDisplayString(), QString::fromLatin1(d->url.toEncoded())})
            d->redactions.append({form, d->shownUrl});
        d->redactions.append({QString::fromLatin1(inUrl), kEllipsis});
    } else {
        d->url = url;
        if (!secret.isEmpty())
            d->authorization = QByteArrayLiteral("Bearer ") + secret.toUtf8();
    }
    if (!secret.isEmpty())
        d->redactions.append({secret, kEllipsis});

    const QString scheme = d->url.scheme().toLower();
    if (!d->url.isValid() || d->url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        d->unusable = tr("the webhook address is not an http(s) URL: %1").arg(d->shownUrl);
    else if (tokenInUrl && secret.isEmpty())
        d->unusable = tr("the webhook address has a {token} placeholder but no token was given");
    else if (hasControlCharacter(secret))
        // It would end the Authorization header early and smuggle in lines of its own.
        d->unusable = tr("the webhook token contains a line break or another control character");
    else if (!secret.isEmpty() && scheme == u"http" && !isLoopback(d->url))
        qCWarning(lcWebhook) << "webhook" << d->shownUrl << "is plain http: its token travels unencrypted";

    const Delivery *raw = d.get();
    d->retryTimer = new QTimer(this);
    d->retryTimer->setSingleShot(true);
    connect(d->retryTimer, &QTimer::timeout, this, [this, id, raw] { startAttempt(id, raw); });
    d->deadline = new QTimer(this);
    d->deadline->setSingleShot(true);
    connect(d->deadline, &QTimer::timeout, this, [this, id, raw] { onDeadline(id, raw); });

    m_deliveries.insert(id, d);
    qCDebug(lcWebhook) << "queued" << id << "for" << d->shownUrl;
    // Started from the event loop so callers never see a signal from inside send().
    d->retryTimer->start(0);
}

void WebhookSender::cancel(const QString &id)
{
    const std::shared_ptr<Delivery> d = m_deliveries.take(id);
    if (!d)
        return;
    dropReply(*d);
    qCInfo(lcWebhook) << "cancelled" << id << "after" << d->attempts << "attempt(s)";
}

std::shared_ptr<WebhookSender::Delivery> WebhookSender::find(const QString &id, const Delivery *expected) const
{
    // A timer or reply of a delivery that was replaced under the same id must not act for the new one.
    std::shared_ptr<Delivery> d = m_deliveries.value(id);
    return d.get() == expected ? d : nullptr;
}

void WebhookSender::startAttempt(const QString &id, const Delivery *expected)
{
    const std::shared_ptr<Delivery> d = find(id, expected);
    if (!d)
        return;
    if (!d->unusable.isEmpty()) {
        m_deliveries.remove(id);
        qCWarning(lcWebhook) << "not sending" << id << "-" << d->redact(d->unusable);
        emit gaveUp(id, 0, d->redact(d->unusable));
        return;
    }

    ++d->attempts;
    d->responseBody.clear();
    QNetworkRequest req(d->url);
    // Never replay an update, and its token, to wherever a redirect points.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Quarterdeck/" QD_VERSION));
    if (!d->authorization.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"), d->authorization);
    req.setTransferTimeout(0);

    qCDebug(lcWebhook) << "attempt" << d->attempts << "of" << id << "to" << d->shownUrl;
    QNetworkReply *reply = m_nam->post(req, d->body);
    d->reply = reply;
    const Delivery *raw = d.get();
    connect(reply, &QNetworkReply::readyRead, this, [this, id, raw, reply] {
        if (const auto d = find(id, raw); d && d->reply == reply) {
            const QByteArray chunk = reply->readAll();
            d->responseBody.append(chunk.left(kMaxResponseBody - d->responseBody.size()));
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id, raw, reply] { onFinished(id, raw, reply); });
    d->deadline->start(d->timeoutMs);
}

void WebhookSender::onDeadline(const QString &id, const Delivery *expected)
{
    const std::shared_ptr<Delivery> d = find(id, expected);
    if (!d || !d->reply)
        return;
    const int status = d->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    dropReply(*d);
    const QString limit = formatDuration(Millis(d->timeoutMs));
    Outcome o;
    o.httpStatus = status;
    o.error = status > 0 ? tr("HTTP %1 but the answer was not complete within %2").arg(status).arg(limit)
                         : tr("no answer within %1").arg(limit);
    fail(id, d, o);
}

void WebhookSender::onFinished(const QString &id, const Delivery *expected, QNetworkReply *reply)
{
    const std::shared_ptr<Delivery> d = find(id, expected);
    if (!d || d->reply != reply)
        return;
    d->responseBody.append(reply->readAll().left(kMaxResponseBody - d->responseBody.size()));
    const Outcome o = judge(*d, reply);
    dropReply(*d);
    if (!o.error.isEmpty()) {
        fail(id, d, o);
        return;
    }
    m_deliveries.remove(id);
    qCInfo(lcWebhook) << "delivered" << id << "to" << d->shownUrl << "after" << d->attempts << "attempt(s), HTTP" << o.httpStatus;
    emit delivered(id, d->attempts, o.httpStatus);
}

WebhookSender::Outcome WebhookSender::judge(Delivery &d, QNetworkReply *reply) const
{
    Outcome o;
    o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int status = o.httpStatus;

    if (status == 0) {
        // No HTTP answer at all. errorString() names the URL, so it is used
        // only where nothing plainer exists, and redacted in fail().
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            o.error = tr("connection refused");
            break;
        case QNetworkReply::RemoteHostClosedError:
            o.error = tr("connection closed before an answer");
            break;
        case QNetworkReply::HostNotFoundError:
            o.error = tr("host %1 not found").arg(d.url.host());
            break;
        case QNetworkReply::TimeoutError:
            o.error = tr("the connection timed out");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            o.error = tr("TLS handshake failed: %1").arg(reply->errorString());
            break;
        default:
            o.error = reply->errorString();
        }
        return o;
    }
    if (status >= 200 && status < 300) {
        // The server took the update even if the rest of its answer got lost;
        // sending again would post it twice.
        return o;
    }

    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    QString text = reason.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1 %2").arg(QString::number(status), reason);
    // Slack says why in a word ("no_service", "invalid_token"): worth showing.
    const QString said = QString::fromUtf8(d.responseBody).trimmed();
    if (!said.isEmpty() && said.size() <= kMaxShownBody && !said.contains(u'\n') && !said.contains(u'<'))
        text = tr("%1: %2").arg(text, said);

    if (status >= 300 && status < 400) {
        const QString location = QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Location")));
        text = location.isEmpty() ? tr("%1 (redirect not followed)").arg(text)
                                  : tr("%1 (redirect to %2 not followed)").arg(text, location);
        // A moved-for-good webhook stays moved; a temporary redirect may not.
        if (status == 301 || status == 308) {
            o.permanent = true;
            text = tr("%1; not retried: the webhook address has moved").arg(text);
        }
    } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
        o.permanent = true;
        text = tr("%1; not retried: the webhook would refuse it again").arg(text);
    } else if (status == 429) {
        bool ok = false;
        const qint64 seconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toLongLong(&ok);
        if (ok && seconds >= 0)
            o.retryAfterMs = int(std::min<qint64>(seconds, kMaxRetryAfterMs / 1000) * 1000);
    }
    o.error = text;
    return o;
}

void WebhookSender::fail(const QString &id, const std::shared_ptr<Delivery> &d, const Outcome &outcome)
{
    const QString error = d->redact(outcome.error);
    const int attempt = d->attempts;
    const bool last = outcome.permanent || attempt > d->delays.size();
    if (last) {
        // Out of the queue before anyone hears of it: a slot may send() again under this id.
        m_deliveries.remove(id);
        qCWarning(lcWebhook) << "gave up on" << id << "to" << d->shownUrl << "after" << attempt << "attempt(s):" << error;
        emit attemptFailed(id, attempt, error, -1);
        emit gaveUp(id, attempt, error);
        return;
    }
    const int wait = outcome.retryAfterMs >= 0 ? outcome.retryAfterMs : d->delays.at(attempt - 1);
    // Armed before the signal, so a slot that cancels really stops it.
    d->retryTimer->start(wait);
    qCInfo(lcWebhook) << "attempt" << attempt << "of" << id << "to" << d->shownUrl << "failed:" << error << "- next in" << wait << "ms";
    emit attemptFailed(id, attempt, error, wait);
}

void WebhookSender::dropReply(Delivery &d)
{
    d.deadline->stop();
    d.retryTimer->stop();
    QNetworkReply *reply = d.reply;
    d.reply = nullptr;
    if (!reply)
        return;
    // Disconnected first: abort() emits finished() at once, and that answer is no longer wanted.
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace qd
