#include "sha256.h"

#include <QFile>

#include <openssl/evp.h>

#include <vector>

namespace qd {

struct Sha256::Ctx
{
    EVP_MD_CTX *md = nullptr;
};

Sha256::Sha256()
    : m_ctx(std::make_unique<Ctx>())
{
    m_ctx->md = EVP_MD_CTX_new();
    if (m_ctx->md)
        EVP_DigestInit_ex(m_ctx->md, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx->md);
}

void Sha256::addData(const void *data, size_t size)
{
    if (m_ctx->md)
        EVP_DigestUpdate(m_ctx->md, data, size);
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!m_ctx->md || EVP_DigestFinal_ex(m_ctx->md, digest, &len) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(len)).toHex();
}

QByteArray Sha256::ofFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Sha256 h;
    std::vector<char> buf(256 * 1024);
    for (;;) {
        const qint64 n = f.read(buf.data(), qint64(buf.size()));
        if (n < 0)
            return {};
        if (n == 0)
            break;
        h.addData(buf.data(), size_t(n));
    }
    return h.hexResult();
}

} // namespace qd
