#include "timelinemodel.h"

#include <QFont>

#include <algorithm>

namespace qd {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::clear(bool showMarks)
{
    beginResetModel();
    m_showMarks = showMarks;
    m_events.clear();
    m_rowOf.clear();
    endResetModel();
}

void TimelineModel::append(const QList<TimelineEvent> &events)
{
    const auto shown = [this](const TimelineEvent &e) { return m_showMarks || e.kind != u"key"; };
    const qsizetype rows = std::count_if(events.cbegin(), events.cend(), shown);
    if (rows > 0) {
        beginInsertRows({}, int(m_events.size()), int(m_events.size() + rows - 1));
        for (const TimelineEvent &e : events) {
            if (!shown(e))
                continue;
            m_rowOf.insert(e.id, int(m_events.size()));
            m_events.append(e);
        }
        endInsertRows();
    }
    // Marks on earlier events: one change signal over the rows they touch.
    int first = -1, last = -1;
    for (const TimelineEvent &e : events) {
        if (e.kind != u"key" || e.corrects.isNull())
            continue;
        const auto row = m_rowOf.constFind(e.corrects);
        if (row == m_rowOf.cend())
            continue;
        m_events[*row].key = e.data.value(QStringLiteral("key")).toBool();
        first = first < 0 ? *row : qMin(first, *row);
        last = qMax(last, *row);
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), {Qt::FontRole});
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const TimelineEvent &e = m_events.at(index.row());
    // When it happened, if someone said so; else when it was recorded.
    const QDateTime when = e.occurredAt.isValid() ? e.occurredAt : e.recordedAt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return when.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case ActorColumn:
            return e.actor;
        case KindColumn:
            return e.kind;
        case TextColumn:
            return e.text;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            QString tip = tr("%1 local, %2 UTC")
                              .arg(when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            if (e.occurredAt.isValid())
                tip += u'\n' + tr("recorded %1 UTC").arg(e.recordedAt.toUTC().toString(QStringLiteral("HH:mm:ss")));
            return tip;
        }
        if (index.column() == TextColumn)
            return e.text;
        break;
    case Qt::FontRole:
        if (e.key) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case KindColumn:
        return tr("What");
    case TextColumn:
        return tr("Entry");
    }
    return {};
}

} // namespace qd
