#include "gzipverifier.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace qd;
using namespace Qt::StringLiterals;

using Engine = GzipVerifier::Engine;
using Outcome = GzipVerification::Outcome;

namespace {

// Plain CRC-32 (the gzip one), for hand-made header checksums.
quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= uchar(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray le16(int v)
{
    QByteArray b(2, '\0');
    b[0] = char(v & 0xff);
    b[1] = char((v >> 8) & 0xff);
    return b;
}

QByteArray flipped(QByteArray data, qsizetype at)
{
    data[at] = char(data[at] ^ 0xff);
    return data;
}

// A member from `gzip -n` has a bare 10-byte header; rebuild it with the
// optional fields so the header parser meets all of them.
QByteArray withHeaderFields(const QByteArray &member, const QByteArray &extra, bool fname, bool fcomment,
                            bool fhcrc, bool breakHcrc = false)
{
    QByteArray h = member.left(10);
    char flags = 0;
    QByteArray rest;
    if (!extra.isNull()) {
        flags |= 0x04;
        rest += le16(int(extra.size())) + extra;
    }
    if (fname) {
        flags |= 0x08;
        rest += QByteArray("dump.sql") + '\0';
    }
    if (fcomment) {
        flags |= 0x10;
        rest += QByteArray("nightly backup") + '\0';
    }
    if (fhcrc)
        flags |= 0x02;
    h[3] = flags;
    h += rest;
    if (fhcrc)
        h += le16(int((crc32Of(h) ^ (breakHcrc ? 1u : 0u)) & 0xffff));
    return h + member.mid(10);
}

QString engineName(Engine e)
{
    return e == Engine::IsaL ? u"isal"_s : u"zlib"_s;
}

} // namespace

class TestGzipVerifier final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QByteArray m_plain;      // several MB of SQL-like text
    QByteArray m_gz;         // m_plain through the real gzip -6
    QByteArray m_small;      // a second, small member
    QByteArray m_smallPlain;
    QByteArray m_random;     // incompressible: stored blocks
    QByteArray m_randomPlain;
    QByteArray m_emptyMember;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &content) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
            qFatal("cannot write test file");
        return f.fileName();
    }

    // The real gzip binary: what the backup scripts use.
    QByteArray gzip(const QString &name, const QByteArray &plain, const QString &level = u"-6"_s) const
    {
        write(name, plain);
        QFile::remove(path(name + u".gz"_s));
        QProcess p;
        p.start(u"gzip"_s, {level, u"-n"_s, u"-k"_s, path(name)});
        if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("gzip failed");
        QFile f(path(name + u".gz"_s));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no gzip output");
        return f.readAll();
    }

    static QList<Engine> engines() { return {Engine::IsaL, Engine::Zlib}; }

    void addRow(const char *name, const QString &file, Outcome outcome, const QString &reason, int members = -1,
                qint64 uncompressed = -1)
    {
        for (const Engine e : engines())
            QTest::addRow("%s: %s", qPrintable(engineName(e)), name)
                    << int(e) << file << int(outcome) << reason << members << uncompressed;
    }

    // Same answer from the other engine: the fallback must never disagree
    // with the fast path about whether a backup is good.
    static void compareEngines(const QString &file, const GzipVerification &r)
    {
        if (!GzipVerifier::isAvailable(Engine::IsaL))
            return;
        const GzipVerification z = GzipVerifier::verify(file, Engine::Zlib);
        QCOMPARE(int(r.outcome), int(z.outcome));
        QCOMPARE(r.reason, z.reason);
        QCOMPARE(r.members, z.members);
        QCOMPARE(r.trailingZeroBytes, z.trailingZeroBytes);
        QCOMPARE(r.sha256, z.sha256);
        QCOMPARE(r.compressedBytes, z.compressedBytes);
        if (r.ok())
            QCOMPARE(r.uncompressedBytes, z.uncompressedBytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"gzip"_s).isEmpty())
            QSKIP("gzip is not installed");
        // Repetitive but not trivial, like a pg_dump: table rows with numbers.
        QRandomGenerator rng(20261121);
        m_plain.reserve(5 * 1024 * 1024);
        m_plain += "-- PostgreSQL database dump\n\nCOPY public.orders (id, customer, amount, placed_at) FROM stdin;\n";
        for (int i = 0; m_plain.size() < 4 * 1024 * 1024; ++i) {
            m_plain += QByteArray::number(i) + '\t' + "customer-" + QByteArray::number(rng.bounded(50'000)) + '\t'
                    + QByteArray::number(rng.bounded(100'000)) + '.' + QByteArray::number(rng.bounded(100)) + '\t'
                    + "2026-11-" + QByteArray::number(1 + rng.bounded(28)) + ' '
                    + QByteArray::number(rng.bounded(24)) + ":00:00+00\n";
        }
        m_plain += "\\.\n\n-- PostgreSQL database dump complete\n";
        m_gz = gzip(u"dump.sql"_s, m_plain);
        m_smallPlain = "INSERT INTO audit VALUES (1, 'second member');\n";
        m_small = gzip(u"small.sql"_s, m_smallPlain);
        m_randomPlain.resize(300 * 1024);
        rng.fillRange(reinterpret_cast<quint32 *>(m_randomPlain.data()), m_randomPlain.size() / 4);
        m_random = gzip(u"random.bin"_s, m_randomPlain, u"-1"_s);
        m_emptyMember = gzip(u"nothing"_s, QByteArray());
        QVERIFY(m_gz.size() > 2 * GzipVerifier::kChunkBytes);   // several chunks
        QCOMPARE(quint8(m_gz[3]), quint8(0));                   // -n: no optional header fields
    }

    void verify_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");      // a substring; empty: reason must be empty
        QTest::addColumn<int>("members");         // -1: not checked
        QTest::addColumn<qint64>("uncompressed"); // -1: not checked

        const qsizetype n = m_gz.size();
        const qint64 plain = m_plain.size();
        addRow("valid", write(u"valid.gz"_s, m_gz), Outcome::Ok, QString(), 1, plain);
        addRow("two members", write(u"two.gz"_s, m_gz + m_small), Outcome::Ok, QString(), 2,
               plain + m_smallPlain.size());
        addRow("three members, one empty", write(u"three.gz"_s, m_small + m_emptyMember + m_small), Outcome::Ok,
               QString(), 3, 2 * m_smallPlain.size());
        addRow("empty member only", write(u"emptymember.gz"_s, m_emptyMember), Outcome::Ok, QString(), 1, 0);
        addRow("stored blocks", write(u"random.gz"_s, m_random), Outcome::Ok, QString(), 1, m_randomPlain.size());
        addRow("all header fields", write(u"fields.gz"_s, withHeaderFields(m_small, "xx\x01\x02", true, true, true)),
               Outcome::Ok, QString(), 1, m_smallPlain.size());
        addRow("trailing zeros", write(u"zeros.gz"_s, m_gz + QByteArray(1024, '\0')), Outcome::Ok,
               u"1024 zero bytes"_s, 1, plain);

        const QString truncData = u"truncated: the file ends inside the compressed data of member 1"_s;
        const QString truncHeader = u"truncated: the file ends inside the header of member 1"_s;
        const QString truncTrailer = u"truncated: the file ends inside the trailer of member 1"_s;
        addRow("truncated to 1 byte", write(u"t1.gz"_s, m_gz.left(1)), Outcome::Corrupt, truncHeader);
        addRow("truncated inside the header", write(u"t5.gz"_s, m_gz.left(5)), Outcome::Corrupt, truncHeader);
        addRow("truncated after the header", write(u"t10.gz"_s, m_gz.left(10)), Outcome::Corrupt, truncData);
        addRow("truncated inside optional header fields",
               write(u"tfields.gz"_s, withHeaderFields(m_small, "abc", true, true, true).left(17)), Outcome::Corrupt,
               truncHeader);
        addRow("truncated mid-stream", write(u"thalf.gz"_s, m_gz.left(n / 2)), Outcome::Corrupt, truncData);
        addRow("truncated at a chunk boundary", write(u"tchunk.gz"_s, m_gz.left(GzipVerifier::kChunkBytes)),
               Outcome::Corrupt, truncData);
        addRow("trailer missing", write(u"t-8.gz"_s, m_gz.left(n - 8)), Outcome::Corrupt, truncTrailer);
        addRow("truncated inside the trailer", write(u"t-4.gz"_s, m_gz.left(n - 4)), Outcome::Corrupt, truncTrailer);
        addRow("last byte missing", write(u"t-1.gz"_s, m_gz.left(n - 1)), Outcome::Corrupt, truncTrailer);
        addRow("second member truncated", write(u"t2.gz"_s, m_gz + m_small.left(m_small.size() - 3)),
               Outcome::Corrupt, u"truncated: the file ends inside the trailer of member 2"_s);

        addRow("flipped byte mid-stream", write(u"flip.gz"_s, flipped(m_gz, n / 2)), Outcome::Corrupt,
               u"member 1"_s);
        addRow("flipped byte early", write(u"flip2.gz"_s, flipped(m_gz, 100)), Outcome::Corrupt, u"member 1"_s);
        addRow("flipped byte in stored block", write(u"flip3.gz"_s, flipped(m_random, m_random.size() / 2)),
               Outcome::Corrupt, u"the CRC or length in the trailer of member 1 does not match its data"_s);
        addRow("flipped byte in the CRC", write(u"flipcrc.gz"_s, flipped(m_gz, n - 8)), Outcome::Corrupt,
               u"the CRC or length in the trailer of member 1 does not match its data"_s);
        addRow("flipped byte in the length", write(u"flipsize.gz"_s, flipped(m_gz, n - 2)), Outcome::Corrupt,
               u"the CRC or length in the trailer of member 1 does not match its data"_s);
        addRow("wrong method", write(u"method.gz"_s, flipped(m_gz, 2)), Outcome::Corrupt,
               u"member 1 is not compressed with deflate"_s);
        addRow("reserved flag", write(u"flag.gz"_s, [&] {
                   QByteArray b = m_gz;
                   b[3] = char(0x20);
                   return b;
               }()),
               Outcome::Corrupt, u"reserved flags"_s);
        addRow("header checksum wrong",
               write(u"hcrc.gz"_s, withHeaderFields(m_small, QByteArray(), true, false, true, true)),
               Outcome::Corrupt, u"the header checksum of member 1 does not match"_s);

        const QString garbage = u"trailing garbage after the last gzip member, at byte %1"_s.arg(n);
        addRow("trailing garbage", write(u"garbage.gz"_s, m_gz + "garbage\n"), Outcome::Corrupt, garbage);
        addRow("trailing stray byte", write(u"stray.gz"_s, m_gz + "\x01"), Outcome::Corrupt, garbage);
        addRow("trailing 1f 00", write(u"half-magic.gz"_s, m_gz + QByteArray("\x1f\x00", 2)), Outcome::Corrupt,
               garbage);
        addRow("zeros then garbage", write(u"zeros-garbage.gz"_s, m_gz + QByteArray(5000, '\0') + "x"),
               Outcome::Corrupt, garbage);
        addRow("garbage member", write(u"badmember.gz"_s, m_gz + m_small.left(10) + "not deflate at all"),
               Outcome::Corrupt, u"member 2"_s);

        addRow("empty file", write(u"empty.gz"_s, QByteArray()), Outcome::Corrupt, u"the file is empty"_s);
        addRow("not gzip", write(u"plain.sql.gz"_s, m_plain.left(100'000)), Outcome::Corrupt, u"not gzip data"_s);
        addRow("one byte, not gzip", write(u"x.gz"_s, "x"), Outcome::Corrupt, u"not gzip data"_s);
        addRow("zlib stream, not gzip", write(u"zlib.gz"_s, QByteArray::fromHex("789c030000000001")),
               Outcome::Corrupt, u"not gzip data"_s);

        addRow("missing file", path(u"nope.gz"_s), Outcome::CouldNotCheck, u"file not found"_s);
        QDir(m_dir.path()).mkpath(u"folder.gz"_s);
        addRow("a folder", path(u"folder.gz"_s), Outcome::CouldNotCheck, u"is a folder, not a file"_s);
    }

    void verify()
    {
        QFETCH(int, engine);
        QFETCH(QString, file);
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        QFETCH(int, members);
        QFETCH(qint64, uncompressed);
        if (!GzipVerifier::isAvailable(Engine(engine)))
            QSKIP("built without ISA-L");

        const GzipVerification r = GzipVerifier::verify(file, Engine(engine));
        QCOMPARE(int(r.outcome), outcome);
        if (reason.isEmpty())
            QCOMPARE(r.reason, QString());
        else
            QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
        if (members >= 0)
            QCOMPARE(r.members, members);
        if (uncompressed >= 0)
            QCOMPARE(r.uncompressedBytes, uncompressed);
        QCOMPARE(r.sha256.isEmpty(), !r.ok());
        if (r.ok() || r.outcome == Outcome::Corrupt)
            QVERIFY(r.compressedBytes <= QFileInfo(file).size());
        compareEngines(file, r);
    }

    // The next member's header (or the trailer) split across two reads.
    void memberBoundaryAcrossChunks_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<int>("shift");
        for (const Engine e : engines())
            for (int shift = -20; shift <= 12; ++shift)
                QTest::addRow("%s: %d", qPrintable(engineName(e)), shift) << int(e) << shift;
    }

    void memberBoundaryAcrossChunks()
    {
        QFETCH(int, engine);
        QFETCH(int, shift);
        if (!GzipVerifier::isAvailable(Engine(engine)))
            QSKIP("built without ISA-L");
        // A first member of about 230 KiB, padded with an extra field so it ends
        // `shift` bytes from the end of the first chunk.
        static const QByteArray base = [this] {
            QRandomGenerator rng(7);
            QByteArray hex;
            for (int i = 0; i < 400'000; ++i)
                hex += "0123456789abcdef"[rng.bounded(16)];
            return gzip(u"hex.txt"_s, hex);
        }();
        const qsizetype pad = GzipVerifier::kChunkBytes + shift - base.size() - 2;
        QVERIFY(pad >= 0 && pad <= 0xffff);
        const QByteArray first = withHeaderFields(base, QByteArray(pad, 'p'), false, false, false);
        QCOMPARE(first.size(), GzipVerifier::kChunkBytes + shift);
        const QString file = write(u"boundary.gz"_s, first + m_small + m_small);
        const GzipVerification r = GzipVerifier::verify(file, Engine(engine));
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.members, 3);
        QCOMPARE(r.uncompressedBytes, qint64(400'000 + 2 * m_smallPlain.size()));
        compareEngines(file, r);

        // And cut right there: the trailer of member 1 is what is missing.
        const QString cut = write(u"boundary-cut.gz"_s, first.left(first.size() - 3));
        const GzipVerification c = GzipVerifier::verify(cut, Engine(engine));
        QCOMPARE(c.reason, u"truncated: the file ends inside the trailer of member 1"_s);
    }

    void sha256MatchesSha256sum_data()
    {
        QTest::addColumn<int>("engine");
        for (const Engine e : engines())
            QTest::newRow(qPrintable(engineName(e))) << int(e);
    }

    void sha256MatchesSha256sum()
    {
        QFETCH(int, engine);
        if (!GzipVerifier::isAvailable(Engine(engine)))
            QSKIP("built without ISA-L");
        if (QStandardPaths::findExecutable(u"sha256sum"_s).isEmpty())
            QSKIP("sha256sum is not installed");
        const QString file = write(u"hashed.gz"_s, m_gz + m_small);
        QProcess p;
        p.start(u"sha256sum"_s, {file});
        QVERIFY(p.waitForFinished(30'000));
        const QByteArray expected = p.readAllStandardOutput().left(64);
        QCOMPARE(expected.size(), 64);
        const GzipVerification r = GzipVerifier::verify(file, Engine(engine));
        QVERIFY(r.ok());
        QCOMPARE(r.sha256, expected);
        QCOMPARE(r.compressedBytes, qint64(m_gz.size() + m_small.size()));
    }

    void progressAndCancel_data() { sha256MatchesSha256sum_data(); }

    void progressAndCancel()
    {
        QFETCH(int, engine);
        if (!GzipVerifier::isAvailable(Engine(engine)))
            QSKIP("built without ISA-L");
        const QString file = write(u"progress.gz"_s, m_gz);

        QList<qint64> seen;
        GzipVerification r = GzipVerifier::verify(file, Engine(engine), nullptr, [&](qint64 n) { seen << n; });
        QVERIFY(r.ok());
        QVERIFY(seen.size() >= 3);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), qint64(m_gz.size()));
        QCOMPARE(seen.first(), qint64(GzipVerifier::kChunkBytes));   // fixed-size chunks, never the whole file

        std::atomic<bool> cancel = false;
        seen.clear();
        r = GzipVerifier::verify(file, Engine(engine), &cancel, [&](qint64 n) {
            seen << n;
            cancel = true;   // cancel after the first chunk
        });
        QCOMPARE(int(r.outcome), int(Outcome::Cancelled));
        QVERIFY(!r.reason.isEmpty());
        QVERIFY(r.sha256.isEmpty());
        QCOMPARE(seen.size(), 1);
        QVERIFY(r.compressedBytes < qint64(m_gz.size()));

        cancel = true;   // cancelled before it starts
        r = GzipVerifier::verify(file, Engine(engine), &cancel);
        QCOMPARE(int(r.outcome), int(Outcome::Cancelled));
        QCOMPARE(r.compressedBytes, qint64(0));
    }

    void unreadableFileCouldNotCheck()
    {
        // root reads through mode 000; missing files and folders are covered in verify().
        if (::geteuid() == 0)
            QSKIP("running as root: a file without read permission is still readable");
        const QString file = write(u"locked.gz"_s, m_gz);
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
        for (const Engine e : engines()) {
            if (!GzipVerifier::isAvailable(e))
                continue;
            const GzipVerification r = GzipVerifier::verify(file, e);
            QCOMPARE(int(r.outcome), int(Outcome::CouldNotCheck));
            QVERIFY2(r.reason.startsWith(u"cannot read"_s), qPrintable(r.reason));
        }
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void defaultEngineIsTheFastOne()
    {
        QCOMPARE(GzipVerifier::defaultEngine(),
                 GzipVerifier::isAvailable(Engine::IsaL) ? Engine::IsaL : Engine::Zlib);
        QVERIFY(GzipVerifier::isAvailable(Engine::Zlib));
        const GzipVerification r = GzipVerifier::verify(write(u"default.gz"_s, m_small));
        QVERIFY(r.ok());
    }
};

QTEST_GUILESS_MAIN(TestGzipVerifier)
#include "tst_gzipverifier.moc"
