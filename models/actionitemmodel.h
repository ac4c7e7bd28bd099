#pragma once

#include "actionitem.h"

#include <QAbstractTableModel>
#include <QList>

namespace qd {

// An incident's action items for an editable table. An edit is not applied
// here: it is asked for (changeRequested), recorded by the store as an
// event, and shows when the incident comes back with it, so the table
// never shows what was not recorded.
class ActionItemModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DoneColumn, ActionColumn, OwnerColumn, DueColumn, PriorityColumn, ColumnCount };

    explicit ActionItemModel(QObject *parent = nullptr);

    void setItems(const QList<qd::ActionItem> &items);
    const QList<ActionItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void changeRequested(const qd::ActionItem &item);
    void invalidEdit(const QString &why);

private:
    QList<ActionItem> m_items;
};

} // namespace qd
