#include "latencychartwidget.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace qd {

LatencyChartWidget::LatencyChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_line(new QLineSeries)
    , m_failures(new QScatterSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("latencyChart"));
    m_line->setName(tr("latency (ms)"));
    QPen pen(QColor(0x1f, 0x5f, 0x9e));
    pen.setWidthF(1.5);
    m_line->setPen(pen);
    m_line->setUseOpenGL(false);
    m_failures->setName(tr("failed check"));
    m_failures->setColor(QColor(0xc6, 0x28, 0x28));
    m_failures->setBorderColor(QColor(0xc6, 0x28, 0x28));
    m_failures->setMarkerSize(7);
    m_failures->setMarkerShape(QScatterSeries::MarkerShapeRectangle);

    m_chart->addSeries(m_line);
    m_chart->addSeries(m_failures);
    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(7);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("ms"));
    m_y->setMin(0);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_line), static_cast<QAbstractSeries *>(m_failures)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_view);
    setSamples(QString(), {}, 3'600'000);
}

void LatencyChartWidget::setSamples(const QString &service, const QList<LatencyHistory::Sample> &samples, qint64 windowMs)
{
    m_service = service;
    QList<QPointF> ok;
    QList<QPointF> failed;
    ok.reserve(samples.size());
    double maxMs = 1.0;
    for (const auto &s : samples) {
        if (s.latencyMs >= 0) {
            ok.append(QPointF(double(s.atMs), s.latencyMs));
            maxMs = qMax(maxMs, s.latencyMs);
        }
    }
    const double top = maxMs * 1.15;
    for (const auto &s : samples) {
        if (s.latencyMs < 0)
            failed.append(QPointF(double(s.atMs), top));
    }
    // replace() swaps the data in one go: one repaint, not one per point.
    m_line->replace(ok);
    m_failures->replace(failed);
    const QDateTime now = QDateTime::currentDateTime();
    // Show the last hour, or less while there is less history, so that a
    // freshly started console does not squeeze its first minute into a sliver.
    qint64 span = 5 * 60 * 1000;
    if (!samples.isEmpty())
        span = qBound<qint64>(span, now.toMSecsSinceEpoch() - samples.first().atMs + 30'000, windowMs);
    m_x->setRange(now.addMSecs(-span), now.addMSecs(span / 60));
    m_x->setFormat(span > 10 * 60 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    m_y->setRange(0, top * 1.05);
    m_y->applyNiceNumbers();   // 0, 250, 500 … rather than 0, 243, 486
    m_y->setLabelFormat(m_y->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

} // namespace qd
