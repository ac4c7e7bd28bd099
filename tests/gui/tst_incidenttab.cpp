#include "incidentservice.h"
#include "incidentwidget.h"
#include "manualclock.h"
#include "sqlitestore.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace qd;
using namespace Qt::StringLiterals;

// The Incident tab offscreen, on a real store with its worker thread:
// declare → note → status change, and an incident declared from a terminal.
class TestIncidentTab final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC)};

private slots:
    void declareNoteStatus()
    {
        QThread thread;
        auto *service = new IncidentService(m_dir.filePath(u"a.db"_s), u"console"_s, m_clock);
        service->moveToThread(&thread);
        connect(&thread, &QThread::finished, service, &QObject::deleteLater);
        thread.start();
        {
            IncidentWidget w(service, m_clock);
            w.setActor(u"ana"_s);
            QAbstractItemModelTester tester(w.timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            w.resize(1000, 600);
            w.show();
            QMetaObject::invokeMethod(service, &IncidentService::open);
            QVERIFY(w.findChild<QLabel *>(u"incidentEmpty"_s)->isVisible());

            Incident draft;
            draft.title = u"Trade service down"_s;
            draft.severity = Incident::Severity::Sev1;
            w.declare(draft);
            QTRY_COMPARE(w.timeline()->rowCount(), 1);
            QVERIFY(w.header()->text().contains(u"SEV1 Critical"_s));
            QVERIFY(w.header()->text().contains(u"Investigating"_s));
            QVERIFY(w.header()->text().contains(u"IC ana"_s));
            QVERIFY(w.header()->text().contains(u"Trade service down"_s));
            m_clock.advance(std::chrono::seconds(754));
            QTRY_VERIFY(w.header()->text().contains(u"00:12:34 since declared"_s));

            // Enter records; the note leaves the box only once committed.
            QTest::keyClicks(w.noteBox(), u"orders stuck since 02:58"_s);
            QTest::keyClick(w.noteBox(), Qt::Key_Return);
            QTRY_COMPARE(w.timeline()->rowCount(), 2);
            QTRY_VERIFY(w.noteBox()->text().isEmpty());
            QVERIFY(!w.noteBox()->isReadOnly());
            QCOMPARE(w.timeline()->index(1, TimelineModel::TextColumn).data().toString(), u"orders stuck since 02:58"_s);
            QCOMPARE(w.timeline()->index(1, TimelineModel::ActorColumn).data().toString(), u"ana"_s);
            QVERIFY(w.timeline()->index(1, TimelineModel::TimeColumn).data(Qt::ToolTipRole).toString().contains(u"UTC"_s));
            QVERIFY(!w.timeline()->event(1).occurredAt.isValid());   // said without a time: when recorded

            // A note that starts with a time: noticed then, recorded now.
            const QString at = m_clock.now().addSecs(-600).toLocalTime().toString(u"HH:mm"_s);
            QTest::keyClicks(w.noteBox(), at + u" first alert on the bot channel"_s);
            QTest::keyClick(w.noteBox(), Qt::Key_Return);
            QTRY_COMPARE(w.timeline()->rowCount(), 3);
            QCOMPARE(w.timeline()->event(2).text, u"first alert on the bot channel"_s);
            QCOMPARE(w.timeline()->event(2).occurredAt.toLocalTime().toString(u"HH:mm"_s), at);
            QVERIFY(w.timeline()->event(2).occurredAt < w.timeline()->event(2).recordedAt);

            // Status from the box in the header: an event, and the header follows.
            const int identified = w.statusBox()->findData(int(Incident::Status::Identified));
            w.statusBox()->setCurrentIndex(identified);
            emit w.statusBox()->activated(identified);
            QTRY_COMPARE(w.timeline()->rowCount(), 4);
            QCOMPARE(w.timeline()->index(3, TimelineModel::KindColumn).data().toString(), u"status"_s);
            QTRY_VERIFY(w.header()->text().contains(u"Identified"_s));
            // Rows keep one height, whatever their text (a long timeline paints fast).
            QTableView *view = w.findChild<QTableView *>(u"timelineView"_s);
            QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);

            // Ctrl+K marks the selected note a key event: a new event, the
            // note itself shown bold; again, and it is not.
            QVERIFY(!w.timeline()->event(1).key);
            view->setFocus();
            view->setCurrentIndex(w.timeline()->index(1, 0));
            QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
            QTRY_COMPARE(w.timeline()->rowCount(), 5);
            QCOMPARE(w.timeline()->event(4).kind, u"key"_s);
            QCOMPARE(w.timeline()->event(4).corrects, w.timeline()->event(1).id);
            QVERIFY(w.timeline()->event(1).key);
            QVERIFY(w.timeline()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
            view->setCurrentIndex(w.timeline()->index(1, 0));
            QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
            QTRY_COMPARE(w.timeline()->rowCount(), 6);
            QVERIFY(!w.timeline()->event(1).key);
        }
        thread.quit();
        thread.wait();
    }

    // 100,000 events in the store's page size, the model checked by
    // QAbstractItemModelTester at every batch, shown in a fixed-row view.
    void hundredThousandEvents()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setModel(&model);
        view.resize(900, 500);
        view.show();
        const QDateTime start(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC);
        QElapsedTimer t;
        t.start();
        for (int batch = 0; batch < 20; ++batch) {
            QList<TimelineEvent> page;
            page.reserve(5000);
            for (int i = 0; i < 5000; ++i) {
                TimelineEvent e;
                e.order = batch * 5000 + i + 1;
                e.kind = u"note"_s;
                e.actor = u"probe"_s;
                e.text = u"event %1"_s.arg(e.order);
                e.recordedAt = start.addMSecs(e.order * 100);
                e.key = i == 0;
                page.append(e);
            }
            model.append(page);
        }
        view.scrollToBottom();
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.index(99999, TimelineModel::TextColumn).data().toString(), u"event 100000"_s);
        QVERIFY(model.index(95000, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(95001, 0).data(Qt::FontRole).isValid());
        qInfo("100,000 events appended in 20 batches and shown: %lld ms", qint64(t.elapsed()));
    }

    void followsAnIncidentDeclaredFromATerminal()
    {
        const QString file = m_dir.filePath(u"b.db"_s);
        QThread thread;
        auto *service = new IncidentService(file, u"console"_s, m_clock);
        service->moveToThread(&thread);
        connect(&thread, &QThread::finished, service, &QObject::deleteLater);
        thread.start();
        {
            IncidentWidget w(service, m_clock);
            w.show();
            QMetaObject::invokeMethod(service, &IncidentService::open);
            QTest::qWait(100);
            {
                SqliteStore cli(file, u"cli@host"_s, m_clock);
                QString error;
                QVERIFY(cli.open(&error));
                Incident draft;
                draft.title = u"Data feed stale"_s;
                QVERIFY(cli.declare(draft, u"ben"_s, &error));
            }
            QTRY_VERIFY_WITH_TIMEOUT(w.incident().title == u"Data feed stale"_s, 2000);
            QTRY_COMPARE(w.timeline()->rowCount(), 1);
            QVERIFY(!w.findChild<QLabel *>(u"incidentEmpty"_s)->isVisible());
        }
        thread.quit();
        thread.wait();
    }
};

QTEST_MAIN(TestIncidentTab)
#include "tst_incidenttab.moc"
