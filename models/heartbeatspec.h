#pragma once

#include "duration.h"

#include <QString>

namespace qd {

// A file whose freshness says a worker is alive.
struct HeartbeatSpec
{
    enum class Source { Mtime, Content };

    QString name;
    QString path;                 // absolute, resolved against the profile's folder
    QString component;
    Source source = Source::Mtime; // Content: the last timestamp written in the file
    Millis warnAfter{60'000};
    Millis criticalAfter{120'000};
};

} // namespace qd
