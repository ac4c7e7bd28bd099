#include "objectivemodel.h"

namespace qd {

ObjectiveModel::ObjectiveModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ObjectiveModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObjectiveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectiveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Objective &o = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ComponentColumn:
        return o.component;
    case RtoColumn:
        return o.rto.count() >= 0 ? formatDuration(o.rto) : tr("not set");
    case RpoColumn:
        if (o.rpo.count() < 0)
            return tr("not set");
        return o.rpo.count() == 0 ? tr("no data loss") : formatDuration(o.rpo);
    case DescriptionColumn:
        return o.description;
    }
    return {};
}

QVariant ObjectiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case RtoColumn:
        return tr("RTO");
    case RpoColumn:
        return tr("RPO");
    case DescriptionColumn:
        return tr("Notes");
    }
    return {};
}

void ObjectiveModel::setObjectives(const QList<Objective> &objectives)
{
    beginResetModel();
    m_rows = objectives;
    endResetModel();
}

} // namespace qd
