#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace qd {

// Publishes incident status updates to a Slack-compatible incoming webhook
// (POST {"text": ...}) and retries on its own, so the commander never waits on
// a chat service that may itself be part of the outage. Lives on the UI
// thread: the network is asynchronous and the waits between attempts are timers.
class WebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookSender)
public:
    static constexpr int kDefaultTimeoutMs = 10'000;
    // A server may ask for a long pause; an update an hour late is no longer news.
    static constexpr int kMaxRetryAfterMs = 5 * 60 * 1000;

    explicit WebhookSender(QObject *parent = nullptr);
    ~WebhookSender() override;

    // Waits before the 2nd, 3rd … attempt; after the last a delivery gives up.
    // Default {2000, 5000, 15000, 30000, 60000} ms: six attempts over ~2 minutes.
    // Taken when a delivery is queued: deliveries already queued keep theirs.
    void setRetryDelays(QList<int> ms);
    QList<int> retryDelays() const { return m_retryDelays; }
    void setTimeout(int ms); // per attempt, default 10000; taken when a delivery is queued
    int timeout() const { return m_timeoutMs; }

    // Queues one delivery and returns at once; the first attempt starts from
    // the event loop, so no signal is ever emitted from inside send().
    // `token`: where the URL holds "{token}" it goes there (Slack's incoming
    // webhooks carry their secret in the path; a "/" in it stays a path
    // separator); otherwise it is sent as "Authorization: Bearer <token>";
    // empty: neither.
    // A send() with the id of a pending delivery replaces it (the older text is
    // stale, and signals are keyed by id); the replaced one emits nothing more.
    void send(const QString &id, const QUrl &url, const QString &text, const QString &token);
    void cancel(const QString &id); // no further attempts; a reply in flight is aborted; emits nothing
    int pending() const;            // deliveries not yet delivered or given up
    bool isPending(const QString &id) const { return m_deliveries.contains(id); }

signals:
    // One per failed attempt (attempt is 1-based). retryInMs is the wait before
    // the next attempt, or -1 when none follows and gaveUp comes next. Error
    // texts are for people and never contain the token.
    void attemptFailed(const QString &id, int attempt, const QString &error, int retryInMs);
    void delivered(const QString &id, int attempts, int httpStatus);
    // attempts is 0 when the delivery could not be tried at all (not an
    // http(s) URL, "{token}" without a token).
    void gaveUp(const QString &id, int attempts, const QString &error);

private:
    struct Delivery;
    struct Outcome;

    std::shared_ptr<Delivery> find(const QString &id, const Delivery *expected) const;
    void startAttempt(const QString &id, const Delivery *expected);
    void onFinished(const QString &id, const Delivery *expected, QNetworkReply *reply);
    void onDeadline(const QString &id, const Delivery *expected);
    void fail(const QString &id, const std::shared_ptr<Delivery> &d, const Outcome &outcome);
    Outcome judge(Delivery &d, QNetworkReply *reply) const;
    void dropReply(Delivery &d);

    QNetworkAccessManager *m_nam;
    QHash<QString, std::shared_ptr<Delivery>> m_deliveries;
    QList<int> m_retryDelays{2000, 5000, 15000, 30000, 60000};
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace qd
