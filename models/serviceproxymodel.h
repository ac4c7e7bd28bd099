#pragma once

#include "servicefilter.h"

#include <QSortFilterProxyModel>

namespace qd {

class ServiceTableModel;

// Sorts and filters the services table. The filter logic lives in ServiceFilter
// so it is tested without a view; this class only asks it.
class ServiceProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceProxyModel)
public:
    explicit ServiceProxyModel(QObject *parent = nullptr);
    void setServiceModel(ServiceTableModel *model);
    void setFilter(const ServiceFilter &filter);
    const ServiceFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ServiceTableModel *m_model = nullptr;
    ServiceFilter m_filter;
};

} // namespace qd
