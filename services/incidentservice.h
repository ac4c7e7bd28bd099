#pragma once

#include "attachment.h"
#include "incident.h"
#include "timelineevent.h"
#include "timelinefilter.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <memory>

class QTimer;

namespace qd {

class Clock;
class SqliteStore;

// The console's side of the incident store, on a thread of its own: the UI
// thread never waits for a commit (DESIGN.md §5). Calls come in queued;
// answers go out as signals. An event is announced only after its commit,
// so the timeline never shows what a crash could take back. What other
// writers commit (the command line, another console on the file) is
// noticed within half a second by polling SQLite's data_version.
//   auto *s = new IncidentService(path, consoleId, clock); s->moveToThread(&thread);
//   QMetaObject::invokeMethod(s, &IncidentService::open);
class IncidentService final : public QObject
{
    Q_OBJECT
public:
    IncidentService(QString path, QString consoleId, const Clock &clock, QObject *parent = nullptr);
    ~IncidentService() override;

    void open();
    void declare(const qd::Incident &draft, const QString &actor);
    void append(const qd::TimelineEvent &event);
    // The same with files copied into the store as its evidence; read here,
    // off the UI thread. A file that cannot be read records nothing.
    void appendWithFiles(const qd::TimelineEvent &event, const QStringList &paths);
    // Streams one incident's timeline, the part the filter lets through:
    // all of it now, then what is added. A new watch starts over.
    void watch(const QUuid &incident, const qd::TimelineFilter &filter = {});
    // One incident's events the filter lets through, once, all of them:
    // eventsFetched with the same tag (the wizard's resume asks this way).
    void fetch(const QUuid &incident, const qd::TimelineFilter &filter, const QString &tag);
    void close();

    // Larger files are refused as evidence: the store is not a file server.
    static constexpr qint64 kMaxAttachmentBytes = 64 * 1024 * 1024;

signals:
    void opened(bool ok, const QString &error);
    // Every incident, newest first: the open ones and the history.
    void incidentsChanged(const QList<qd::Incident> &incidents);
    // What the watched incident's filter can choose from.
    void facetsChanged(const QUuid &incident, const QStringList &kinds, const QStringList &actors);
    void declared(const qd::Incident &incident);
    void appended(const qd::TimelineEvent &event);   // committed by this console
    void eventsArrived(const QUuid &incident, const QList<qd::TimelineEvent> &events);   // in order, batched
    void eventsFetched(const QUuid &incident, const QString &tag, const QList<qd::TimelineEvent> &events);
    // A watch started: what arrives next replaces what was shown.
    void watchStarted(const QUuid &incident, const qd::TimelineFilter &filter);
    // Not recorded: the event as given, so the note box can keep its text.
    void appendFailed(const qd::TimelineEvent &event, const QString &error);
    void failed(const QString &error);

private:
    void poll();
    void refreshIncidents();
    void fetchWatched();
    void refreshFacets();
    void appendNow(const TimelineEvent &event, const QList<Attachment> &files);

    QString m_path;
    QString m_consoleId;
    const Clock &m_clock;
    std::unique_ptr<SqliteStore> m_store;   // made in open(): its connection belongs to this thread
    QTimer *m_poll = nullptr;
    qint64 m_dataVersion = -1;
    QList<Incident> m_incidents;
    bool m_announced = false;   // the first list went out
    QUuid m_watched;
    qint64 m_watchedAfter = 0;
    TimelineFilter m_filter;
    QStringList m_kinds, m_actors;   // the facets last announced
};

} // namespace qd
