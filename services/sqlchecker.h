#pragma once

#include "databasespec.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace qd {

// The verification's SQL checks (issue 6): a procedure's `sql` steps (row
// counts, orphan checks) run against the profile's database through
// libpqxx, in a read-only transaction, on the thread this object lives on
// (its own: a libpqxx connection is never shared between threads, and a
// database that does not answer must not hold the window). Calls come in
// queued; results go out as signals, one per check, as they finish.
class SqlChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlChecker)
public:
    struct Check
    {
        int index = 0;              // the step's index in its procedure
        QString label;              // "Deposits without a user"
        QString sql;                // with $1, $2 … for values
        QStringList parameters;     // their values, in order
        // An orphan or anomaly check ("… without …", "no … in the future"):
        // good only when it counts 0.
        bool expectZero = false;
        QStringList secrets;        // values to mask wherever they turn up (an error quoting one)
    };
    struct Result
    {
        int index = 0;
        bool ok = false;
        QString value;              // the first rows, as text
        QString error;              // what went wrong, in a sentence
        qint64 ms = 0;
    };

    static constexpr int kConnectTimeoutSeconds = 5;
    static constexpr int kStatementTimeoutMs = 15000;

    explicit SqlChecker(QObject *parent = nullptr);

    // Whether a check's label (or the comment above it) says it should find
    // nothing: "without", "orphan", "no … in the future", "should be 0".
    static bool expectsZero(const QString &label);
    // libpq's connection string for `db` (values quoted as libpq wants);
    // with the password when one is given.
    static std::string connectionString(const DatabaseSpec &db, const QString &password);

public slots:
    void run(const qd::DatabaseSpec &db, const QString &password, const QList<qd::SqlChecker::Check> &checks);

signals:
    void checkDone(const qd::SqlChecker::Result &result);
    // All done: `connected` false when the database could not be reached
    // (every check then has the reason).
    void finished(bool connected, const QString &error);
};

} // namespace qd

Q_DECLARE_METATYPE(qd::SqlChecker::Check)
Q_DECLARE_METATYPE(qd::SqlChecker::Result)
