#pragma once

#include "incidentstore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

class QSqlQuery;

namespace qd {

class Clock;

// The embedded store: one SQLite file, WAL, synchronous=FULL and foreign
// keys on every connection (DESIGN.md §6). Writers take the write lock at
// the start of their transaction (BEGIN IMMEDIATE) and wait for it up to
// a few seconds, so a console and `quarterdeck incident note` in a terminal
// can write at once. The timeline is append-only in the schema itself.
class SqliteStore final : public IncidentStore
{
public:
    // `consoleId` names this writer in every event it records.
    SqliteStore(QString path, QString consoleId, const Clock &clock);
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    // incidents.db in the app's data folder (XDG_DATA_HOME).
    static QString defaultPath();
    // The schema version this binary writes.
    static int schemaVersion();
    // The statements of migration `n` (1-based): tests build older files with them.
    static QStringList migrationStatements(int n);

    bool open(QString *error) override;
    std::optional<Incident> declare(const Incident &draft, const QString &actor, QString *error) override;
    std::optional<TimelineEvent> append(TimelineEvent event, QString *error) override;
    std::optional<TimelineEvent> append(TimelineEvent event, QList<Attachment> files, QString *error) override;
    QList<Incident> incidents(bool openOnly, QString *error) override;
    std::optional<Incident> incident(const QUuid &id, QString *error) override;
    using IncidentStore::events;
    QList<TimelineEvent> events(const QUuid &incident, const TimelineFilter &filter, qint64 afterOrder, int limit, QString *error) override;
    // SQLite's plan for that query (EXPLAIN QUERY PLAN, one line per step),
    // so a test can hold it to its indexes.
    QStringList eventsPlan(const QUuid &incident, const TimelineFilter &filter);
    QStringList kinds(const QUuid &incident, QString *error) override;
    QStringList actors(const QUuid &incident, QString *error) override;
    QList<Attachment> attachments(const QUuid &event, QString *error) override;

    // The backup inventory's cache of verdicts (BackupManifest), by path:
    // local to this machine's files, so kept here and not in a team store.
    QHash<QString, QJsonObject> backupManifest(QString *error);
    // Adds or replaces entries, in one transaction.
    bool putBackupManifest(const QHash<QString, QJsonObject> &entries, QString *error);

    // PRAGMA integrity_check's answer: "ok" when the file is sound.
    QString integrityCheck();
    // Changes whenever another connection (another console, the command
    // line) commits to the file: cheap to poll.
    qint64 dataVersion();

private:
    bool migrate(QString *error);
    // Runs `body` in one write transaction: committed when it returns true,
    // rolled back when it returns false (having said why in `error`).
    bool inWriteTransaction(const std::function<bool(QSqlQuery &)> &body, QString *error);
    std::optional<TimelineEvent> insertEvent(TimelineEvent event, QString *error);
    QStringList distinct(const QUuid &incident, const QString &column, QString *error);
    static bool prepareEvents(QSqlQuery &q, const QString &prefix, const QUuid &incident, const TimelineFilter &filter,
                              qint64 afterOrder, int limit);

    QString m_path;
    QString m_consoleId;
    const Clock &m_clock;
    QString m_connection;   // the QSqlDatabase connection name, unique per instance
};

} // namespace qd
