#include "dashboardwidget.h"

#include "charts/latencychartwidget.h"
#include "heartbeatmodel.h"
#include "latencyhistory.h"
#include "backupbadgebar.h"
#include "objectivemodel.h"
#include "serviceproxymodel.h"
#include "servicetablemodel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace qd {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideRight);
    t->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures every row (thousands of services).
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    return t;
}

} // namespace

DashboardWidget::DashboardWidget(const DashboardModels &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_proxy(new ServiceProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_services(makeTable(this, QStringLiteral("servicesTable")))
    , m_heartbeats(makeTable(this, QStringLiteral("heartbeatsTable")))
    , m_objectives(makeTable(this, QStringLiteral("objectivesTable")))
    , m_chartBox(new QGroupBox(tr("Latency, last hour"), this))
    , m_chart(new LatencyChartWidget(m_chartBox))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_proxy->setServiceModel(models.services);

    m_filter->setObjectName(QStringLiteral("serviceFilter"));
    m_filter->setPlaceholderText(tr("Filter services by name, target or message (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_problemsOnly->setToolTip(tr("Show only services that are not Up"));
    connect(m_filter, &QLineEdit::textChanged, this, &DashboardWidget::updateFilter);
    connect(m_problemsOnly, &QCheckBox::toggled, this, &DashboardWidget::updateFilter);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter, nullptr, nullptr, Qt::WidgetShortcut);
    connect(esc, &QShortcut::activated, m_filter, &QLineEdit::clear);

    m_services->setModel(m_proxy);
    m_services->setSortingEnabled(true);
    m_services->sortByColumn(ServiceTableModel::StateColumn, Qt::DescendingOrder);
    m_services->setIconSize(QSize(16, 16));
    // Widths from the text they must hold, so they stay right at any font size or DPI.
    // The header counts too: translated titles can be longer than the values.
    const auto fit = [](QTableView *view, int column, const QString &sample, int extra = 18) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        const int text = qMax(view->fontMetrics().horizontalAdvance(sample) + extra,
                              view->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 24);
        view->horizontalHeader()->resizeSection(column, text);
    };
    fit(m_services, ServiceTableModel::StateColumn, serviceStateName(ServiceState::Degraded), 44);
    fit(m_services, ServiceTableModel::NameColumn, QStringLiteral("backtest-service"));
    fit(m_services, ServiceTableModel::KindColumn, QStringLiteral("command"));
    fit(m_services, ServiceTableModel::TargetColumn, QStringLiteral("http://127.0.0.1:47101/health/ready"));
    fit(m_services, ServiceTableModel::LatencyColumn, QStringLiteral("10000 ms"));
    fit(m_services, ServiceTableModel::LastChangeColumn, QStringLiteral("00:00:00"));
    m_services->setAccessibleName(tr("Services"));

    m_heartbeats->setModel(models.heartbeats);
    m_heartbeats->setIconSize(QSize(16, 16));
    fit(m_heartbeats, HeartbeatModel::LevelColumn, heartbeatLevelName(HeartbeatLevel::Unknown), 44);
    fit(m_heartbeats, HeartbeatModel::NameColumn, QStringLiteral("trading-bot"));
    fit(m_heartbeats, HeartbeatModel::AgeColumn, QStringLiteral("59 m 59 s"));
    fit(m_heartbeats, HeartbeatModel::LastBeatColumn, QStringLiteral("00:00:00"));
    fit(m_heartbeats, HeartbeatModel::ThresholdColumn,
        QCoreApplication::translate("qd::HeartbeatModel", "warn %1 · critical %2").arg(QStringLiteral("15 s"), QStringLiteral("45 s")));
    m_heartbeats->setAccessibleName(tr("Heartbeats"));

    m_objectives->setModel(models.objectives);
    fit(m_objectives, ObjectiveModel::ComponentColumn, QStringLiteral("backtest-service"));
    fit(m_objectives, ObjectiveModel::RtoColumn, QStringLiteral("30 m 30 s"));
    fit(m_objectives, ObjectiveModel::RpoColumn, QCoreApplication::translate("qd::ObjectiveModel", "no data loss"));
    fit(m_objectives, ObjectiveModel::RpoNowColumn, QCoreApplication::translate("qd::ObjectiveModel", "no good backup"));
    m_objectives->setAccessibleName(tr("Recovery objectives"));

    // Layout: filter row, services on top, and below them heartbeats and
    // objectives beside the latency chart.
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Services"), this);
    QFont bold = filterLabel->font();
    bold.setBold(true);
    filterLabel->setFont(bold);
    filterLabel->setBuddy(m_services);
    filterRow->addWidget(filterLabel);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_problemsOnly);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_services);

    auto *hbBox = new QGroupBox(tr("&Heartbeats"), this);
    auto *hbLayout = new QVBoxLayout(hbBox);
    hbLayout->addWidget(m_heartbeats);
    auto *objBox = new QGroupBox(tr("Recovery &objectives"), this);
    auto *objLayout = new QVBoxLayout(objBox);
    m_backupBadges = new BackupBadgeBar(objBox);
    objLayout->addWidget(m_backupBadges);
    objLayout->addWidget(m_objectives);
    auto *chartLayout = new QVBoxLayout(m_chartBox);
    chartLayout->addWidget(m_chart);
    m_chartBox->setObjectName(QStringLiteral("latencyBox"));

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(hbBox);
    left->addWidget(objBox);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(left);
    bottom->addWidget(m_chartBox);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({600, 600});
    left->setSizes({170, 250});   // a handful of heartbeats, more objectives

    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(bottom);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    main->setSizes({420, 400});
    main->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(main);

    connect(m_services->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DashboardWidget::onSelectionChanged);
    connect(models.services, &QAbstractItemModel::dataChanged, this, &DashboardWidget::updateSummary);
    // A reload of the profile resets the model; keep the commander's selection
    // (and so the chart) on the service they were looking at.
    connect(models.services, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectionBeforeReset = selectedService(); });
    connect(models.services, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        if (!m_selectionBeforeReset.isEmpty())
            selectService(m_selectionBeforeReset);
        if (m_proxy->rowCount() > 0 && !m_services->currentIndex().isValid())
            m_services->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(models.latency, &LatencyHistory::samplesAdded, this, [this](const QString &service) {
        if (service == m_chart->service())
            m_chart->setSamples(service, m_models.latency->samples(service), m_models.latency->windowMs());
    });

    // Ages tick every second from the clock, without re-reading any file.
    connect(m_tick, &QTimer::timeout, models.heartbeats, &HeartbeatModel::tick);
    connect(models.heartbeats, &QAbstractItemModel::dataChanged, this, &DashboardWidget::updateSummary);
    connect(models.heartbeats, &QAbstractItemModel::modelReset, this, &DashboardWidget::updateSummary);
    m_tick->start(1000);
    updateSummary();
}

void DashboardWidget::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString DashboardWidget::selectedService() const
{
    const QModelIndex idx = m_services->currentIndex();
    return idx.isValid() ? idx.data(ServiceTableModel::NameRole).toString() : QString();
}

void DashboardWidget::selectService(const QString &name)
{
    const int row = m_models.services->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex idx = m_proxy->mapFromSource(m_models.services->index(row, 0));
    if (idx.isValid())
        m_services->setCurrentIndex(idx);
}

void DashboardWidget::updateFilter()
{
    ServiceFilter f;
    f.setText(m_filter->text());
    f.setProblemsOnly(m_problemsOnly->isChecked());
    m_proxy->setFilter(f);
}

void DashboardWidget::updateSummary()
{
    const ServiceTableModel *m = m_models.services;
    const auto part = [](ServiceState s, int n) {
        const QString color = n > 0 || s == ServiceState::Up ? serviceStateColor(s).lighter(s == ServiceState::Unknown ? 160 : 190).name()
                                                             : QStringLiteral("#9fb3c8");
        return QStringLiteral("<span style='color:%1'><b>%2</b> %3</span>").arg(color).arg(n).arg(serviceStateName(s));
    };
    QString html = part(ServiceState::Up, m->countIn(ServiceState::Up)) + QStringLiteral(" &nbsp; ")
                   + part(ServiceState::Degraded, m->countIn(ServiceState::Degraded)) + QStringLiteral(" &nbsp; ")
                   + part(ServiceState::Down, m->countIn(ServiceState::Down)) + QStringLiteral(" &nbsp; ")
                   + part(ServiceState::Unknown, m->countIn(ServiceState::Unknown));
    // Heartbeats that are not fresh belong in the one line a commander reads:
    // a dead bot behind healthy services is the classic silent failure.
    const HeartbeatModel *hb = m_models.heartbeats;
    int stale = 0, critical = 0, unknown = 0;
    for (int row = 0; row < hb->rowCount(); ++row) {
        switch (hb->level(row)) {
        case HeartbeatLevel::Warn:
            ++stale;
            break;
        case HeartbeatLevel::Critical:
            ++critical;
            break;
        case HeartbeatLevel::Unknown:
            ++unknown;
            break;
        case HeartbeatLevel::Fresh:
            break;
        }
    }
    const auto beat = [](HeartbeatLevel l, int n) {
        // ♥ marks heartbeats, so the line needs no plural forms in any language.
        return QStringLiteral(" &nbsp; <span style='color:%1'><b>%2</b> \u2665 %3</span>")
            .arg(heartbeatLevelColor(l).lighter(190).name())
            .arg(n)
            .arg(heartbeatLevelName(l).toHtmlEscaped());
    };
    if (critical > 0)
        html += beat(HeartbeatLevel::Critical, critical);
    if (stale > 0)
        html += beat(HeartbeatLevel::Warn, stale);
    if (unknown > 0)
        html += beat(HeartbeatLevel::Unknown, unknown);
    if (html != m_lastSummary) {
        m_lastSummary = html;
        emit summaryChanged(html);
    }
}

void DashboardWidget::onSelectionChanged()
{
    const QString name = selectedService();
    m_chartBox->setTitle(name.isEmpty() ? tr("Latency, last hour") : tr("Latency of %1, last hour").arg(name));
    m_chart->setSamples(name, m_models.latency->samples(name), m_models.latency->windowMs());
}

} // namespace qd
