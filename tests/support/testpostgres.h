#pragma once

#include "sqlchecker.h"

#include <QString>

#include <string>

// The throwaway PostgreSQL scripts/test starts (qd_start_postgres): its
// superuser's connection string for one database. Empty host: not running.
inline QString testPostgresHost()
{
    return qEnvironmentVariable("QD_TEST_PG_HOST");
}

inline std::string testPostgresAdmin(const QString &dbname)
{
    qd::DatabaseSpec a;
    a.host = testPostgresHost();
    a.port = qEnvironmentVariable("QD_TEST_PG_PORT").toInt();
    a.user = qEnvironmentVariable("QD_TEST_PG_USER");
    a.dbname = dbname;
    a.sslmode = QStringLiteral("disable");
    return qd::SqlChecker::connectionString(a, qEnvironmentVariable("QD_TEST_PG_PASSWORD"));
}
