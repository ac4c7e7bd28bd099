#include "noticedtime.h"

#include <QRegularExpression>

namespace qd {

QDateTime noticedTime(const QString &spec, const QDateTime &nowUtc)
{
    const QString s = spec.trimmed();
    static const QRegularExpression clock(QStringLiteral(R"(^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$)"));
    if (const QRegularExpressionMatch m = clock.match(s); m.hasMatch()) {
        const QDateTime nowLocal = nowUtc.toLocalTime();
        QDateTime at(nowLocal.date(), QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), Qt::LocalTime);
        if (at > nowLocal)
            at = at.addDays(-1);   // "23:50" said at 00:10 means last night
        return at.toUTC();
    }
    // Qt reads a time without Z or offset as local time, as a person means it.
    const QDateTime at = QDateTime::fromString(s, Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}

NoticedNote splitNoticedTime(const QString &note, const QDateTime &nowUtc)
{
    static const QRegularExpression lead(QStringLiteral(R"(^\s*(\d{1,2}:\d{2}(?::\d{2})?)\s+(\S.*)$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = lead.match(note);
    if (m.hasMatch()) {
        const QDateTime at = noticedTime(m.captured(1), nowUtc);
        if (at.isValid())
            return {at, m.captured(2).trimmed()};
    }
    return {QDateTime(), note.trimmed()};
}

} // namespace qd
