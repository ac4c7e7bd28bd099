// Backup verification benchmark (scripts/bench backups), issue 3. Verifies a
// set of gzip'd pg_dump SQL files of at least 2 GB and prints, each next to
// its target and its baseline:
//   - wall time and MB/s of BackupVerifier on N threads, one file per thread,
//     against the seed's validation script (gzip -t, then pg_restore --list,
//     one file after another) on the same files;
//   - MB/s of compressed input per core, for the whole verifier and for the
//     gzip engines alone (ISA-L and the zlib fallback, one thread);
//   - peak resident memory per verifying thread.
// Every timed pass starts with the files dropped from the page cache (cold)
// and after a quiet second on the CPUs; the machine is shared, so the share
// of CPU other processes took during each pass is printed with it.
// MB is 10^6 bytes throughout. The files are generated once (zlib level 1,
// about half a minute on 2 cores) and reused. It is a program, not a test: a
// MISS is a finding, and it exits 0 unless the data could not be made.
//
//   bench_backups [--data DIR] [--gb N] [--threads N] [--no-baseline] [--warm] [--keep | --clean]

#include "backupverifier.h"
#include "benchsupport.h"
#include "gzipverifier.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <string_view>
#include <sys/mman.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>
#include <zlib.h>

namespace qd::bench {

namespace {

constexpr double kMB = 1e6;
constexpr double kFileMB = 280;   // the issue's set: ~8 files of ~280 MB
constexpr double kTargetSpeedup = 4;
constexpr double kTargetMBsPerCore = 200;
constexpr double kTargetMBPerThread = 32;
// The issue's own measurements on this machine, printed for comparison.
constexpr double kIssueIsal = 215;
constexpr double kIssueZlib = 87;
constexpr double kIssueGzipT = 50;
constexpr int kOursRuns = 3;
constexpr int kEngineRuns = 3;
constexpr qint64 kQuietWaitMs = 60'000;
// A generated file is reused when its size is in [target, target + slack]:
// the generator stops at the first deflate flush past the target.
constexpr qint64 kSizeSlack = 4 * 1024 * 1024;
// Bounds the seed's script if it is far slower than expected (~50 MB/s).
constexpr int kBaselineTimeoutMs = 60 * 60 * 1000;

struct Options
{
    QString dataDir = QStringLiteral("/var/tmp/qd-bench-backups");
    double gb = 2.2;
    int threads = QThread::idealThreadCount();
    bool baseline = true;
    bool warm = false;
    bool clean = false;
};

QString mb(double bytes)
{
    return QString::number(bytes / kMB, 'f', 0) + QStringLiteral(" MB");
}

QString mbs(double bytes, double seconds)
{
    return seconds > 0 ? QString::number(bytes / kMB / seconds, 'f', 0) + QStringLiteral(" MB/s") : QStringLiteral("n/a");
}

double rate(double bytes, double seconds)
{
    return seconds > 0 ? bytes / kMB / seconds : 0;
}

QString times(double r)
{
    return QString::number(r, 'f', r < 10 ? 1 : 0) + u'x';
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("unknown CPU");
    // /proc files report size 0, so atEnd() is true at once: read until empty.
    for (QByteArray line = f.readLine(); !line.isEmpty(); line = f.readLine()) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromLatin1(line.mid(colon + 1).trimmed());
        }
    }
    return QStringLiteral("unknown CPU");
}

// ------------------------------------------------------------ data

// xorshift64*: cheap enough that formatting, not randomness, bounds generation.
class Prng
{
public:
    explicit Prng(quint64 seed)
        : m_s(seed * 0x9E3779B97F4A7C15ull | 1)
    {
    }
    quint64 next()
    {
        m_s ^= m_s >> 12;
        m_s ^= m_s << 25;
        m_s ^= m_s >> 27;
        return m_s * 0x2545F4914F6CDD1Dull;
    }
    quint32 below(quint32 n) { return quint32(((next() >> 32) * n) >> 32); }

private:
    quint64 m_s;
};

char *putUInt(char *p, quint64 v)
{
    char tmp[20];
    int n = 0;
    do {
        tmp[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = tmp[--n];
    return p;
}

char *putDigits(char *p, quint64 v, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + v % 10);
        v /= 10;
    }
    return p + width;
}

// numeric(20,8) as PostgreSQL prints it: always eight decimals.
char *putNumeric(char *p, qint64 units)
{
    if (units < 0) {
        *p++ = '-';
        units = -units;
    }
    p = putUInt(p, quint64(units) / 100'000'000);
    *p++ = '.';
    return putDigits(p, quint64(units) % 100'000'000, 8);
}

char *put(char *p, std::string_view s)
{
    std::memcpy(p, s.data(), s.size());
    return p + s.size();
}

// timestamp with time zone as pg_dump writes it in UTC: "2024-03-01 02:13:45.381204+00".
class Clock
{
public:
    explicit Clock(QDate start)
        : m_start(start)
    {
    }
    void advanceMicros(quint64 us) { m_us += us; }
    quint64 micros() const { return m_us; }
    char *put(char *p, quint64 us)
    {
        const qint64 day = qint64(us / 86'400'000'000ull);
        if (day != m_day) {
            m_day = day;
            m_date = m_start.addDays(day).toString(QStringLiteral("yyyy-MM-dd ")).toLatin1();
        }
        p = bench::put(p, std::string_view(m_date.constData(), size_t(m_date.size())));
        const quint64 inDay = us % 86'400'000'000ull;
        const quint64 s = inDay / 1'000'000;
        p = putDigits(p, s / 3600, 2);
        *p++ = ':';
        p = putDigits(p, s / 60 % 60, 2);
        *p++ = ':';
        p = putDigits(p, s % 60, 2);
        *p++ = '.';
        p = putDigits(p, inDay % 1'000'000, 6);
        return bench::put(p, "+00");
    }

private:
    QDate m_start;
    quint64 m_us = 0;
    qint64 m_day = -1;
    QByteArray m_date;
};

// Text in, gzip out, to a file descriptor.
class GzipFileWriter
{
public:
    GzipFileWriter() { m_text.reserve(kTextChunk + 4096); }
    ~GzipFileWriter()
    {
        if (m_ready)
            deflateEnd(&m_z);
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool open(const QString &path)
    {
        m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (m_fd < 0)
            return fail(QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        // Level 1 keeps generation to minutes; 15 + 16 asks for a gzip header and trailer.
        m_ready = deflateInit2(&m_z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        return m_ready || fail(QStringLiteral("deflateInit2 failed"));
    }

    void append(const char *data, size_t size)
    {
        m_text.insert(m_text.end(), data, data + size);
        if (m_text.size() >= kTextChunk)
            compress(Z_NO_FLUSH);
    }
    void append(std::string_view s) { append(s.data(), s.size()); }

    // Data goes out to deflate in 1 MiB slices, so this lags by at most that much.
    qint64 compressedBytes() const { return qint64(m_z.total_out); }

    bool finish()
    {
        compress(Z_FINISH);
        if (!m_error.isEmpty())
            return false;
        // Durable before the rename, so a crash cannot leave a short file under the final name.
        if (::fsync(m_fd) != 0)
            return fail(QStringLiteral("fsync: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        ::close(m_fd);
        m_fd = -1;
        return true;
    }

    QString error() const { return m_error; }

private:
    static constexpr size_t kTextChunk = 1024 * 1024;

    bool fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
        return false;
    }

    void compress(int flush)
    {
        if (!m_error.isEmpty())
            return;
        m_z.next_in = reinterpret_cast<Bytef *>(m_text.data());
        m_z.avail_in = uInt(m_text.size());
        int ret = Z_OK;
        do {
            m_z.next_out = m_out;
            m_z.avail_out = sizeof m_out;
            ret = deflate(&m_z, flush);
            if (ret == Z_STREAM_ERROR) {
                fail(QStringLiteral("deflate failed"));
                return;
            }
            const size_t n = sizeof m_out - m_z.avail_out;
            for (size_t done = 0; done < n;) {
                const ssize_t w = ::write(m_fd, m_out + done, n - done);
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0) {
                    fail(QStringLiteral("write: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
                    return;
                }
                done += size_t(w);
            }
        } while (m_z.avail_out == 0 || (flush == Z_FINISH && ret != Z_STREAM_END));
        m_text.clear();
    }

    int m_fd = -1;
    z_stream m_z = {};
    bool m_ready = false;
    std::vector<char> m_text;
    Bytef m_out[256 * 1024];
    QString m_error;
};

struct Symbol
{
    std::string_view name;
    qint64 price;      // 1e-8 units, the walk's starting point
    int tickDigits;    // decimals of a price tick
    int lotDigits;     // decimals of a quantity step
    quint32 maxLots;   // largest order, in quantity steps
};

constexpr Symbol kSymbols[] = {
    {"BTCUSDT", 6'512'345'000'000, 2, 5, 250'000},   {"ETHUSDT", 351'234'000'000, 2, 4, 400'000},
    {"SOLUSDT", 14'512'000'000, 2, 2, 50'000},       {"BNBUSDT", 58'012'000'000, 1, 3, 90'000},
    {"XRPUSDT", 61'230'000, 4, 0, 60'000},           {"DOGEUSDT", 16'123'000, 5, 0, 200'000},
    {"ADAUSDT", 45'120'000, 4, 1, 300'000},          {"AVAXUSDT", 3'512'000'000, 2, 2, 40'000},
    {"LINKUSDT", 1'812'300'000, 3, 2, 60'000},       {"MATICUSDT", 70'120'000, 4, 0, 80'000},
};
constexpr int kSymbolCount = int(std::size(kSymbols));

constexpr std::string_view kStrategies[] = {"momentum_v2", "mean_reversion", "grid_btc", "arbitrage_tri", "breakout_4h",
                                            "dca_weekly"};
constexpr std::string_view kOrderTypes[] = {"LIMIT", "LIMIT", "LIMIT", "MARKET", "STOP_LOSS_LIMIT"};
constexpr std::string_view kStatuses[] = {"FILLED", "FILLED", "FILLED", "CANCELED", "PARTIALLY_FILLED", "EXPIRED"};

qint64 pow10(int n)
{
    qint64 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

// One plain pg_dump of a trading bot's database: header, DDL, COPY blocks of
// candles, orders and trades, sequences, constraints, the "complete" trailer.
// Prices walk, timestamps advance, quantities and fees vary, all from a PRNG
// seeded by the file's index, so the same index always gives the same bytes
// and deflate sees what it sees in real dumps (~4x), not a repeated row (~100x).
class DumpGenerator
{
public:
    DumpGenerator(int index, qint64 targetBytes, std::atomic<qint64> &progress)
        : m_rng(quint64(index) + 1)
        , m_ordersClock(QDate(2024, 3, 1))
        , m_tradesClock(QDate(2024, 3, 1))
        , m_target(targetBytes)
        , m_progress(progress)
    {
        for (int i = 0; i < kSymbolCount; ++i)
            m_price[i] = kSymbols[i].price;
    }

    bool write(const QString &path, QString *error)
    {
        if (!m_out.open(path)) {
            *error = m_out.error();
            return false;
        }
        m_out.append(kHeader);
        // pg_dump writes table data in name order; each table gets a share of the size.
        section("candles", "symbol, \"interval\", open_time, open, high, low, close, volume, trade_count");
        copyUntil(qint64(double(m_target) * 0.15), [this](char *p) { return candle(p); });
        section("orders", "id, client_order_id, symbol, side, type, status, price, orig_qty, executed_qty, strategy, "
                          "created_at, updated_at");
        copyUntil(qint64(double(m_target) * 0.45), [this](char *p) { return order(p); });
        section("trades",
                "id, order_id, symbol, side, price, quantity, fee, fee_asset, realized_pnl, strategy, executed_at");
        copyUntil(m_target, [this](char *p) { return trade(p); });
        char line[256];
        char *p = put(line, "\nSELECT pg_catalog.setval('public.orders_id_seq', ");
        p = put(putUInt(p, m_orderId), ", true);\n\nSELECT pg_catalog.setval('public.trades_id_seq', ");
        p = put(putUInt(p, m_tradeId), ", true);\n");
        m_out.append(line, size_t(p - line));
        m_out.append(kFooter);
        const bool ok = m_out.finish();
        m_progress += m_out.compressedBytes() - m_reported;
        if (!ok)
            *error = m_out.error();
        return ok;
    }

private:
    static constexpr std::string_view kHeader =
            "--\n-- PostgreSQL database dump\n--\n\n"
            "-- Dumped from database version 15.6 (Debian 15.6-0+deb12u1)\n"
            "-- Dumped by pg_dump version 15.6 (Debian 15.6-0+deb12u1)\n\n"
            "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET idle_in_transaction_session_timeout = 0;\n"
            "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
            "SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\n"
            "SET xmloption = content;\nSET client_min_messages = warning;\nSET row_security = off;\n\n"
            "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n"
            "--\n-- Name: candles; Type: TABLE; Schema: public; Owner: sigmatrade\n--\n\n"
            "CREATE TABLE public.candles (\n    symbol character varying(20) NOT NULL,\n"
            "    \"interval\" character varying(4) NOT NULL,\n    open_time timestamp with time zone NOT NULL,\n"
            "    open numeric(20,8) NOT NULL,\n    high numeric(20,8) NOT NULL,\n    low numeric(20,8) NOT NULL,\n"
            "    close numeric(20,8) NOT NULL,\n    volume numeric(28,8) NOT NULL,\n"
            "    trade_count integer NOT NULL\n);\n\n\n"
            "ALTER TABLE public.candles OWNER TO sigmatrade;\n\n"
            "--\n-- Name: orders; Type: TABLE; Schema: public; Owner: sigmatrade\n--\n\n"
            "CREATE TABLE public.orders (\n    id bigint NOT NULL,\n    client_order_id character varying(36) NOT NULL,\n"
            "    symbol character varying(20) NOT NULL,\n    side character varying(4) NOT NULL,\n"
            "    type character varying(20) NOT NULL,\n    status character varying(20) NOT NULL,\n"
            "    price numeric(20,8),\n    orig_qty numeric(20,8) NOT NULL,\n    executed_qty numeric(20,8) NOT NULL,\n"
            "    strategy character varying(32) NOT NULL,\n    created_at timestamp with time zone NOT NULL,\n"
            "    updated_at timestamp with time zone NOT NULL\n);\n\n\n"
            "ALTER TABLE public.orders OWNER TO sigmatrade;\n\n"
            "--\n-- Name: trades; Type: TABLE; Schema: public; Owner: sigmatrade\n--\n\n"
            "CREATE TABLE public.trades (\n    id bigint NOT NULL,\n    order_id bigint NOT NULL,\n"
            "    symbol character varying(20) NOT NULL,\n    side character varying(4) NOT NULL,\n"
            "    price numeric(20,8) NOT NULL,\n    quantity numeric(20,8) NOT NULL,\n    fee numeric(20,8) NOT NULL,\n"
            "    fee_asset character varying(10) NOT NULL,\n    realized_pnl numeric(20,8),\n"
            "    strategy character varying(32) NOT NULL,\n    executed_at timestamp with time zone NOT NULL\n);\n\n\n"
            "ALTER TABLE public.trades OWNER TO sigmatrade;\n";

    static constexpr std::string_view kFooter =
            "\n\n--\n-- Name: candles candles_pkey; Type: CONSTRAINT; Schema: public; Owner: sigmatrade\n--\n\n"
            "ALTER TABLE ONLY public.candles\n"
            "    ADD CONSTRAINT candles_pkey PRIMARY KEY (symbol, \"interval\", open_time);\n\n\n"
            "--\n-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: sigmatrade\n--\n\n"
            "ALTER TABLE ONLY public.orders\n    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);\n\n\n"
            "--\n-- Name: trades trades_pkey; Type: CONSTRAINT; Schema: public; Owner: sigmatrade\n--\n\n"
            "ALTER TABLE ONLY public.trades\n    ADD CONSTRAINT trades_pkey PRIMARY KEY (id);\n\n\n"
            "--\n-- Name: trades_symbol_executed_at_idx; Type: INDEX; Schema: public; Owner: sigmatrade\n--\n\n"
            "CREATE INDEX trades_symbol_executed_at_idx ON public.trades USING btree (symbol, executed_at);\n\n\n"
            "--\n-- PostgreSQL database dump complete\n--\n\n";

    void section(std::string_view table, std::string_view columns)
    {
        char line[512];
        char *p = put(line, "\n--\n-- Data for Name: ");
        p = put(p, table);
        p = put(p, "; Type: TABLE DATA; Schema: public; Owner: sigmatrade\n--\n\nCOPY public.");
        p = put(p, table);
        p = put(p, " (");
        p = put(p, columns);
        p = put(p, ") FROM stdin;\n");
        m_out.append(line, size_t(p - line));
    }

    template <typename Row>
    void copyUntil(qint64 compressedBytes, Row row)
    {
        char line[512];
        int sinceCheck = 0;
        while (m_out.compressedBytes() < compressedBytes) {
            char *end = row(line);
            *end++ = '\n';
            m_out.append(line, size_t(end - line));
            if (++sinceCheck == 4096) {
                sinceCheck = 0;
                const qint64 now = m_out.compressedBytes();
                m_progress += now - m_reported;
                m_reported = now;
            }
        }
        m_out.append("\\.\n\n");
    }

    // A step of the symbol's random walk, on its tick: about 0.01 % of the
    // price, pulled back towards the start so prices stay plausible.
    qint64 walk(int s)
    {
        const qint64 tick = pow10(8 - kSymbols[s].tickDigits);
        qint64 step = qint64(m_rng.below(5)) - 2;
        if (m_price[s] > kSymbols[s].price * 3 / 2)
            --step;
        else if (m_price[s] < kSymbols[s].price * 2 / 3)
            ++step;
        m_price[s] = std::max(m_price[s] + step * tick * std::max<qint64>(1, m_price[s] / tick / 20000), tick);
        return m_price[s];
    }

    qint64 quantity(int s) { return qint64(1 + m_rng.below(kSymbols[s].maxLots)) * pow10(8 - kSymbols[s].lotDigits); }

    static qint64 notional(qint64 price, qint64 qty) { return qint64(double(price) * double(qty) / 1e8); }

    char *candle(char *p)
    {
        const int s = m_candleSymbol;
        if (++m_candleSymbol == kSymbolCount) {
            m_candleSymbol = 0;
            m_candleMinute += 60'000'000;
        }
        const qint64 open = m_price[s];
        qint64 high = open, low = open, close = open;
        for (int i = 0; i < 4; ++i) {
            close = walk(s);
            high = std::max(high, close);
            low = std::min(low, close);
        }
        p = put(p, kSymbols[s].name);
        p = put(p, "\t1m\t");
        p = m_ordersClock.put(p, m_candleMinute);
        *p++ = '\t';
        p = putNumeric(p, open);
        *p++ = '\t';
        p = putNumeric(p, high);
        *p++ = '\t';
        p = putNumeric(p, low);
        *p++ = '\t';
        p = putNumeric(p, close);
        *p++ = '\t';
        p = putNumeric(p, quantity(s) * qint64(1 + m_rng.below(400)));
        *p++ = '\t';
        return putUInt(p, 1 + m_rng.below(5000));
    }

    char *order(char *p)
    {
        const int s = int(m_rng.below(kSymbolCount));
        m_ordersClock.advanceMicros(m_rng.below(4'000'000));
        const quint64 created = m_ordersClock.micros();
        const qint64 qty = quantity(s);
        const std::string_view status = kStatuses[m_rng.below(std::size(kStatuses))];
        const std::string_view type = kOrderTypes[m_rng.below(std::size(kOrderTypes))];
        p = putUInt(p, ++m_orderId);
        p = put(p, "\tsgt-");
        // Client order ids: a date part and 32 random bits in hex, like the bot's.
        static constexpr char kHex[] = "0123456789abcdef";
        quint64 r = m_rng.next();
        for (int i = 0; i < 8; ++i, r >>= 4)
            *p++ = kHex[r & 15];
        *p++ = '\t';
        p = put(p, kSymbols[s].name);
        p = put(p, m_rng.below(2) ? "\tBUY\t" : "\tSELL\t");
        p = put(p, type);
        *p++ = '\t';
        p = put(p, status);
        *p++ = '\t';
        if (type == "MARKET")
            p = put(p, "\\N");
        else
            p = putNumeric(p, walk(s));
        *p++ = '\t';
        p = putNumeric(p, qty);
        *p++ = '\t';
        p = putNumeric(p, status == "FILLED" ? qty : status == "PARTIALLY_FILLED" ? qty / 2 : 0);
        *p++ = '\t';
        p = put(p, kStrategies[m_rng.below(std::size(kStrategies))]);
        *p++ = '\t';
        p = m_ordersClock.put(p, created);
        *p++ = '\t';
        return m_ordersClock.put(p, created + m_rng.below(90'000'000));
    }

    char *trade(char *p)
    {
        const int s = int(m_rng.below(kSymbolCount));
        m_tradesClock.advanceMicros(m_rng.below(2'000'000));
        const qint64 price = walk(s);
        const qint64 qty = quantity(s);
        p = putUInt(p, ++m_tradeId);
        *p++ = '\t';
        p = putUInt(p, m_orderId > 1000 ? m_orderId - m_rng.below(1000) : m_orderId);
        *p++ = '\t';
        p = put(p, kSymbols[s].name);
        p = put(p, m_rng.below(2) ? "\tBUY\t" : "\tSELL\t");
        p = putNumeric(p, price);
        *p++ = '\t';
        p = putNumeric(p, qty);
        *p++ = '\t';
        p = putNumeric(p, notional(price, qty) / 1000);   // 0.1 % fee
        p = put(p, "\tUSDT\t");
        if (m_rng.below(2))
            p = put(p, "\\N");
        else
            p = putNumeric(p, qint64(m_rng.below(2'000'000'000)) * 10 - 10'000'000'000);
        *p++ = '\t';
        p = put(p, kStrategies[m_rng.below(std::size(kStrategies))]);
        *p++ = '\t';
        return m_tradesClock.put(p, m_tradesClock.micros());
    }

    Prng m_rng;
    Clock m_ordersClock;   // candles and orders
    Clock m_tradesClock;
    qint64 m_target;
    std::atomic<qint64> &m_progress;
    qint64 m_reported = 0;
    GzipFileWriter m_out;
    qint64 m_price[kSymbolCount] = {};
    int m_candleSymbol = 0;
    quint64 m_candleMinute = 0;
    quint64 m_orderId = 0;
    quint64 m_tradeId = 0;
};

struct DataSet
{
    QStringList files;
    int generated = 0;
    QString error;
};

bool fsyncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Makes the files that are missing or of the wrong size, on as many threads as
// there are cores. Each is written under a temporary name and renamed when
// complete and on disk, so an interrupted run leaves nothing that looks reusable.
DataSet prepareData(const Options &o)
{
    DataSet set;
    const int count = std::max(1, int(std::ceil(o.gb * 1000 / kFileMB)));
    const qint64 target = qint64(o.gb * 1e9 / count);
    if (!QDir().mkpath(o.dataDir)) {
        set.error = QStringLiteral("cannot create %1").arg(o.dataDir);
        return set;
    }
    const QDir dir(o.dataDir);
    std::vector<int> missing;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("sigmatrade_%1_020000.sql.gz")
                                     .arg(QDate(2024, 6, 1).addDays(i).toString(QStringLiteral("yyyyMMdd")));
        const QString path = dir.filePath(name);
        set.files.append(path);
        const QFileInfo fi(path);
        if (!fi.isFile() || fi.size() < target || fi.size() > target + kSizeSlack)
            missing.push_back(i);
    }
    if (missing.empty())
        return set;

    std::atomic<qint64> progress{0};
    std::atomic<size_t> next{0};
    QString error;
    std::mutex errorLock;
    const int workers = std::clamp(QThread::idealThreadCount(), 1, int(missing.size()));
    note(QStringLiteral("generating %1 of %2 files (%3 each, gzip level 1) in %4 on %5 threads")
                 .arg(missing.size())
                 .arg(count)
                 .arg(mb(double(target)), o.dataDir)
                 .arg(workers));
    std::vector<std::thread> threads;
    std::atomic<int> running{workers};
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            for (size_t k; (k = next++) < missing.size();) {
                const int i = missing[k];
                const QString finalPath = set.files[i];
                const QString partial = finalPath + QStringLiteral(".partial");
                DumpGenerator gen(i, target, progress);
                QString why;
                if (!gen.write(partial, &why) || ::rename(QFile::encodeName(partial).constData(),
                                                                 QFile::encodeName(finalPath).constData()) != 0) {
                    QFile::remove(partial);
                    const std::lock_guard lock(errorLock);
                    if (error.isEmpty())
                        error = why.isEmpty() ? QStringLiteral("cannot rename %1").arg(partial) : why;
                    break;
                }
            }
            --running;
        });
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 total = target * qint64(missing.size());
    qint64 lastNote = 0;
    while (running > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        if (timer.elapsed() - lastNote >= 10'000) {
            lastNote = timer.elapsed();
            note(QStringLiteral("generating: %1 of %2 compressed, %3")
                         .arg(mb(double(progress)), mb(double(total)), mbs(double(progress), timer.elapsed() / 1000.0)));
        }
    }
    for (std::thread &t : threads)
        t.join();
    fsyncDir(o.dataDir);
    if (!error.isEmpty()) {
        set.error = error;
        return set;
    }
    set.generated = int(missing.size());
    note(QStringLiteral("generated %1 files in %2").arg(missing.size()).arg(bench::seconds(timer.elapsed() / 1000.0)));
    return set;
}

// ------------------------------------------------------------ page cache

// Share of the files' pages in this machine's page cache (mincore on a mapping).
double residentShare(const QStringList &files)
{
    const long page = ::sysconf(_SC_PAGESIZE);
    quint64 pages = 0;
    quint64 resident = 0;
    for (const QString &path : files) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st = {};
        if (fd < 0 || ::fstat(fd, &st) != 0 || st.st_size == 0) {
            if (fd >= 0)
                ::close(fd);
            continue;
        }
        void *map = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_SHARED, fd, 0);
        ::close(fd);
        if (map == MAP_FAILED)
            continue;
        std::vector<unsigned char> vec((size_t(st.st_size) + size_t(page) - 1) / size_t(page));
        if (::mincore(map, size_t(st.st_size), vec.data()) == 0) {
            pages += vec.size();
            resident += quint64(std::count_if(vec.begin(), vec.end(), [](unsigned char c) { return c & 1; }));
        }
        ::munmap(map, size_t(st.st_size));
    }
    return pages ? double(resident) / double(pages) : 1.0;
}

// Cold: every timed pass starts with the files out of the page cache, for ours
// and the seed's script alike. When they cannot be dropped, every pass starts
// with them read in, so both sides are equally warm and the output says so.
class CacheControl
{
public:
    explicit CacheControl(bool forceWarm)
        : m_cold(!forceWarm)
    {
    }

    // Puts the files in the state every pass starts from; returns the share resident.
    double prepare(const QStringList &files)
    {
        if (m_cold) {
            for (const QString &path : files) {
                const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
                if (fd < 0)
                    continue;
                // Dirty pages are not dropped: write them out first.
                ::fdatasync(fd);
                ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
                ::close(fd);
            }
            const double share = residentShare(files);
            m_worstResident = std::max(m_worstResident, share);
            if (share <= 0.02)
                return share;
            // Not droppable here (a filesystem that ignores the advice): fall
            // back to warm for every pass, including this one.
            m_cold = false;
            m_fellBack = true;
        }
        std::vector<char> buf(1 << 20);
        for (const QString &path : files) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                while (f.read(buf.data(), qint64(buf.size())) > 0) {
                }
        }
        return residentShare(files);
    }

    bool cold() const { return m_cold; }
    bool fellBack() const { return m_fellBack; }
    double worstResident() const { return m_worstResident; }

private:
    bool m_cold;
    bool m_fellBack = false;
    double m_worstResident = 0;
};

// ------------------------------------------------------------ other work

// Busy CPU seconds of the whole machine since boot, from /proc/stat; -1 when unreadable.
double machineBusySeconds()
{
    FILE *f = std::fopen("/proc/stat", "re");
    if (!f)
        return -1;
    unsigned long long v[8] = {};
    const int n = std::fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
                              &v[6], &v[7]);
    std::fclose(f);
    if (n < 8)
        return -1;
    // user nice system [idle iowait] irq softirq steal: steal is a neighbour VM's.
    return double(v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) / double(::sysconf(_SC_CLK_TCK));
}

// The share of the machine's CPU that other work took during a timed pass.
// The machine is shared (builds, other sessions): a busy neighbour slows ours
// and the seed's alike, and the reader should know how much it did.
class OtherLoad
{
public:
    explicit OtherLoad(double (*ownCpu)())
        : m_ownCpu(ownCpu)
        , m_busy0(machineBusySeconds())
        , m_own0(ownCpu())
    {
        m_wall.start();
    }

    // 0..1 of all cores over the pass; -1 when /proc/stat is unreadable.
    double share() const
    {
        const double wall = m_wall.nsecsElapsed() / 1e9;
        if (m_busy0 < 0 || wall <= 0)
            return -1;
        const double others = machineBusySeconds() - m_busy0 - (m_ownCpu() - m_own0);
        return std::clamp(others / (wall * QThread::idealThreadCount()), 0.0, 1.0);
    }

private:
    double (*m_ownCpu)();
    double m_busy0;
    double m_own0;
    QElapsedTimer m_wall;
};

// Waits, up to a minute, until other processes leave the CPUs alone for a
// second, so that a neighbour's build lands in a timed pass less often. What
// still lands there is reported with each pass (OtherLoad).
void waitForQuiet()
{
    QElapsedTimer waited;
    waited.start();
    bool told = false;
    while (waited.elapsed() < kQuietWaitMs) {
        const OtherLoad probe(cpuSecondsSelf);
        std::this_thread::sleep_for(std::chrono::seconds(1));
        const double share = probe.share();
        if (share >= 0 && share < 0.10)
            return;
        if (!told) {
            note(QStringLiteral("other processes are busy on the CPUs; waiting up to a minute for a quiet second"));
            told = true;
        }
    }
    note(QStringLiteral("still busy after a minute; measuring anyway"));
}

QString othersText(double share)
{
    return share < 0 ? QStringLiteral("other work's CPU share unknown")
                     : QStringLiteral("other processes took %1% of the CPU meanwhile").arg(share * 100, 0, 'f', 0);
}

// ------------------------------------------------------------ memory

using bench::statusKb;

// Peak RSS over a stretch of code: the kernel's high-water mark, reset first
// through clear_refs where allowed, and a 20 ms sampler in any case (it also
// covers kernels that refuse the reset).
class PeakRss
{
public:
    PeakRss()
    {
        FILE *f = std::fopen("/proc/self/clear_refs", "we");
        if (f) {
            m_hwmReset = std::fputs("5", f) >= 0;
            m_hwmReset = (std::fclose(f) == 0) && m_hwmReset;
        }
        m_beforeKb = statusKb("VmRSS");
        m_sampledKb = m_beforeKb;
        m_sampler = std::thread([this] {
            while (!m_stop.load()) {
                m_sampledKb = std::max(m_sampledKb.load(), statusKb("VmRSS"));
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    }
    ~PeakRss() { stop(); }

    void stop()
    {
        if (m_sampler.joinable()) {
            m_stop = true;
            m_sampler.join();
            m_peakKb = m_sampledKb;
            if (m_hwmReset)
                m_peakKb = std::max(m_peakKb, statusKb("VmHWM"));
        }
    }

    qint64 beforeKb() const { return m_beforeKb; }
    qint64 peakKb() const { return m_peakKb; }
    QString method() const
    {
        return m_hwmReset ? QStringLiteral("VmHWM reset through clear_refs, and VmRSS sampled every 20 ms")
                          : QStringLiteral("VmRSS sampled every 20 ms; VmHWM could not be reset");
    }

private:
    bool m_hwmReset = false;
    qint64 m_beforeKb = 0;
    qint64 m_peakKb = 0;
    std::atomic<qint64> m_sampledKb{0};
    std::atomic<bool> m_stop{false};
    std::thread m_sampler;
};

// ------------------------------------------------------------ ours

struct Job
{
    QString path;
    BackupVerification result;
    double seconds = 0;
};

struct ParallelRun
{
    std::vector<Job> jobs;
    double wallS = 0;
    double cpuS = 0;
    qint64 bytes = 0;
    qint64 rssBeforeKb = 0;
    qint64 rssPeakKb = 0;
    QString memoryMethod;
    double othersShare = -1;
};

// What the Backups tab does for "Verify all", minus the UI: N workers, each
// taking the next file and verifying it to the end.
ParallelRun verifyAll(const QStringList &files, int threads)
{
    ParallelRun run;
    for (const QString &f : files)
        run.jobs.push_back(Job{f, {}, 0});
    std::atomic<size_t> next{0};
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    PeakRss rss;
    const OtherLoad others(cpuSecondsSelf);
    const double cpu0 = cpuSecondsSelf();
    QElapsedTimer wall;
    wall.start();
    for (int t = 0; t < threads; ++t) {
        pool.start([&run, &next] {
            for (size_t i; (i = next++) < run.jobs.size();) {
                QElapsedTimer timer;
                timer.start();
                run.jobs[i].result = BackupVerifier::verify(run.jobs[i].path);
                run.jobs[i].seconds = timer.nsecsElapsed() / 1e9;
            }
        });
    }
    pool.waitForDone();
    run.wallS = wall.nsecsElapsed() / 1e9;
    run.cpuS = cpuSecondsSelf() - cpu0;
    run.othersShare = others.share();
    rss.stop();
    run.rssBeforeKb = rss.beforeKb();
    run.rssPeakKb = rss.peakKb();
    run.memoryMethod = rss.method();
    for (const Job &j : run.jobs)
        run.bytes += j.result.bytesRead;
    return run;
}

struct EngineRun
{
    bool available = false;
    GzipVerification cold;
    GzipVerification warm;
    double coldS = 0;
    double warmS = 0;
    double othersShare = -1;
};

EngineRun engineRun(const QString &file, GzipVerifier::Engine engine, CacheControl &cache)
{
    EngineRun run;
    run.available = GzipVerifier::isAvailable(engine);
    if (!run.available)
        return run;
    // A single stream from disk varies more than two: the median of a few passes.
    std::vector<std::pair<double, GzipVerification>> passes;
    double others = 0;
    for (int i = 0; i < kEngineRuns; ++i) {
        cache.prepare({file});
        waitForQuiet();
        const OtherLoad load(cpuSecondsSelf);
        QElapsedTimer t;
        t.start();
        GzipVerification r = GzipVerifier::verify(file, engine);
        passes.emplace_back(t.nsecsElapsed() / 1e9, std::move(r));
        others = std::max(others, load.share());
    }
    std::sort(passes.begin(), passes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    run.coldS = passes[passes.size() / 2].first;
    run.cold = passes[passes.size() / 2].second;
    // The file is in the page cache now: the same pass again is the CPU-bound figure.
    const OtherLoad load(cpuSecondsSelf);
    QElapsedTimer t;
    t.start();
    run.warm = GzipVerifier::verify(file, engine);
    run.warmS = t.nsecsElapsed() / 1e9;
    run.othersShare = std::max(others, load.share());
    return run;
}

// ------------------------------------------------------------ baseline

// The seed's validation script, verbatim from the Disaster Recovery Plan
// (seeds/004, "Backup Validation", around line 96):
constexpr char kSeedScript[] = R"(# Automated backup validation script
#!/bin/bash
BACKUP_FILE="$1"

# Test backup integrity
if gzip -t "$BACKUP_FILE"; then
    echo "Backup file integrity: OK"
else
    echo "Backup file integrity: FAILED"
    exit 1
fi

# Test restore capability (dry run)
pg_restore --list "$BACKUP_FILE" > /dev/null 2>&1
if [ $? -eq 0 ]; then
    echo "Backup restore capability: OK"
else
    echo "Backup restore capability: FAILED"
    exit 1
fi
)";

struct Baseline
{
    bool ran = false;
    bool withPgRestore = false;
    bool finished = false;
    QString problem;
    double wallS = 0;
    double cpuS = 0;
    int integrityOk = 0;
    int integrityFailed = 0;
    int restoreOk = 0;
    int restoreFailed = 0;
    double othersShare = -1;
};

Baseline seedBaseline(const QStringList &files)
{
    Baseline b;
    if (QStandardPaths::findExecutable(QStringLiteral("gzip")).isEmpty()) {
        b.problem = QStringLiteral("gzip is not installed");
        return b;
    }
    b.withPgRestore = !QStandardPaths::findExecutable(QStringLiteral("pg_restore")).isEmpty();
    QByteArray script(kSeedScript);
    if (!b.withPgRestore)   // gzip -t alone: cut the script before its pg_restore part
        script.truncate(script.indexOf("# Test restore capability"));
    QTemporaryFile scriptFile;
    if (!scriptFile.open() || scriptFile.write(script) != script.size() || !scriptFile.flush()) {
        b.problem = QStringLiteral("cannot write the script to a temporary file");
        return b;
    }
    // One run of the script per file, one after another, as a cron job or an
    // operator would; its exit status per file is not what stops the loop.
    QStringList args{QStringLiteral("-c"), QStringLiteral("for f in \"${@:2}\"; do bash \"$1\" \"$f\"; done"),
                     QStringLiteral("seed-validate"), scriptFile.fileName()};
    args += files;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const OtherLoad others(cpuSecondsChildren);
    const double cpu0 = cpuSecondsChildren();
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("bash"), args);
    b.ran = p.waitForStarted();
    b.finished = b.ran && p.waitForFinished(kBaselineTimeoutMs);
    b.wallS = t.nsecsElapsed() / 1e9;
    if (!b.finished) {
        p.kill();
        p.waitForFinished();
        b.problem = b.ran ? QStringLiteral("did not finish within %1").arg(bench::seconds(kBaselineTimeoutMs / 1000.0))
                          : QStringLiteral("bash did not start");
    }
    b.cpuS = cpuSecondsChildren() - cpu0;
    b.othersShare = others.share();
    const QByteArray out = p.readAllStandardOutput();
    b.integrityOk = int(out.count("Backup file integrity: OK"));
    b.integrityFailed = int(out.count("Backup file integrity: FAILED"));
    b.restoreOk = int(out.count("Backup restore capability: OK"));
    b.restoreFailed = int(out.count("Backup restore capability: FAILED"));
    return b;
}

// ------------------------------------------------------------ the run

Options parseOptions(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == u"--data" && hasValue)
            o.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(args[++i]));
        else if (a == u"--gb" && hasValue)
            o.gb = std::clamp(args[++i].toDouble(), 0.01, 100.0);
        else if (a == u"--threads" && hasValue)
            o.threads = std::clamp(args[++i].toInt(), 1, 256);
        else if (a == u"--no-baseline")
            o.baseline = false;
        else if (a == u"--warm")
            o.warm = true;
        else if (a == u"--keep")
            o.clean = false;
        else if (a == u"--clean")
            o.clean = true;
        else
            note(QStringLiteral("ignoring unknown argument %1").arg(a));
    }
    return o;
}

int runBench(const Options &o)
{
    const int cores = QThread::idealThreadCount();
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly) ? QString::fromLatin1(loadavg.readLine().split(' ').value(0))
                                                            : QStringLiteral("unknown");
    say(QStringLiteral("Quarterdeck backup verification bench: Qt %1, %2 build, %3, %4 CPU cores (load average %5 "
                       "at start); gzip engine %6; MB = 10^6 bytes")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QD_BUILD_TYPE), cpuModel())
                .arg(cores)
                .arg(load)
                .arg(GzipVerifier::defaultEngine() == GzipVerifier::Engine::IsaL ? QStringLiteral("ISA-L (zlib fallback)")
                                                                                  : QStringLiteral("zlib (no ISA-L in this build)")));

    const DataSet data = prepareData(o);
    if (!data.error.isEmpty()) {
        say(QStringLiteral("could not make the test data in %1: %2").arg(o.dataDir, data.error));
        return 1;
    }
    qint64 total = 0;
    for (const QString &f : data.files)
        total += QFileInfo(f).size();
    say(QStringLiteral("data: %1 gzip'd plain pg_dump files, %2 compressed (%3 each), in %4 (%5)")
                .arg(data.files.size())
                .arg(mb(double(total)), mb(double(total) / double(data.files.size())), o.dataDir,
                     data.generated == 0 ? QStringLiteral("reused") : QStringLiteral("%1 generated now").arg(data.generated)));

    CacheControl cache(o.warm);

    // Ours, several times: one pass takes seconds, and a neighbour's build
    // during one of them should not decide the figure.
    std::vector<ParallelRun> runs;
    for (int r = 0; r < kOursRuns; ++r) {
        note(QStringLiteral("verifying %1 files on %2 threads, run %3 of %4")
                     .arg(data.files.size())
                     .arg(o.threads)
                     .arg(r + 1)
                     .arg(kOursRuns));
        cache.prepare(data.files);
        waitForQuiet();
        runs.push_back(verifyAll(data.files, o.threads));
    }
    std::vector<double> walls;
    for (const ParallelRun &r : runs)
        walls.push_back(r.wallS);
    const double medianWall = percentile(walls, 50);
    const ParallelRun &ours
            = *std::find_if(runs.begin(), runs.end(), [&](const ParallelRun &r) { return r.wallS == medianWall; });

    // The engines alone, one thread, on the first file.
    const QString first = data.files.first();
    note(QStringLiteral("gzip engines alone on %1").arg(QFileInfo(first).fileName()));
    const EngineRun isal = engineRun(first, GzipVerifier::Engine::IsaL, cache);
    const EngineRun zlib = engineRun(first, GzipVerifier::Engine::Zlib, cache);

    Baseline seed;
    if (o.baseline) {
        note(QStringLiteral("the seed's script on the same files, one after another (about %1)")
                     .arg(bench::seconds(double(total) / kMB / kIssueGzipT)));
        cache.prepare(data.files);
        waitForQuiet();
        seed = seedBaseline(data.files);
    }

    // ---- report
    const QString cacheWord = cache.cold() ? QStringLiteral("cold") : QStringLiteral("warm");
    if (cache.cold())
        say(QStringLiteral("cache: cold - before every timed pass, ours and the seed's alike, the files were dropped from "
                           "this machine's page cache (at most %1% still resident after the drop; the virtual disk's "
                           "host may still cache them)")
                    .arg(cache.worstResident() * 100, 0, 'f', 1));
    else
        say(QStringLiteral("cache: warm - %1; every timed pass, ours and the seed's alike, starts with the files read in")
                    .arg(cache.fellBack() ? QStringLiteral("the files could not be dropped from the page cache (%1% stayed "
                                                           "resident)")
                                                    .arg(cache.worstResident() * 100, 0, 'f', 0)
                                          : QStringLiteral("asked for with --warm")));

    const QString seedRate = seed.finished ? mbs(double(total), seed.wallS) : QStringLiteral("not run");
    int ok = 0;
    QStringList failures;
    for (const ParallelRun &run : runs) {
        for (const Job &j : run.jobs) {
            const BackupVerification &r = j.result;
            if (r.state == Backup::Verification::Ok && r.format == u"gzip · pg_dump SQL" && r.sha256.size() == 64)
                ++ok;
            else
                failures.append(QStringLiteral("%1: state %2, format \"%3\", %4")
                                        .arg(QFileInfo(j.path).fileName())
                                        .arg(int(r.state))
                                        .arg(r.format, r.reason.isEmpty() ? QStringLiteral("no reason given") : r.reason));
        }
    }
    const double perCore = rate(double(ours.bytes), ours.wallS) / o.threads;
    QStringList wallTexts;
    for (const ParallelRun &r : runs)
        wallTexts.append(QStringLiteral("%1 (others %2%)")
                                 .arg(bench::seconds(r.wallS))
                                 .arg(r.othersShare < 0 ? QStringLiteral("?") : QString::number(r.othersShare * 100, 'f', 0)));
    say(QStringLiteral("ours (%1): BackupVerifier::verify on %2 threads, one file per thread: %3 in %4 "
                       "(median of %5 runs: %6) = %7, %8 per core (target >= %9 MB/s per core: %10; seed's script: %11 "
                       "on 1 core)")
                .arg(cacheWord)
                .arg(o.threads)
                .arg(mb(double(ours.bytes)), bench::seconds(ours.wallS))
                .arg(kOursRuns)
                .arg(wallTexts.join(QStringLiteral(", ")), mbs(double(ours.bytes), ours.wallS),
                     mbs(double(ours.bytes) / o.threads, ours.wallS))
                .arg(kTargetMBsPerCore)
                .arg(verdict(perCore >= kTargetMBsPerCore), seedRate));
    say(QStringLiteral("  CPU %1 = %2% of %3 cores; %4; %5 of %6 verifications Ok as \"gzip · pg_dump SQL\" with a "
                       "SHA-256; per file %7 to %8")
                .arg(bench::seconds(ours.cpuS))
                .arg(ours.wallS > 0 ? ours.cpuS / ours.wallS / o.threads * 100 : 0, 0, 'f', 0)
                .arg(o.threads)
                .arg(othersText(ours.othersShare))
                .arg(ok)
                .arg(qsizetype(runs.size()) * data.files.size())
                .arg(bench::seconds(std::min_element(ours.jobs.begin(), ours.jobs.end(), [](const Job &a, const Job &b) {
                                        return a.seconds < b.seconds;
                                    })->seconds),
                     bench::seconds(std::max_element(ours.jobs.begin(), ours.jobs.end(), [](const Job &a, const Job &b) {
                                        return a.seconds < b.seconds;
                                    })->seconds)));
    for (const QString &f : failures)
        say(QStringLiteral("  NOT OK: %1").arg(f));

    // The worst run: thread stacks and buffers come and go with each pool.
    const auto growth = [](const ParallelRun &r) { return r.rssPeakKb - r.rssBeforeKb; };
    const ParallelRun &hungriest = *std::max_element(runs.begin(), runs.end(), [&](const ParallelRun &a, const ParallelRun &b) {
        return growth(a) < growth(b);
    });
    const double perThreadMB = double(hungriest.rssPeakKb - hungriest.rssBeforeKb) * 1024 / kMB / o.threads;
    say(QStringLiteral("memory: %1 MB peak resident per verifying thread = (peak %2 MB - %3 MB before) / %4 threads, "
                       "worst of %5 runs (target < %6 MB: %7; %8)")
                .arg(perThreadMB, 0, 'f', 1)
                .arg(double(hungriest.rssPeakKb) * 1024 / kMB, 0, 'f', 1)
                .arg(double(hungriest.rssBeforeKb) * 1024 / kMB, 0, 'f', 1)
                .arg(o.threads)
                .arg(kOursRuns)
                .arg(kTargetMBPerThread)
                .arg(verdict(hungriest.rssPeakKb > 0 && perThreadMB < kTargetMBPerThread), hungriest.memoryMethod));

    const auto engineLine = [&](const QString &name, const EngineRun &e, double issue, bool hasTarget) {
        if (!e.available) {
            say(QStringLiteral("%1 alone: not in this build").arg(name));
            return;
        }
        const GzipVerification &r = e.cold;
        const double figure = rate(double(r.compressedBytes), e.coldS);
        say(QStringLiteral("%1 alone (GzipVerifier, 1 thread, %2: %3 -> %4, %5x): %6 of compressed input %7 (%8 inflated), "
                           "%9 on a second, warm pass (%10; issue measured %11 MB/s; seed's script: %12); %13")
                    .arg(name, QFileInfo(first).fileName(), mb(double(r.compressedBytes)), mb(double(r.uncompressedBytes)))
                    .arg(r.compressedBytes ? double(r.uncompressedBytes) / double(r.compressedBytes) : 0, 0, 'f', 1)
                    .arg(mbs(double(r.compressedBytes), e.coldS),
                         QString(cacheWord + QStringLiteral(", median of %1 passes").arg(kEngineRuns)),
                         mbs(double(r.uncompressedBytes), e.coldS),
                         mbs(double(e.warm.compressedBytes), e.warmS),
                         hasTarget ? QStringLiteral("target >= %1 MB/s per core: %2")
                                             .arg(kTargetMBsPerCore)
                                             .arg(verdict(figure >= kTargetMBsPerCore))
                                   : QStringLiteral("the fallback, no target"))
                    .arg(issue)
                    .arg(seedRate, othersText(e.othersShare)));
        if (!r.ok() || !e.warm.ok())
            say(QStringLiteral("  NOT OK: %1").arg(r.ok() ? e.warm.reason : r.reason));
    };
    engineLine(QStringLiteral("ISA-L"), isal, kIssueIsal, true);
    engineLine(QStringLiteral("zlib"), zlib, kIssueZlib, false);
    {
        // Independent readings of one file's digest must agree.
        QStringList digests;
        for (const ParallelRun &run : runs)
            digests.append(QString::fromLatin1(run.jobs.front().result.sha256));
        if (isal.available)
            digests.append(QString::fromLatin1(isal.cold.sha256));
        digests.append(QString::fromLatin1(zlib.cold.sha256));
        digests.removeDuplicates();
        say(QStringLiteral("  SHA-256 of %1 from every BackupVerifier run, ISA-L and zlib: %2")
                    .arg(QFileInfo(first).fileName(),
                         digests.size() == 1 ? QStringLiteral("identical (%1...)").arg(digests.first().left(16))
                                             : QStringLiteral("DIFFERENT: %1").arg(digests.join(QStringLiteral(", ")))));
    }

    if (!o.baseline) {
        say(QStringLiteral("seed's script: not run (--no-baseline); target >= %1x faster: not measured")
                    .arg(kTargetSpeedup));
    } else if (!seed.finished) {
        say(QStringLiteral("seed's script: %1 (target >= %2x faster: not measured)").arg(seed.problem).arg(kTargetSpeedup));
    } else {
        const double speedup = ours.wallS > 0 ? seed.wallS / ours.wallS : 0;
        say(QStringLiteral("seed's script (%1, %2, one file after another): %3 for %4 = %5; CPU %6; %7")
                    .arg(seed.withPgRestore ? QStringLiteral("gzip -t then pg_restore --list")
                                            : QStringLiteral("gzip -t alone: pg_restore is not installed"),
                         cacheWord, bench::seconds(seed.wallS), mb(double(total)), seedRate, bench::seconds(seed.cpuS),
                         othersText(seed.othersShare)));
        say(QStringLiteral("ours / seed's script: %1 faster (%2 vs %3; target >= %4x on 2 cores: %5%6)")
                    .arg(times(speedup), bench::seconds(ours.wallS), bench::seconds(seed.wallS))
                    .arg(kTargetSpeedup)
                    .arg(verdict(speedup >= kTargetSpeedup),
                         o.threads == 2 ? QString() : QStringLiteral("; measured on %1 threads").arg(o.threads)));
        say(QStringLiteral("  the script's own verdicts: integrity OK %1, FAILED %2; restore capability OK %3, FAILED %4%5")
                    .arg(seed.integrityOk)
                    .arg(seed.integrityFailed)
                    .arg(seed.restoreOk)
                    .arg(seed.restoreFailed)
                    .arg(seed.withPgRestore && seed.restoreFailed > 0
                                 ? QStringLiteral(" - pg_restore --list reads only custom, directory and tar archives, "
                                                  "so the seed's second check fails on every plain .sql.gz dump, "
                                                  "good or not, within milliseconds")
                                 : QString()));
    }

    if (o.clean) {
        for (const QString &f : data.files)
            QFile::remove(f);
        QDir().rmdir(o.dataDir);   // only when nothing else is in it
        note(QStringLiteral("removed the generated files from %1").arg(o.dataDir));
    }
    return 0;
}

} // namespace

} // namespace qd::bench

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quarterdeck-bench"));
    return qd::bench::runBench(qd::bench::parseOptions(QCoreApplication::arguments()));
}
