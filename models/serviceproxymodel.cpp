#include "serviceproxymodel.h"

#include "servicetablemodel.h"

namespace qd {

ServiceProxyModel::ServiceProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ServiceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // States change while the user looks; re-filter and re-sort on every batch.
    setDynamicSortFilter(true);
}

void ServiceProxyModel::setServiceModel(ServiceTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ServiceProxyModel::setFilter(const ServiceFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ServiceProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid() || !m_filter.isActive())
        return true;
    return m_filter.matches(m_model->spec(sourceRow), m_model->status(sourceRow));
}

} // namespace qd

namespace qd {

bool ServiceProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (QVariant::compare(l, r) != QPartialOrdering::Equivalent)
        return QSortFilterProxyModel::lessThan(left, right);
    // Ties (fifty services all Down) in a stable, readable order: by name,
    // A to Z whichever way the column is sorted.
    const QString ln = left.data(ServiceTableModel::NameRole).toString();
    const QString rn = right.data(ServiceTableModel::NameRole).toString();
    const bool less = QString::localeAwareCompare(ln, rn) < 0;
    return sortOrder() == Qt::AscendingOrder ? less : !less && ln != rn;
}

} // namespace qd
