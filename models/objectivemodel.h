#pragma once

#include "backupsetstatus.h"
#include "objective.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace qd {

class ObjectiveModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectiveModel)
public:
    enum Column { ComponentColumn, RtoColumn, RpoColumn, RpoNowColumn, DescriptionColumn, ColumnCount };

    explicit ObjectiveModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setObjectives(const QList<Objective> &objectives);
    // The RPO achievable now: the age of the newest good backup of each
    // component, across its backup sets.
    void setBackupSets(const QList<BackupSetStatus> &sets);

private:
    struct Achievable
    {
        int sets = 0;           // backup sets protecting the component
        Millis newestGood{-1};  // -1: none of them has a good backup
        QString from;           // the set it comes from
    };
    QVariant rpoNow(const Objective &o, int role) const;

    QList<Objective> m_rows;
    QHash<QString, Achievable> m_achievable;
};

} // namespace qd
