#pragma once

#include "incident.h"
#include "timelineevent.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace qd {

class Clock;
class IncidentService;
class TimelineModel;

// The Incident tab: the open incident's header (severity, status, time
// since it was declared, commander), its timeline as the store committed
// it, and a note box. It talks to the IncidentService on the service's
// thread by queued calls only; nothing shows as recorded before its commit.
class IncidentWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentWidget)
public:
    IncidentWidget(IncidentService *service, const Clock &clock, QWidget *parent = nullptr);

    // Declares, records the commander and follows the new incident.
    void declare(const qd::Incident &draft);
    void setActor(const QString &actor) { m_actor = actor; }

    const Incident &incident() const { return m_incident; }
    TimelineModel *timeline() const { return m_model; }
    QLineEdit *noteBox() const { return m_note; }
    QComboBox *statusBox() const { return m_status; }
    QLabel *header() const { return m_header; }

signals:
    void incidentShown(const qd::Incident &incident);   // the tab has something to show
    void message(const QString &text);                  // for the status bar

private:
    void follow(const qd::Incident &incident);
    void openIncidentsChanged(const QList<qd::Incident> &open);
    void eventsArrived(const QUuid &incident, const QList<qd::TimelineEvent> &events);
    void recordNote();
    void changeStatus(int index);
    void toggleKey();   // the selected event in or out of the post-mortem timeline
    void updateHeader();

    IncidentService *m_service;
    const Clock &m_clock;
    QString m_actor;
    Incident m_incident;                 // null id: none followed
    QLabel *m_header;
    QComboBox *m_status;
    QTableView *m_view;
    TimelineModel *m_model;
    QLineEdit *m_note;
    QLabel *m_empty;
    QTimer *m_tick;
    QUuid m_pendingNote;                 // the note on its way to the store
};

} // namespace qd
