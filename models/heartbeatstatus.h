#pragma once

#include "heartbeatspec.h"

#include <QDateTime>
#include <QString>

namespace qd {

enum class HeartbeatLevel { Unknown, Fresh, Warn, Critical };

// The last beat read from a heartbeat file. The age is not stored: it is
// computed from a Clock whenever it is shown, so it ticks without re-reading.
struct HeartbeatStatus
{
    QString name;
    QDateTime lastBeat;   // UTC; invalid when it could not be read
    QString error;        // why it could not be read ("file not found")

    static constexpr qint64 kFutureToleranceMs = 60'000;

    Millis age(const QDateTime &now) const;
    HeartbeatLevel level(const HeartbeatSpec &spec, const QDateTime &now) const;
};

QString heartbeatLevelName(HeartbeatLevel l);
QString heartbeatLevelKey(HeartbeatLevel l);

} // namespace qd
