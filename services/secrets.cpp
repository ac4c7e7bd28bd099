#include "secrets.h"

#include "keychainstore.h"

#include <QTimer>

namespace qd {

Secrets::Secrets(KeychainStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{
    if (!m_keychain) {
        m_unavailable = true;
        m_unavailableWhy = tr("no keychain is configured");
        return;
    }
    connect(m_keychain, &KeychainStore::readDone, this,
            [this](const QString &key, bool ok, const QString &secret, const QString &error, bool unavailable) {
                QTimer *deadline = m_waiting.take(key);
                if (!deadline) {
                    // Too late for the deadline, but a password found (say,
                    // after the keyring's unlock prompt) is still good.
                    if (ok && !m_session.contains(key)) {
                        m_session.insert(key, secret);
                        emit found(key, secret);
                    }
                    return;
                }
                deadline->deleteLater();
                if (ok) {
                    m_session.insert(key, secret);
                    emit found(key, secret);
                } else if (unavailable || !error.isEmpty()) {
                    m_unavailable = true;
                    m_unavailableWhy = error;
                    emit this->unavailable(key, error);
                } else {
                    emit missing(key);
                }
            });
    connect(m_keychain, &KeychainStore::writeDone, this, [this](const QString &key, bool ok, const QString &error, bool unavailable) {
        if (!ok && unavailable) {
            m_unavailable = true;
            m_unavailableWhy = error;
        }
        emit stored(key, ok, error);
    });
}

void Secrets::request(const QString &key)
{
    if (m_session.contains(key)) {
        emit found(key, m_session.value(key));
        return;
    }
    if (m_unavailable) {
        emit unavailable(key, m_unavailableWhy);
        return;
    }
    if (m_waiting.contains(key))
        return;
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    m_waiting.insert(key, deadline);
    connect(deadline, &QTimer::timeout, this, [this, key] {
        if (QTimer *t = m_waiting.take(key))
            t->deleteLater();
        // Not answering in time is not the same as not there (the first
        // unlock prompt takes a person longer): this request goes on without
        // it, the next one asks again, and a late answer is still taken.
        emit unavailable(key, tr("the keychain did not answer within %1 s").arg(m_deadlineMs / 1000.0, 0, 'f', 1));
    });
    deadline->start(m_deadlineMs);
    QMetaObject::invokeMethod(m_keychain, [k = m_keychain, key] { k->read(key); }, Qt::QueuedConnection);
}

void Secrets::provide(const QString &key, const QString &secret, bool remember)
{
    m_session.insert(key, secret);
    if (!remember)
        return;
    if (m_unavailable) {
        emit stored(key, false, m_unavailableWhy);
        return;
    }
    QMetaObject::invokeMethod(m_keychain, [k = m_keychain, key, secret] { k->write(key, secret); }, Qt::QueuedConnection);
}

} // namespace qd
