#include "heartbeatstatus.h"

#include <QCoreApplication>

namespace qd {

Millis HeartbeatStatus::age(const QDateTime &now) const
{
    if (!lastBeat.isValid())
        return Millis(-1);
    // A beat from the future (clock skew between hosts) counts as age 0, not negative.
    return Millis(qMax<qint64>(0, lastBeat.msecsTo(now)));
}

HeartbeatLevel HeartbeatStatus::level(const HeartbeatSpec &spec, const QDateTime &now) const
{
    if (!lastBeat.isValid())
        return HeartbeatLevel::Unknown;
    // More than a minute ahead is clock skew or a local time written without
    // a zone: it proves nothing, and would read "fresh" long after the bot died.
    if (now.msecsTo(lastBeat) > kFutureToleranceMs)
        return HeartbeatLevel::Unknown;
    const Millis a = age(now);
    if (a >= spec.criticalAfter)
        return HeartbeatLevel::Critical;
    if (a >= spec.warnAfter)
        return HeartbeatLevel::Warn;
    return HeartbeatLevel::Fresh;
}

QString heartbeatLevelName(HeartbeatLevel l)
{
    switch (l) {
    case HeartbeatLevel::Fresh:
        return QCoreApplication::translate("qd::Heartbeat", "Fresh");
    case HeartbeatLevel::Warn:
        return QCoreApplication::translate("qd::Heartbeat", "Stale");
    case HeartbeatLevel::Critical:
        return QCoreApplication::translate("qd::Heartbeat", "Critical");
    case HeartbeatLevel::Unknown:
        break;
    }
    return QCoreApplication::translate("qd::Heartbeat", "Could not check");
}

QString heartbeatLevelKey(HeartbeatLevel l)
{
    switch (l) {
    case HeartbeatLevel::Fresh:
        return QStringLiteral("fresh");
    case HeartbeatLevel::Warn:
        return QStringLiteral("warn");
    case HeartbeatLevel::Critical:
        return QStringLiteral("critical");
    case HeartbeatLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace qd
