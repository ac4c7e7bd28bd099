#pragma once

#include "incident.h"
#include "timelineevent.h"

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
    // Streams one incident's timeline: all of it now, then what is added.
    void watch(const QUuid &incident);
    void close();

signals:
    void opened(bool ok, const QString &error);
    void incidentsChanged(const QList<qd::Incident> &openIncidents);
    void declared(const qd::Incident &incident);
    void appended(const qd::TimelineEvent &event);   // committed by this console
    void eventsArrived(const QUuid &incident, const QList<qd::TimelineEvent> &events);   // in order, batched
    // Not recorded: the event as given, so the note box can keep its text.
    void appendFailed(const qd::TimelineEvent &event, const QString &error);
    void failed(const QString &error);

private:
    void poll();
    void refreshIncidents();
    void fetchWatched();

    QString m_path;
    QString m_consoleId;
    const Clock &m_clock;
    std::unique_ptr<SqliteStore> m_store;   // made in open(): its connection belongs to this thread
    QTimer *m_poll = nullptr;
    qint64 m_dataVersion = -1;
    QList<Incident> m_open;
    bool m_announced = false;   // the first list went out
    QUuid m_watched;
    qint64 m_watchedAfter = 0;
};

} // namespace qd
