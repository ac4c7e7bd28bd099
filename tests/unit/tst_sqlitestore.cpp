#include "manualclock.h"
#include "sqlitestore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
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
