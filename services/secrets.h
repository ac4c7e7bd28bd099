#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace qd {

class KeychainStore;

// What the wizard asks for secrets: the keychain (KeychainStore, on its
// worker thread) behind a deadline, plus passwords kept for this session
// only when the keychain is unavailable or the commander chose not to
// store them. Never written anywhere else: not to a file, a log, the
// timeline. Lives on the UI thread; never blocks.
class Secrets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Secrets)
public:
    static constexpr int kDeadlineMs = 3000;

    // `keychain` lives on another thread (or is null: no keychain at all).
    explicit Secrets(KeychainStore *keychain, QObject *parent = nullptr);
    void setDeadline(int ms) { m_deadlineMs = ms; }

    // Answers with `found` (from this session, or the keychain), `missing`
    // (ask the commander), or `unavailable` (ask, and keep for the session).
    // A keychain that errs is given up on for the session; one that is only
    // slow is asked again next time, and its late answer is still taken.
    void request(const QString &key);
    // The commander typed it: kept for the session; also stored in the
    // keychain when `remember` (stored or failed is said by `stored`).
    void provide(const QString &key, const QString &secret, bool remember);
    bool keychainUnavailable() const { return m_unavailable; }

signals:
    void found(const QString &key, const QString &secret);
    void missing(const QString &key);
    void unavailable(const QString &key, const QString &why);
    void stored(const QString &key, bool ok, const QString &why);

private:
    KeychainStore *m_keychain;
    int m_deadlineMs = kDeadlineMs;
    QHash<QString, QString> m_session;
    QHash<QString, QTimer *> m_waiting;
    bool m_unavailable = false;
    QString m_unavailableWhy;
};

} // namespace qd
