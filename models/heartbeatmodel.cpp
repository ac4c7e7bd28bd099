#include "heartbeatmodel.h"

#include "clock.h"
#include "iconcache.h"

#include <QColor>

namespace qd {

QColor heartbeatLevelColor(HeartbeatLevel l)
{
    switch (l) {
    case HeartbeatLevel::Fresh:
        return QColor(0x1a, 0x7f, 0x37);
    case HeartbeatLevel::Warn:
        return QColor(0xb3, 0x6b, 0x00);
    case HeartbeatLevel::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case HeartbeatLevel::Unknown:
        break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

namespace {

QString levelIconPath(HeartbeatLevel l)
{
    switch (l) {
    case HeartbeatLevel::Fresh:
        return QStringLiteral(":/icons/state-up.svg");
    case HeartbeatLevel::Warn:
        return QStringLiteral(":/icons/state-degraded.svg");
    case HeartbeatLevel::Critical:
        return QStringLiteral(":/icons/state-down.svg");
    case HeartbeatLevel::Unknown:
        break;
    }
    return QStringLiteral(":/icons/state-unknown.svg");
}

} // namespace

HeartbeatModel::HeartbeatModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_now(clock->now())
{
}

int HeartbeatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeartbeatModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

HeartbeatLevel HeartbeatModel::level(int row) const
{
    const Row &r = m_rows.at(row);
    return r.status.level(r.spec, m_now);
}

QVariant HeartbeatModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const HeartbeatLevel lvl = r.status.level(r.spec, m_now);
    const Millis age = r.status.age(m_now);

    if (role == LevelRole)
        return int(lvl);
    if (role == AgeMsRole)
        return qint64(age.count());
    if (role == Qt::BackgroundRole && (lvl == HeartbeatLevel::Warn || lvl == HeartbeatLevel::Critical)) {
        QColor c = heartbeatLevelColor(lvl);
        c.setAlpha(40);
        return c;
    }

    switch (index.column()) {
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return heartbeatLevelName(lvl);
        if (role == Qt::DecorationRole)
            return cachedIcon(levelIconPath(lvl));
        if (role == Qt::ForegroundRole)
            return heartbeatLevelColor(lvl);
        if (role == SortRole)
            return int(lvl);
        if (role == Qt::ToolTipRole && !r.status.error.isEmpty())
            return r.status.error;
        if (role == Qt::ToolTipRole && lvl == HeartbeatLevel::Unknown && r.status.lastBeat.isValid())
            return tr("the last beat is in the future: the clocks disagree, or the time was written without a zone");
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.spec.name;
        break;
    case AgeColumn:
        if (role == Qt::DisplayRole)
            return age.count() < 0 ? QStringLiteral("—") : formatDuration(age);
        if (role == SortRole)
            return qint64(age.count());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole)
            return heartbeatLevelColor(lvl);
        break;
    case LastBeatColumn:
        if (role == Qt::DisplayRole) {
            if (!r.status.lastBeat.isValid())
                return r.status.error;
            // The date too when it is not today: "01:25" from yesterday must not look like now.
            const QDateTime local = r.status.lastBeat.toLocalTime();
            return local.toString(local.date() == m_now.toLocalTime().date() ? QStringLiteral("HH:mm:ss")
                                                                              : QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        if (role == Qt::ToolTipRole && r.status.lastBeat.isValid())
            return QString(r.status.lastBeat.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) + u'\n'
                           + r.status.lastBeat.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
        break;
    case ThresholdColumn:
        if (role == Qt::DisplayRole)
            return tr("warn %1 · critical %2").arg(formatDuration(r.spec.warnAfter), formatDuration(r.spec.criticalAfter));
        break;
    case PathColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return r.spec.path;
        break;
    }
    return {};
}

QVariant HeartbeatModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("State");
    case NameColumn:
        return tr("Heartbeat");
    case AgeColumn:
        return tr("Age");
    case LastBeatColumn:
        return tr("Last beat");
    case ThresholdColumn:
        return tr("Thresholds");
    case PathColumn:
        return tr("File");
    }
    return {};
}

void HeartbeatModel::setHeartbeats(const QList<HeartbeatSpec> &specs)
{
    QHash<QString, HeartbeatStatus> kept;
    for (const Row &r : std::as_const(m_rows))
        kept.insert(r.spec.name, r.status);
    beginResetModel();
    m_rows.clear();
    for (const HeartbeatSpec &s : specs) {
        Row r{s, kept.value(s.name)};
        r.status.name = s.name;
        m_rows.append(r);
    }
    m_now = m_clock->now();
    endResetModel();
}

void HeartbeatModel::applyStatuses(const QList<HeartbeatStatus> &statuses)
{
    int first = INT_MAX;
    int last = -1;
    for (const HeartbeatStatus &st : statuses) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].spec.name == st.name) {
                m_rows[i].status = st;
                first = qMin(first, i);
                last = qMax(last, i);
            }
        }
    }
    m_now = m_clock->now();
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void HeartbeatModel::tick()
{
    m_now = m_clock->now();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace qd
