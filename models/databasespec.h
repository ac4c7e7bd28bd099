#pragma once

#include <QMetaType>
#include <QString>

namespace qd {

// A database of the environment, as the profile describes it: where the
// verification's SQL checks run. The password is never here: it lives in
// the OS keychain (DESIGN.md §7).
struct DatabaseSpec
{
    QString name;
    QString component;
    QString host;
    int port = 5432;
    QString dbname;
    QString user;
    QString sslmode;        // libpq's: disable … verify-full; empty: libpq's default (prefer)
    QString description;

    // The keychain entry of its password: quarterdeck/<environment>/<name>.
    QString secretKey(const QString &environment) const
    {
        return QStringLiteral("quarterdeck/%1/%2").arg(environment, name);
    }
};

} // namespace qd

Q_DECLARE_METATYPE(qd::DatabaseSpec)
