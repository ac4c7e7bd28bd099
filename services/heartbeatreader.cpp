#include "heartbeatreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace qd {

QDateTime HeartbeatReader::lastTimestamp(const QByteArray &text)
{
    static const QRegularExpression iso(QStringLiteral(
        "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?"));
    static const QRegularExpression epoch(QStringLiteral("^\\s*(\\d{10}|\\d{13})(?:\\.\\d+)?\\s*$"),
                                          QRegularExpression::MultilineOption);
    const QString s = QString::fromUtf8(text);

    QDateTime best;
    qsizetype bestPos = -1;
    auto it = iso.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        QString frac = m.captured(3);
        // QDateTime parses milliseconds only; cut or pad the fraction to three digits.
        frac = frac.isEmpty() ? QStringLiteral(".000") : QString(frac + QStringLiteral("000")).left(4);
        QString zone = m.captured(4);
        if (zone.isEmpty())
            zone = QStringLiteral("Z");
        else if (zone != u"Z" && !zone.contains(u':'))
            zone.insert(3, u':');
        const QDateTime t = QDateTime::fromString(m.captured(1) + u'T' + m.captured(2) + frac + zone, Qt::ISODateWithMs);
        if (t.isValid()) {
            best = t.toUTC();
            bestPos = m.capturedStart();
        }
    }
    auto et = epoch.globalMatch(s);
    while (et.hasNext()) {
        const auto m = et.next();
        if (m.capturedStart() < bestPos)
            continue;
        const qint64 n = m.captured(1).toLongLong();
        best = m.captured(1).size() == 13 ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                                          : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
        bestPos = m.capturedStart();
    }
    return best;
}

HeartbeatStatus HeartbeatReader::read(const HeartbeatSpec &spec)
{
    HeartbeatStatus st;
    st.name = spec.name;
    const QFileInfo fi(spec.path);
    if (!fi.exists()) {
        st.error = tr("file not found");
        return st;
    }
    if (fi.isDir()) {
        // A folder's mtime moves whenever anything in it changes: it would
        // look alive while the worker is dead.
        st.error = tr("is a folder, not a heartbeat file");
        return st;
    }
    if (spec.source == HeartbeatSpec::Source::Mtime) {
        st.lastBeat = fi.lastModified().toUTC();
        if (!st.lastBeat.isValid())
            st.error = tr("no modification time");
        return st;
    }
    QFile f(spec.path);
    if (!f.open(QIODevice::ReadOnly)) {
        st.error = tr("cannot read: %1").arg(f.errorString());
        return st;
    }
    // Only the tail: heartbeat logs grow forever and the newest beat is last.
    if (f.size() > kTailBytes)
        f.seek(f.size() - kTailBytes);
    st.lastBeat = lastTimestamp(f.read(kTailBytes));
    if (!st.lastBeat.isValid())
        st.error = tr("no timestamp in the last %1 bytes").arg(kTailBytes);
    return st;
}

} // namespace qd
