#include "servicetablemodel.h"

#include "iconcache.h"

#include <QLocale>

namespace qd {

namespace {

QString timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"));
    return QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString timeTooltip(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) + u'\n'
           + utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ServiceStatus &st = r.status;

    if (role == StateRole)
        return int(st.state);
    if (role == NameRole)
        return r.spec.name;

    switch (index.column()) {
    case StateColumn:
        switch (role) {
        case Qt::DisplayRole:
            return serviceStateName(st.state);
        case Qt::DecorationRole:
            return cachedIcon(serviceStateIconPath(st.state));
        case Qt::ForegroundRole:
            return serviceStateColor(st.state);
        case SortRole:
            return serviceStateSeverity(st.state);
        case Qt::ToolTipRole:
            return st.consecutiveFailures > 0
                       ? tr("%n consecutive failure(s); Down after %1", nullptr, st.consecutiveFailures)
                             .arg(r.spec.failuresBeforeDown)
                       : QVariant();
        }
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.spec.name;
        if (role == Qt::ToolTipRole && !r.spec.description.isEmpty())
            return r.spec.description;
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.spec.kindName();
        break;
    case TargetColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return r.spec.target();
        break;
    case LatencyColumn:
        if (role == Qt::DisplayRole)
            return st.latencyMs < 0 ? QString()
                                    : tr("%1 ms").arg(st.latencyMs, 0, 'f', st.latencyMs < 10 ? 1 : 0);
        if (role == SortRole)
            return st.latencyMs;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && r.spec.maxLatency.count() > 0)
            return tr("Degraded above %1 ms").arg(qint64(r.spec.maxLatency.count()));
        break;
    case LastChangeColumn:
        if (role == Qt::DisplayRole)
            return timeText(st.lastChange);
        if (role == SortRole)
            return st.lastChange.isValid() ? st.lastChange.toMSecsSinceEpoch() : 0;
        if (role == Qt::ToolTipRole)
            return timeTooltip(st.lastChange);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return st.message;
        break;
    }
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case NameColumn:
        return tr("Service");
    case KindColumn:
        return tr("Check");
    case TargetColumn:
        return tr("Target");
    case LatencyColumn:
        return tr("Latency");
    case LastChangeColumn:
        return tr("Since");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void ServiceTableModel::setServices(const QList<ServiceSpec> &specs)
{
    QHash<QString, ServiceStatus> kept;
    for (const Row &r : std::as_const(m_rows))
        kept.insert(r.spec.name, r.status);

    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_rows.reserve(specs.size());
    for (const ServiceSpec &s : specs) {
        Row r{s, kept.value(s.name)};
        r.status.name = s.name;
        m_index.insert(s.name, int(m_rows.size()));
        m_rows.append(std::move(r));
    }
    endResetModel();
}

void ServiceTableModel::applyStatuses(const QList<ServiceStatus> &statuses)
{
    int first = INT_MAX;
    int last = -1;
    for (const ServiceStatus &st : statuses) {
        const int row = m_index.value(st.name, -1);
        if (row < 0)
            continue; // a result for a service the last reload removed
        m_rows[row].status = st;
        first = qMin(first, row);
        last = qMax(last, row);
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int ServiceTableModel::countIn(ServiceState s) const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.status.state == s;
    return n;
}

} // namespace qd
