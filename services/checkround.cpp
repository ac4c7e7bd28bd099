#include "checkround.h"

#include "clock.h"
#include "heartbeatreader.h"
#include "probeengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qd {

CheckRound::CheckRound(const Profile &profile, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_clock(clock)
{
}

void CheckRound::start()
{
    m_checkedAt = m_clock->now();
    for (const HeartbeatSpec &hb : std::as_const(m_profile.heartbeats))
        m_heartbeats.append(HeartbeatReader::read(hb));
    m_results.resize(m_profile.services.size());
    if (m_profile.services.isEmpty()) {
        QMetaObject::invokeMethod(this, &CheckRound::finished, Qt::QueuedConnection);
        return;
    }
    m_engine = new ProbeEngine(m_clock, this);
    m_engine->setOneShot(true);
    m_engine->setBatchInterval(0);
    connect(m_engine, &ProbeEngine::resultsReady, this, [this](const QList<ProbeResult> &results) {
        for (const ProbeResult &r : results) {
            for (int i = 0; i < m_profile.services.size(); ++i) {
                if (m_profile.services[i].name == r.service && m_results[i].service.isEmpty())
                    m_results[i] = r;
            }
        }
    });
    connect(m_engine, &ProbeEngine::roundFinished, this, &CheckRound::finished);
    m_engine->setServices(m_profile.services);
}

int CheckRound::exitCode() const
{
    int code = AllUp;
    for (const ProbeResult &r : m_results) {
        if (r.outcome == ServiceState::Down || r.outcome == ServiceState::Unknown)
            code = qMax(code, int(Critical));
        else if (r.outcome == ServiceState::Degraded)
            code = qMax(code, int(Warning));
    }
    for (int i = 0; i < m_heartbeats.size(); ++i) {
        // A heartbeat that cannot be read proves nothing is alive: critical.
        switch (m_heartbeats[i].level(m_profile.heartbeats[i], m_checkedAt)) {
        case HeartbeatLevel::Critical:
        case HeartbeatLevel::Unknown:
            code = qMax(code, int(Critical));
            break;
        case HeartbeatLevel::Warn:
            code = qMax(code, int(Warning));
            break;
        case HeartbeatLevel::Fresh:
            break;
        }
    }
    return code;
}

QString CheckRound::toText() const
{
    QString out;
    out += tr("%1%2 — checked %3")
               .arg(m_profile.environment.name,
                    m_profile.environment.production ? tr(" (PRODUCTION)") : QString(),
                    m_checkedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
           + u'\n';
    int nameWidth = 8;
    for (const ServiceSpec &s : std::as_const(m_profile.services))
        nameWidth = qMax(nameWidth, int(s.name.size()));
    for (const HeartbeatSpec &h : std::as_const(m_profile.heartbeats))
        nameWidth = qMax(nameWidth, int(h.name.size()));
    for (int i = 0; i < m_results.size(); ++i) {
        const ProbeResult &r = m_results[i];
        const QString latency = r.latencyMs >= 0 ? QString::number(r.latencyMs, 'f', 1) + QStringLiteral(" ms") : QString();
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(serviceStateKey(r.outcome).toUpper(), -9)
                   .arg(m_profile.services[i].name, -nameWidth)
                   .arg(latency, 10)
                   .arg(r.message);
    }
    for (int i = 0; i < m_heartbeats.size(); ++i) {
        const HeartbeatStatus &h = m_heartbeats[i];
        const HeartbeatLevel lvl = h.level(m_profile.heartbeats[i], m_checkedAt);
        const QString detail = h.lastBeat.isValid() ? tr("heartbeat %1 old").arg(formatDuration(h.age(m_checkedAt)))
                                                    : tr("heartbeat: %1").arg(h.error);
        out += QStringLiteral("%1 %2 %3 %4\n")
                   .arg(heartbeatLevelKey(lvl).toUpper(), -9)
                   .arg(m_profile.heartbeats[i].name, -nameWidth)
                   .arg(QString(), 10)
                   .arg(detail);
    }
    return out;
}

QByteArray CheckRound::toJson() const
{
    QJsonArray services;
    for (int i = 0; i < m_results.size(); ++i) {
        const ProbeResult &r = m_results[i];
        const ServiceSpec &s = m_profile.services[i];
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("check"), s.kindName()},
                      {QStringLiteral("target"), s.target()},
                      {QStringLiteral("state"), serviceStateKey(r.outcome)},
                      {QStringLiteral("message"), r.message}};
        o.insert(QStringLiteral("latency_ms"), r.latencyMs >= 0 ? QJsonValue(r.latencyMs) : QJsonValue());
        if (r.httpStatus > 0)
            o.insert(QStringLiteral("http_status"), r.httpStatus);
        services.append(o);
    }
    QJsonArray heartbeats;
    for (int i = 0; i < m_heartbeats.size(); ++i) {
        const HeartbeatStatus &h = m_heartbeats[i];
        const HeartbeatSpec &spec = m_profile.heartbeats[i];
        QJsonObject o{{QStringLiteral("name"), spec.name},
                      {QStringLiteral("path"), spec.path},
                      {QStringLiteral("state"), heartbeatLevelKey(h.level(spec, m_checkedAt))},
                      {QStringLiteral("warn_after_s"), double(spec.warnAfter.count()) / 1000.0},
                      {QStringLiteral("critical_after_s"), double(spec.criticalAfter.count()) / 1000.0}};
        if (h.lastBeat.isValid()) {
            o.insert(QStringLiteral("last_beat"), h.lastBeat.toString(Qt::ISODateWithMs));
            o.insert(QStringLiteral("age_s"), double(h.age(m_checkedAt).count()) / 1000.0);
        } else {
            o.insert(QStringLiteral("error"), h.error);
        }
        heartbeats.append(o);
    }
    QJsonObject root{{QStringLiteral("environment"), m_profile.environment.name},
                     {QStringLiteral("production"), m_profile.environment.production},
                     {QStringLiteral("checked_at"), m_checkedAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("services"), services},
                     {QStringLiteral("heartbeats"), heartbeats},
                     {QStringLiteral("exit_code"), exitCode()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace qd
