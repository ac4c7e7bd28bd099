#include "backuppattern.h"

#include <QTimeZone>

namespace qd {

std::optional<BackupPattern> BackupPattern::compile(const QString &pattern, Error *error)
{
    const auto fail = [error](int offset, const QString &message) -> std::optional<BackupPattern> {
        if (error)
            *error = {offset, message};
        return std::nullopt;
    };
    if (pattern.trimmed().isEmpty())
        return fail(0, tr("the pattern is empty"));
    if (pattern.contains(u'/'))
        return fail(int(pattern.indexOf(u'/')), tr("the pattern names files inside the folder; it must not contain '/'"));

    BackupPattern p;
    p.m_pattern = pattern;
    QString re = QStringLiteral("^");
    int group = 0;
    bool afterHour = false;
    for (int i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c == u'*') {
            re += QStringLiteral(".*?");
            ++i;
            continue;
        }
        if (c == u'}')
            return fail(i, tr("'}' without a matching '{'"));
        if (c != u'{') {
            re += QRegularExpression::escape(QString(c));
            ++i;
            continue;
        }
        const int close = int(pattern.indexOf(u'}', i + 1));
        if (close < 0)
            return fail(i, tr("'{' is not closed"));
        const QString inner = pattern.mid(i + 1, close - i - 1);
        if (inner.isEmpty())
            return fail(i, tr("empty '{}'; expected a timestamp such as {YYYYMMDD}"));
        if (inner == u"epoch") {
            if (p.m_group[Epoch])
                return fail(i, tr("{epoch} appears twice"));
            p.m_group[Epoch] = ++group;
            p.m_epoch = true;
            re += QStringLiteral("(\\d{9,11})");
            i = close + 1;
            continue;
        }
        for (int j = 0; j < inner.size();) {
            const QStringView rest = QStringView(inner).mid(j);
            Field f = FieldCount;
            int len = 2;
            if (rest.startsWith(u"YYYY")) {
                f = Year;
                len = 4;
            } else if (rest.startsWith(u"MM")) {
                f = afterHour ? Minute : Month;
            } else if (rest.startsWith(u"DD")) {
                f = Day;
            } else if (rest.startsWith(u"HH")) {
                f = Hour;
            } else if (rest.startsWith(u"SS")) {
                f = Second;
            } else if (QStringLiteral("-_.:T ").contains(rest.at(0))) {
                re += QRegularExpression::escape(rest.left(1).toString());
                ++j;
                continue;
            } else {
                return fail(i + 1 + j, tr("unknown timestamp part '%1' in {%2}; expected YYYY, MM, DD, HH, MM, SS or epoch")
                                           .arg(rest.left(4).toString(), inner));
            }
            if (p.m_group[f])
                return fail(i + 1 + j, tr("'%1' appears twice in the pattern").arg(rest.left(len).toString()));
            p.m_group[f] = ++group;
            // MM right after HH (or after HH and its separator) is minutes; a
            // date part in between makes the next MM a month again, so
            // {HHMMSS}_{YYYYMMDD} reads as it looks.
            afterHour = f == Hour || (afterHour && f != Year && f != Day && f != Month);
            re += QStringLiteral("(\\d{%1})").arg(len);
            j += len;
        }
        i = close + 1;
    }
    re += u'$';
    if (p.m_group[Epoch] && (p.m_group[Year] || p.m_group[Hour]))
        return fail(0, tr("{epoch} cannot be combined with date or time parts"));
    // Each part needs the larger ones: {YYYYMM} for monthly backups is fine,
    // {DD} or {HHMM} alone cannot be placed in time.
    const struct
    {
        Field part, needs;
        const char *text;
    } rules[] = {{Month, Year, QT_TR_NOOP("a month needs its year (YYYY)")},
                 {Day, Month, QT_TR_NOOP("a day needs its month (MM)")},
                 {Hour, Day, QT_TR_NOOP("a time needs a full date (YYYY, MM, DD)")},
                 {Minute, Hour, QT_TR_NOOP("minutes need their hour (HH)")},
                 {Second, Minute, QT_TR_NOOP("seconds need their minutes (MM)")}};
    for (const auto &r : rules) {
        if (p.m_group[r.part] && !p.m_group[r.needs])
            return fail(0, tr(r.text));
    }
    p.m_hasDate = p.m_group[Year] != 0;
    p.m_re = QRegularExpression(re);
    return p;
}

bool BackupPattern::matches(const QString &fileName) const
{
    return m_re.match(fileName).hasMatch();
}

QDateTime BackupPattern::timestamp(const QString &fileName) const
{
    const auto m = m_re.match(fileName);
    if (!m.hasMatch() || !hasTimestamp())
        return {};
    const auto field = [&m, this](Field f, int fallback) {
        return m_group[f] ? m.captured(m_group[f]).toInt() : fallback;
    };
    if (m_epoch)
        return QDateTime::fromSecsSinceEpoch(m.captured(m_group[Epoch]).toLongLong(), Qt::UTC);
    const QDate date(field(Year, 0), field(Month, 1), field(Day, 1));
    const QTime time(field(Hour, 0), field(Minute, 0), field(Second, 0));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace qd
