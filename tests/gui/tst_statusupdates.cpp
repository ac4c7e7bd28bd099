#include "httpsink.h"
#include "incidentservice.h"
#include "incidentwidget.h"
#include "manualclock.h"
#include "postmortemwidget.h"
#include "secrets.h"
#include "sqlitestore.h"
#include "timelinemodel.h"
#include "updatecomposerdialog.h"
#include "updatepublisher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QPointer>
#include <QScopeGuard>
#include <QTest>
#include <QTextBrowser>
#include <QThread>

using namespace qd;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using qd::test::HttpSink;

// Issue 7 in the Incident tab, offscreen, on a real store with its worker
// thread: the cadence countdown moved by a clock (due, overdue, reset by a
// published update), the composer (templates from the bundle, the team's
// folder and a runbook; a field left unfilled listed; published to a file
// and to a webhook on a loopback sink that fails once, then takes it), and
// the post-mortem page rebuilding as the update lands, prose saved to the
// record, a PDF exported.
class TestStatusUpdates final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"quarterdeck-test"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void cadenceComposerPostMortem()
    {
        // The webhooks' far end: fails the first post, takes the rest.
        HttpSink sink;
        QVERIFY(sink.listen());
        sink.script("/hook", {HttpSink::answer(500, "Internal Server Error")});
        QDir(m_dir.path()).mkdir(u"templates"_s);
        QFile own(m_dir.filePath(u"templates/desk.mustache"_s));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("{{! title: Trading desk | audience: team }}\nDesk: {{incident.title}} is {{incident.status}}. {{update.deskNote}}\n");
        own.close();
        QFile broken(m_dir.filePath(u"templates/broken.mustache"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{{! title: Broken }}\n{{#incident}} never closed\n");
        broken.close();

        QThread thread;
        auto *service = new IncidentService(m_dir.filePath(u"u.db"_s), u"console"_s, m_clock);
        service->moveToThread(&thread);
        connect(&thread, &QThread::finished, service, &QObject::deleteLater);
        thread.start();
        // Stopped however the test ends (a failed check returns early).
        const auto stop = qScopeGuard([&thread] {
            thread.quit();
            thread.wait();
        });
        {
            Secrets secrets(nullptr);   // no keychain here: a token typed is kept for the session
            UpdatePublisher publisher(service, &secrets);
            publisher.setRetryDelays({100, 100});
            IncidentWidget w(service, m_clock);
            w.setActor(u"ana"_s);
            w.setPublisher(&publisher);
            Profile profile;
            profile.environment.name = u"production"_s;
            profile.templateFolder = m_dir.filePath(u"templates"_s);
            profile.webhooks = {WebhookSpec{u"ops-chat"_s, sink.url(u"/hook"_s).toString(), u"team"_s, false},
                                WebhookSpec{u"desk-slack"_s, sink.url(u"/services/"_s).toString() + u"{token}"_s, u"team"_s, false}};
            profile.objectives = {Objective{u"trade"_s, Millis(15 * 60'000), Millis(-1), {}}};
            w.setProfile(profile);
            Runbook runbook;
            runbook.path = u"/runbooks/rollback.md"_s;
            runbook.templates = {Runbook::Template{u"Rollback › Communication › Rollback Notification"_s,
                                                   u"ROLLBACK started at [TIMESTAMP] for {{incident.title}}"_s, {}, 1, 2}};
            w.setRunbooks({runbook});
            QSignalSpy messages(&w, &IncidentWidget::message);
            w.resize(1300, 800);
            w.show();
            QMetaObject::invokeMethod(service, &IncidentService::open);
            Incident draft;
            draft.title = u"Trade service down"_s;
            draft.severity = Incident::Severity::Sev1;
            draft.environment = u"production"_s;
            w.declare(draft);
            QTRY_COMPARE(w.timeline()->rowCount(), 1);

            // The seeds' cadence: the first update 5 minutes in.
            QLabel *cadence = w.cadenceLabel();
            QTRY_COMPARE(cadence->text(), u"Update #1 due in 5:00"_s);
            m_clock.advance(3min + 48s);
            QTRY_COMPARE(cadence->text(), u"Update #1 due in 1:12"_s);
            m_clock.advance(72s);
            QTRY_COMPARE(cadence->text(), u"Update #1 due now"_s);
            QTRY_VERIFY(!messages.isEmpty());
            QVERIFY(messages.last().first().toString().contains(u"Update #1 due now"_s));
            m_clock.advance(3min);   // grace: half of 5 minutes
            QTRY_COMPARE(cadence->text(), u"Update #1 overdue by 3:00"_s);
            QCOMPARE(w.cadenceState(), UpdateCadence::State::Overdue);

            // The composer: bundled, the team's, the runbook's.
            w.composeUpdate();
            UpdateComposerDialog *c = w.composer();
            QVERIFY(c);
            QCOMPARE(c->templateBox()->count(), 8 + 2 + 1);
            // A template mustache cannot read: said, and nothing to publish.
            c->templateBox()->setCurrentIndex(c->templateBox()->findText(u"Broken (broken.mustache)"_s));
            QVERIFY(c->findChild<QLabel *>(u"updateMissing"_s)->text().startsWith(u"This template cannot be read"_s));
            QVERIFY(c->editor()->toPlainText().isEmpty());
            QVERIFY(!c->publishButton()->isEnabled());
            QVERIFY(c->templateBox()->findText(u"Trading desk (desk.mustache)"_s) >= 0);
            const int runbookTemplate = c->templateBox()->findText(u"Rollback Notification (rollback.md)"_s);
            QVERIFY(runbookTemplate >= 0);
            c->templateBox()->setCurrentIndex(runbookTemplate);
            QCOMPARE(c->editor()->toPlainText(), u"ROLLBACK started at [TIMESTAMP] for Trade service down"_s);
            QVERIFY(c->findChild<QLabel *>(u"updateMissing"_s)->text().contains(u"[TIMESTAMP]"_s));

            c->templateBox()->setCurrentIndex(c->templateBox()->findText(u"Trading desk (desk.mustache)"_s));
            QCOMPARE(c->editor()->toPlainText(), u"Desk: Trade service down is Investigating. «update.deskNote»\n"_s);
            QVERIFY(c->findChild<QLabel *>(u"updateMissing"_s)->text().contains(u"«update.deskNote»"_s));
            QVERIFY(c->publishButton()->isEnabled());
            c->editor()->setPlainText(u"Desk: Trade service down is Investigating. Orders paused."_s);
            QCOMPARE(c->findChild<QLabel *>(u"updateMissing"_s)->text(), u"Everything is filled."_s);
            QVERIFY(c->findChild<QTextBrowser *>(u"updatePreview"_s)->toPlainText().contains(u"Orders paused."_s));
            // The team webhook is offered for the team audience, ticked.
            QListWidget *hooks = c->findChild<QListWidget *>(u"updateWebhooks"_s);
            QCOMPARE(hooks->count(), 2);
            QCOMPARE(hooks->item(0)->checkState(), Qt::Checked);
            QCOMPARE(hooks->item(1)->checkState(), Qt::Checked);
            const QString file = m_dir.filePath(u"update-1.md"_s);
            c->findChild<QLineEdit *>()->setText(file);
            for (QCheckBox *box : c->findChildren<QCheckBox *>())
                if (box->text().contains(u"file"_s))
                    box->setChecked(true);
            c->publishButton()->click();
            QVERIFY(!c->publishButton()->isEnabled());

            // Recorded, written, posted on the second attempt, counted.
            QTRY_COMPARE(sink.requests.size(), 2);
            QCOMPARE(sink.requests.first().body, sink.requests.last().body);
            QCOMPARE(sink.count("/hook"), 2);
            QVERIFY(sink.requests.last().body.contains("Orders paused."));
            QTRY_VERIFY(QFile::exists(file));   // written off the UI thread, atomically
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QCOMPARE(written.readAll(), QByteArray("Desk: Trade service down is Investigating. Orders paused."));
            QListWidget *log = c->deliveries();
            QTRY_VERIFY(!log->findItems(u"Update #1 posted to ops-chat on attempt 2"_s, Qt::MatchExactly).isEmpty());
            QVERIFY(!log->findItems(u"attempt 1 failed (HTTP 500"_s, Qt::MatchContains).isEmpty());
            // The webhook whose token nobody stored yet: not sent, said so;
            // the token set from the composer, the retry takes it there.
            QTRY_VERIFY(!log->findItems(u"Update #1 NOT posted to desk-slack: no token"_s, Qt::MatchStartsWith).isEmpty());
            QTRY_VERIFY(c->retryButton()->isEnabled());
            c->setToken(u"desk-slack"_s, u"T01/B02/s3cret"_s);
            QTRY_VERIFY(!log->findItems(u"desk-slack: token kept for this session only"_s, Qt::MatchStartsWith).isEmpty());
            c->retryButton()->click();
            QTRY_VERIFY(!log->findItems(u"Update #1 posted to desk-slack"_s, Qt::MatchExactly).isEmpty());
            QCOMPARE(sink.requests.last().path, QByteArray("/services/T01/B02/s3cret"));
            QCOMPARE(sink.requests.last().body, sink.requests.first().body);
            QVERIFY(!c->retryButton()->isEnabled());
            QTRY_COMPARE(w.updatesPublished(), 1);
            // The next is due an interval after this one.
            QTRY_COMPARE(cadence->text(), u"Update #2 due in 5:00"_s);
            bool update = false, delivery = false;
            QTRY_VERIFY2(([&] {
                             for (int i = 0; i < w.timeline()->rowCount(); ++i) {
                                 const TimelineEvent e = w.timeline()->event(i);
                                 update = update || (e.kind == u"update" && e.data.value(u"number"_s).toInt() == 1 && e.key);
                                 delivery = delivery || (e.kind == u"update-delivery" && e.data.value(u"ok"_s).toBool());
                             }
                             return update && delivery;
                         }()),
                         "update and delivery events on the timeline");
            c->close();

            // A teammate publishes while this composer is open: this one
            // takes the next number when it is published, not the stale one.
            QTRY_VERIFY(!w.composer());   // the first one is gone once closed
            w.composeUpdate();
            UpdateComposerDialog *second = w.composer();
            QVERIFY(second);
            TimelineEvent theirs;
            theirs.incidentId = w.incident().id;
            theirs.kind = u"update"_s;
            theirs.actor = u"ben"_s;
            theirs.text = u"Update #2 published to team"_s;
            theirs.data = QJsonObject{{u"number"_s, 2}, {u"audience"_s, u"team"_s}};
            QMetaObject::invokeMethod(service, [service, theirs] { service->append(theirs); });
            QTRY_COMPARE(w.updatesPublished(), 2);
            QListWidget *hooks2 = second->findChild<QListWidget *>(u"updateWebhooks"_s);
            for (int i = 0; i < hooks2->count(); ++i)
                hooks2->item(i)->setCheckState(Qt::Unchecked);
            second->editor()->setPlainText(u"All quiet."_s);
            // A file that cannot be written is said and recorded, not lost.
            const QString nowhere = m_dir.filePath(u"no/such/folder/update.md"_s);
            second->findChild<QLineEdit *>()->setText(nowhere);
            for (QCheckBox *box : second->findChildren<QCheckBox *>())
                if (box->text().contains(u"file"_s))
                    box->setChecked(true);
            second->setConfirmExternal(false);
            second->publishButton()->click();
            QTRY_VERIFY(!second->deliveries()->findItems(u"Update #3 NOT written to "_s + nowhere, Qt::MatchStartsWith).isEmpty());
            QTRY_VERIFY(!second->deliveries()->findItems(u"Update #2 was published meanwhile: this one is #3"_s, Qt::MatchExactly).isEmpty());
            QTRY_VERIFY(!second->deliveries()->findItems(u"Update #3 recorded on the timeline"_s, Qt::MatchStartsWith).isEmpty());
            QTRY_COMPARE(w.updatesPublished(), 3);
            second->close();

            // Esc on a typed, unpublished update asks first; Cancel keeps it.
            QTRY_VERIFY(!w.composer());
            w.composeUpdate();
            QPointer<UpdateComposerDialog> typed = w.composer();
            QVERIFY(typed);
            typed->editor()->setPlainText(u"Half a sentence"_s);
            QTest::keyClick(typed, Qt::Key_Escape);
            QMessageBox *discard = nullptr;
            QTRY_VERIFY((discard = typed->findChild<QMessageBox *>(u"updateDiscard"_s)) && discard->isVisible());
            discard->button(QMessageBox::Cancel)->click();
            QTest::qWait(100);
            QVERIFY(typed && typed->isVisible());
            QCOMPARE(typed->editor()->toPlainText(), u"Half a sentence"_s);
            typed->close();
            QTRY_VERIFY((discard = typed->findChild<QMessageBox *>(u"updateDiscard"_s)) && discard->isVisible());
            for (QAbstractButton *b : discard->buttons())
                if (discard->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            QTRY_VERIFY(!typed);
            QCOMPARE(w.updatesPublished(), 3);

            // An update for stakeholders asks first; Cancel (the default,
            // so Return does not send it) sends and records nothing.
            QTRY_VERIFY(!w.composer());
            w.composeUpdate();
            UpdateComposerDialog *third = w.composer();
            QVERIFY(third);
            third->audienceBox()->setCurrentIndex(third->audienceBox()->findData(u"stakeholders"_s));
            third->editor()->setPlainText(u"Trading is paused while we restore the service."_s);
            third->publishButton()->click();
            QMessageBox *ask = nullptr;
            QTRY_VERIFY((ask = third->findChild<QMessageBox *>(u"updateConfirm"_s)) && ask->isVisible());
            QVERIFY(ask->text().contains(u"Stakeholders"_s));
            QCOMPARE(ask->defaultButton(), ask->button(QMessageBox::Cancel));
            ask->button(QMessageBox::Cancel)->click();
            QTest::qWait(300);
            QCOMPARE(w.updatesPublished(), 3);
            QVERIFY(third->publishButton()->isEnabled());
            third->publishButton()->click();
            QTRY_VERIFY((ask = third->findChild<QMessageBox *>(u"updateConfirm"_s)) && ask->isVisible());
            for (QAbstractButton *b : ask->buttons())
                if (ask->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            QTRY_COMPARE(w.updatesPublished(), 4);
            third->close();

            // The post-mortem page: rebuilt with the update, prose saved.
            w.showPostMortem();
            PostMortemWidget *pm = w.postMortem();
            QTRY_VERIFY2(pm->markdown().contains(u"| 1 | 2026-11-22 03:08 | ana | team | Trading desk | clipboard, "_s), qPrintable(pm->markdown()));
            QTRY_VERIFY(pm->preview()->toPlainText().contains(u"Trading desk"_s));
            QVERIFY(pm->markdown().contains(u"| trade | 15 m |"_s));
            QPlainTextEdit *rootCause = pm->proseEditor(u"rootCause"_s);
            rootCause->setFocus();
            QTest::keyClicks(rootCause, u"A renamed config key."_s);
            QTRY_VERIFY_WITH_TIMEOUT(w.incident().field(u"rootCause"_s) == u"A renamed config key."_s, 8000);
            QTRY_VERIFY(pm->markdown().contains(u"## Root cause\n\nA renamed config key."_s));
            // Leaving a box saves it at once (not only after a pause), and a
            // box typed in is not overwritten by what comes back meanwhile.
            QPlainTextEdit *factors = pm->proseEditor(u"contributingFactors"_s);
            w.activateWindow();   // focus moves only in the active window
            QVERIFY(QTest::qWaitForWindowActive(&w));
            factors->setFocus();
            QTest::keyClicks(factors, u"No config check in CI."_s);
            QTest::keyClick(factors, Qt::Key_Tab);
            QTRY_VERIFY_WITH_TIMEOUT(w.incident().field(u"contributingFactors"_s) == u"No config check in CI."_s, 1200);
            QPlainTextEdit *lessons = pm->proseEditor(u"lessons"_s);
            QTest::keyClicks(lessons, u"Check"_s);
            pm->setIncident(w.incident());   // a change from elsewhere arrives
            QCOMPARE(lessons->toPlainText(), u"Check"_s);
            pm->commitAll();
            QTRY_COMPARE(w.incident().field(u"lessons"_s), u"Check"_s);
            QTRY_VERIFY(pm->preview()->toPlainText().contains(u"A renamed config key."_s));
            const QString pdf = m_dir.filePath(u"pm.pdf"_s);
            pm->exportTo(pdf);
            QTRY_VERIFY(QFile::exists(pdf));
            QFile p(pdf);
            QVERIFY(p.open(QIODevice::ReadOnly));
            QCOMPARE(p.read(5), QByteArray("%PDF-"));

            // A user template mustache cannot read: said, never exported.
            pm->setTemplateText(u"# {{incident.title}}\n{{#timeline}} never closed\n"_s);
            QLabel *state = pm->findChild<QLabel *>(u"postMortemState"_s);
            QTRY_VERIFY(state->text().startsWith(u"The post-mortem template cannot be read"_s));
            QVERIFY(pm->markdown().isEmpty());
            QSignalSpy said(pm, &PostMortemWidget::message);
            const QString none = m_dir.filePath(u"none.md"_s);
            pm->exportTo(none);
            QCOMPARE(said.size(), 1);
            QVERIFY(!QFile::exists(none));
        }
    }
};

QTEST_MAIN(TestStatusUpdates)
#include "tst_statusupdates.moc"
