#include "actionitemmodel.h"

#include <QBrush>
#include <QColor>

namespace qd {

ActionItemModel::ActionItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActionItemModel::setItems(const QList<ActionItem> &items)
{
    if (items == m_items)
        return;
    if (items.size() == m_items.size()) {
        // Same rows, some changed: keep the view's selection and editor.
        m_items = items;
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

int ActionItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ActionItem &a = m_items.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == DoneColumn)
        return a.done ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case ActionColumn:
            return a.action;
        case OwnerColumn:
            return a.owner;
        case DueColumn:
            return a.due.isValid() ? a.due.toString(Qt::ISODate) : QString();
        case PriorityColumn:
            return a.priority;
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && !a.done && a.due.isValid() && a.due < QDate::currentDate() && index.column() == DueColumn)
        return QBrush(QColor(0xc6, 0x28, 0x28));   // overdue
    return {};
}

bool ActionItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_items.size())
        return false;
    ActionItem a = m_items.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == DoneColumn) {
        a.done = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case ActionColumn:
            if (text.isEmpty()) {
                emit invalidEdit(tr("An action item needs an action."));
                return false;
            }
            a.action = text;
            break;
        case OwnerColumn:
            a.owner = text;
            break;
        case DueColumn:
            a.due = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && !a.due.isValid()) {
                emit invalidEdit(tr("Due date \"%1\": expected YYYY-MM-DD.").arg(text));
                return false;
            }
            break;
        case PriorityColumn:
            a.priority = text;
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    if (a == m_items.at(index.row()))
        return false;
    emit changeRequested(a);
    return false;   // shown once recorded, through setItems
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == DoneColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case ActionColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case PriorityColumn:
        return tr("Priority");
    }
    return {};
}

} // namespace qd
