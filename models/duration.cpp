#include "duration.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace qd {

std::optional<Millis> parseDuration(QStringView text)
{
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+(?:ms|s|m|h|d))+$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)(ms|s|m|h|d)"));
    const QString t = text.trimmed().toString();
    if (t.isEmpty() || !whole.match(t).hasMatch())
        return std::nullopt;
    qint64 total = 0;
    auto it = part.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        bool ok = false;
        const qint64 n = m.capturedView(1).toLongLong(&ok);
        // Bound each part so a typo like "99999999999h" is an error, not an overflow.
        if (!ok || n > 10'000'000)
            return std::nullopt;
        const QStringView unit = m.capturedView(2);
        qint64 scale = 1;
        if (unit == u"s")
            scale = 1000;
        else if (unit == u"m")
            scale = 60'000;
        else if (unit == u"h")
            scale = 3'600'000;
        else if (unit == u"d")
            scale = 86'400'000;
        total += n * scale;
    }
    return Millis(total);
}

QString formatDuration(Millis d)
{
    qint64 ms = d.count();
    const bool negative = ms < 0;
    if (negative)
        ms = -ms;
    // Two units at most, and the smaller one only when it is not zero:
    // "15 m", "1 h", "2 h 30 m", "3 m 05 s".
    const auto two = [](qint64 big, const char *bigUnit, qint64 small, const char *smallUnit, bool pad) {
        QString out = QString::number(big) + u' ' + QCoreApplication::translate("qd::Duration", bigUnit);
        if (small > 0)
            out += u' ' + (pad ? QStringLiteral("%1").arg(small, 2, 10, QLatin1Char('0')) : QString::number(small)) + u' '
                   + QCoreApplication::translate("qd::Duration", smallUnit);
        return out;
    };
    QString out;
    if (ms < 1000)
        out = QString::number(ms) + u' ' + QCoreApplication::translate("qd::Duration", "ms");
    else if (ms < 10'000 && ms % 1000 != 0)   // "1.5 s": a timeout of 1500ms is not "1 s"
        out = QLocale().toString(double(ms) / 1000.0, 'f', 1) + u' ' + QCoreApplication::translate("qd::Duration", "s");
    else if (ms < 60'000)
        out = QString::number(ms / 1000) + u' ' + QCoreApplication::translate("qd::Duration", "s");
    else if (ms < 3'600'000)
        out = two(ms / 60'000, QT_TRANSLATE_NOOP("qd::Duration", "m"), (ms / 1000) % 60, QT_TRANSLATE_NOOP("qd::Duration", "s"), true);
    else if (ms < 86'400'000)
        out = two(ms / 3'600'000, QT_TRANSLATE_NOOP("qd::Duration", "h"), (ms / 60'000) % 60, QT_TRANSLATE_NOOP("qd::Duration", "m"), true);
    else
        out = two(ms / 86'400'000, QT_TRANSLATE_NOOP("qd::Duration", "d"), (ms / 3'600'000) % 24, QT_TRANSLATE_NOOP("qd::Duration", "h"), false);
    return negative ? QLatin1Char('-') + out : out;
}

QString formatAge(Millis d)
{
    if (d < Millis(1000))
        return QStringLiteral("0 ") + QCoreApplication::translate("qd::Duration", "s");
    return formatDuration(std::chrono::duration_cast<std::chrono::seconds>(d));
}

} // namespace qd
