#include "incidentlistmodel.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace qd {

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncidentListModel::setIncidents(QList<Incident> incidents)
{
    std::stable_sort(incidents.begin(), incidents.end(), [](const Incident &a, const Incident &b) {
        if (a.open() != b.open())
            return a.open();
        return a.declaredAt > b.declaredAt;
    });
    beginResetModel();
    m_incidents = std::move(incidents);
    m_open = int(std::count_if(m_incidents.cbegin(), m_incidents.cend(), [](const Incident &i) { return i.open(); }));
    endResetModel();
}

int IncidentListModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_incidents.size(); ++row)
        if (m_incidents.at(row).id == id)
            return row;
    return -1;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_incidents.size())
        return {};
    const Incident &i = m_incidents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return Incident::severityName(i.severity);
        case TitleColumn:
            return i.drill ? tr("[drill] %1").arg(i.title) : i.title;
        case StatusColumn:
            return Incident::statusName(i.status);
        case DeclaredColumn: {
            // Today's by the hour, older ones by the day: the list stays narrow.
            const QDateTime local = i.declaredAt.toLocalTime();
            return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm")) : local.toString(QStringLiteral("yyyy-MM-dd"));
        }
        case CommanderColumn:
            return i.commander;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DeclaredColumn)
            return tr("%1 local, %2 UTC")
                .arg(i.declaredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     i.declaredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (index.column() == SeverityColumn)
            return Incident::severityWord(i.severity);
        return i.title;
    case Qt::FontRole:
        if (i.open()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (!i.open())
            return QBrush(QColor(0x60, 0x60, 0x60));
        if (index.column() == SeverityColumn && i.severity <= Incident::Severity::Sev2)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case IdRole:
        return i.id;
    default:
        break;
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Sev");
    case TitleColumn:
        return tr("Incident");
    case StatusColumn:
        return tr("Status");
    case DeclaredColumn:
        return tr("Declared");
    case CommanderColumn:
        return tr("IC");
    }
    return {};
}

} // namespace qd
