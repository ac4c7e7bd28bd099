#pragma once

#include "probe.h"

#include <QByteArray>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace qd {

// GET a URL and judge the answer against the service's expectations.
class HttpProbe final : public Probe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpProbe)
public:
    HttpProbe(const ServiceSpec &spec, const Clock *clock, QNetworkAccessManager *nam, QObject *parent);
    ~HttpProbe() override;
    void start() override;

private:
    void onReadyRead();
    void onFinished();
    void onDeadline() override;

    // Enough for any health document; a larger body is read and dropped so a
    // misbehaving endpoint cannot make the console hold megabytes.
    static constexpr qsizetype kMaxBody = 64 * 1024;

    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    qint64 m_bytesSeen = 0;
    bool m_timedOut = false;
};

} // namespace qd
