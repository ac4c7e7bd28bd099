#pragma once

#include "incident.h"

#include <QAbstractTableModel>
#include <QList>

namespace qd {

// Every incident the store holds: the open ones first (newest first), then
// the history, newest first. Lists of incidents are short (hundreds over
// years), so a change replaces the list; the view keeps its selection by id.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, TitleColumn, StatusColumn, DeclaredColumn, CommanderColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit IncidentListModel(QObject *parent = nullptr);

    void setIncidents(QList<qd::Incident> incidents);
    const Incident &incident(int row) const { return m_incidents.at(row); }
    int rowOf(const QUuid &id) const;   // -1 when absent
    int openCount() const { return m_open; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Incident> m_incidents;
    int m_open = 0;
};

} // namespace qd
