#pragma once

#include <QString>
#include <QStringList>

namespace qd {

// What part of a timeline to show. Applied by the store's indexes and
// full-text index, never by a proxy over every row (a proxy sort of a
// million rows took 3 s here).
struct TimelineFilter
{
    QStringList kinds;   // empty: every kind
    QString actor;       // empty: anyone
    QString text;        // words the entry must contain (prefixes match)

    bool isEmpty() const { return kinds.isEmpty() && actor.isEmpty() && text.trimmed().isEmpty(); }
    bool operator==(const TimelineFilter &) const = default;
};

} // namespace qd
