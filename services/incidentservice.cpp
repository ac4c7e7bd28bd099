#include "incidentservice.h"

#include "incidentchange.h"
#include "sqlitestore.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace qd {

namespace {

bool sameIncidents(const QList<Incident> &a, const QList<Incident> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].status != b[i].status || a[i].severity != b[i].severity || a[i].title != b[i].title
            || a[i].commander != b[i].commander || a[i].fields != b[i].fields || a[i].declaredAt != b[i].declaredAt
            || a[i].resolvedAt != b[i].resolvedAt)
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
    appendNow(event, {});
}

void IncidentService::appendWithFiles(const TimelineEvent &event, const QStringList &paths)
{
    QList<Attachment> files;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > kMaxAttachmentBytes) {
            emit appendFailed(event, tr("%1 is %2 MB; evidence files are kept up to %3 MB")
                                         .arg(name)
                                         .arg(file.size() / (1024 * 1024))
                                         .arg(kMaxAttachmentBytes / (1024 * 1024)));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            emit appendFailed(event, tr("%1: cannot read it: %2").arg(path, file.errorString()));
            return;
        }
        files.append(Attachment{name, file.readAll(), {}});
    }
    appendNow(event, files);
}

void IncidentService::appendNow(const TimelineEvent &event, const QList<Attachment> &files)
{
    QString error;
    const std::optional<TimelineEvent> done = m_store ? m_store->append(event, files, &error) : std::nullopt;
    if (!done) {
        emit appendFailed(event, m_store ? error : tr("the incident store is not open"));
        return;
    }
    emit appended(*done);
    fetchWatched();
    refreshFacets();
    if (IncidentChange::changesIncident(done->kind))
        refreshIncidents();
}

void IncidentService::watch(const QUuid &incident, const TimelineFilter &filter)
{
    m_watched = incident;
    m_filter = filter;
    m_watchedAfter = 0;
    m_kinds.clear();
    m_actors.clear();
    emit watchStarted(incident, filter);
    refreshFacets();
    fetchWatched();
}

void IncidentService::fetch(const QUuid &incident, const TimelineFilter &filter, const QString &tag)
{
    QList<TimelineEvent> all;
    if (m_store) {
        QString error;
        for (qint64 after = 0;;) {
            const QList<TimelineEvent> page = m_store->events(incident, filter, after, 5000, &error);
            if (!error.isEmpty()) {
                emit failed(error);
                break;
            }
            if (page.isEmpty())
                break;
            all.append(page);
            after = page.last().order;
        }
    }
    emit eventsFetched(incident, tag, all);
}

void IncidentService::refreshFacets()
{
    if (!m_store || m_watched.isNull())
        return;
    QString error;
    const QStringList kinds = m_store->kinds(m_watched, &error);
    const QStringList actors = m_store->actors(m_watched, &error);
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    if (kinds == m_kinds && actors == m_actors)
        return;
    m_kinds = kinds;
    m_actors = actors;
    emit facetsChanged(m_watched, m_kinds, m_actors);
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
    refreshFacets();
}

void IncidentService::refreshIncidents()
{
    QString error;
    const QList<Incident> all = m_store->incidents(false, &error);
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    // Once at start, whatever the list; then only when it changed.
    if (!m_announced || !sameIncidents(all, m_incidents)) {
        m_announced = true;
        m_incidents = all;
        emit incidentsChanged(m_incidents);
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
        const QList<TimelineEvent> page = m_store->events(m_watched, m_filter, m_watchedAfter, 5000, &error);
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
