#include "sandboxbackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <zlib.h>

#include <iterator>

namespace qd {

namespace {

// The two sets examples/sandbox.yaml describes.
constexpr SandboxBackups::SetInfo kSets[] = {
    {"backups/market-data", "marketdata_", 5, 30, 3000},
    {"backups/strategy", "strategy_", 60, 8, 600},
};
// populate() damages the dump this many steps before the newest of the strategy set.
constexpr int kCorruptStepsBack = 3;

QString stampName(const SandboxBackups::SetInfo &set, const QDateTime &t)
{
    return QLatin1String(set.prefix) + t.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")) + QStringLiteral(".sql.gz");
}

// A plain pg_dump as pg_dump 15 writes it: header, a table, COPY rows,
// trailer, and the \unrestrict line newer versions end with.
QByteArray dumpText(const QDateTime &t, int rows, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray sql;
    sql.reserve(rows * 80 + 2048);
    sql += "--\n-- PostgreSQL database dump\n--\n\n\\restrict sandbox\n\n"
           "-- Dumped from database version 15.20\n-- Dumped by pg_dump version 15.20\n\n"
           "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\n"
           "CREATE TABLE public.trades (\n    id bigint NOT NULL,\n    symbol text NOT NULL,\n"
           "    side text NOT NULL,\n    qty numeric(18,8) NOT NULL,\n    price numeric(18,8) NOT NULL,\n"
           "    executed_at timestamp with time zone NOT NULL\n);\n\n"
           "COPY public.trades (id, symbol, side, qty, price, executed_at) FROM stdin;\n";
    static const char *const symbols[] = {"BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT"};
    const QDateTime start = t.addSecs(-rows * 7);
    for (int i = 0; i < rows; ++i) {
        sql += QByteArray::number(i + 1) + '\t' + symbols[rng.bounded(4)] + '\t' + (rng.bounded(2) ? "buy" : "sell") + '\t'
                + QByteArray::number(double(rng.bounded(100000)) / 1000.0, 'f', 8) + '\t'
                + QByteArray::number(20000.0 + double(rng.bounded(5000000)) / 100.0, 'f', 8) + '\t'
                + start.addSecs(i * 7).toString(Qt::ISODate).toLatin1() + '\n';
    }
    sql += "\\.\n\n\nALTER TABLE ONLY public.trades\n    ADD CONSTRAINT trades_pkey PRIMARY KEY (id);\n\n\n"
           "--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict sandbox\n\n";
    return sql;
}

// gzip (RFC 1952) through zlib: the same bytes `gzip` would check.
QByteArray gzip(const QByteArray &data)
{
    z_stream z = {};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int ret = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return ret == Z_STREAM_END ? out : QByteArray();
}

// Flips a byte in the middle: the gzip CRC no longer matches, the size does.
bool flipMiddleByte(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.size() < 64)
        return false;
    const qint64 at = f.size() / 2;
    f.seek(at);
    char c = 0;
    f.getChar(&c);
    f.seek(at);
    return f.putChar(char(c ^ 0x5a));
}

} // namespace

SandboxBackups::SandboxBackups(const QString &root)
    : m_root(root)
{
}

bool SandboxBackups::writeDump(const SetInfo &set, const QDateTime &t, QString *error)
{
    QDir(m_root).mkpath(QLatin1String(set.folder));
    const QString path = QDir(m_root).filePath(QLatin1String(set.folder) + u'/' + stampName(set, t));
    const QByteArray gz = gzip(dumpText(t, set.rowsPerDump, quint32(t.toSecsSinceEpoch())));
    QSaveFile f(path);
    if (gz.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(gz) != gz.size() || !f.commit()) {
        if (error)
            *error = tr("could not write the sandbox backup %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString SandboxBackups::newestPath(const SetInfo &set) const
{
    const QDir dir(QDir(m_root).filePath(QLatin1String(set.folder)));
    // Names sort by their timestamps.
    const QStringList names = dir.entryList({QLatin1String(set.prefix) + QStringLiteral("*.sql.gz")}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : dir.filePath(names.last());
}

bool SandboxBackups::populate(const QDateTime &now, QString *error)
{
    static_assert(std::size(kSets) == std::size(decltype(m_lastSlot){}));
    for (int i = 0; i < int(std::size(kSets)); ++i) {
        const SetInfo &set = kSets[i];
        // On the schedule's grid, like a cron job: the newest a little before now.
        const qint64 step = qint64(set.intervalMinutes) * 60;
        const qint64 newest = (now.toSecsSinceEpoch() / step) * step;
        m_lastSlot[i] = newest;
        for (int k = set.history - 1; k >= 0; --k)
            if (!writeDump(set, QDateTime::fromSecsSinceEpoch(newest - k * step, Qt::UTC), error))
                return false;
        if (set.intervalMinutes == 60) {
            const QDateTime bad = QDateTime::fromSecsSinceEpoch(newest - kCorruptStepsBack * step, Qt::UTC);
            flipMiddleByte(QDir(m_root).filePath(QLatin1String(set.folder) + u'/' + stampName(set, bad)));
        }
    }
    return true;
}

int SandboxBackups::runDueJobs(const QDateTime &now)
{
    int written = 0;
    for (int i = 0; i < int(std::size(kSets)); ++i) {
        const qint64 step = qint64(kSets[i].intervalMinutes) * 60;
        const qint64 slot = (now.toSecsSinceEpoch() / step) * step;
        if (slot > m_lastSlot[i]) {
            m_lastSlot[i] = slot;
            if (writeDump(kSets[i], QDateTime::fromSecsSinceEpoch(slot, Qt::UTC)))
                ++written;
        }
    }
    return written;
}

void SandboxBackups::backUpNow(const QDateTime &now)
{
    for (const SetInfo &set : kSets)
        writeDump(set, now);
}

QString SandboxBackups::corruptNewest()
{
    const QString path = newestPath(kSets[0]);
    if (path.isEmpty() || !flipMiddleByte(path))
        return {};
    return tr("Drill: a byte in the middle of %1 was flipped").arg(QFileInfo(path).fileName());
}

QString SandboxBackups::deleteNewest()
{
    const QString path = newestPath(kSets[0]);
    if (path.isEmpty() || !QFile::remove(path))
        return {};
    return tr("Drill: %1 was deleted").arg(QFileInfo(path).fileName());
}

} // namespace qd
