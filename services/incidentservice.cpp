#include "incidentservice.h"

#include "sqlitestore.h"

#include <QTimer>

namespace qd {

namespace {

bool sameIncidents(const QList<Incident> &a, const QList<Incident> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].status != b[i].status || a[i].severity != b[i].severity || a[i].title != b[i].title
            || a[i].commander != b[i].commander)
            return false;
    return true;
}

} // namespace

IncidentService::IncidentService(QString path, QString consoleId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_consoleId(std::move(consoleId))
    , m_clock(clock)
{
}

IncidentService::~IncidentService() = default;

void IncidentService::open()
{
    m_store = std::make_unique<SqliteStore>(m_path, m_consoleId, m_clock);
    QString error;
    if (!m_store->open(&error)) {
        m_store.reset();
        emit opened(false, error);
        return;
    }
    m_dataVersion = m_store->dataVersion();
    emit opened(true, QString());
    refreshIncidents();
    m_poll = new QTimer(this);
    m_poll->setInterval(500);
    connect(m_poll, &QTimer::timeout, this, &IncidentService::poll);
    m_poll->start();
}

void IncidentService::close()
{
    if (m_poll)
        m_poll->stop();
    m_store.reset();
}

void IncidentService::declare(const Incident &draft, const QString &actor)
{
    if (!m_store) {
        emit failed(tr("the incident store is not open"));
        return;
    }
    QString error;
    const std::optional<Incident> incident = m_store->declare(draft, actor, &error);
    if (!incident) {
        emit failed(tr("the incident was not declared: %1").arg(error));
        return;
    }
    emit declared(*incident);
    refreshIncidents();
}

void IncidentService::append(const TimelineEvent &event)
{
    QString error;
    const std::optional<TimelineEvent> done = m_store ? m_store->append(event, &error) : std::nullopt;
    if (!done) {
        emit appendFailed(event, m_store ? error : tr("the incident store is not open"));
        return;
    }
    emit appended(*done);
    fetchWatched();
    if (done->kind == u"status" || done->kind == u"severity" || done->kind == u"commander" || done->kind == u"title")
        refreshIncidents();
}

void IncidentService::watch(const QUuid &incident)
{
    m_watched = incident;
    m_watchedAfter = 0;
    fetchWatched();
}

void IncidentService::poll()
{
    if (!m_store)
        return;
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion)
        return;   // nobody else committed: nothing to read
    m_dataVersion = version;
    refreshIncidents();
    fetchWatched();
}

void IncidentService::refreshIncidents()
{
    QString error;
    const QList<Incident> open = m_store->incidents(true, &error);
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    // Once at start, whatever the list; then only when it changed.
    if (!m_announced || !sameIncidents(open, m_open)) {
        m_announced = true;
        m_open = open;
        emit incidentsChanged(m_open);
    }
}

void IncidentService::fetchWatched()
{
    if (!m_store || m_watched.isNull())
        return;
    // Pages, each one signal: a 100,000-event incident arrives in a few
    // batches rather than one per event.
    for (;;) {
        QString error;
        const QList<TimelineEvent> page = m_store->events(m_watched, m_watchedAfter, 5000, &error);
        if (!error.isEmpty()) {
            emit failed(error);
            return;
        }
        if (page.isEmpty())
            return;
        m_watchedAfter = page.last().order;
        emit eventsArrived(m_watched, page);
    }
}

} // namespace qd
