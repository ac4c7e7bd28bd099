#include "updatepublisher.h"

#include "incidentservice.h"
#include "secrets.h"
#include "webhooksender.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace qd {

UpdatePublisher::UpdatePublisher(IncidentService *service, Secrets *secrets, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_secrets(secrets)
    , m_sender(new WebhookSender(this))
{
    if (m_secrets) {
        connect(m_secrets, &Secrets::found, this, &UpdatePublisher::tokenFound);
        connect(m_secrets, &Secrets::missing, this, [this](const QString &key) { tokenMissing(key, QString()); });
        connect(m_secrets, &Secrets::unavailable, this, &UpdatePublisher::tokenMissing);
        connect(m_secrets, &Secrets::stored, this, [this](const QString &key, bool ok, const QString &why) {
            if (m_storing.contains(key))
                emit tokenStored(m_storing.take(key), ok, why);
        });
    }
    connect(m_service, &IncidentService::appended, this, &UpdatePublisher::onAppended);
    connect(m_service, &IncidentService::appendFailed, this, &UpdatePublisher::onAppendFailed);
    connect(m_sender, &WebhookSender::attemptFailed, this, [this](const QString &id, int attempt, const QString &error, int retryInMs) {
        const auto it = m_inFlight.constFind(id);
        if (it == m_inFlight.constEnd() || retryInMs < 0)
            return;   // the last attempt is reported by gaveUp
        emit progress(it->number, it->hook.name,
                      tr("%1: attempt %2 failed (%3); retrying in %4 s").arg(it->hook.name).arg(attempt).arg(error).arg((retryInMs + 999) / 1000),
                      false, false);
    });
    connect(m_sender, &WebhookSender::delivered, this, [this](const QString &id, int attempts, int) {
        const Pending p = m_inFlight.take(id);
        if (p.number == 0)
            return;
        const QString text = attempts == 1 ? tr("Update #%1 posted to %2").arg(p.number).arg(p.hook.name)
                                           : tr("Update #%1 posted to %2 on attempt %3").arg(p.number).arg(p.hook.name).arg(attempts);
        recordDelivery(p, text, true, attempts);
    });
    connect(m_sender, &WebhookSender::gaveUp, this, [this](const QString &id, int attempts, const QString &error) {
        const Pending p = m_inFlight.take(id);
        if (p.number == 0)
            return;
        recordDelivery(p, tr("Update #%1 NOT posted to %2: %3 (%n attempt(s))", nullptr, attempts).arg(p.number).arg(p.hook.name, error), false,
                       attempts);
    });
}

void UpdatePublisher::setRetryDelays(const QList<int> &ms)
{
    m_sender->setRetryDelays(ms);
}

bool UpdatePublisher::publish(const Incident &incident, const Publication &pub, QString *error)
{
    if (incident.id.isNull()) {
        *error = tr("no incident to publish the update for");
        return false;
    }
    QStringList destinations;
    if (pub.clipboard)
        destinations << tr("clipboard");
    if (!pub.file.isEmpty())
        destinations << pub.file;
    for (const WebhookSpec &hook : pub.webhooks)
        destinations << hook.name;

    TimelineEvent e;
    e.id = QUuid::createUuid();
    e.incidentId = incident.id;
    e.kind = QStringLiteral("update");
    e.actor = pub.actor;
    e.key = true;
    // The text sent is in the event's data and in the post-mortem's table;
    // the timeline line says where it was to go (each outcome follows).
    e.text = tr("Update #%1 published to %2 (%3): %4")
                 .arg(pub.number)
                 .arg(pub.audience, pub.templateTitle, destinations.isEmpty() ? tr("recorded only") : destinations.join(QStringLiteral(", ")));
    QJsonArray sentTo;
    for (const QString &d : std::as_const(destinations))
        sentTo.append(d);
    e.data = QJsonObject{{QStringLiteral("number"), pub.number},
                         {QStringLiteral("audience"), pub.audience},
                         {QStringLiteral("template"), pub.templateId},
                         {QStringLiteral("templateTitle"), pub.templateTitle},
                         {QStringLiteral("body"), pub.text},
                         {QStringLiteral("destinations"), sentTo}};
    // Recorded first, sent after: an update that went out must be on the
    // timeline (DESIGN.md §6), so nothing leaves before the commit.
    m_recording.insert(e.id, Recording{incident.id, pub});
    QMetaObject::invokeMethod(m_service, [s = m_service, e] { s->append(e); }, Qt::QueuedConnection);
    return true;
}

void UpdatePublisher::onAppended(const TimelineEvent &e)
{
    const auto it = m_recording.constFind(e.id);
    if (it == m_recording.constEnd())
        return;
    const Recording r = *it;
    m_recording.erase(it);
    const Publication &pub = r.publication;
    emit recorded(pub.number, e.id);
    if (!pub.file.isEmpty()) {
        // Atomically, so a reader never sees half; on the pool, so a hung
        // network mount cannot freeze the console.
        const Pending p{r.incident, pub.number, WebhookSpec{tr("file"), QString(), pub.audience, false}, pub.text, pub.actor, e.id};
        QtConcurrent::run([path = pub.file, bytes = pub.text.toUtf8()] {
            QSaveFile f(path);
            if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
                return QString();
            return f.errorString();
        }).then(this, [this, p, path = pub.file](const QString &error) {
            if (!error.isEmpty())
                recordDelivery(p, tr("Update #%1 NOT written to %2: %3").arg(p.number).arg(path, error), false, 1);
        });
    }
    for (const WebhookSpec &hook : pub.webhooks)
        deliver(r.incident, pub.number, pub.text, hook, pub.actor, e.id);
}

void UpdatePublisher::onAppendFailed(const TimelineEvent &e, const QString &error)
{
    const auto it = m_recording.constFind(e.id);
    if (it == m_recording.constEnd())
        return;
    const int number = it->publication.number;
    m_recording.erase(it);
    emit notRecorded(number, tr("Update #%1 NOT recorded (%2): nothing was sent").arg(number).arg(error));
}

void UpdatePublisher::deliver(const QUuid &incident, int number, const QString &text, const WebhookSpec &hook, const QString &actor,
                              const QUuid &update)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Pending p{incident, number, hook, text, actor, update};
    emit progress(number, hook.name, tr("%1: sending…").arg(hook.name), false, false);
    if (!m_secrets) {
        m_inFlight.insert(id, p);
        m_sender->send(id, QUrl(hook.url), text, QString());
        return;
    }
    m_waitingForToken.insert(id, p);
    m_secrets->request(hook.secretKey(m_environment));
}

void UpdatePublisher::storeToken(const WebhookSpec &hook, const QString &token)
{
    if (!m_secrets)
        return;
    const QString key = hook.secretKey(m_environment);
    m_storing.insert(key, hook.name);
    m_secrets->provide(key, token.trimmed(), true);
}

void UpdatePublisher::tokenFound(const QString &key, const QString &token)
{
    for (auto it = m_waitingForToken.begin(); it != m_waitingForToken.end();) {
        if (it->hook.secretKey(m_environment) != key) {
            ++it;
            continue;
        }
        m_inFlight.insert(it.key(), *it);
        m_sender->send(it.key(), QUrl(it->hook.url), it->text, token);
        it = m_waitingForToken.erase(it);
    }
}

// No token: a webhook whose address needs one cannot be posted to; one
// that does not (a URL with its own secret, a local relay) is posted
// without an Authorization header.
void UpdatePublisher::tokenMissing(const QString &key, const QString &why)
{
    for (auto it = m_waitingForToken.begin(); it != m_waitingForToken.end();) {
        if (it->hook.secretKey(m_environment) != key) {
            ++it;
            continue;
        }
        const Pending p = *it;
        const QString id = it.key();
        it = m_waitingForToken.erase(it);
        if (p.hook.url.contains(u"{token}")) {
            recordDelivery(p,
                           tr("Update #%1 NOT posted to %2: no token in the keychain (%3)")
                               .arg(p.number)
                               .arg(p.hook.name, why.isEmpty() ? key : why),
                           false, 0);
            continue;
        }
        m_inFlight.insert(id, p);
        m_sender->send(id, QUrl(p.hook.url), p.text, QString());
    }
}

void UpdatePublisher::recordDelivery(const Pending &p, const QString &text, bool ok, int attempts)
{
    TimelineEvent e;
    e.id = QUuid::createUuid();
    e.incidentId = p.incident;
    e.kind = QStringLiteral("update-delivery");
    e.actor = QStringLiteral("console");
    e.text = text;
    e.data = QJsonObject{{QStringLiteral("number"), p.number},
                         {QStringLiteral("update"), p.update.toString(QUuid::WithoutBraces)},
                         {QStringLiteral("webhook"), p.hook.name},
                         {QStringLiteral("ok"), ok},
                         {QStringLiteral("attempts"), attempts}};
    QMetaObject::invokeMethod(m_service, [s = m_service, e] { s->append(e); }, Qt::QueuedConnection);
    emit progress(p.number, p.hook.name, text, true, ok);
}

} // namespace qd
