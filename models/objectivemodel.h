#pragma once

#include "objective.h"

#include <QAbstractTableModel>
#include <QList>

namespace qd {

class ObjectiveModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectiveModel)
public:
    enum Column { ComponentColumn, RtoColumn, RpoColumn, DescriptionColumn, ColumnCount };

    explicit ObjectiveModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setObjectives(const QList<Objective> &objectives);

private:
    QList<Objective> m_rows;
};

} // namespace qd
