#pragma once

#include "latencyhistory.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace qd {

// A service's latency over the history window. The only place the dashboard
// touches Qt Charts (deprecated from Qt 6.10 in favour of Qt Graphs), so a
// switch touches this folder only.
class LatencyChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyChartWidget)
public:
    explicit LatencyChartWidget(QWidget *parent = nullptr);

    void setSamples(const QString &service, const QList<LatencyHistory::Sample> &samples, qint64 windowMs);
    QString service() const { return m_service; }

private:
    QString m_service;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_line;
    QScatterSeries *m_failures;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
};

} // namespace qd
