#pragma once

#include "servicespec.h"
#include "servicestatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace qd {

// Services of the profile with their live status. Status updates arrive in
// batches from the probe engine and are applied with one dataChanged per batch.
class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTableModel)
public:
    enum Column { StateColumn, NameColumn, KindColumn, TargetColumn, LatencyColumn, LastChangeColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StateRole, NameRole };

    explicit ServiceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list (a new or reloaded profile). Status of services that keep
    // their name survives a reload, so a reload never blanks the dashboard.
    void setServices(const QList<ServiceSpec> &specs);
    void applyStatuses(const QList<ServiceStatus> &statuses);

    const ServiceSpec &spec(int row) const { return m_rows.at(row).spec; }
    const ServiceStatus &status(int row) const { return m_rows.at(row).status; }
    int rowOf(const QString &name) const { return m_index.value(name, -1); }
    int countIn(ServiceState s) const;

private:
    struct Row
    {
        ServiceSpec spec;
        ServiceStatus status;
    };
    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace qd
