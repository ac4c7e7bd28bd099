#include "backupswidget.h"

#include "backuptreemodel.h"
#include "iconcache.h"

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace qd {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

BackupsWidget::BackupsWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new BackupTreeModel(this))
    , m_view(new QTreeView(this))
    , m_findings(new QListWidget(this))
    , m_verifySelected(new QPushButton(tr("&Verify selected"), this))
    , m_verifyAll(new QPushButton(tr("Verify &all"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("backupsWidget"));
    m_view->setObjectName(QStringLiteral("backupTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Backup sets and backups"));
    QHeaderView *h = m_view->header();
    h->setStretchLastSection(true);
    // Widths for what the columns hold, not for the first rows that happen
    // to be there (formats arrive only after verification).
    const QFontMetrics fm = fontMetrics();
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    h->resizeSection(BackupTreeModel::NameColumn, bold.horizontalAdvance(QStringLiteral("sigmatrade_20261121_030000.sql.gz  ← newest good")) + 48);
    h->resizeSection(BackupTreeModel::TakenColumn, fm.horizontalAdvance(QStringLiteral("21/11/2026 03:00 (file time)")) + 16);
    h->resizeSection(BackupTreeModel::AgeColumn, bold.horizontalAdvance(QStringLiteral("10 d 23 h")) + 16);
    h->resizeSection(BackupTreeModel::SizeColumn, bold.horizontalAdvance(QStringLiteral("999.9 MB")) + 16);
    h->resizeSection(BackupTreeModel::FormatColumn, bold.horizontalAdvance(QStringLiteral("pg_dump custom (format 1.15)")) + 16);

    m_findings->setObjectName(QStringLiteral("backupFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setWordWrap(true);
    m_findings->setUniformItemSizes(false);

    m_verifySelected->setObjectName(QStringLiteral("verifySelected"));
    m_verifySelected->setToolTip(tr("Read the selected backups again, to the end (Ctrl+Shift+V)"));
    m_verifySelected->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+V")));
    m_verifyAll->setObjectName(QStringLiteral("verifyAll"));
    m_verifyAll->setToolTip(tr("Verify every backup that is new or has changed since it was last verified"));
    m_cancel->setObjectName(QStringLiteral("cancelVerify"));
    auto *nextProblem = new QAction(this);
    nextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    nextProblem->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(nextProblem);
    connect(nextProblem, &QAction::triggered, this, &BackupsWidget::selectNextProblem);
    // Esc anywhere in the tab cancels a running verification.
    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(escape);
    connect(escape, &QAction::triggered, m_cancel, &QPushButton::click);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(280);
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_empty->setObjectName(QStringLiteral("backupsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("This profile has no backup sets. Add a <tt>backups:</tt> section to the profile "
                        "(a name, a folder, a file pattern such as <tt>db_{YYYYMMDD}_{HHMMSS}.sql.gz</tt>, "
                        "the component it protects and the expected interval)."));
    m_empty->setTextFormat(Qt::RichText);
    m_empty->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_verifySelected);
    bar->addWidget(m_verifyAll);
    bar->addWidget(m_cancel);
    bar->addSpacing(12);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    auto *findingsBox = new QWidget(this);
    auto *fl = new QVBoxLayout(findingsBox);
    fl->setContentsMargins(0, 4, 0, 0);
    auto *findingsLabel = new QLabel(tr("&Findings"), this);
    findingsLabel->setBuddy(m_findings);
    fl->addWidget(findingsLabel);
    fl->addWidget(m_findings);
    split->addWidget(findingsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_verifySelected, &QPushButton::clicked, this, [this] {
        const QStringList paths = selectedPaths();
        if (!paths.isEmpty())
            emit verifyRequested(paths, true);
    });
    connect(m_verifyAll, &QPushButton::clicked, this, [this] { emit verifyRequested({}, false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running && m_cancel->isVisible()) {
            m_status->setText(tr("Cancelling…"));
            emit cancelRequested();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateFindings();
        updateButtons();
    });
    // A reset (backups came or went) loses expansion and selection: restore both.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        QStringList collapsed;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (!m_view->isExpanded(m_model->index(r, 0)))
                collapsed.append(m_model->index(r, 0).data(BackupTreeModel::SetNameRole).toString());
        QStringList selected = selectedPaths();
        for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
            if (i.data(BackupTreeModel::IsSetRole).toBool())
                selected.append(QStringLiteral("set:") + i.data(BackupTreeModel::SetNameRole).toString());
        setProperty("qd_collapsed", collapsed);
        setProperty("qd_selected", selected);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QStringList collapsed = property("qd_collapsed").toStringList();
        const QSet<QString> selected = [this] {
            const QStringList l = property("qd_selected").toStringList();
            return QSet<QString>(l.cbegin(), l.cend());
        }();
        QItemSelection sel;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex set = m_model->index(r, 0);
            const QString name = set.data(BackupTreeModel::SetNameRole).toString();
            m_view->setExpanded(set, !collapsed.contains(name));
            if (selected.contains(QStringLiteral("set:") + name))
                sel.select(set, m_model->index(r, BackupTreeModel::ColumnCount - 1));
            for (int b = 0; b < m_model->rowCount(set); ++b) {
                const QModelIndex bi = m_model->index(b, 0, set);
                if (selected.contains(bi.data(BackupTreeModel::PathRole).toString()))
                    sel.select(bi, m_model->index(b, BackupTreeModel::ColumnCount - 1, set));
            }
        }
        m_view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
        updateFindings();
        updateButtons();
    });

    m_progress->hide();
    m_cancel->hide();
    updateButtons();
}

QStringList BackupsWidget::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        if (i.data(BackupTreeModel::IsSetRole).toBool()) {
            // A set row stands for all its backups.
            for (int b = 0; b < m_model->rowCount(i); ++b)
                paths.append(m_model->index(b, 0, i).data(BackupTreeModel::PathRole).toString());
        } else {
            paths.append(i.data(BackupTreeModel::PathRole).toString());
        }
    }
    paths.removeDuplicates();
    return paths;
}

bool BackupsWidget::selectNextProblem()
{
    // Every backup row in display order, then the first problem after the current one.
    QList<QModelIndex> rows;
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex set = m_model->index(s, 0);
        for (int b = 0; b < m_model->rowCount(set); ++b)
            rows.append(m_model->index(b, 0, set));
    }
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    const qsizetype start = rows.indexOf(current) + 1;
    for (qsizetype k = 0; k < rows.size(); ++k) {
        const QModelIndex i = rows[(start + k) % rows.size()];
        const auto v = Backup::Verification(i.data(BackupTreeModel::VerificationRole).toInt());
        if (v == Backup::Verification::Corrupt || v == Backup::Verification::CouldNotCheck) {
            m_view->expand(i.parent());
            m_view->setCurrentIndex(i);
            m_view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(i, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    m_status->setText(tr("No corrupt or unchecked backup."));
    return false;
}

void BackupsWidget::setSets(const QList<BackupSetStatus> &sets, const QDateTime &now)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setSets(sets, now);
    if (first) {
        m_view->expandAll();
    }
    m_empty->setVisible(sets.isEmpty());
    updateFindings();
    updateButtons();
}

void BackupsWidget::tick(const QDateTime &now)
{
    m_model->setNow(now);
}

void BackupsWidget::updateFindings()
{
    // The selected sets' findings; all sets' when nothing is selected.
    QSet<QString> sets;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        sets.insert(i.data(BackupTreeModel::SetNameRole).toString());
    m_findings->clear();
    // With more than one set shown, each finding says which set it is about.
    const bool several = sets.size() != 1 && m_model->sets().size() > 1;
    QList<BackupFinding> findings;
    for (const BackupSetStatus &s : m_model->sets()) {
        if (!sets.isEmpty() && !sets.contains(s.spec.name))
            continue;
        for (BackupFinding f : s.analysis.findings) {
            if (several)
                f.text = s.spec.name + QStringLiteral(": ") + f.text;
            findings.append(f);
        }
    }
    // Worst first: a commander reads the top lines.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const BackupFinding &a, const BackupFinding &b) { return int(a.severity) > int(b.severity); });
    {
        for (const BackupFinding &f : std::as_const(findings)) {
            auto *item = new QListWidgetItem(f.text, m_findings);
            switch (f.severity) {
            case BackupFinding::Severity::Critical:
                item->setIcon(cachedIcon(QStringLiteral(":/icons/state-down.svg")));
                item->setForeground(QColor(0xc6, 0x28, 0x28));
                break;
            case BackupFinding::Severity::Warning:
                item->setIcon(cachedIcon(QStringLiteral(":/icons/state-degraded.svg")));
                item->setForeground(QColor(0xb3, 0x6b, 0x00));
                break;
            case BackupFinding::Severity::Info:
                break;   // information, not a problem: no warning sign
            }
        }
    }
    if (m_findings->count() == 0 && !m_model->sets().isEmpty())
        new QListWidgetItem(tr("Nothing to report."), m_findings);
}

void BackupsWidget::updateButtons()
{
    m_verifySelected->setEnabled(!selectedPaths().isEmpty());
    m_verifyAll->setEnabled(!m_model->sets().isEmpty());
}

void BackupsWidget::onVerificationStarted(int backups, qint64 bytes)
{
    m_running = true;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Verifying %n backup(s), %1…", nullptr, backups).arg(sizeText(bytes)));
}

void BackupsWidget::onVerificationProgress(int done, int total, qint64 bytesDone, qint64 bytesTotal)
{
    if (!m_running)
        return;
    m_progress->setValue(bytesTotal > 0 ? int(1000 * bytesDone / bytesTotal) : 0);
    m_progress->setFormat(tr("%1 of %2 · %3 of %4").arg(done).arg(total).arg(sizeText(bytesDone), sizeText(bytesTotal)));
}

void BackupsWidget::onVerificationFinished(int verified, int total, bool cancelled)
{
    m_running = false;
    m_progress->hide();
    m_cancel->hide();
    if (total == 0)
        m_status->setText(tr("Every backup is already verified in its current form; select backups and "
                             "press “Verify selected” to read them again."));
    else if (cancelled)
        m_status->setText(tr("Cancelled: %1 of %2 verified.").arg(verified).arg(total));
    else
        m_status->setText(tr("%n backup(s) verified.", nullptr, verified));
}

} // namespace qd
