#pragma once

#include "backupsetstatus.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace qd {

class BackupTreeModel;

// The Backups tab: sets and their backups with age, size, format and
// verdict; the findings of the selected set beneath; Verify selected / Verify
// all with a progress bar and Cancel. It only shows what it is given and asks
// for verification through signals.
class BackupsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsWidget)
public:
    explicit BackupsWidget(QWidget *parent = nullptr);

    void setSets(const QList<BackupSetStatus> &sets, const QDateTime &now);
    void tick(const QDateTime &now);   // ages move without a rescan

    void onVerificationStarted(int backups, qint64 bytes);
    void onVerificationProgress(int done, int total, qint64 bytesDone, qint64 bytesTotal);
    void onVerificationFinished(int verified, int total, bool cancelled);

    // Selects the next corrupt or could-not-check backup after the current
    // one (F8), wrapping round; false when there is none.
    bool selectNextProblem();

    BackupTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

signals:
    // `recheck`: read even backups whose verdict is cached.
    void verifyRequested(const QStringList &paths, bool recheck);
    void cancelRequested();

private:
    QStringList selectedPaths() const;
    void updateFindings();
    void updateButtons();

    BackupTreeModel *m_model;
    QTreeView *m_view;
    QListWidget *m_findings;
    QPushButton *m_verifySelected;
    QPushButton *m_verifyAll;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_empty;
    bool m_running = false;
};

} // namespace qd
