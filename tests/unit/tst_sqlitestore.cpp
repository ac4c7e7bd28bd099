#include "incidentchange.h"
#include "manualclock.h"
#include "sqlitestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QJsonObject>
#include <QTest>

using namespace qd;
using namespace Qt::StringLiterals;

namespace {

// A second, plain connection to the same file: what another program sees.
struct Raw
{
    explicit Raw(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        db.open();
    }
    ~Raw() { QSqlDatabase::removeDatabase(u"raw"_s); }
    QVariant one(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(u"raw"_s));
        if (!q.exec(sql) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        return q.value(0);
    }
};

} // namespace

// The embedded store on real files: round trips, the schema's own rules,
// two writers on one file, and a newer schema left alone.
class TestSqliteStore final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC)};

    QString path(const char *name) { return m_dir.filePath(QLatin1String(name)); }

private slots:
    // Two consoles on one store numbering status updates from what each
    // had seen: the second #1 is refused, with the number it would be.
    void updateNumbersAreNotShared()
    {
        const QString file = path("updates.db");
        SqliteStore a(file, u"console-a"_s, m_clock);
        SqliteStore b(file, u"console-b"_s, m_clock);
        QString error;
        QVERIFY2(a.open(&error) && b.open(&error), qPrintable(error));
        Incident draft;
        draft.title = u"Feed stale"_s;
        const QUuid id = a.declare(draft, u"ana"_s, &error)->id;
        const auto update = [&id](int number) {
            TimelineEvent e;
            e.incidentId = id;
            e.kind = u"update"_s;
            e.actor = u"ana"_s;
            e.text = u"Update #%1 published to team"_s.arg(number);
            e.data = QJsonObject{{u"number"_s, number}};
            return e;
        };
        QVERIFY2(a.append(update(1), &error), qPrintable(error));
        QVERIFY(!b.append(update(1), &error));
        QCOMPARE(error, u"update #1 has been published already; this one would be #2"_s);
        QVERIFY2(b.append(update(2), &error), qPrintable(error));
        QVERIFY(!a.append(update(4), &error));   // nor a gap
        QCOMPARE(b.events(id, 0, 100, &error).size(), 3);   // declared, #1, #2
    }

    void declareNoteStatusAndReadBack()
    {
        const QString file = path("round.db");
        QUuid id;
        {
            SqliteStore store(file, u"console-a"_s, m_clock);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            Incident draft;
            draft.title = u"Trade service down"_s;
            draft.severity = Incident::Severity::Sev1;
            draft.environment = u"production"_s;
            draft.commander = u"ana"_s;
            const std::optional<Incident> incident = store.declare(draft, u"ana"_s, &error);
            QVERIFY2(incident, qPrintable(error));
            id = incident->id;
            QVERIFY(!id.isNull());
            QCOMPARE(incident->declaredAt, m_clock.now());

            m_clock.advance(std::chrono::minutes(3));
            TimelineEvent note;
            note.incidentId = id;
            note.kind = u"note"_s;
            note.actor = u"ana"_s;
            note.text = u"orders stuck since 02:58"_s;
            note.occurredAt = QDateTime(QDate(2026, 11, 22), QTime(2, 58), Qt::UTC);   // noticed earlier
            note.key = true;
            const std::optional<TimelineEvent> recorded = store.append(note, &error);
            QVERIFY2(recorded, qPrintable(error));
            QCOMPARE(recorded->consoleSeq, 2);   // the declaration was 1
            QCOMPARE(recorded->recordedAt, m_clock.now());

            TimelineEvent status;
            status.incidentId = id;
            status.kind = u"status"_s;
            status.actor = u"ana"_s;
            status.text = u"Identified: bad deploy of trade 2.4.1"_s;
            status.data = {{u"from"_s, int(Incident::Status::Investigating)}, {u"to"_s, int(Incident::Status::Identified)}};
            QVERIFY2(store.append(status, &error), qPrintable(error));

            // A correction is a new event pointing at the old one.
            TimelineEvent fix;
            fix.incidentId = id;
            fix.kind = u"note"_s;
            fix.text = u"orders stuck since 02:55"_s;
            fix.corrects = recorded->id;
            QVERIFY2(store.append(fix, &error), qPrintable(error));
        }
        // Read by a new store, as after a restart.
        SqliteStore store(file, u"console-a"_s, m_clock);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QList<Incident> open = store.incidents(true, &error);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().id, id);
        QCOMPARE(open.first().status, Incident::Status::Identified);
        QCOMPARE(open.first().severity, Incident::Severity::Sev1);
        QCOMPARE(open.first().commander, u"ana"_s);
        const QList<TimelineEvent> events = store.events(id, 0, 100, &error);
        QCOMPARE(events.size(), 4);
        QStringList kinds;
        for (const TimelineEvent &e : events)
            kinds.append(e.kind);
        QCOMPARE(kinds, (QStringList{u"declared"_s, u"note"_s, u"status"_s, u"note"_s}));
        QCOMPARE(events[1].occurredAt, QDateTime(QDate(2026, 11, 22), QTime(2, 58), Qt::UTC));
        QCOMPARE(events[1].recordedAt, QDateTime(QDate(2026, 11, 22), QTime(3, 3), Qt::UTC));
        QVERIFY(events[1].key);
        QCOMPARE(events[3].corrects, events[1].id);
        QCOMPARE(events[2].data.value(u"to"_s).toInt(), int(Incident::Status::Identified));
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].consoleId, u"console-a"_s);
            QCOMPARE(events[i].consoleSeq, i + 1);
        }
        // Paging by recording order.
        QCOMPARE(store.events(id, events[1].order, 1, &error).first().kind, u"status"_s);

        // Resolved: no longer open, its time kept.
        TimelineEvent resolved;
        resolved.incidentId = id;
        resolved.kind = u"status"_s;
        resolved.data = {{u"to"_s, int(Incident::Status::Resolved)}};
        QVERIFY(store.append(resolved, &error));
        QVERIFY(store.incidents(true, &error).isEmpty());
        QCOMPARE(store.incident(id, &error)->resolvedAt, m_clock.now());
        QCOMPARE(store.integrityCheck(), u"ok"_s);
    }

    void fileSettingsAndAppendOnly()
    {
        const QString file = path("rules.db");
        SqliteStore store(file, u"c"_s, m_clock);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        Incident draft;
        draft.title = u"t"_s;
        const QUuid id = store.declare(draft, u"me"_s, &error)->id;
        Raw raw(file);
        QCOMPARE(raw.one(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(raw.one(u"PRAGMA user_version"_s).toInt(), SqliteStore::schemaVersion());
        // The record cannot be changed or removed, whoever tries.
        QString why;
        raw.one(u"UPDATE events SET text = 'rewritten'"_s, &why);
        QVERIFY2(why.contains(u"append-only"_s), qPrintable(why));
        raw.one(u"DELETE FROM events"_s, &why);
        QVERIFY2(why.contains(u"append-only"_s), qPrintable(why));
        QCOMPARE(store.events(id, 0, 10, &error).size(), 1);
        // An event for no incident is refused (foreign keys are on).
        TimelineEvent orphan;
        orphan.incidentId = QUuid::createUuid();
        orphan.kind = u"note"_s;
        QVERIFY(!store.append(orphan, &error));
        QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));
    }

    void newerSchemaIsLeftAlone()
    {
        const QString file = path("newer.db");
        {
            SqliteStore store(file, u"c"_s, m_clock);
            QString error;
            QVERIFY(store.open(&error));
        }
        {
            Raw raw(file);
            raw.one(u"PRAGMA user_version = 99"_s);
            QCOMPARE(raw.one(u"PRAGMA user_version"_s).toInt(), 99);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        SqliteStore store(file, u"c"_s, m_clock);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"newer Quarterdeck"_s) && error.contains(u"schema 99"_s) && error.contains(file), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void twoConsolesOnOneFile()
    {
        const QString file = path("two.db");
        SqliteStore a(file, u"console-a"_s, m_clock);
        SqliteStore b(file, u"console-b"_s, m_clock);
        QString error;
        QVERIFY2(a.open(&error) && b.open(&error), qPrintable(error));
        Incident draft;
        draft.title = u"shared"_s;
        const QUuid id = a.declare(draft, u"a"_s, &error)->id;
        for (int i = 0; i < 50; ++i) {
            TimelineEvent e;
            e.incidentId = id;
            e.kind = u"note"_s;
            e.text = QString::number(i);
            QVERIFY2((i % 2 ? a : b).append(e, &error), qPrintable(error));
        }
        const QList<TimelineEvent> events = b.events(id, 0, 1000, &error);
        QCOMPARE(events.size(), 51);
        qint64 lastA = 0, lastB = 0, lastOrder = 0;
        for (const TimelineEvent &e : events) {
            qint64 &last = e.consoleId == u"console-a" ? lastA : lastB;
            QCOMPARE(e.consoleSeq, last + 1);   // no gaps, no repeats, per console
            last = e.consoleSeq;
            QVERIFY(e.order > lastOrder);
            lastOrder = e.order;
        }
        QCOMPARE(lastA, 26);
        QCOMPARE(lastB, 25);
    }

    // The editor's fields: each change an event saying what it was and
    // became, the incident keeping the result, bad values refused whole.
    void editorFieldsAndActionItems()
    {
        const QString file = path("fields.db");
        SqliteStore store(file, u"c"_s, m_clock);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        Incident draft;
        draft.title = u"Bot halted"_s;
        draft.commander = u"ana"_s;
        const QUuid id = store.declare(draft, u"ana"_s, &error)->id;
        const auto set = [&](const QString &field, const QString &to) {
            return store.append(IncidentChange::fieldEvent(id, field, to, u"ana"_s), &error);
        };
        std::optional<TimelineEvent> e = set(u"role.deputy"_s, u"ben"_s);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->kind, u"role"_s);
        QCOMPARE(e->text, u"Deputy: ben"_s);
        e = set(u"role.deputy"_s, u"cy"_s);
        QCOMPARE(e->data.value(u"from"_s).toString(), u"ben"_s);   // what the store held
        QCOMPARE(e->text, u"Deputy: cy (was ben)"_s);
        QVERIFY(set(u"role.commander"_s, u"dee"_s));
        QVERIFY(set(u"time.detected"_s, u"2026-11-22T02:58:00Z"_s));
        QVERIFY(set(u"time.declared"_s, u"2026-11-22T02:59:30+01:00"_s));   // an offset: kept as UTC
        QVERIFY(set(u"impact.users"_s, u"  about 40  "_s));
        e = set(u"rootCause"_s, u"Disk full on the DB host.\nLogs were never rotated."_s);
        QCOMPARE(e->text, u"Root cause: Disk full on the DB host."_s);
        const qsizetype before = store.events(id, 0, 100, &error).size();
        QVERIFY(!set(u"time.mitigated"_s, u"half past two"_s));
        QVERIFY2(error.contains(u"Mitigated"_s) && error.contains(u"half past two"_s), qPrintable(error));
        QVERIFY(!set(u"time.declared"_s, QString()));
        QVERIFY(!set(u"blameworthy"_s, u"x"_s));
        QVERIFY2(error.contains(u"blameworthy"_s), qPrintable(error));
        QCOMPARE(store.events(id, 0, 100, &error).size(), before);   // refused: nothing recorded

        ActionItem item;
        item.id = u"a1"_s;
        item.action = u"Rotate the DB host's logs"_s;
        item.owner = u"ben"_s;
        item.due = QDate(2026, 12, 1);
        item.priority = u"High"_s;
        QCOMPARE(store.append(IncidentChange::actionItemEvent(id, item, u"ana"_s), &error)->text, u"Action item added: Rotate the DB host's logs (ben)"_s);
        ActionItem second{u"a2"_s, u"Alert on disk at 80%"_s, {}, {}, u"Medium"_s, false};
        QVERIFY(store.append(IncidentChange::actionItemEvent(id, second, u"ana"_s), &error));
        item.done = true;
        e = store.append(IncidentChange::actionItemEvent(id, item, u"ben"_s), &error);
        QCOMPARE(e->text, u"Action item done: Rotate the DB host's logs"_s);
        QCOMPARE(e->data.value(u"from"_s).toObject().value(u"done"_s).toBool(), false);
        QVERIFY(!store.append(IncidentChange::actionItemEvent(id, ActionItem{}, u"ana"_s), &error));

        // Another connection, as after a restart, reads it all back.
        SqliteStore again(file, u"d"_s, m_clock);
        QVERIFY(again.open(&error));
        const Incident back = *again.incident(id, &error);
        QCOMPARE(back.field(u"role.deputy"_s), u"cy"_s);
        QCOMPARE(back.commander, u"dee"_s);
        QCOMPARE(back.time(u"time.detected"_s), QDateTime(QDate(2026, 11, 22), QTime(2, 58), Qt::UTC));
        QCOMPARE(back.declaredAt, QDateTime(QDate(2026, 11, 22), QTime(1, 59, 30), Qt::UTC));
        QCOMPARE(back.field(u"impact.users"_s), u"about 40"_s);
        QCOMPARE(back.field(u"rootCause"_s), u"Disk full on the DB host.\nLogs were never rotated."_s);
        const QList<ActionItem> items = back.actionItems();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0], item);
        QCOMPARE(items[1], second);
        // Emptied: gone from the fields, and said so.
        e = set(u"impact.users"_s, QString());
        QCOMPARE(e->data.value(u"from"_s).toString(), u"about 40"_s);
        QVERIFY(!again.incident(id, &error)->fields.contains(u"impact.users"_s));
    }

    // Filters by kind and actor and search by words, done by the store's
    // indexes: the plan names them, and "key" marks always come along.
    void filterAndSearchUseTheIndexes()
    {
        const QString file = path("search.db");
        SqliteStore store(file, u"c"_s, m_clock);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        Incident draft;
        draft.title = u"search"_s;
        const QUuid id = store.declare(draft, u"ana"_s, &error)->id;
        const QUuid other = store.declare(draft, u"ana"_s, &error)->id;
        const QStringList actors{u"ana"_s, u"ben"_s, u"probe"_s};
        QUuid deploymentNote;
        for (int i = 0; i < 300; ++i) {
            TimelineEvent e;
            e.incidentId = i % 10 == 9 ? other : id;
            e.kind = i % 3 == 2 ? u"service-state"_s : u"note"_s;
            e.actor = actors[i % 3];
            e.text = i == 40 ? u"Rolled back the Deployment of v2.4.1 (café)"_s : u"entry %1"_s.arg(i);
            const auto done = store.append(e, &error);
            QVERIFY2(done, qPrintable(error));
            if (i == 40)
                deploymentNote = done->id;
        }
        TimelineEvent mark;
        mark.incidentId = id;
        mark.kind = u"key"_s;
        mark.actor = u"ben"_s;
        mark.corrects = deploymentNote;
        mark.data = QJsonObject{{u"key"_s, true}};
        QVERIFY(store.append(mark, &error));

        const auto count = [&](const TimelineFilter &f, const QString &kind = {}) {
            int n = 0;
            for (const TimelineEvent &e : store.events(id, f, 0, 100000, &error))
                n += kind.isEmpty() || e.kind == kind;
            return n;
        };
        // 270 of the 300 in this incident: 180 notes, 90 service states.
        QCOMPARE(count({{u"note"_s}, {}, {}}, u"note"_s), 180);
        QCOMPARE(count({{u"note"_s}, {}, {}}, u"service-state"_s), 0);
        QCOMPARE(count({{u"note"_s}, {}, {}}, u"key"_s), 1);   // the mark comes along
        QCOMPARE(count({{}, u"probe"_s, {}}, u"service-state"_s), 90);
        QCOMPARE(count({{u"note"_s}, u"probe"_s, {}}, u"note"_s), 0);
        // Words, prefixes, any case, accents folded; FTS syntax typed is just text.
        QCOMPARE(count({{}, {}, u"deploy"_s}, u"note"_s), 1);
        QCOMPARE(count({{}, {}, u"ROLLED v2"_s}, u"note"_s), 1);
        QCOMPARE(count({{}, {}, u"cafe"_s}, u"note"_s), 1);
        QCOMPARE(count({{}, {}, u"rolled nothing"_s}, u"note"_s), 0);
        QCOMPARE(count({{}, {}, u"\"entry\" AND (NEAR OR *"_s}, u"note"_s), 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // "12" is a prefix: notes 12, 120, 121, 123, 124, 126, 127 of this incident.
        QCOMPARE(count({{}, {}, u"entry 12"_s}, u"note"_s), 7);
        // The facets for the filter boxes.
        QCOMPARE(store.kinds(id, &error), (QStringList{u"declared"_s, u"key"_s, u"note"_s, u"service-state"_s}));
        QCOMPARE(store.actors(id, &error), (QStringList{u"ana"_s, u"ben"_s, u"probe"_s}));

        Raw raw(file);
        const auto plan = [&](const QString &sql) {
            QSqlQuery q(QSqlDatabase::database(u"raw"_s));
            q.exec(u"EXPLAIN QUERY PLAN "_s + sql);
            QStringList steps;
            while (q.next())
                steps.append(q.value(3).toString());
            return steps.join(u"; "_s);
        };
        // The store's own queries: each filter on its index, never a walk
        // over every event of the incident (SCAN, or the incident's index
        // alone, would be that walk).
        SqliteStore reader(file, u"plan"_s, m_clock);
        QVERIFY(reader.open(&error));
        // A walk: a SCAN of the table, or the incident's index read by its
        // range (fetching one event by `ord`, after a full-text match, is fine).
        const auto walks = [](const QStringList &steps) {
            return std::any_of(steps.cbegin(), steps.cend(), [](const QString &step) {
                return (step.startsWith(u"SCAN events"_s) && !step.contains(u"VIRTUAL TABLE"_s))
                       || (step.contains(u"events_by_incident"_s) && !step.contains(u"ord=?"_s));
            });
        };
        TimelineFilter byActor;
        byActor.actor = u"probe"_s;
        TimelineFilter byKind;
        byKind.kinds = {u"note"_s};
        TimelineFilter byText;
        byText.text = u"deploy"_s;
        for (const auto &[filter, index] : {std::pair{byActor, u"events_by_actor"_s}, std::pair{byKind, u"events_by_kind"_s},
                                            std::pair{byText, u"events_fts"_s}}) {
            const QStringList steps = reader.eventsPlan(id, filter);
            const QString p = steps.join(u"; "_s);
            QVERIFY2(p.contains(index), qPrintable(p));
            QVERIFY2(!walks(steps), qPrintable(p));
        }
        const QString fts = plan(u"SELECT rowid FROM events_fts WHERE events_fts MATCH '\"deploy\"*'"_s);
        QVERIFY2(fts.contains(u"VIRTUAL TABLE INDEX"_s), qPrintable(fts));
    }

    // Evidence: files copied into the store with the event, checksummed,
    // as append-only as the timeline.
    void evidenceIsKeptInTheStore()
    {
        const QString file = path("evidence.db");
        SqliteStore store(file, u"c"_s, m_clock);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        Incident draft;
        draft.title = u"evidence"_s;
        const QUuid id = store.declare(draft, u"ana"_s, &error)->id;
        QByteArray binary(300000, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919) & 0xff);
        const QByteArray output = "Filesystem  Size Used Avail Use%\n/dev/sda1  50G  50G  0  100%\n";
        TimelineEvent e;
        e.incidentId = id;
        e.kind = u"evidence"_s;
        e.text = u"df on the DB host"_s;
        const auto done = store.append(e, {Attachment{u"df.txt"_s, output, {}}, Attachment{u"core.bin"_s, binary, {}}}, &error);
        QVERIFY2(done, qPrintable(error));
        const QJsonArray listed = done->data.value(u"attachments"_s).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].toObject().value(u"name"_s).toString(), u"df.txt"_s);
        QCOMPARE(listed[1].toObject().value(u"size"_s).toInteger(), 300000);
        QCOMPARE(listed[1].toObject().value(u"sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(binary, QCryptographicHash::Sha256).toHex()));
        const QList<Attachment> back = store.attachments(done->id, &error);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].content, output);
        QCOMPARE(back[1].content, binary);
        QCOMPARE(store.events(id, 0, 10, &error).last().data, done->data);
        Raw raw(file);
        QString why;
        raw.one(u"DELETE FROM attachments"_s, &why);
        QVERIFY2(why.contains(u"append-only"_s), qPrintable(why));
    }

    // A file of schema 1 (issue 5's first cut) opens migrated: old events
    // searchable, incidents with empty fields, nothing lost.
    void migratesSchemaOne()
    {
        const QString file = path("v1.db");
        const QString incident = QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            Raw raw(file);
            for (const QString &statement : SqliteStore::migrationStatements(1))
                QVERIFY(QSqlQuery(QSqlDatabase::database(u"raw"_s)).exec(statement));
            QSqlQuery q(QSqlDatabase::database(u"raw"_s));
            QVERIFY(q.exec(u"INSERT INTO incidents VALUES ('%1', 'old one', 2, 0, '', 0, 'ana', '2026-11-01T10:00:00.000Z', NULL)"_s.arg(incident)));
            QVERIFY(q.exec(u"INSERT INTO events (id, incident_id, console_id, console_seq, kind, actor, text, recorded_at) VALUES "
                           "('%1', '%2', 'c', 1, 'note', 'ana', 'replica lag climbing', '2026-11-01T10:01:00.000Z')"_s
                               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), incident)));
            QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        }
        SqliteStore store(file, u"c"_s, m_clock);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QUuid id = QUuid::fromString(incident);
        QCOMPARE(store.incident(id, &error)->title, u"old one"_s);
        QVERIFY(store.incident(id, &error)->fields.isEmpty());
        QCOMPARE(store.events(id, {{}, {}, u"replica"_s}, 0, 10, &error).size(), 1);
        QVERIFY(store.append(IncidentChange::fieldEvent(id, u"summary"_s, u"lag"_s, u"ana"_s), &error));
        QCOMPARE(store.events(id, {{}, {}, u"lag"_s}, 0, 10, &error).size(), 2);   // the new one is indexed too
    }

    void unwritablePlaceSaysWhere()
    {
        SqliteStore store(u"/proc/quarterdeck/incidents.db"_s, u"c"_s, m_clock);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"/proc/quarterdeck/incidents.db"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
