#include "quarterdeckrun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `quarterdeck incident …` as a responder runs it: the real binary on a
// real store, several at once.
class TestIncidentCommand final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QuarterdeckRun run(const QString &store, QStringList args)
    {
        args.prepend(u"incident"_s);
        args << u"--store"_s << store << u"--as"_s << u"ana"_s;
        return runQuarterdeck(args);
    }

private slots:
    void declareNoteListShow()
    {
        const QString store = m_dir.filePath(u"one.db"_s);
        QuarterdeckRun r = run(store, {u"declare"_s, u"Trade service down"_s, u"--severity"_s, u"sev1"_s, u"--environment"_s, u"production"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(u"SEV1 (Critical): Trade service down"_s), r.out.constData());
        // One open incident: the note goes to it without naming it.
        r = run(store, {u"note"_s, u"orders"_s, u"stuck"_s, u"since"_s, u"02:58"_s});
        QCOMPARE(r.code, 0);
        r = run(store, {u"declare"_s, u"Drill: data feed"_s, u"--drill"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QString drillId = QJsonDocument::fromJson(r.out).object().value(u"id"_s).toString();
        QVERIFY(!drillId.isEmpty());
        // Two open: which one must be said.
        r = run(store, {u"note"_s, u"which?"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("2 incidents are open"), r.err.constData());
        r = run(store, {u"note"_s, u"--incident"_s, drillId.left(6), u"feed restarted"_s});
        QCOMPARE(r.code, 0);

        r = run(store, {u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QString tradeId;
        for (const QJsonValue &v : list)
            if (v.toObject().value(u"title"_s) == u"Trade service down"_s)
                tradeId = v.toObject().value(u"id"_s).toString();
        QVERIFY(!tradeId.isEmpty());
        r = run(store, {u"show"_s, tradeId.left(8), u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(u"severity"_s).toString(), u"SEV1"_s);
        QCOMPARE(shown.value(u"environment"_s).toString(), u"production"_s);
        const QJsonArray events = shown.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].toObject().value(u"kind"_s).toString(), u"declared"_s);
        QCOMPARE(events[1].toObject().value(u"text"_s).toString(), u"orders stuck since 02:58"_s);
        QCOMPARE(events[1].toObject().value(u"actor"_s).toString(), u"ana"_s);
        // Text for people.
        r = run(store, {u"show"_s, tradeId});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("orders stuck since 02:58") && r.out.contains("Investigating"), r.out.constData());

        // "We noticed at 02:58": the time it happened, besides the time it was recorded.
        r = run(store, {u"note"_s, u"--incident"_s, tradeId.left(8), u"--at"_s, u"2026-11-20T02:58:00Z"_s, u"first alert"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject noticed = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(noticed.value(u"occurred_at"_s).toString(), u"2026-11-20T02:58:00.000Z"_s);
        QVERIFY(noticed.value(u"recorded_at"_s).toString() != noticed.value(u"occurred_at"_s).toString());
        r = run(store, {u"note"_s, u"--incident"_s, tradeId.left(8), u"--at"_s, u"25:99"_s, u"x"_s});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("not a time"));

        r = run(store, {u"show"_s, u"ffffffff"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no incident ffffffff"));
        r = run(store, {u"declare"_s, u"x"_s, u"--severity"_s, u"urgent"_s});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("not a severity"));
    }

    // Responders in several terminals at once: every note recorded once,
    // the command line's sequence without gaps or repeats.
    // Fields, status and evidence from a terminal: the same events the
    // console records, with what was expected when a value is wrong.
    void setFieldsAndEvidence()
    {
        const QString store = m_dir.filePath(u"set.db"_s);
        QuarterdeckRun r = run(store, {u"declare"_s, u"Disk full"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QString id = QJsonDocument::fromJson(r.out).object().value(u"id"_s).toString();
        r = run(store, {u"set"_s, u"role.deputy"_s, u"ben"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Deputy: ben"), r.out.constData());
        r = run(store, {u"set"_s, u"time.detected"_s, u"2026-11-22T02:58:00Z"_s});
        QCOMPARE(r.code, 0);
        r = run(store, {u"set"_s, u"rootCause"_s, u"Logs"_s, u"never"_s, u"rotated"_s});
        QCOMPARE(r.code, 0);
        r = run(store, {u"set"_s, u"time.mitigated"_s, u"later"_s});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains("'later' is not a time"), r.err.constData());
        r = run(store, {u"set"_s, u"blame"_s, u"ben"_s});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains("no field 'blame'") && r.err.contains("impact.users"), r.err.constData());

        QFile log(m_dir.filePath(u"app.log"_s));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("ERROR disk quota exceeded\n");
        log.close();
        r = run(store, {u"note"_s, u"--attach"_s, log.fileName()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Evidence: app.log"), r.out.constData());
        r = run(store, {u"note"_s, u"--attach"_s, m_dir.filePath(u"missing.log"_s), u"x"_s});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains("missing.log: cannot read it"), r.err.constData());
        // Command output piped in.
        QProcess piped;
        piped.start(QStringLiteral(QD_BINARY_DIR "/quarterdeck"),
                    {u"incident"_s, u"note"_s, u"--attach"_s, u"-"_s, u"df on the DB host"_s, u"--store"_s, store, u"--as"_s, u"ana"_s});
        QVERIFY(piped.waitForStarted());
        piped.write("/dev/sda1  50G  50G  0  100% /\n");
        piped.closeWriteChannel();
        QVERIFY(piped.waitForFinished(30000));
        QCOMPARE(piped.exitCode(), 0);

        r = run(store, {u"set"_s, u"status"_s, u"resolved"_s});
        QCOMPARE(r.code, 0);
        r = run(store, {u"set"_s, u"status"_s, u"investigating"_s});
        QCOMPARE(r.code, 1);   // none open now: which one must be said
        r = run(store, {u"set"_s, u"status"_s, u"investigating"_s, u"--incident"_s, id.left(8)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Reopened: Resolved → Investigating"), r.out.constData());

        r = run(store, {u"show"_s, id.left(8), u"--json"_s});
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(u"status"_s).toString(), u"Investigating"_s);
        const QJsonObject fields = shown.value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"role.deputy"_s).toString(), u"ben"_s);
        QCOMPARE(fields.value(u"time.detected"_s).toString(), u"2026-11-22T02:58:00Z"_s);
        QCOMPARE(fields.value(u"rootCause"_s).toString(), u"Logs never rotated"_s);
        QStringList kinds;
        QJsonArray evidence;
        for (const QJsonValue &v : shown.value(u"events"_s).toArray()) {
            kinds.append(v[u"kind"_s].toString());
            if (v[u"kind"_s].toString() == u"evidence")
                evidence.append(v[u"data"_s][u"attachments"_s].toArray().first());
        }
        QCOMPARE(kinds, (QStringList{u"declared"_s, u"role"_s, u"field"_s, u"field"_s, u"evidence"_s, u"evidence"_s, u"status"_s, u"status"_s}));
        QCOMPARE(evidence[0][u"name"_s].toString(), u"app.log"_s);
        QCOMPARE(evidence[1][u"name"_s].toString(), u"stdin.txt"_s);
        QCOMPARE(evidence[1][u"sha256"_s].toString(),
                 QString::fromLatin1(QCryptographicHash::hash("/dev/sda1  50G  50G  0  100% /\n", QCryptographicHash::Sha256).toHex()));
        r = run(store, {u"show"_s, id.left(8)});
        QVERIFY2(r.out.contains("Deputy: ben") && r.out.contains("+ stdin.txt, 31 bytes"), r.out.constData());
    }

    // `quarterdeck export`: the post-mortem as Markdown, to a file written
    // atomically or to stdout; what nobody wrote yet is listed on stderr.
    void exportThePostMortem()
    {
        const QString store = m_dir.filePath(u"export.db"_s);
        QCOMPARE(run(store, {u"declare"_s, u"Feed stale"_s, u"--severity"_s, u"SEV2"_s}).code, 0);
        QCOMPARE(run(store, {u"set"_s, u"rootCause"_s, u"vendor outage"_s}).code, 0);
        const QString file = m_dir.filePath(u"pm.md"_s);
        QuarterdeckRun r = runQuarterdeck({u"export"_s, u"--store"_s, store, u"-o"_s, file});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("not written yet (shown as «field»): incident.environment, incident.detected, incident.summary, "), r.err.constData());
        QVERIFY(!r.err.contains("incident.rootCause"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray md = f.readAll();
        QVERIFY(md.startsWith("# Post-mortem: Feed stale\n"));
        QVERIFY(md.contains("## Root cause\n\nvendor outage\n"));
        QVERIFY(md.contains("«incident.summary»"));
        r = runQuarterdeck({u"export"_s, u"--store"_s, store});
        QVERIFY(r.out.startsWith("# Post-mortem: Feed stale\n"));
        // A PDF needs a file; its format comes from the suffix, or --format.
        r = runQuarterdeck({u"export"_s, u"--store"_s, store, u"--format"_s, u"pdf"_s});
        QCOMPARE(r.code, 64);
        r = runQuarterdeck({u"export"_s, u"--store"_s, store, u"--format"_s, u"docx"_s, u"-o"_s, file});
        QCOMPARE(r.code, 64);
        const QString pdf = m_dir.filePath(u"pm.pdf"_s);
        r = runQuarterdeck({u"export"_s, u"--store"_s, store, u"-o"_s, pdf});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        const QString html = m_dir.filePath(u"report"_s);
        r = runQuarterdeck({u"export"_s, u"--store"_s, store, u"--format"_s, u"html"_s, u"-o"_s, html});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("<h2>Root cause</h2>\n<p>vendor outage</p>"));
        r = runQuarterdeck({u"export"_s, u"--store"_s, store, u"--incident"_s, u"ffffffff"_s});
        QCOMPARE(r.code, 1);
    }

    void severalTerminalsAtOnce()
    {
        const QString store = m_dir.filePath(u"many.db"_s);
        QCOMPARE(run(store, {u"declare"_s, u"Busy"_s}).code, 0);
        QList<QProcess *> procs;
        for (int i = 0; i < 24; ++i) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(QD_BINARY_DIR "/quarterdeck"),
                     {u"incident"_s, u"note"_s, u"note %1"_s.arg(i), u"--store"_s, store, u"--as"_s, u"t%1"_s.arg(i % 4)});
            procs.append(p);
        }
        for (QProcess *p : std::as_const(procs)) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        const QuarterdeckRun r = run(store, {u"show"_s, QJsonDocument::fromJson(run(store, {u"list"_s, u"--json"_s}).out)
                                                           .array()
                                                           .first()
                                                           .toObject()
                                                           .value(u"id"_s)
                                                           .toString(),
                                             u"--json"_s});
        const QJsonArray events = QJsonDocument::fromJson(r.out).object().value(u"events"_s).toArray();
        QCOMPARE(events.size(), 25);
        QSet<QString> texts;
        QSet<qint64> seqs;
        for (const QJsonValue &v : events) {
            texts.insert(v.toObject().value(u"text"_s).toString());
            seqs.insert(v.toObject().value(u"console_seq"_s).toInteger());
        }
        QCOMPARE(texts.size(), 25);
        QCOMPARE(seqs.size(), 25);
        QCOMPARE(*std::max_element(seqs.cbegin(), seqs.cend()), 25);
    }

    void newerStoreIsRefusedAndKept()
    {
        const QString store = m_dir.filePath(u"newer.db"_s);
        QCOMPARE(run(store, {u"declare"_s, u"Old"_s}).code, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(store);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 42"_s);
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        const QuarterdeckRun r = run(store, {u"list"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("newer Quarterdeck") && r.err.contains("schema 42"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestIncidentCommand)
#include "tst_incidentcommand.moc"
