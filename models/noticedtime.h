#pragma once

#include <QDateTime>
#include <QString>

namespace qd {

// "We noticed at 14:02": when something happened, as a responder says it.
// "HH:MM" or "HH:MM:SS" is local time today, or yesterday when today's
// would lie in the future; "YYYY-MM-DDTHH:MM[:SS]" is local unless it ends
// in Z or an offset. Returns UTC; invalid when `spec` is none of these.
QDateTime noticedTime(const QString &spec, const QDateTime &nowUtc);

// A note that starts with a time ("14:02 orders stuck") gives that time
// and the rest of the note; otherwise an invalid time and the note as it is.
struct NoticedNote
{
    QDateTime at;   // UTC, or invalid
    QString text;
};
NoticedNote splitNoticedTime(const QString &note, const QDateTime &nowUtc);

} // namespace qd
