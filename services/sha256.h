#pragma once

#include <QByteArray>

#include <memory>

namespace qd {

// Streaming SHA-256 through OpenSSL's EVP, which uses the CPU's SHA
// extensions where present: QCryptographicHash's portable code hashed at
// about 170 MB/s here and halved the gzip verifier's throughput; EVP runs at
// well over 1 GB/s on the same core.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const void *data, size_t size);
    // Lowercase hex of the digest; the hash cannot be fed after this.
    QByteArray hexResult();

    // The hex digest of a whole file, read in chunks; empty when it cannot be read.
    static QByteArray ofFile(const QString &path);

private:
    struct Ctx;
    std::unique_ptr<Ctx> m_ctx;
};

} // namespace qd
