#include "httpprobe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QHash>
#include <QRegularExpression>

namespace qd {

HttpProbe::HttpProbe(const ServiceSpec &spec, const Clock *clock, QNetworkAccessManager *nam, QObject *parent)
    : Probe(spec, clock, parent)
    , m_nam(nam)
{
}

HttpProbe::~HttpProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();   // cancelled (profile replaced, console closing)
        m_reply->deleteLater();
    }
}

void HttpProbe::start()
{
    QNetworkRequest req(m_spec.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     m_spec.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
    req.setMaximumRedirectsAllowed(5);
    // A health check must see the live answer, never a cached one.
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // No cookies either way: a sticky-session cookie would pin every check to
    // the one backend that answered first.
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Quarterdeck-probe/" QD_VERSION));
    // Our own deadline (armDeadline) covers the whole exchange, including a
    // server that trickles one byte at a time; Qt's transfer timeout would be
    // reset by every byte, so it is left off.
    req.setTransferTimeout(0);

    beginTiming();
    m_reply = m_nam->get(req);
    armDeadline();
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpProbe::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpProbe::onFinished);
}

void HttpProbe::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return; // aborted: nothing more to read
    const QByteArray chunk = m_reply->readAll();
    m_bytesSeen += chunk.size();
    if (m_body.size() < kMaxBody)
        m_body.append(chunk.left(kMaxBody - m_body.size()));
}

void HttpProbe::onDeadline()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort(); // finished() follows synchronously with OperationCanceledError
    if (!isFinished())
        finish(ServiceState::Down, tr("no answer within %1 (timeout)").arg(timeoutText()), false);
}

void HttpProbe::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    onReadyRead();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply->error();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();

    if (m_timedOut) {
        finish(ServiceState::Down,
               status > 0 ? tr("answer incomplete after %1 (HTTP %2, %n byte(s) received)", nullptr, int(m_bytesSeen))
                                .arg(timeoutText())
                                .arg(status)
                          : tr("no answer within %1 (timeout)").arg(timeoutText()),
               false, status);
        return;
    }

    if (err == QNetworkReply::TooManyRedirectsError || err == QNetworkReply::InsecureRedirectError) {
        finish(ServiceState::Down,
               err == QNetworkReply::TooManyRedirectsError ? tr("too many redirects") : tr("redirect from https to http refused"),
               false, status);
        return;
    }
    if (status == 0) {
        // No HTTP answer at all: connection refused, reset, DNS, TLS.
        QString what;
        switch (err) {
        case QNetworkReply::ConnectionRefusedError:
            what = tr("connection refused");
            break;
        case QNetworkReply::RemoteHostClosedError:
            what = tr("connection closed before an answer");
            break;
        case QNetworkReply::HostNotFoundError:
            what = tr("host not found");
            break;
        default:
            what = reply->errorString();
        }
        finish(ServiceState::Down, what, false);
        return;
    }

    const bool accepted = m_spec.acceptedStatus.isEmpty() ? (status >= 200 && status < 300)
                                                           : m_spec.acceptedStatus.contains(status);
    const QString statusText = reason.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1 %2").arg(status).arg(reason);
    if (!accepted) {
        if (status >= 300 && status < 400) {
            const QString location = QString::fromUtf8(reply->rawHeader("Location"));
            finish(ServiceState::Down, tr("%1 (redirect to %2 not followed)").arg(statusText, location), true, status);
        } else {
            finish(ServiceState::Down, statusText, true, status);
        }
        return;
    }
    if (err != QNetworkReply::NoError && err < QNetworkReply::ContentAccessDenied) {
        // Status line arrived but the body did not (connection dropped mid-body).
        finish(ServiceState::Down, tr("%1, then: %2").arg(statusText, reply->errorString()), true, status);
        return;
    }
    if (!m_spec.bodyContains.isEmpty()) {
        const QString body = QString::fromUtf8(m_body);
        if (!body.contains(m_spec.bodyContains)) {
            finish(ServiceState::Down, tr("%1 but the body does not contain \"%2\"").arg(statusText, m_spec.bodyContains), true, status);
            return;
        }
    }
    if (!m_spec.bodyMatches.isEmpty()) {
        // Compiled once per pattern and thread, not on every check.
        thread_local QHash<QString, QRegularExpression> compiled;
        auto re = compiled.find(m_spec.bodyMatches);
        if (re == compiled.end())
            re = compiled.insert(m_spec.bodyMatches, QRegularExpression(m_spec.bodyMatches));
        if (!re->match(QString::fromUtf8(m_body)).hasMatch()) {
            finish(ServiceState::Down, tr("%1 but the body does not match /%2/").arg(statusText, m_spec.bodyMatches), true, status);
            return;
        }
    }
    const double ms = elapsedMs();
    if (m_spec.maxLatency.count() > 0 && ms > double(m_spec.maxLatency.count())) {
        finish(ServiceState::Degraded,
               tr("slow: %1 ms (limit %2 ms)").arg(qRound64(ms)).arg(qint64(m_spec.maxLatency.count())), true, status);
        return;
    }
    finish(ServiceState::Up, statusText, true, status);
}

} // namespace qd
