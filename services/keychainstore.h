#pragma once

#include <QObject>

namespace qd {

// The OS keychain through QtKeychain (Secret Service on Linux), on a thread
// of its own: with a broken secret service a QtKeychain job blocked 25 s
// here, so no caller ever waits on it; Secrets puts a deadline in front.
// Entries: service "quarterdeck", key "quarterdeck/<environment>/<name>".
class KeychainStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainStore)
public:
    explicit KeychainStore(QObject *parent = nullptr);

    static QString service() { return QStringLiteral("quarterdeck"); }

public slots:
    void read(const QString &key);
    void write(const QString &key, const QString &secret);

signals:
    // `found` false with an empty error: there is no such entry.
    // `unavailable`: no keychain works here (the error says why).
    void readDone(const QString &key, bool found, const QString &secret, const QString &error, bool unavailable);
    void writeDone(const QString &key, bool ok, const QString &error, bool unavailable);
};

} // namespace qd
