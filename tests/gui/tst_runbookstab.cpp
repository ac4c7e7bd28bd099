#include "runbooklibrary.h"
#include "runbookswidget.h"

#include "profile.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidgetItemIterator>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace qd;
using namespace Qt::StringLiterals;

// The Runbooks tab over the library as the console runs it: the example
// runbook parsed on the pool, shown as procedures and steps with their
// gates, the section's Markdown beside them, and read again when saved.
class TestRunbooksTab final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void showsProceduresStepsAndSource()
    {
        const QString path = m_dir.filePath(u"rollback.md"_s);
        QVERIFY(QFile::copy(QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/sandbox-rollback.md"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        RunbookLibrary library;
        RunbooksWidget w;
        connect(&library, &RunbookLibrary::runbooksChanged, &w, &RunbooksWidget::setRunbooks);
        QSignalSpy changed(&library, &RunbookLibrary::runbooksChanged);
        w.resize(1300, 800);
        w.show();
        // The sandbox profile's backup sets: the restore's file name is bound to one.
        Profile profile;
        BackupSetSpec marketData;
        marketData.name = u"market-data"_s;
        marketData.folder = m_dir.filePath(u"backups/market-data"_s);
        marketData.pattern = u"marketdata_{YYYYMMDD}_{HHMMSS}.sql.gz"_s;
        profile.backups.append(marketData);
        library.setProfile(profile);
        library.open(path);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !changed.last().at(0).value<QList<Runbook>>().isEmpty(), 5000);
        changed.clear();

        QTreeWidget *tree = w.tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Cryptobot Sandbox Rollback Procedures"_s);
        // Procedures nest under their headings, each name whole.
        QStringList procedures;
        for (QTreeWidgetItemIterator it(tree->topLevelItem(0)); *it; ++it) {
            int depth = 0;
            for (QTreeWidgetItem *p = (*it)->parent(); p; p = p->parent())
                ++depth;
            procedures.append(QString(depth * 2, u' ') + (*it)->text(0));
        }
        QCOMPARE(procedures, (QStringList{u"Cryptobot Sandbox Rollback Procedures"_s, u"  Preparation for Rollback"_s,
                                          u"  Service-Level Rollback"_s, u"    Bad Deploy Rollback"_s, u"  Data Recovery"_s,
                                          u"    Restore Market Data from Backup"_s}));
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            QVERIFY2(tree->visualItemRect(*it).width() > 0, qPrintable((*it)->text(0)));
        // A heading row lists what is under it.
        tree->setCurrentItem(tree->topLevelItem(0)->child(1));
        QVERIFY(w.findChild<QPlainTextEdit *>(u"stepCode"_s)->toPlainText().startsWith(u"Service-Level Rollback › Bad Deploy Rollback — 6 step"_s));

        QVERIFY(w.selectProcedure(path, u"Data Recovery › Restore Market Data from Backup"_s));
        QTreeWidget *steps = w.steps();
        // "When to use" heads the procedure; the steps follow.
        QVERIFY(w.findChild<QLabel *>(u"procedureHeader"_s)->text().contains(u"When: the newest market-data backup is corrupt"_s));
        QCOMPARE(steps->topLevelItemCount(), 5);
        QCOMPARE(steps->topLevelItem(1)->text(1), u"Restore it"_s);
        QCOMPARE(steps->topLevelItem(1)->text(3), u"GATE"_s);
        QVERIFY(steps->topLevelItem(1)->toolTip(3).contains(u"older state"_s));
        QCOMPARE(steps->topLevelItem(1)->text(4), u"YYYYMMDD_HHMMSS → backup of market-data"_s);
        QCOMPARE(steps->topLevelItem(3)->text(2), u"SQL"_s);
        // The section in context, rendered from the document's own lines.
        QVERIFY(w.source()->toPlainText().contains(u"When to use:"_s));
        QVERIFY(!w.source()->toPlainText().contains(u"Communication Templates"_s));
        // Its code blocks stand apart from each other: tinted, with space above.
        int tinted = 0, spaced = 0;
        for (QTextBlock b = w.source()->document()->begin(); b.isValid(); b = b.next()) {
            tinted += b.blockFormat().background().style() != Qt::NoBrush;
            spaced += b.blockFormat().background().style() != Qt::NoBrush && b.blockFormat().topMargin() >= 4;
        }
        QVERIFY2(tinted >= 3 && spaced >= 2, qPrintable(u"%1 tinted, %2 spaced"_s.arg(tinted).arg(spaced)));
        // The step's command with its gate.
        steps->setCurrentItem(steps->topLevelItem(1));
        const QString code = w.findChild<QPlainTextEdit *>(u"stepCode"_s)->toPlainText();
        QVERIFY2(code.startsWith(u"GATE: a restore or rollback script puts an older state"_s), qPrintable(code));
        QVERIFY(code.contains(u"./scripts/restore-from-backup.sh"_s));

        // Saved with a new procedure: read again, the selection kept.
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n## Extra\n\n```bash\n# 1. Look\nls\n```\n");
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItem(0)->childCount(), 4, 5000);
        QCOMPARE(tree->currentItem()->text(0), u"Restore Market Data from Backup"_s);
        QCOMPARE(w.steps()->topLevelItemCount(), 5);

        // Deleted mid-incident: the last good reading stays, marked, the
        // commander's place kept.
        changed.clear();
        QVERIFY(QFile::remove(path));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QCOMPARE(changed.last().at(1).toStringList(), QStringList());
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY2(tree->topLevelItem(0)->text(0).contains(u"unreadable"_s), qPrintable(tree->topLevelItem(0)->text(0)));
        QVERIFY(tree->topLevelItem(0)->toolTip(0).contains(u"rollback.md"_s));
        QCOMPARE(tree->currentItem()->text(0), u"Restore Market Data from Backup"_s);
        QCOMPARE(w.steps()->topLevelItemCount(), 5);
        QVERIFY(w.findChild<QLabel *>(u"procedureHeader"_s)->text().contains(u"last good reading"_s));
        // Back on disk: read again, the mark gone.
        QVERIFY(QFile::copy(QStringLiteral(QD_SOURCE_DIR "/examples/runbooks/sandbox-rollback.md"), path));
        QTRY_VERIFY_WITH_TIMEOUT(!tree->topLevelItem(0)->text(0).contains(u"unreadable"_s), 5000);
    }

    void unreadableFileIsShownNotFatal()
    {
        RunbookLibrary library;
        RunbooksWidget w;
        connect(&library, &RunbookLibrary::runbooksChanged, &w, &RunbooksWidget::setRunbooks);
        QSignalSpy changed(&library, &RunbookLibrary::runbooksChanged);
        library.open(m_dir.filePath(u"missing.md"_s));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(changed.first().at(1).toStringList().size(), 1);
        QVERIFY(w.tree()->topLevelItem(0)->text(0).contains(u"missing.md"_s));
    }
};

QTEST_MAIN(TestRunbooksTab)
#include "tst_runbookstab.moc"
