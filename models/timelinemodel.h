#pragma once

#include "timelineevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace qd {

// One incident's timeline for a view: events in recording order, appended
// in batches (one insert per batch, never one per event), shown in local
// time with UTC on hover. Key events are bold.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, KindColumn, TextColumn, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    // A filtered timeline gets the "key" marks with it but shows them on
    // their events only, not as rows of their own.
    void clear(bool showMarks = true);
    // Later events, in order. A "key" event (its `corrects` naming an earlier
    // event, data {"key": bool}) marks or unmarks that event as a key event:
    // the timeline stays append-only, the mark shows on the event itself.
    void append(const QList<qd::TimelineEvent> &events);
    const TimelineEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TimelineEvent> m_events;
    QHash<QUuid, int> m_rowOf;   // event id -> row, for marks that come later
    bool m_showMarks = true;
};

} // namespace qd
