#pragma once

#include "heartbeatstatus.h"
#include "proberesult.h"
#include "profile.h"

#include <QList>
#include <QObject>

namespace qd {

class Clock;
class ProbeEngine;

// `quarterdeck check`: every service of a profile checked once, concurrently,
// and every heartbeat read once. Results are raw (no failures-before-down
// damping: one look is all a script gets).
class CheckRound final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckRound)
public:
    enum ExitCode { AllUp = 0, Warning = 1, Critical = 2, InvalidProfile = 3 };

    CheckRound(const Profile &profile, const Clock *clock, QObject *parent = nullptr);
    void start();

    int exitCode() const;
    QString toText() const;
    QByteArray toJson() const;

signals:
    void finished();

private:
    Profile m_profile;
    const Clock *m_clock;
    ProbeEngine *m_engine = nullptr;
    QList<ProbeResult> m_results;      // in profile order
    QList<HeartbeatStatus> m_heartbeats;
    QDateTime m_checkedAt;
};

} // namespace qd
