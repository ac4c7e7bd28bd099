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
        QStringList procedures;
        for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
            procedures.append(tree->topLevelItem(0)->child(i)->text(0));
        QCOMPARE(procedures, (QStringList{u"Preparation for Rollback"_s, u"Service-Level Rollback › Trade Service Rollback"_s,
                                          u"Data Recovery › Restore Market Data from Backup"_s}));

        QVERIFY(w.selectProcedure(path, u"Data Recovery › Restore Market Data from Backup"_s));
        QTreeWidget *steps = w.steps();
        QCOMPARE(steps->topLevelItemCount(), 6);
        QCOMPARE(steps->topLevelItem(2)->text(1), u"Restore it"_s);
        QCOMPARE(steps->topLevelItem(2)->text(3), u"GATE"_s);
        QVERIFY(steps->topLevelItem(2)->toolTip(3).contains(u"overwrites"_s));
        QCOMPARE(steps->topLevelItem(2)->text(4), u"YYYYMMDD_HHMMSS → backup of market-data"_s);
        QCOMPARE(steps->topLevelItem(4)->text(2), u"SQL"_s);
        // The section in context, rendered from the document's own lines.
        QVERIFY(w.source()->toPlainText().contains(u"When to use:"_s));
        QVERIFY(!w.source()->toPlainText().contains(u"Communication Templates"_s));
        // The step's command with its gate.
        steps->setCurrentItem(steps->topLevelItem(2));
        const QString code = w.findChild<QPlainTextEdit *>(u"stepCode"_s)->toPlainText();
        QVERIFY2(code.startsWith(u"GATE: a restore overwrites"_s), qPrintable(code));
        QVERIFY(code.contains(u"./scripts/restore-from-backup.sh"_s));

        // Saved with a new procedure: read again, the selection kept.
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n## Extra\n\n```bash\n# 1. Look\nls\n```\n");
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItem(0)->childCount(), 4, 5000);
        QCOMPARE(tree->currentItem()->text(0), u"Data Recovery › Restore Market Data from Backup"_s);
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
