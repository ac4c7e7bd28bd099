#include "sqlitestore.h"

#include "clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <functional>

namespace qd {

namespace {

// Numbered migrations: migration N takes the schema from version N-1 to N
// (PRAGMA user_version). Append only; never edit one that has shipped.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 1: incidents and their append-only timeline.
        {
            QStringLiteral("CREATE TABLE incidents ("
                           " id TEXT PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),"
                           " status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),"
                           " environment TEXT NOT NULL DEFAULT '',"
                           " drill INTEGER NOT NULL DEFAULT 0,"
                           " commander TEXT NOT NULL DEFAULT '',"
                           " declared_at TEXT NOT NULL,"
                           " resolved_at TEXT)"),
            QStringLiteral("CREATE TABLE events ("
                           " ord INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " id TEXT NOT NULL UNIQUE,"
                           " incident_id TEXT NOT NULL REFERENCES incidents(id),"
                           " console_id TEXT NOT NULL,"
                           " console_seq INTEGER NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " actor TEXT NOT NULL DEFAULT '',"
                           " text TEXT NOT NULL DEFAULT '',"
                           " data TEXT NOT NULL DEFAULT '{}',"
                           " recorded_at TEXT NOT NULL,"
                           " occurred_at TEXT,"
                           " key INTEGER NOT NULL DEFAULT 0,"
                           " corrects TEXT REFERENCES events(id),"
                           " UNIQUE (console_id, console_seq))"),
            QStringLiteral("CREATE INDEX events_by_incident ON events (incident_id, ord)"),
            QStringLiteral("CREATE INDEX events_by_kind ON events (incident_id, kind, ord)"),
            // The record cannot be rewritten, not even by a bug of ours.
            QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events"
                           " BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END"),
            QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events"
                           " BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END"),
        },
    };
    return all;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString orEmpty(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Incident incidentFrom(const QSqlQuery &q)
{
    Incident i;
    i.id = QUuid::fromString(q.value(0).toString());
    i.title = q.value(1).toString();
    i.severity = Incident::Severity(q.value(2).toInt());
    i.status = Incident::Status(q.value(3).toInt());
    i.environment = q.value(4).toString();
    i.drill = q.value(5).toBool();
    i.commander = q.value(6).toString();
    i.declaredAt = fromIso(q.value(7));
    i.resolvedAt = fromIso(q.value(8));
    return i;
}

const char *kIncidentColumns = "id, title, severity, status, environment, drill, commander, declared_at, resolved_at";

} // namespace

SqliteStore::SqliteStore(QString path, QString consoleId, const Clock &clock)
    : m_path(std::move(path))
    , m_consoleId(std::move(consoleId))
    , m_clock(clock)
{
    static std::atomic<int> instances{0};
    m_connection = QStringLiteral("qd-sqlite-%1").arg(++instances);
}

SqliteStore::~SqliteStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString SqliteStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("incidents.db"));
}

int SqliteStore::schemaVersion()
{
    return int(migrations().size());
}

bool SqliteStore::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        *error = QCoreApplication::translate("qd::SqliteStore", "the SQLite driver of Qt is not installed (libqt6sql6-sqlite)");
        return false;
    }
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = QCoreApplication::translate("qd::SqliteStore", "%1: cannot open: %2").arg(m_path, db.lastError().text());
        return false;
    }
    // Per connection, every time (DESIGN.md §6): a connection without them
    // could report a commit that a power cut takes back.
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!q.exec(QLatin1String(pragma))) {
            *error = QCoreApplication::translate("qd::SqliteStore", "%1: %2 failed: %3").arg(m_path, QLatin1String(pragma), q.lastError().text());
            return false;
        }
    }
    return migrate(error);
}

bool SqliteStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QCoreApplication::translate("qd::SqliteStore", "%1: cannot lock it to check its schema: %2").arg(m_path, q.lastError().text());
        return false;
    }
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version > schemaVersion()) {
        q.exec(QStringLiteral("ROLLBACK"));
        *error = QCoreApplication::translate("qd::SqliteStore",
                                             "%1 was written by a newer Quarterdeck (schema %2; this one knows up to %3). It was left "
                                             "untouched: use the newer version, or another data folder.")
                     .arg(m_path)
                     .arg(version)
                     .arg(schemaVersion());
        return false;
    }
    for (int n = version; n < schemaVersion(); ++n) {
        for (const QString &statement : migrations()[n]) {
            if (!q.exec(statement)) {
                *error = QCoreApplication::translate("qd::SqliteStore", "%1: migration %2 failed: %3").arg(m_path).arg(n + 1).arg(q.lastError().text());
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    if (version < schemaVersion())
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion()));
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = QCoreApplication::translate("qd::SqliteStore", "%1: cannot commit its schema: %2").arg(m_path, q.lastError().text());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool SqliteStore::inWriteTransaction(const std::function<bool(QSqlQuery &)> &body, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // IMMEDIATE: the write lock from the start, so a per-console sequence
    // read inside cannot be taken by another writer meanwhile.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!body(q)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

std::optional<Incident> SqliteStore::declare(const Incident &draft, const QString &actor, QString *error)
{
    Incident incident = draft;
    if (incident.id.isNull())
        incident.id = QUuid::createUuid();
    if (!incident.declaredAt.isValid())
        incident.declaredAt = m_clock.now();
    const bool done = inWriteTransaction(
        [&](QSqlQuery &q) {
            q.prepare(QStringLiteral("INSERT INTO incidents (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(QLatin1String(kIncidentColumns)));
            q.addBindValue(idText(incident.id));
            q.addBindValue(orEmpty(incident.title));
            q.addBindValue(int(incident.severity));
            q.addBindValue(int(incident.status));
            q.addBindValue(orEmpty(incident.environment));
            q.addBindValue(incident.drill);
            q.addBindValue(orEmpty(incident.commander));
            q.addBindValue(iso(incident.declaredAt));
            q.addBindValue(incident.resolvedAt.isValid() ? QVariant(iso(incident.resolvedAt)) : QVariant());
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            TimelineEvent declared;
            declared.incidentId = incident.id;
            declared.kind = QStringLiteral("declared");
            declared.actor = actor;
            declared.key = true;
            declared.text = QCoreApplication::translate("qd::SqliteStore", "Declared %1 (%2): %3")
                                .arg(Incident::severityName(incident.severity), Incident::severityWord(incident.severity), incident.title);
            declared.data = QJsonObject{{QStringLiteral("title"), incident.title},
                                        {QStringLiteral("severity"), int(incident.severity)},
                                        {QStringLiteral("environment"), incident.environment},
                                        {QStringLiteral("drill"), incident.drill}};
            return insertEvent(declared, error).has_value();
        },
        error);
    return done ? std::optional<Incident>(incident) : std::nullopt;
}

std::optional<TimelineEvent> SqliteStore::append(TimelineEvent event, QString *error)
{
    std::optional<TimelineEvent> done;
    const bool committed = inWriteTransaction(
        [&](QSqlQuery &q) {
            done = insertEvent(std::move(event), error);
            if (!done)
                return false;
            // Changes of what the header shows, in the same transaction as the event.
            const QJsonValue to = done->data.value(QStringLiteral("to"));
            QString column;
            QVariant value;
            if (done->kind == u"status") {
                column = QStringLiteral("status = ?, resolved_at = ?");
                value = to.toInt();
            } else if (done->kind == u"severity") {
                column = QStringLiteral("severity = ?");
                value = to.toInt();
            } else if (done->kind == u"commander") {
                column = QStringLiteral("commander = ?");
                value = to.toString();
            } else if (done->kind == u"title") {
                column = QStringLiteral("title = ?");
                value = to.toString();
            }
            if (column.isEmpty())
                return true;
            q.prepare(QStringLiteral("UPDATE incidents SET %1 WHERE id = ?").arg(column));
            q.addBindValue(value);
            if (done->kind == u"status")
                q.addBindValue(to.toInt() == int(Incident::Status::Resolved) ? QVariant(iso(done->recordedAt)) : QVariant());
            q.addBindValue(idText(done->incidentId));
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        },
        error);
    return committed ? done : std::nullopt;
}

std::optional<TimelineEvent> SqliteStore::insertEvent(TimelineEvent event, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    if (event.id.isNull())
        event.id = QUuid::createUuid();
    event.consoleId = m_consoleId;
    event.recordedAt = m_clock.now();
    // The next number of this console, read under the write lock the
    // caller's BEGIN IMMEDIATE holds: no other writer can take it meanwhile.
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(console_seq), 0) + 1 FROM events WHERE console_id = ?"));
    q.addBindValue(m_consoleId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    event.consoleSeq = q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO events (id, incident_id, console_id, console_seq, kind, actor, text, data, recorded_at, occurred_at, "
                             "key, corrects) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(idText(event.id));
    q.addBindValue(idText(event.incidentId));
    q.addBindValue(event.consoleId);
    q.addBindValue(event.consoleSeq);
    q.addBindValue(orEmpty(event.kind));
    q.addBindValue(orEmpty(event.actor));
    q.addBindValue(orEmpty(event.text));
    q.addBindValue(QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)));
    q.addBindValue(iso(event.recordedAt));
    q.addBindValue(event.occurredAt.isValid() ? QVariant(iso(event.occurredAt)) : QVariant());
    q.addBindValue(event.key);
    q.addBindValue(event.corrects.isNull() ? QVariant() : QVariant(idText(event.corrects)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    event.order = q.lastInsertId().toLongLong();
    return event;
}

QList<Incident> SqliteStore::incidents(bool openOnly, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM incidents %2 ORDER BY declared_at DESC")
                    .arg(QLatin1String(kIncidentColumns),
                         openOnly ? QStringLiteral("WHERE status <> %1").arg(int(Incident::Status::Resolved)) : QString()))) {
        *error = q.lastError().text();
        return {};
    }
    QList<Incident> out;
    while (q.next())
        out.append(incidentFrom(q));
    return out;
}

std::optional<Incident> SqliteStore::incident(const QUuid &id, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(QLatin1String(kIncidentColumns)));
    q.addBindValue(idText(id));
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        *error = QCoreApplication::translate("qd::SqliteStore", "no incident %1").arg(idText(id));
        return std::nullopt;
    }
    return incidentFrom(q);
}

QList<TimelineEvent> SqliteStore::events(const QUuid &incident, qint64 afterOrder, int limit, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ord, id, console_id, console_seq, kind, actor, text, data, recorded_at, occurred_at, key, corrects "
                             "FROM events WHERE incident_id = ? AND ord > ? ORDER BY ord LIMIT ?"));
    q.addBindValue(idText(incident));
    q.addBindValue(afterOrder);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    QList<TimelineEvent> out;
    while (q.next()) {
        TimelineEvent e;
        e.order = q.value(0).toLongLong();
        e.id = QUuid::fromString(q.value(1).toString());
        e.incidentId = incident;
        e.consoleId = q.value(2).toString();
        e.consoleSeq = q.value(3).toLongLong();
        e.kind = q.value(4).toString();
        e.actor = q.value(5).toString();
        e.text = q.value(6).toString();
        e.data = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.recordedAt = fromIso(q.value(8));
        e.occurredAt = fromIso(q.value(9));
        e.key = q.value(10).toBool();
        if (!q.value(11).isNull())
            e.corrects = QUuid::fromString(q.value(11).toString());
        out.append(e);
    }
    return out;
}

qint64 SqliteStore::dataVersion()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

QString SqliteStore::integrityCheck()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace qd
