#pragma once

#include "incident.h"
#include "timelineevent.h"
#include "webhookspec.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace qd {

class IncidentService;
class Secrets;
class WebhookSender;

// Publishes a status update (issue 7): records it on the timeline as an
// "update" event with its number, audience and text, writes it to a file
// when asked, and posts it to the chosen webhooks with their tokens from
// the keychain. Each webhook's outcome is recorded too ("update-delivery"),
// retried failures are announced as they happen; nothing here blocks.
// Lives on the UI thread; the store is reached by queued calls.
class UpdatePublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdatePublisher)
public:
    struct Publication
    {
        int number = 1;
        QString audience;          // team, stakeholders, users
        QString templateId;
        QString templateTitle;
        QString text;
        QString actor;
        QString file;              // empty: none
        bool clipboard = false;    // copied by the composer; recorded here
        QList<WebhookSpec> webhooks;
    };

    UpdatePublisher(IncidentService *service, Secrets *secrets, QObject *parent = nullptr);

    void setEnvironment(const QString &environment) { m_environment = environment; }
    void setRetryDelays(const QList<int> &ms);
    // Records and sends; false (with why) only when nothing could be done:
    // no incident. A file that cannot be written is said and recorded.
    bool publish(const Incident &incident, const Publication &publication, QString *error);
    // Posts a published update again to one webhook (after its token was
    // set, or the far end came back); the outcome is recorded like the first.
    void deliver(const QUuid &incident, int number, const QString &text, const WebhookSpec &hook, const QString &actor,
                 const QUuid &update);
    // The commander typed a webhook's token: kept for the session and
    // stored in the keychain (stored or not is said by `tokenStored`).
    void storeToken(const WebhookSpec &hook, const QString &token);
    WebhookSender *sender() const { return m_sender; }

signals:
    // One line per thing that happened to an update's delivery, for the
    // composer and the status bar: "posted to ops-slack", "ops-slack: HTTP 503,
    // retrying in 5 s".
    void progress(int number, const QString &webhook, const QString &text, bool final, bool ok);
    void tokenStored(const QString &webhook, bool ok, const QString &why);
    // The update's event committed (its id); only now is anything sent.
    void recorded(int number, const QUuid &update);
    // The store refused it: nothing was sent, the composer can try again.
    void notRecorded(int number, const QString &text);

private:
    struct Pending
    {
        QUuid incident;
        int number = 0;
        WebhookSpec hook;
        QString text;
        QString actor;
        QUuid update;   // the update's event, which its deliveries name
    };
    struct Recording
    {
        QUuid incident;
        Publication publication;
    };
    void onAppended(const qd::TimelineEvent &event);
    void onAppendFailed(const qd::TimelineEvent &event, const QString &error);
    void tokenFound(const QString &key, const QString &token);
    void tokenMissing(const QString &key, const QString &why);
    void recordDelivery(const Pending &p, const QString &text, bool ok, int attempts);

    IncidentService *m_service;
    Secrets *m_secrets;
    WebhookSender *m_sender;
    QString m_environment;
    QHash<QString, Pending> m_waitingForToken;   // by delivery id, until the keychain answers
    QHash<QString, Pending> m_inFlight;          // by delivery id
    QHash<QUuid, Recording> m_recording;         // by the update's event id, until committed
    QHash<QString, QString> m_storing;           // keychain key → webhook name, until stored
};

} // namespace qd
