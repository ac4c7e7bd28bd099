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
