#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace qd {

// What one gzip verification found. Only Ok means every member decompressed to
// the end with matching CRC32 and length.
struct GzipVerification
{
    enum class Outcome { Ok, Corrupt, CouldNotCheck, Cancelled };

    Outcome outcome = Outcome::CouldNotCheck;
    // A plain sentence for the commander: why Corrupt / CouldNotCheck, and for
    // Ok a note when zero padding followed the data; empty otherwise.
    QString reason;
    qint64 compressedBytes = 0;     // bytes read from the file
    qint64 uncompressedBytes = 0;   // bytes inflated, all members
    int members = 0;                // complete members whose trailer matched
    qint64 trailingZeroBytes = 0;   // zero padding after the last member (still Ok)
    // SHA-256 (lowercase hex) of the whole file, hashed while streaming; empty
    // unless the whole file was read, i.e. set exactly when the outcome is Ok.
    QByteArray sha256;

    bool ok() const { return outcome == Outcome::Ok; }
};

// Streams a gzip file through an inflater in fixed-size chunks (memory stays
// at a few hundred KiB whatever the file size) and checks every member.
// Blocking: call it from a worker thread, never from the UI thread.
class GzipVerifier
{
    Q_DECLARE_TR_FUNCTIONS(qd::GzipVerifier)
public:
    enum class Engine { IsaL, Zlib };

    using Progress = std::function<void(qint64 bytesRead)>;
    // Receives the decompressed data as it is produced, so a caller can look
    // inside (a pg_dump's header and trailer) without a second pass.
    using Sink = std::function<void(const uchar *data, size_t size)>;

    // Uses defaultEngine(). `cancel` is polled between chunks; `progress` is
    // called after each chunk read with the compressed bytes read so far.
    static GzipVerification verify(const QString &path, const std::atomic<bool> *cancel = nullptr,
                                   const Progress &progress = {});
    // An explicit engine, so tests can hold both to the same answers.
    // An engine that is not built in gives CouldNotCheck.
    static GzipVerification verify(const QString &path, Engine engine,
                                   const std::atomic<bool> *cancel = nullptr,
                                   const Progress &progress = {}, const Sink &sink = {});

    static bool isAvailable(Engine engine);
    // ISA-L when built with it (QD_HAVE_ISAL), zlib otherwise.
    static Engine defaultEngine();

    // Size of the input chunk and of the output buffer.
    static constexpr qsizetype kChunkBytes = 256 * 1024;
};

} // namespace qd
