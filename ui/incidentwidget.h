#pragma once

#include "incident.h"
#include "postmortem.h"
#include "profile.h"
#include "runbook.h"
#include "templaterenderer.h"
#include "timelineevent.h"
#include "timelinefilter.h"
#include "updatecadence.h"

#include <QPointer>
#include <QSet>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace qd {

class Clock;
class IncidentEditor;
class IncidentListModel;
class IncidentService;
class PostMortemWidget;
class TimelineModel;
class UpdateComposerDialog;
class UpdatePublisher;

// The Incident tab: every incident on the left (open ones first, then the
// history), the one chosen on the right: its header (severity, status,
// time since it was declared, commander), its timeline as the store
// committed it, filtered and searched by the store, a note box that takes
// evidence files, and its details in an editor. It talks to the
// IncidentService on the service's thread by queued calls only; nothing
// shows as recorded before its commit. Which incident was shown, the page
// and an unsent note survive a restart of the console.
class IncidentWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentWidget)
public:
    IncidentWidget(IncidentService *service, const Clock &clock, QWidget *parent = nullptr);
    ~IncidentWidget() override;

    // Declares, records the commander and follows the new incident.
    void declare(const qd::Incident &draft);
    void setActor(const QString &actor) { m_actor = actor; }
    // Shows another incident (from the list, or from a test).
    void follow(const qd::Incident &incident);
    // Files to go with the next note as its evidence.
    void stageFiles(const QStringList &paths);
    // Focus the note box / the search box.
    void focusNote();
    void focusSearch();
    void showDetails();
    void showPostMortem();
    // Ctrl+U: the status-update composer for the incident shown.
    void composeUpdate();

    // What issue 7 needs from the environment: the cadence policy, the
    // team's template folder and post-mortem template, the webhooks; the
    // runbooks' own update templates; the objectives and backups for RTO/RPO.
    void setProfile(const qd::Profile &profile);
    void setRunbooks(const QList<qd::Runbook> &runbooks);
    void setBackups(const QList<qd::BackupSetStatus> &sets);
    void setPublisher(UpdatePublisher *publisher) { m_publisher = publisher; }
    // Every template the composer offers: bundled, the team's folder, the runbooks'.
    QList<TemplateRenderer::Template> updateTemplates() const;
    // "Update #4 due in 3:12"; empty with no open incident.
    QString cadenceText() const;
    UpdateCadence::State cadenceState() const;
    int updatesPublished() const { return m_updateIds.size(); }

    const Incident &incident() const { return m_incident; }
    TimelineModel *timeline() const { return m_model; }
    IncidentListModel *incidents() const { return m_list; }
    IncidentEditor *editor() const { return m_editor; }
    QLineEdit *noteBox() const { return m_note; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *actorFilter() const { return m_actorFilter; }
    QComboBox *statusBox() const { return m_status; }
    QLabel *header() const { return m_header; }
    QLabel *cadenceLabel() const { return m_cadence; }
    PostMortemWidget *postMortem() const { return m_postMortem; }
    UpdateComposerDialog *composer() const;   // the one open, or null

signals:
    void incidentShown(const qd::Incident &incident);   // the tab has something to show
    void message(const QString &text);                  // for the status bar

private:
    void incidentsChanged(const QList<qd::Incident> &all);
    void eventsArrived(const QUuid &incident, const QList<qd::TimelineEvent> &events);
    void watchStarted(const QUuid &incident, const qd::TimelineFilter &filter);
    void facetsChanged(const QUuid &incident, const QStringList &kinds, const QStringList &actors);
    void appended(const qd::TimelineEvent &event);
    void applyFilter();
    TimelineFilter currentFilter() const;
    void recordNote();
    void chooseFiles();
    void changeStatus(int index);
    void reopen();
    void record(const qd::TimelineEvent &event);
    void toggleKey();   // the selected event in or out of the post-mortem timeline
    void updateHeader();
    void updateCadence();
    void noteUpdate(const qd::TimelineEvent &event);
    PostMortem::Recovery recovery() const;   // the profile's objectives and the inventory
    void updateStaged();
    void saveDraft();

    IncidentService *m_service;
    const Clock &m_clock;
    QString m_actor;
    Incident m_incident;                 // null id: none followed
    bool m_restored = false;             // the last session's incident was looked for
    IncidentListModel *m_list;
    QTableView *m_listView;
    QLabel *m_header;
    QComboBox *m_status;
    QPushButton *m_reopen;
    QTabWidget *m_pages;
    QComboBox *m_kindFilter;
    QComboBox *m_actorFilter;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QTableView *m_view;
    TimelineModel *m_model;
    IncidentEditor *m_editor;
    QLineEdit *m_note;
    QPushButton *m_attach;
    QToolButton *m_staged;   // the files staged; a click drops them
    QStringList m_stagedFiles;
    QLabel *m_empty;
    QWidget *m_shown;                    // everything but m_empty
    QTimer *m_tick;
    QTimer *m_draftDelay;
    QUuid m_pendingNote;                 // the note on its way to the store
    QLabel *m_cadence;
    QPushButton *m_compose;
    PostMortemWidget *m_postMortem;
    UpdatePublisher *m_publisher = nullptr;
    QPointer<UpdateComposerDialog> m_composer;
    Profile m_profile;
    UpdateCadence m_policy;
    QList<TemplateRenderer::Template> m_runbookTemplates;
    QList<BackupSetStatus> m_backups;
    QSet<QUuid> m_updateIds;             // the incident's published updates seen so far
    QDateTime m_lastUpdate;
    bool m_updatesKnown = false;         // the incident's published updates have been read
    UpdateCadence::State m_alerted = UpdateCadence::State::NotDue;
};

} // namespace qd
