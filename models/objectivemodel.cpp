#include "objectivemodel.h"

#include <QColor>

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
    if (index.column() == RpoNowColumn)
        return rpoNow(o, role);
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
    case RpoNowColumn:
        return tr("RPO now");
    case DescriptionColumn:
        return tr("Notes");
    }
    return {};
}

QVariant ObjectiveModel::rpoNow(const Objective &o, int role) const
{
    const auto it = m_achievable.constFind(o.component);
    const bool known = it != m_achievable.cend() && it->sets > 0;
    const bool good = known && it->newestGood.count() >= 0;
    switch (role) {
    case Qt::DisplayRole:
        if (!known)
            return tr("no backup set");
        return good ? formatAge(it->newestGood) : tr("no good backup");
    case Qt::ToolTipRole:
        if (!known)
            return tr("No backup set in the profile protects %1.").arg(o.component);
        return good ? tr("Restoring now would lose about %1: the newest good backup (set %2) is that old.")
                          .arg(formatAge(it->newestGood), it->from)
                    : tr("No backup set of %1 has a good backup.").arg(o.component);
    case Qt::ForegroundRole:
        if (known && (!good || (o.rpo.count() >= 0 && it->newestGood > o.rpo)))
            return QColor(0xc6, 0x28, 0x28);
        if (good && o.rpo.count() >= 0)
            return QColor(0x1a, 0x7f, 0x37);
        return {};
    default:
        return {};
    }
}

void ObjectiveModel::setBackupSets(const QList<BackupSetStatus> &sets)
{
    m_achievable.clear();
    for (const BackupSetStatus &s : sets) {
        Achievable &a = m_achievable[s.spec.component];
        ++a.sets;
        if (s.newestGood() && (a.newestGood.count() < 0 || s.analysis.newestGoodAge < a.newestGood)) {
            a.newestGood = s.analysis.newestGoodAge;
            a.from = s.spec.name;
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, RpoNowColumn), index(int(m_rows.size()) - 1, RpoNowColumn));
}

void ObjectiveModel::setObjectives(const QList<Objective> &objectives)
{
    beginResetModel();
    m_rows = objectives;
    endResetModel();
}

} // namespace qd
