#pragma once

#include "dashboardmodels.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace qd {

class BackupBadgeBar;
class LatencyChartWidget;
class ServiceProxyModel;

// Services table with filter, heartbeat panel, objectives and the selected
// service's latency chart.
class DashboardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWidget)
public:
    explicit DashboardWidget(const DashboardModels &models, QWidget *parent = nullptr);

    QTableView *servicesView() const { return m_services; }
    QTableView *heartbeatsView() const { return m_heartbeats; }
    void focusFilter();
    BackupBadgeBar *backupBadges() const { return m_backupBadges; }
    QString selectedService() const;
    void selectService(const QString &name);

signals:
    void summaryChanged(const QString &html);

private:
    void updateFilter();
    void updateSummary();
    void onSelectionChanged();

    DashboardModels m_models;
    ServiceProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QTableView *m_services;
    QTableView *m_heartbeats;
    QTableView *m_objectives;
    BackupBadgeBar *m_backupBadges;
    QGroupBox *m_chartBox;
    LatencyChartWidget *m_chart;
    QTimer *m_tick;
    QString m_selectionBeforeReset;
    QString m_lastSummary;
};

} // namespace qd
