#pragma once

#include "heartbeatspec.h"
#include "heartbeatstatus.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace qd {

class Clock;

// Heartbeats with their age. tick() re-reads the clock and refreshes the age and
// level columns of every row with a single dataChanged, once a second.
class HeartbeatModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatModel)
public:
    enum Column { LevelColumn, NameColumn, AgeColumn, LastBeatColumn, ThresholdColumn, PathColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, LevelRole, AgeMsRole };

    explicit HeartbeatModel(const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setHeartbeats(const QList<HeartbeatSpec> &specs);
    void applyStatuses(const QList<HeartbeatStatus> &statuses);
    void tick();

    HeartbeatLevel level(int row) const;
    const HeartbeatSpec &spec(int row) const { return m_rows.at(row).spec; }

private:
    struct Row
    {
        HeartbeatSpec spec;
        HeartbeatStatus status;
    };
    const Clock *m_clock;
    QDateTime m_now;
    QList<Row> m_rows;
};

QColor heartbeatLevelColor(HeartbeatLevel l);

} // namespace qd
