#pragma once

#include "backupsetstatus.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>

namespace qd {

// Backup sets as top-level rows, their backups (newest first) beneath. A set's
// row sums it up against its RPO; the newest good backup is bold and marked.
// Refreshes keep rows in place when the sets hold the same backups, so
// selection and expansion survive a rescan; ages move with setNow().
class BackupTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupTreeModel)
public:
    enum Column { NameColumn, TakenColumn, AgeColumn, SizeColumn, FormatColumn, VerificationColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, IsSetRole, VerificationRole, NewestGoodRole, SetNameRole };

    explicit BackupTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSets(const QList<BackupSetStatus> &sets, const QDateTime &now);
    void setNow(const QDateTime &now);

    const QList<BackupSetStatus> &sets() const { return m_sets; }
    // The set of a set row or of a backup row; null for an invalid index.
    const BackupSetStatus *setAt(const QModelIndex &index) const;
    const Backup *backupAt(const QModelIndex &index) const;
    QModelIndex indexOfPath(const QString &path, int column = 0) const;

    // "OK", "CORRUPT", "could not check", "unverified" as shown.
    static QString verificationText(Backup::Verification v);
    // The set's state against its RPO in a few words, for rows and badges.
    // `now`: the age is taken against it; invalid: the age of the last analysis.
    static QString rpoText(const BackupSetStatus &set, const QDateTime &now = QDateTime());
    // Worst first: 2 breach / no good backup / could not check, 1 warnings, 0 fine.
    static int setSeverity(const BackupSetStatus &set);
    // rpoText, plus the worst other finding in a few words when there is one:
    // "RPO met: 4 m ≤ 15 m · newest corrupt". Rows and badges say the same.
    static QString setSummary(const BackupSetStatus &set, const QDateTime &now = QDateTime());

private:
    QVariant setData(const BackupSetStatus &s, int column, int role) const;
    QVariant backupData(const BackupSetStatus &s, int row, int column, int role) const;
    static bool sameShape(const QList<BackupSetStatus> &a, const QList<BackupSetStatus> &b);

    QList<BackupSetStatus> m_sets;
    QDateTime m_now;
};

} // namespace qd
