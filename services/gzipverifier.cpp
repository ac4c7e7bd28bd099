#include "gzipverifier.h"

#include "pagecache.h"
#include "sha256.h"

#include <QFile>
#include <QFileInfo>

#include <zlib.h>
#ifdef QD_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#endif

#include <memory>
#include <vector>

namespace qd {

namespace {

using Outcome = GzipVerification::Outcome;

// RFC 1952 §2.3.1
constexpr uchar kId1 = 0x1f;
constexpr uchar kId2 = 0x8b;
constexpr uchar kDeflate = 8;
constexpr uchar kFhcrc = 0x02;
constexpr uchar kFextra = 0x04;
constexpr uchar kFname = 0x08;
constexpr uchar kFcomment = 0x10;
constexpr uchar kFreserved = 0xe0;

quint32 readLe32(const uchar *p)
{
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

// The file, read one chunk at a time and hashed as it goes, so the SHA-256
// costs no second pass over a multi-gigabyte backup.
class Input
{
public:
    enum class Fill { Data, End, Error, Cancelled };

    Input(QFile &file, const std::atomic<bool> *cancel, const GzipVerifier::Progress &progress)
        : m_file(file)
        , m_cancel(cancel)
        , m_progress(progress)
        , m_buf(GzipVerifier::kChunkBytes)
    {
    }

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    // Makes at least one unconsumed byte available, reading when needed.
    Fill ensure()
    {
        if (m_pos < m_len)
            return Fill::Data;
        if (m_eof)
            return Fill::End;
        if (cancelled())
            return Fill::Cancelled;
        const qint64 n = m_file.read(reinterpret_cast<char *>(m_buf.data()), qint64(m_buf.size()));
        if (n < 0)
            return Fill::Error;
        if (n == 0) {
            m_eof = true;
            return Fill::End;
        }
        m_hash.addData(m_buf.data(), size_t(n));
        m_total += n;
        if (m_total - m_released >= PageCache::kReleaseEvery) {
            PageCache::release(m_file, m_released, m_total);
            m_released = m_total;
        }
        m_pos = 0;
        m_len = size_t(n);
        if (m_progress)
            m_progress(m_total);
        return Fill::Data;
    }

    Fill byte(uchar &b)
    {
        const Fill f = ensure();
        if (f == Fill::Data)
            b = m_buf[m_pos++];
        return f;
    }

    uchar peek() const { return m_buf[m_pos]; }
    const uchar *data() const { return m_buf.data() + m_pos; }
    size_t available() const { return m_len - m_pos; }
    void consumeTo(const uchar *p) { m_pos = size_t(p - m_buf.data()); }
    void consumeAll() { m_pos = m_len; }
    bool atEof() const { return m_eof; }
    // Offset in the file of the next unconsumed byte.
    qint64 offset() const { return m_total - qint64(m_len - m_pos); }
    qint64 total() const { return m_total; }
    QByteArray sha256Hex() { return m_hash.hexResult(); }
    QString errorString() const { return m_file.errorString(); }

private:
    QFile &m_file;
    const std::atomic<bool> *m_cancel;
    const GzipVerifier::Progress &m_progress;
    std::vector<uchar> m_buf;
    size_t m_pos = 0;
    size_t m_len = 0;
    qint64 m_total = 0;
    qint64 m_released = 0;
    bool m_eof = false;
    Sha256 m_hash;
};

// One member's deflate data and 8-byte trailer. The gzip header is parsed by
// the shared code below, so both engines see the same framing and give the
// same answers; they differ only in how fast they inflate.
class Inflater
{
public:
    enum class Step { Progress, NeedInput, MemberEnd, BadData, BadTrailer, NoMemory };

    virtual ~Inflater() = default;
    virtual bool init() = 0;
    virtual void startMember() = 0;
    // Consumes from `in`/`avail` (both advanced) and writes up to `outSize`
    // bytes to `out`, reporting how many in `produced`.
    virtual Step step(const uchar *&in, size_t &avail, uchar *out, size_t outSize, size_t &produced) = 0;
    // Whether the deflate data is complete and only trailer bytes are missing.
    virtual bool inTrailer() const = 0;
};

class ZlibInflater final : public Inflater
{
public:
    ~ZlibInflater() override
    {
        if (m_ready)
            inflateEnd(&m_z);
    }

    bool init() override
    {
        // Raw deflate (negative window bits): the header is ours, the trailer too.
        m_ready = inflateInit2(&m_z, -MAX_WBITS) == Z_OK;
        return m_ready;
    }

    void startMember() override
    {
        inflateReset(&m_z);
        m_streamEnd = false;
        m_crc = crc32(0L, Z_NULL, 0);
        m_size = 0;
        m_have = 0;
    }

    Step step(const uchar *&in, size_t &avail, uchar *out, size_t outSize, size_t &produced) override
    {
        produced = 0;
        if (!m_streamEnd) {
            m_z.next_in = const_cast<Bytef *>(in);
            m_z.avail_in = uInt(avail);
            m_z.next_out = out;
            m_z.avail_out = uInt(outSize);
            const int ret = inflate(&m_z, Z_NO_FLUSH);
            produced = outSize - m_z.avail_out;
            in = m_z.next_in;
            avail = m_z.avail_in;
            m_crc = crc32_z(m_crc, out, produced);
            m_size += produced;
            switch (ret) {
            case Z_STREAM_END:
                m_streamEnd = true;
                break;
            case Z_OK:
                // Output full: more may be pending without new input.
                return m_z.avail_out == 0 ? Step::Progress : Step::NeedInput;
            case Z_BUF_ERROR:
                return Step::NeedInput;
            case Z_MEM_ERROR:
                return Step::NoMemory;
            default:
                return Step::BadData;
            }
        }
        while (m_have < 8 && avail > 0) {
            m_trailer[m_have++] = *in++;
            --avail;
        }
        if (m_have < 8)
            return Step::NeedInput;
        // ISIZE is the length modulo 2^32 (RFC 1952 §2.3.1).
        const bool match = readLe32(m_trailer) == quint32(m_crc)
                && readLe32(m_trailer + 4) == quint32(m_size & 0xffffffffu);
        return match ? Step::MemberEnd : Step::BadTrailer;
    }

    bool inTrailer() const override { return m_streamEnd; }

private:
    z_stream m_z = {};
    bool m_ready = false;
    bool m_streamEnd = false;
    uLong m_crc = 0;
    quint64 m_size = 0;
    uchar m_trailer[8] = {};
    int m_have = 0;
};

#ifdef QD_HAVE_ISAL
class IsalInflater final : public Inflater
{
public:
    bool init() override
    {
        // About 85 KiB of tables and history: on the heap, not a worker's stack.
        m_state = std::make_unique<inflate_state>();
        isal_inflate_init(m_state.get());
        return true;
    }

    void startMember() override
    {
        isal_inflate_reset(m_state.get());
        // NO_HDR_VER: raw deflate whose 8-byte trailer ISA-L reads and checks
        // (CRC32 and ISIZE together). Plain NO_HDR would leave up to 8 bytes
        // after the deflate data in its bit buffer, so we could not tell
        // where the next member starts.
        m_state->crc_flag = ISAL_GZIP_NO_HDR_VER;
    }

    Step step(const uchar *&in, size_t &avail, uchar *out, size_t outSize, size_t &produced) override
    {
        inflate_state *s = m_state.get();
        s->next_in = const_cast<uint8_t *>(in);
        s->avail_in = uint32_t(avail);
        s->next_out = out;
        s->avail_out = uint32_t(outSize);
        const int ret = isal_inflate(s);
        produced = outSize - s->avail_out;
        const bool consumed = s->next_in != in;
        in = s->next_in;
        avail = s->avail_in;
        if (ret == ISAL_INCORRECT_CHECKSUM)
            return Step::BadTrailer;
        if (ret < 0)
            return Step::BadData;
        if (s->block_state == ISAL_BLOCK_FINISH)
            return Step::MemberEnd;
        if (s->avail_out == 0)
            return Step::Progress;
        if (avail == 0)
            return Step::NeedInput;
        // Input left and room for output, yet not finished: only sane if it
        // moved; a decoder that stands still would loop forever.
        return consumed || produced > 0 ? Step::Progress : Step::BadData;
    }

    bool inTrailer() const override
    {
        return m_state->block_state == ISAL_CHECKSUM_CHECK || m_state->block_state == ISAL_BLOCK_INPUT_DONE;
    }

private:
    std::unique_ptr<inflate_state> m_state;
};
#endif

// One verification run: owns the result being filled in. The failure helpers
// return false so a step can say `return corrupt(...)`.
class GzipVerifierRun
{
public:
    GzipVerifierRun(Input &in, Inflater &inflater, const GzipVerifier::Sink &sink)
        : m_in(in)
        , m_inflater(inflater)
        , m_sink(sink)
        , m_out(GzipVerifier::kChunkBytes)
    {
    }

    GzipVerification exec()
    {
        run();
        m_r.compressedBytes = m_in.total();
        return m_r;
    }

private:
    void run()
    {
        const Input::Fill first = m_in.ensure();
        if (first == Input::Fill::End) {
            corrupt(GzipVerifier::tr("the file is empty"));
            return;
        }
        if (first != Input::Fill::Data) {
            stopped(first);
            return;
        }
        for (;;) {
            if (!readHeader())
                return;
            m_inflater.startMember();
            if (!inflateMember())
                return;
            ++m_r.members;

            const Input::Fill next = m_in.ensure();
            if (next == Input::Fill::End) {
                ok();
                return;
            }
            if (next != Input::Fill::Data) {
                stopped(next);
                return;
            }
            if (m_in.peek() == 0) {
                checkZeroPadding();
                return;
            }
        }
    }

    bool readHeader()
    {
        const int member = m_r.members + 1;
        const bool first = m_r.members == 0;
        const qint64 start = m_in.offset();
        uchar h[10];
        uLong hcrc = crc32(0L, Z_NULL, 0);
        auto take = [&](uchar *dst, int n) {
            for (int i = 0; i < n; ++i) {
                const Input::Fill f = m_in.byte(dst[i]);
                if (f == Input::Fill::End)
                    return corrupt(GzipVerifier::tr("truncated: the file ends inside the header of member %1")
                                           .arg(member));
                if (f != Input::Fill::Data)
                    return stopped(f);
            }
            hcrc = crc32(hcrc, dst, uInt(n));
            return true;
        };
        // The magic one byte at a time, so that a single stray byte after the
        // last member reads as garbage, not as a truncated header.
        if (!take(h, 1))
            return false;
        if (h[0] != kId1)
            return notGzip(first, start);
        if (!take(h + 1, 1))
            return false;
        if (h[1] != kId2)
            return notGzip(first, start);
        if (!take(h + 2, 8))
            return false;
        const uchar method = h[2];
        const uchar flags = h[3];
        if (method != kDeflate)
            return corrupt(GzipVerifier::tr("member %1 is not compressed with deflate (method %2)")
                                   .arg(member)
                                   .arg(method));
        if (flags & kFreserved)
            return corrupt(GzipVerifier::tr("the header of member %1 has reserved flags set").arg(member));
        if (flags & kFextra) {
            uchar xlen[2];
            if (!take(xlen, 2))
                return false;
            int n = xlen[0] | xlen[1] << 8;
            uchar b;
            while (n-- > 0)
                if (!take(&b, 1))
                    return false;
        }
        for (const uchar zeroTerminated : {kFname, kFcomment}) {
            if (!(flags & zeroTerminated))
                continue;
            uchar b = 1;
            while (b != 0)
                if (!take(&b, 1))
                    return false;
        }
        if (flags & kFhcrc) {
            const quint16 expected = quint16(hcrc & 0xffff);
            uchar c[2];
            if (!take(c, 2))
                return false;
            if ((c[0] | c[1] << 8) != expected)
                return corrupt(GzipVerifier::tr("the header checksum of member %1 does not match").arg(member));
        }
        m_memberStart = start;
        return true;
    }

    bool inflateMember()
    {
        const int member = m_r.members + 1;
        for (;;) {
            if (m_in.available() == 0 && !m_in.atEof()) {
                const Input::Fill f = m_in.ensure();
                if (f == Input::Fill::Error || f == Input::Fill::Cancelled)
                    return stopped(f);
            }
            const uchar *p = m_in.data();
            size_t avail = m_in.available();
            size_t produced = 0;
            const Inflater::Step step = m_inflater.step(p, avail, m_out.data(), m_out.size(), produced);
            m_in.consumeTo(p);
            m_r.uncompressedBytes += qint64(produced);
            if (m_sink && produced > 0)
                m_sink(m_out.data(), produced);
            switch (step) {
            case Inflater::Step::MemberEnd:
                return true;
            case Inflater::Step::Progress:
                // A small chunk can inflate to a lot: poll here too, not only per read.
                if (m_in.cancelled())
                    return stopped(Input::Fill::Cancelled);
                break;
            case Inflater::Step::NeedInput:
                if (avail > 0)   // asked for input while holding some: treat as damage
                    return invalidData(member);
                if (m_in.atEof())
                    return corrupt(m_inflater.inTrailer()
                                           ? GzipVerifier::tr("truncated: the file ends inside the trailer of member %1")
                                                     .arg(member)
                                           : GzipVerifier::tr("truncated: the file ends inside the compressed data of member %1")
                                                     .arg(member));
                break;
            case Inflater::Step::BadData:
                return invalidData(member);
            case Inflater::Step::BadTrailer:
                return corrupt(GzipVerifier::tr("the CRC or length in the trailer of member %1 does not match its data")
                                       .arg(member));
            case Inflater::Step::NoMemory:
                m_r.outcome = Outcome::CouldNotCheck;
                m_r.reason = GzipVerifier::tr("not enough memory to decompress");
                return false;
            }
        }
    }

    // gzip -t accepts zeros after the last member with a warning (tape and
    // block-device padding). The data before them is whole and every CRC
    // matched, so this is Ok with a note; anything else after the last member
    // is Corrupt: it is not what the backup tool wrote.
    void checkZeroPadding()
    {
        const qint64 start = m_in.offset();
        for (;;) {
            const Input::Fill f = m_in.ensure();
            if (f == Input::Fill::End)
                break;
            if (f != Input::Fill::Data) {
                stopped(f);
                return;
            }
            const uchar *p = m_in.data();
            for (size_t i = 0, n = m_in.available(); i < n; ++i) {
                if (p[i] != 0) {
                    corrupt(GzipVerifier::tr("trailing garbage after the last gzip member, at byte %1").arg(start));
                    return;
                }
            }
            m_in.consumeAll();
        }
        m_r.trailingZeroBytes = m_in.total() - start;
        ok();
        m_r.reason = GzipVerifier::tr("%1 zero bytes of padding follow the last member; ignored, as gzip does")
                             .arg(m_r.trailingZeroBytes);
    }

    bool notGzip(bool first, qint64 start)
    {
        return corrupt(first ? GzipVerifier::tr("not gzip data")
                             : GzipVerifier::tr("trailing garbage after the last gzip member, at byte %1").arg(start));
    }

    bool invalidData(int member)
    {
        return corrupt(GzipVerifier::tr("invalid compressed data in member %1 (which starts at byte %2)")
                        .arg(member)
                        .arg(m_memberStart));
    }

    void ok()
    {
        m_r.outcome = Outcome::Ok;
        m_r.sha256 = m_in.sha256Hex();
    }

    bool corrupt(const QString &reason)
    {
        m_r.outcome = Outcome::Corrupt;
        m_r.reason = reason;
        return false;
    }

    bool stopped(Input::Fill f)
    {
        if (f == Input::Fill::Cancelled) {
            m_r.outcome = Outcome::Cancelled;
            m_r.reason = GzipVerifier::tr("verification cancelled");
        } else {
            m_r.outcome = Outcome::CouldNotCheck;
            m_r.reason = GzipVerifier::tr("cannot read: %1").arg(m_in.errorString());
        }
        return false;
    }

    Input &m_in;
    Inflater &m_inflater;
    const GzipVerifier::Sink &m_sink;
    std::vector<uchar> m_out;
    qint64 m_memberStart = 0;
    GzipVerification m_r;
};

} // namespace

bool GzipVerifier::isAvailable(Engine engine)
{
#ifdef QD_HAVE_ISAL
    Q_UNUSED(engine);
    return true;
#else
    return engine == Engine::Zlib;
#endif
}

GzipVerifier::Engine GzipVerifier::defaultEngine()
{
    return isAvailable(Engine::IsaL) ? Engine::IsaL : Engine::Zlib;
}

GzipVerification GzipVerifier::verify(const QString &path, const std::atomic<bool> *cancel,
                                      const Progress &progress)
{
    return verify(path, defaultEngine(), cancel, progress);
}

GzipVerification GzipVerifier::verify(const QString &path, Engine engine, const std::atomic<bool> *cancel,
                                      const Progress &progress, const Sink &sink)
{
    GzipVerification r;
    auto couldNotCheck = [&r](const QString &reason) {
        r.outcome = GzipVerification::Outcome::CouldNotCheck;
        r.reason = reason;
        return r;
    };
    const QFileInfo fi(path);
    if (!fi.exists())
        return couldNotCheck(tr("file not found"));
    if (fi.isDir())
        return couldNotCheck(tr("is a folder, not a file"));
    if (!isAvailable(engine))
        return couldNotCheck(tr("this build has no ISA-L; verify with zlib instead"));

    std::unique_ptr<Inflater> inflater;
#ifdef QD_HAVE_ISAL
    if (engine == Engine::IsaL)
        inflater = std::make_unique<IsalInflater>();
#endif
    if (!inflater)
        inflater = std::make_unique<ZlibInflater>();
    if (!inflater->init())
        return couldNotCheck(tr("not enough memory to decompress"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return couldNotCheck(tr("cannot read: %1").arg(file.errorString()));
    PageCache::sequential(file);
    Input in(file, cancel, progress);
    return GzipVerifierRun(in, *inflater, sink).exec();
}

} // namespace qd
