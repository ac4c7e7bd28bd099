#pragma once

#include "heartbeatspec.h"
#include "heartbeatstatus.h"

#include <QCoreApplication>

namespace qd {

// Reads the last beat of one heartbeat file: its modification time, or the
// last timestamp written in its tail.
class HeartbeatReader
{
    Q_DECLARE_TR_FUNCTIONS(qd::HeartbeatReader)
public:
    static HeartbeatStatus read(const HeartbeatSpec &spec);
    // The last timestamp in `text`: ISO 8601 (zone optional, UTC when absent)
    // or, on a line of its own, Unix seconds or milliseconds.
    static QDateTime lastTimestamp(const QByteArray &text);

    static constexpr qint64 kTailBytes = 4096;
};

} // namespace qd
