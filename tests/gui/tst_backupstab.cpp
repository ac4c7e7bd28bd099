#include "backupbadgebar.h"
#include "backupinventory.h"
#include "backupswidget.h"
#include "backuptreemodel.h"
#include "objectivemodel.h"
#include "sandboxbackups.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace qd;
using namespace Qt::StringLiterals;

// The Backups tab over a real inventory: the sandbox's gzip'd pg_dump files,
// listed and verified by the same code the console runs.
class TestBackupsTab final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(1, 52), Qt::UTC);
    Profile m_profile;

    QList<BackupSetStatus> inventory(bool verify)
    {
        BackupInventory::Options o;
        o.verify = verify;
        return BackupInventory::run(m_profile, m_now, o);
    }

private slots:
    void initTestCase()
    {
        SandboxBackups backups(m_dir.path());
        QVERIFY(backups.populate(m_now, nullptr));
        for (const auto &[name, folder, pattern, component] :
             {std::tuple{u"market-data"_s, u"backups/market-data"_s, u"marketdata_{YYYYMMDD}_{HHMMSS}.sql.gz"_s, u"data"_s},
              std::tuple{u"strategy"_s, u"backups/strategy"_s, u"strategy_{YYYYMMDD}_{HHMMSS}.sql.gz"_s, u"strategy"_s}}) {
            BackupSetSpec s;
            s.name = name;
            s.folder = m_dir.filePath(folder);
            s.pattern = pattern;
            s.component = component;
            s.rpo = Millis(15 * 60'000);
            m_profile.backups.append(s);
        }
        Objective data;
        data.component = u"data"_s;
        data.rpo = Millis(15 * 60'000);
        Objective strategy;
        strategy.component = u"strategy"_s;
        strategy.rpo = Millis(60 * 60'000);
        Objective trade;
        trade.component = u"trade"_s;
        trade.rpo = Millis(0);
        m_profile.objectives = {data, strategy, trade};
    }

    void treeShowsSetsAndVerdicts()
    {
        BackupsWidget w;
        new QAbstractItemModelTester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &w);
        w.resize(1200, 700);
        w.show();
        w.setSets(inventory(false), m_now);
        QTreeView *tree = w.view();
        QCOMPARE(w.model()->rowCount(), 2);
        const QModelIndex market = w.model()->index(0, 0);
        QCOMPARE(w.model()->rowCount(market), 30);
        QVERIFY(tree->isExpanded(market));
        // Nothing read yet: nothing is called OK.
        QCOMPARE(w.model()->index(0, BackupTreeModel::VerificationColumn, market).data().toString(), u"unverified"_s);

        // Verified: the damaged strategy dump reads CORRUPT with its reason,
        // and the newest good backup is bold and marked.
        w.setSets(inventory(true), m_now);
        const QModelIndex strategy = w.model()->index(1, 0);
        int corrupt = 0;
        for (int r = 0; r < w.model()->rowCount(strategy); ++r) {
            const QString v = w.model()->index(r, BackupTreeModel::VerificationColumn, strategy).data().toString();
            if (v.startsWith(u"CORRUPT: "_s)) {
                ++corrupt;
                QVERIFY2(v.size() > 12, qPrintable(v));
            }
        }
        QCOMPARE(corrupt, 1);
        const QModelIndex newest = w.model()->index(0, BackupTreeModel::NameColumn, market);
        QVERIFY(newest.data(BackupTreeModel::NewestGoodRole).toBool());
        QVERIFY(newest.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(newest.data().toString().contains(u"newest good"_s));
        QCOMPARE(w.model()->index(0, BackupTreeModel::FormatColumn, market).data().toString(), u"gzip · pg_dump SQL"_s);
        // The set row says where it stands against its RPO.
        QVERIFY2(w.model()->index(0, BackupTreeModel::VerificationColumn).data().toString().startsWith(u"RPO met"_s),
                 qPrintable(w.model()->index(0, BackupTreeModel::VerificationColumn).data().toString()));
        // Findings, worst first; the corrupt backup among them.
        auto *findings = w.findChild<QListWidget *>(u"backupFindings"_s);
        QVERIFY(findings->count() > 0);
        bool mentionsCorrupt = false;
        for (int i = 0; i < findings->count(); ++i)
            mentionsCorrupt = mentionsCorrupt || findings->item(i)->text().contains(u"is corrupt"_s);
        QVERIFY(mentionsCorrupt);
    }

    void verifySelectedAndSelectionSurvives()
    {
        BackupsWidget w;
        w.show();
        w.setSets(inventory(false), m_now);
        auto *verifySelected = w.findChild<QPushButton *>(u"verifySelected"_s);
        QVERIFY(!verifySelected->isEnabled());
        const QModelIndex market = w.model()->index(0, 0);
        const QString second = w.model()->index(1, 0, market).data(BackupTreeModel::PathRole).toString();
        w.view()->selectionModel()->select(w.model()->index(1, 0, market),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(verifySelected->isEnabled());
        QSignalSpy asked(&w, &BackupsWidget::verifyRequested);
        verifySelected->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toStringList(), QStringList{second});
        QCOMPARE(asked.first().at(1).toBool(), true);   // selected: read again, cache or not

        // A new backup appears (rows shift): the same backup stays selected.
        SandboxBackups(m_dir.path()).backUpNow(m_now.addSecs(60));
        w.setSets(inventory(false), m_now.addSecs(90));
        const QModelIndexList rows = w.view()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(BackupTreeModel::PathRole).toString(), second);
        QFile::remove(w.model()->index(0, 0, w.model()->index(0, 0)).data(BackupTreeModel::PathRole).toString());
    }

    void progressAndCancel()
    {
        BackupsWidget w;
        w.show();
        w.setSets(inventory(false), m_now);
        auto *bar = w.findChild<QProgressBar *>(u"verifyProgress"_s);
        auto *cancel = w.findChild<QPushButton *>(u"cancelVerify"_s);
        QVERIFY(!bar->isVisible());
        w.onVerificationStarted(38, 2'000'000);
        QVERIFY(bar->isVisible());
        QVERIFY(cancel->isVisible());
        w.onVerificationProgress(19, 38, 1'000'000, 2'000'000);
        QCOMPARE(bar->value(), 500);
        QVERIFY2(bar->text().startsWith(u"19 of 38"_s), qPrintable(bar->text()));
        QSignalSpy cancelled(&w, &BackupsWidget::cancelRequested);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_Escape);
        QCOMPARE(cancelled.size(), 1);
        w.onVerificationFinished(19, 38, true);
        QVERIFY(!bar->isVisible());
        QVERIFY2(w.findChild<QLabel *>(u"verifyStatus"_s)->text().contains(u"19 of 38"_s),
                 qPrintable(w.findChild<QLabel *>(u"verifyStatus"_s)->text()));
    }

    void badgesAndRpoNow()
    {
        const QList<BackupSetStatus> sets = inventory(true);
        BackupBadgeBar bar;
        bar.setSets(sets);
        auto *market = bar.findChild<QToolButton *>(u"backupBadge-market-data"_s);
        QVERIFY(market);
        QVERIFY2(market->text().contains(u"RPO met"_s), qPrintable(market->text()));
        QSignalSpy open(&bar, &BackupBadgeBar::openRequested);
        market->click();
        QCOMPARE(open.first().at(0).toString(), u"market-data"_s);

        ObjectiveModel objectives;
        new QAbstractItemModelTester(&objectives, QAbstractItemModelTester::FailureReportingMode::QtTest, &objectives);
        objectives.setObjectives(m_profile.objectives);
        objectives.setBackupSets(sets);
        // data: the newest market-data dump is 2 minutes old (01:50 on the 5-minute grid).
        QCOMPARE(objectives.index(0, ObjectiveModel::RpoNowColumn).data().toString(), u"2 m"_s);
        QCOMPARE(objectives.index(2, ObjectiveModel::RpoNowColumn).data().toString(), u"no backup set"_s);

        // Time passes without backups: the badge turns to a breach.
        QList<BackupSetStatus> later = sets;
        for (BackupSetStatus &s : later)
            BackupInventory::analyze(s, m_now.addSecs(3600));
        bar.setSets(later);
        QVERIFY(bar.findChild<QToolButton *>(u"backupBadge-market-data"_s)->text().contains(u"BREACHED"_s));
    }
};

QTEST_MAIN(TestBackupsTab)
#include "tst_backupstab.moc"
