#include "actionitemmodel.h"
#include "dashboardmodels.h"
#include "dashboardwidget.h"
#include "heartbeatmodel.h"
#include "latencyhistory.h"
#include "mainwindow.h"
#include "objectivemodel.h"
#include "servicetablemodel.h"
#include "incidenteditor.h"
#include "incidentlistmodel.h"
#include "incidentservice.h"
#include "incidentwidget.h"
#include "manualclock.h"
#include "sqlitestore.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
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

    // A console's store side: the service on its worker thread.
    struct Console
    {
        QThread thread;
        IncidentService *service;
        Console(const QString &file, const Clock &clock)
            : service(new IncidentService(file, u"console"_s, clock))
        {
            service->moveToThread(&thread);
            QObject::connect(&thread, &QThread::finished, service, &QObject::deleteLater);
            thread.start();
        }
        ~Console()
        {
            thread.quit();
            thread.wait();
        }
    };

    static Incident draft(const QString &title)
    {
        Incident d;
        d.title = title;
        return d;
    }

private slots:
    void initTestCase()
    {
        // What the tab remembers between runs goes to this test's folder.
        QCoreApplication::setOrganizationName(u"quarterdeck-test"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

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

    // The details editor: every change an event, shown once recorded; a
    // bad time refused with what was expected, the typed text kept.
    void editorRecordsEachChange()
    {
        Console console(m_dir.filePath(u"editor.db"_s), m_clock);
        IncidentWidget w(console.service, m_clock);
        w.setActor(u"ana"_s);
        w.resize(1300, 800);
        w.show();
        QMetaObject::invokeMethod(console.service, &IncidentService::open);
        w.declare(draft(u"Orders stuck"_s));
        QTRY_COMPARE(w.timeline()->rowCount(), 1);
        w.showDetails();
        QSignalSpy messages(&w, &IncidentWidget::message);

        auto *deputy = qobject_cast<QLineEdit *>(w.editor()->editor(u"role.deputy"_s));
        QVERIFY(deputy && deputy->isEnabled());
        deputy->setFocus();
        QTest::keyClicks(deputy, u"ben"_s);
        QTest::keyClick(deputy, Qt::Key_Return);
        QTRY_COMPARE(w.incident().field(u"role.deputy"_s), u"ben"_s);
        QTRY_COMPARE(w.timeline()->rowCount(), 2);
        QCOMPARE(w.timeline()->event(1).kind, u"role"_s);
        QCOMPARE(w.timeline()->event(1).text, u"Deputy: ben"_s);

        auto *detected = qobject_cast<QLineEdit *>(w.editor()->editor(u"time.detected"_s));
        const QDateTime at = m_clock.now().addSecs(-1200);
        detected->setFocus();
        QTest::keyClicks(detected, u"soon"_s);
        QTest::keyClick(detected, Qt::Key_Return);
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().first().toString().contains(u"14:02"_s), qPrintable(messages.last().first().toString()));
        QCOMPARE(detected->text(), u"soon"_s);   // kept, to be corrected
        detected->clear();
        QTest::keyClicks(detected, at.toLocalTime().toString(u"HH:mm"_s));
        QTest::keyClick(detected, Qt::Key_Return);
        QTRY_VERIFY(w.incident().time(u"time.detected"_s).isValid());
        QCOMPARE(w.incident().time(u"time.detected"_s).toLocalTime().toString(u"HH:mm"_s), at.toLocalTime().toString(u"HH:mm"_s));
        QTRY_COMPARE(detected->text(), at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));

        // Prose: Ctrl+Enter saves (as does leaving the field or a pause).
        auto *cause = qobject_cast<QPlainTextEdit *>(w.editor()->editor(u"rootCause"_s));
        cause->setFocus();
        QTest::keyClicks(cause, u"Disk full"_s);
        QTest::keyClick(cause, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(w.incident().field(u"rootCause"_s), u"Disk full"_s);
        QCOMPARE(cause->toPlainText(), u"Disk full"_s);

        // An action item: Enter adds it; the boxes clear once it is recorded.
        QTest::keyClicks(w.editor()->newActionBox(), u"Rotate the DB host's logs"_s);
        QTest::keyClick(w.editor()->newActionBox(), Qt::Key_Return);
        QTRY_COMPARE(w.incident().actionItems().size(), 1);
        QTRY_VERIFY(w.editor()->newActionBox()->text().isEmpty());
        QAbstractItemModel *items = w.editor()->actionItems()->model();
        QCOMPARE(items->rowCount(), 1);
        QCOMPARE(items->index(0, ActionItemModel::ActionColumn).data().toString(), u"Rotate the DB host's logs"_s);
        QCOMPARE(items->index(0, ActionItemModel::PriorityColumn).data().toString(), u"Medium"_s);
        // Ticking it done asks for an event; the tick shows once recorded.
        items->setData(items->index(0, ActionItemModel::DoneColumn), Qt::Checked, Qt::CheckStateRole);
        QTRY_VERIFY(w.incident().actionItems().value(0).done);
        QCOMPARE(items->index(0, ActionItemModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTRY_VERIFY(w.timeline()->event(w.timeline()->rowCount() - 1).text.startsWith(u"Action item done"_s));
    }

    // Several incidents: the list switches between them; a resolved one
    // moves to the history and can be reopened, which is recorded.
    void listSwitchesResolvesAndReopens()
    {
        Console console(m_dir.filePath(u"list.db"_s), m_clock);
        IncidentWidget w(console.service, m_clock);
        w.setActor(u"ana"_s);
        w.show();
        QMetaObject::invokeMethod(console.service, &IncidentService::open);
        w.declare(draft(u"First"_s));
        QTRY_COMPARE(w.incident().title, u"First"_s);
        const QUuid first = w.incident().id;
        m_clock.advance(std::chrono::seconds(60));
        w.declare(draft(u"Second"_s));
        QTRY_COMPARE(w.incident().title, u"Second"_s);
        QTRY_COMPARE(w.incidents()->rowCount(), 2);
        QCOMPARE(w.incidents()->openCount(), 2);

        auto *list = w.findChild<QTableView *>(u"incidentList"_s);
        list->setCurrentIndex(w.incidents()->index(w.incidents()->rowOf(first), IncidentListModel::TitleColumn));
        QCOMPARE(w.incident().id, first);
        QTRY_COMPARE(w.timeline()->rowCount(), 1);
        QCOMPARE(w.timeline()->event(0).incidentId, first);

        const int resolved = w.statusBox()->findData(int(Incident::Status::Resolved));
        w.statusBox()->setCurrentIndex(resolved);
        emit w.statusBox()->activated(resolved);
        QTRY_COMPARE(w.incidents()->openCount(), 1);
        QCOMPARE(w.incidents()->incident(1).id, first);   // history after the open ones
        QVERIFY(!w.incidents()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        auto *reopen = w.findChild<QPushButton *>(u"reopenIncident"_s);
        QTRY_VERIFY(reopen->isVisible());
        QTRY_VERIFY(w.header()->text().contains(u"lasted"_s));
        reopen->click();
        QTRY_COMPARE(w.incidents()->openCount(), 2);
        QCOMPARE(w.incident().status, Incident::Status::Investigating);
        QTRY_COMPARE(w.timeline()->rowCount(), 3);
        QVERIFY(w.timeline()->event(2).text.startsWith(u"Reopened"_s));
        QVERIFY(!reopen->isVisible());
    }

    // Filters and search reach the store; entries from a terminal meet them.
    void filterAndSearch()
    {
        const QString file = m_dir.filePath(u"filter.db"_s);
        Console console(file, m_clock);
        IncidentWidget w(console.service, m_clock);
        w.setActor(u"ana"_s);
        w.show();
        QMetaObject::invokeMethod(console.service, &IncidentService::open);
        w.declare(draft(u"Feed stale"_s));
        QTRY_VERIFY(!w.incident().id.isNull());
        {
            SqliteStore cli(file, u"cli@host"_s, m_clock);
            QString error;
            QVERIFY(cli.open(&error));
            for (int i = 0; i < 30; ++i) {
                TimelineEvent e;
                e.incidentId = w.incident().id;
                e.kind = i % 2 ? u"service-state"_s : u"note"_s;
                e.actor = i % 2 ? u"probe"_s : u"ben"_s;
                e.text = i == 10 ? u"deployment 2.4.1 rolled back"_s : u"entry %1"_s.arg(i);
                QVERIFY(cli.append(e, &error));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(w.timeline()->rowCount(), 31, 3000);
        QTRY_COMPARE(w.actorFilter()->count(), 4);   // Anyone, ana, ben, probe
        w.actorFilter()->setCurrentIndex(w.actorFilter()->findText(u"probe"_s));
        emit w.actorFilter()->activated(w.actorFilter()->currentIndex());
        QTRY_COMPARE(w.timeline()->rowCount(), 15);
        for (int row = 0; row < 15; ++row)
            QCOMPARE(w.timeline()->event(row).actor, u"probe"_s);
        w.actorFilter()->setCurrentIndex(0);
        emit w.actorFilter()->activated(0);
        QTRY_COMPARE(w.timeline()->rowCount(), 31);

        w.focusSearch();
        QTest::keyClicks(w.searchBox(), u"deploy"_s);
        QTRY_COMPARE(w.timeline()->rowCount(), 1);
        QCOMPARE(w.timeline()->event(0).text, u"deployment 2.4.1 rolled back"_s);
        // A note recorded while filtered leaves the box though it is not shown.
        QTest::keyClicks(w.noteBox(), u"paged the data vendor"_s);
        QTest::keyClick(w.noteBox(), Qt::Key_Return);
        QTRY_VERIFY(w.noteBox()->text().isEmpty());
        QCOMPARE(w.timeline()->rowCount(), 1);
        w.searchBox()->clear();
        QTRY_COMPARE(w.timeline()->rowCount(), 32);
    }

    // Evidence: files staged with a note are copied into the store; a file
    // that cannot be read records nothing and keeps the note.
    void evidenceFromTheNoteBox()
    {
        const QString file = m_dir.filePath(u"evidence.db"_s);
        Console console(file, m_clock);
        IncidentWidget w(console.service, m_clock);
        w.setActor(u"ana"_s);
        w.show();
        QMetaObject::invokeMethod(console.service, &IncidentService::open);
        w.declare(draft(u"Disk full"_s));
        QTRY_COMPARE(w.timeline()->rowCount(), 1);
        QSignalSpy messages(&w, &IncidentWidget::message);

        w.stageFiles({m_dir.filePath(u"gone.txt"_s)});
        QTest::keyClicks(w.noteBox(), u"df output"_s);
        QTest::keyClick(w.noteBox(), Qt::Key_Return);
        QTRY_VERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().first().toString().contains(u"gone.txt"_s), qPrintable(messages.last().first().toString()));
        QCOMPARE(w.noteBox()->text(), u"df output"_s);
        QVERIFY(!w.noteBox()->isReadOnly());
        QCOMPARE(w.timeline()->rowCount(), 1);

        // The staged files button drops them; then the good file.
        auto *staged = w.findChild<QToolButton *>(u"stagedFiles"_s);
        QVERIFY(staged->isVisible());
        staged->click();
        QVERIFY(!staged->isVisible());
        QFile out(m_dir.filePath(u"df.txt"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("/dev/sda1  50G  50G  0  100% /\n");
        out.close();
        w.stageFiles({out.fileName()});
        QTest::keyClick(w.noteBox(), Qt::Key_Return);
        QTRY_VERIFY(w.noteBox()->text().isEmpty());
        QTRY_COMPARE(w.timeline()->rowCount(), 2);
        const TimelineEvent e = w.timeline()->event(1);
        QCOMPARE(e.kind, u"evidence"_s);
        const QJsonArray files = e.data.value(u"attachments"_s).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].toObject().value(u"name"_s).toString(), u"df.txt"_s);
        SqliteStore reader(file, u"reader"_s, m_clock);
        QString error;
        QVERIFY(reader.open(&error));
        QCOMPARE(reader.attachments(e.id, &error).value(0).content, QByteArray("/dev/sda1  50G  50G  0  100% /\n"));
    }

    // A restart shows what was shown: the incident, the page, and a note
    // typed but not recorded.
    void restoresWhereItWas()
    {
        const QString file = m_dir.filePath(u"restore.db"_s);
        QUuid first;
        {
            Console console(file, m_clock);
            IncidentWidget w(console.service, m_clock);
            w.setActor(u"ana"_s);
            w.show();
            QMetaObject::invokeMethod(console.service, &IncidentService::open);
            w.declare(draft(u"Older"_s));
            QTRY_COMPARE(w.incident().title, u"Older"_s);
            first = w.incident().id;
            m_clock.advance(std::chrono::seconds(30));
            w.declare(draft(u"Newer"_s));
            QTRY_COMPARE(w.incident().title, u"Newer"_s);
            QTRY_COMPARE(w.incidents()->rowCount(), 2);
            w.follow(w.incidents()->incident(w.incidents()->rowOf(first)));
            w.showDetails();
            QTest::keyClicks(w.noteBox(), u"half typed when the power went"_s);
        }   // no Enter: the console stops with the note in its box
        Console console(file, m_clock);
        IncidentWidget w(console.service, m_clock);
        w.show();
        QMetaObject::invokeMethod(console.service, &IncidentService::open);
        QTRY_COMPARE(w.incident().id, first);
        QCOMPARE(w.findChild<QTabWidget *>(u"incidentPages"_s)->currentIndex(), 1);
        QCOMPARE(w.noteBox()->text(), u"half typed when the power went"_s);
        QTRY_COMPARE(w.timeline()->rowCount(), 1);
    }

    void findGoesWhereTheCommanderIs()
    {
        // Ctrl+F searches the timeline on the Incident tab and filters the
        // services elsewhere: one action, so the key is never ambiguous.
        Console console(m_dir.filePath(u"find.db"_s), m_clock);
        ServiceTableModel services;
        HeartbeatModel heartbeats(&m_clock);
        ObjectiveModel objectives;
        LatencyHistory latency;
        MainWindow window({&services, &heartbeats, &objectives, &latency});
        auto *w = new IncidentWidget(console.service, m_clock);
        window.setIncidentWidget(w);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        window.showIncident();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->searchBox()));

        window.showBackups();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()) != nullptr);
        QVERIFY(window.dashboard()->isAncestorOf(QApplication::focusWidget()));
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
