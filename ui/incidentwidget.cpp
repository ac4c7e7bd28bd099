#include "incidentwidget.h"

#include "clock.h"
#include "incidentchange.h"
#include "incidenteditor.h"
#include "incidentlistmodel.h"
#include "incidentservice.h"
#include "noticedtime.h"
#include "timelinemodel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "postmortemwidget.h"
#include "updatecomposerdialog.h"
#include "updatepublisher.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace qd {

namespace {

QString elapsed(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Where the console keeps what it was showing, for the next start.
const QString kCurrentKey = QStringLiteral("incident/current");
const QString kPageKey = QStringLiteral("incident/page");
const QString kDraftIncidentKey = QStringLiteral("incident/draftIncident");
const QString kDraftKey = QStringLiteral("incident/draft");
const QString kUpdatesTag = QStringLiteral("updates");

QString clock(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return seconds >= 3600 ? QStringLiteral("%1:%2:%3")
                                 .arg(seconds / 3600)
                                 .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                 .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                           : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

IncidentWidget::IncidentWidget(IncidentService *service, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_list(new IncidentListModel(this))
    , m_listView(new QTableView)
    , m_header(new QLabel)
    , m_status(new QComboBox)
    , m_reopen(new QPushButton(tr("&Reopen")))
    , m_pages(new QTabWidget)
    , m_kindFilter(new QComboBox)
    , m_actorFilter(new QComboBox)
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_searchDelay(new QTimer(this))
    , m_view(new QTableView)
    , m_model(new TimelineModel(this))
    , m_editor(new IncidentEditor(clock))
    , m_note(new QLineEdit)
    , m_attach(new QPushButton(tr("Attach…")))
    , m_staged(new QToolButton)
    , m_empty(new QLabel)
    , m_shown(new QWidget)
    , m_tick(new QTimer(this))
    , m_draftDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("incidentWidget"));

    // The list of incidents.
    m_listView->setObjectName(QStringLiteral("incidentList"));
    m_listView->setModel(m_list);
    m_listView->setAccessibleName(tr("Incidents"));
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setWordWrap(false);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_listView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_listView->horizontalHeader()->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    m_listView->hideColumn(IncidentListModel::CommanderColumn);
    m_listView->horizontalHeader()->resizeSection(IncidentListModel::SeverityColumn, fontMetrics().horizontalAdvance(QStringLiteral("SEV4__")));
    m_listView->horizontalHeader()->resizeSection(IncidentListModel::DeclaredColumn,
                                                  fontMetrics().horizontalAdvance(QStringLiteral("2026-11-22__")));
    m_listView->horizontalHeader()->setSectionResizeMode(IncidentListModel::StatusColumn, QHeaderView::ResizeToContents);

    // The header.
    m_header->setObjectName(QStringLiteral("incidentHeader"));
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_header->setFont(bold);
    m_header->setMargin(6);
    m_header->setAutoFillBackground(true);
    m_status->setObjectName(QStringLiteral("incidentStatus"));
    m_status->setAccessibleName(tr("Incident status"));
    for (const Incident::Status s : {Incident::Status::Investigating, Incident::Status::Identified, Incident::Status::Monitoring,
                                     Incident::Status::Resolved})
        m_status->addItem(Incident::statusName(s), int(s));
    m_reopen->setObjectName(QStringLiteral("reopenIncident"));
    m_reopen->setToolTip(tr("Back to Investigating; the reopening is recorded on the timeline"));

    // The timeline page: filters, the events, the note box.
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->setAccessibleName(tr("Show entries of kind"));
    m_kindFilter->addItem(tr("Every kind"));
    m_actorFilter->setObjectName(QStringLiteral("actorFilter"));
    m_actorFilter->setAccessibleName(tr("Show entries by"));
    m_actorFilter->addItem(tr("Anyone"));
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setPlaceholderText(tr("Search the timeline (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_count->setObjectName(QStringLiteral("timelineCount"));

    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Incident timeline"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    // Fixed row heights: a view that measures every row took seconds to
    // paint 100,000 of them (issue 5).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(TimelineModel::TimeColumn, fontMetrics().horizontalAdvance(QStringLiteral("00:00:00____")));
    m_view->horizontalHeader()->resizeSection(TimelineModel::ActorColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_view->horizontalHeader()->resizeSection(TimelineModel::KindColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);

    m_note->setObjectName(QStringLiteral("noteBox"));
    m_note->setPlaceholderText(tr("Note for the timeline — Enter records it; start with a time (14:02 …) for when it happened"));
    m_note->setAccessibleName(tr("Note for the timeline"));
    m_attach->setObjectName(QStringLiteral("attachEvidence"));
    m_attach->setToolTip(tr("Files to keep with the next note as evidence (copied into the incident store, with their SHA-256)"));
    m_staged->setObjectName(QStringLiteral("stagedFiles"));
    m_staged->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_staged->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    filters->addWidget(m_kindFilter);
    filters->addWidget(new QLabel(tr("by")));
    filters->addWidget(m_actorFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_staged);
    noteRow->addWidget(m_attach);
    auto *timelinePage = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    timelineLayout->addLayout(filters);
    timelineLayout->addWidget(m_view, 1);
    timelineLayout->addLayout(noteRow);
    m_pages->setObjectName(QStringLiteral("incidentPages"));
    m_pages->addTab(timelinePage, tr("&Timeline"));
    m_pages->addTab(m_editor, tr("D&etails"));
    m_cadence = new QLabel;
    m_cadence->setObjectName(QStringLiteral("updateCadence"));
    m_cadence->setAutoFillBackground(true);
    m_cadence->setMargin(6);
    m_compose = new QPushButton(tr("Status &update…"));
    m_compose->setObjectName(QStringLiteral("composeUpdate"));
    m_compose->setToolTip(tr("Compose and publish a status update (Ctrl+U)"));
    m_postMortem = new PostMortemWidget(m_service, m_clock);
    m_pages->addTab(m_postMortem, tr("Post-&mortem"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_cadence);
    top->addWidget(m_compose);
    top->addWidget(m_status);
    top->addWidget(m_reopen);
    auto *shownLayout = new QVBoxLayout(m_shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    shownLayout->addLayout(top);
    shownLayout->addWidget(m_pages, 1);

    m_empty->setObjectName(QStringLiteral("incidentEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setText(tr("No incident yet. Declare one with Incident › Declare (Ctrl+I), or from a terminal: "
                        "quarterdeck incident declare \"Trade service down\" --severity SEV2"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_empty);
    rightLayout->addWidget(m_shown, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_listView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Keys.
    auto *key = new QAction(tr("Key event (for the post-mortem)"), this);
    key->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    key->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(key, &QAction::triggered, this, &IncidentWidget::toggleKey);
    addAction(key);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(key);
    // Ctrl+F is the main window's Find, which comes here while this tab is
    // shown: two actions on one key would be ambiguous and neither would fire.

    // Wiring.
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            follow(m_list->incident(current.row()));
    });
    connect(m_note, &QLineEdit::returnPressed, this, &IncidentWidget::recordNote);
    connect(m_note, &QLineEdit::textChanged, m_draftDelay, qOverload<>(&QTimer::start));
    m_draftDelay->setSingleShot(true);
    m_draftDelay->setInterval(1000);
    connect(m_draftDelay, &QTimer::timeout, this, &IncidentWidget::saveDraft);
    connect(m_attach, &QPushButton::clicked, this, &IncidentWidget::chooseFiles);
    connect(m_staged, &QToolButton::clicked, this, [this] {
        m_stagedFiles.clear();
        updateStaged();
        m_note->setFocus();
    });
    connect(m_status, &QComboBox::activated, this, &IncidentWidget::changeStatus);
    connect(m_reopen, &QPushButton::clicked, this, &IncidentWidget::reopen);
    connect(m_kindFilter, &QComboBox::activated, this, &IncidentWidget::applyFilter);
    connect(m_actorFilter, &QComboBox::activated, this, &IncidentWidget::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &IncidentWidget::applyFilter);
    connect(m_pages, &QTabWidget::currentChanged, this, [](int page) { QSettings().setValue(kPageKey, page); });
    connect(m_editor, &IncidentEditor::fieldEdited, this, [this](const QString &field, const QString &value) {
        record(IncidentChange::fieldEvent(m_incident.id, field, value, m_actor));
    });
    connect(m_editor, &IncidentEditor::actionItemEdited, this,
            [this](const ActionItem &item) { record(IncidentChange::actionItemEvent(m_incident.id, item, m_actor)); });
    connect(m_editor, &IncidentEditor::message, this, &IncidentWidget::message);

    connect(m_service, &IncidentService::declared, this, &IncidentWidget::follow);
    connect(m_service, &IncidentService::incidentsChanged, this, &IncidentWidget::incidentsChanged);
    connect(m_service, &IncidentService::eventsArrived, this, &IncidentWidget::eventsArrived);
    connect(m_service, &IncidentService::watchStarted, this, &IncidentWidget::watchStarted);
    connect(m_service, &IncidentService::facetsChanged, this, &IncidentWidget::facetsChanged);
    connect(m_service, &IncidentService::appended, this, &IncidentWidget::appended);
    connect(m_service, &IncidentService::appendFailed, this, [this](const TimelineEvent &event, const QString &error) {
        if (event.id == m_pendingNote) {
            m_pendingNote = QUuid();
            m_note->setReadOnly(false);   // the text and the files stay: nothing typed is lost
            m_attach->setEnabled(true);
        }
        emit message(tr("Not recorded: %1").arg(error));
    });
    connect(m_service, &IncidentService::failed, this, &IncidentWidget::message);
    connect(m_compose, &QPushButton::clicked, this, &IncidentWidget::composeUpdate);
    // Ctrl+U is the main window's Incident › Status update, from any tab.
    connect(m_postMortem, &PostMortemWidget::fieldEdited, this, [this](const QUuid &incident, const QString &field, const QString &value) {
        record(IncidentChange::fieldEvent(incident, field, value, m_actor));
    });
    connect(m_postMortem, &PostMortemWidget::message, this, &IncidentWidget::message);
    // The updates already published, for the cadence: asked once per
    // incident, then counted as they are committed.
    connect(m_service, &IncidentService::eventsFetched, this, [this](const QUuid &incident, const QString &tag, const QList<TimelineEvent> &events) {
        if (tag != kUpdatesTag || incident != m_incident.id)
            return;
        for (const TimelineEvent &e : events)
            noteUpdate(e);
        m_updatesKnown = true;
        updateCadence();
    });
    connect(m_service, &IncidentService::appended, this, &IncidentWidget::noteUpdate);
    connect(m_service, &IncidentService::eventsArrived, this, [this](const QUuid &incident, const QList<TimelineEvent> &events) {
        if (incident == m_incident.id)
            for (const TimelineEvent &e : events)
                noteUpdate(e);
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &IncidentWidget::updateHeader);
    m_tick->start();
    updateHeader();
}

IncidentWidget::~IncidentWidget()
{
    // A note typed in the last second is kept too.
    if (m_draftDelay->isActive())
        saveDraft();
}

void IncidentWidget::declare(const Incident &draft)
{
    Incident d = draft;
    if (d.commander.isEmpty())
        d.commander = m_actor;
    QMetaObject::invokeMethod(m_service, [s = m_service, d, actor = m_actor] { s->declare(d, actor); });
}

void IncidentWidget::follow(const Incident &incident)
{
    if (incident.id == m_incident.id)
        return;
    if (m_draftDelay->isActive())
        saveDraft();   // the note typed for the incident being left
    m_incident = incident;
    m_restored = true;
    m_pendingNote = QUuid();
    m_note->setReadOnly(false);
    m_attach->setEnabled(true);
    m_stagedFiles.clear();
    updateStaged();
    // A note typed before the console stopped comes back in its box.
    QSettings settings;
    settings.setValue(kCurrentKey, incident.id.toString(QUuid::WithoutBraces));
    const QString draft = settings.value(kDraftIncidentKey).toString() == incident.id.toString(QUuid::WithoutBraces)
                              ? settings.value(kDraftKey).toString()
                              : QString();
    m_note->blockSignals(true);
    m_note->setText(draft);
    m_note->blockSignals(false);
    m_draftDelay->stop();
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_kindFilter->setCurrentIndex(0);
    m_actorFilter->setCurrentIndex(0);
    m_model->clear();
    QMetaObject::invokeMethod(m_service, [s = m_service, id = incident.id] { s->watch(id); });
    m_updateIds.clear();
    m_lastUpdate = QDateTime();
    // Until the store says which updates it already has, the countdown
    // would be a guess (and an alarm about an update long since sent).
    m_updatesKnown = false;
    m_alerted = UpdateCadence::State::NotDue;
    QMetaObject::invokeMethod(m_service, [s = m_service, id = incident.id] {
        s->fetch(id, TimelineFilter{{QStringLiteral("update")}, {}, {}}, kUpdatesTag);
    });
    m_editor->setIncident(incident);
    m_postMortem->setIncident(incident);
    const int row = m_list->rowOf(incident.id);
    if (row >= 0 && m_listView->currentIndex().row() != row)
        m_listView->setCurrentIndex(m_list->index(row, IncidentListModel::TitleColumn));
    updateHeader();
    emit incidentShown(incident);
}

void IncidentWidget::incidentsChanged(const QList<Incident> &all)
{
    m_list->setIncidents(all);
    const int row = m_list->rowOf(m_incident.id);
    if (row >= 0) {
        m_listView->selectionModel()->blockSignals(true);
        m_listView->setCurrentIndex(m_list->index(row, IncidentListModel::TitleColumn));
        m_listView->selectionModel()->blockSignals(false);
        m_incident = m_list->incident(row);   // changed here or elsewhere
        m_editor->setIncident(m_incident);
        m_postMortem->setIncident(m_incident);
        updateHeader();
        emit incidentShown(m_incident);
        return;
    }
    if (!m_incident.id.isNull() || all.isEmpty())
        return;
    // At start: the incident shown when the console last stopped, if it is
    // still there; else the newest open one (e.g. declared in a terminal).
    if (!m_restored) {
        m_restored = true;
        const QSettings settings;
        const int last = m_list->rowOf(QUuid::fromString(settings.value(kCurrentKey).toString()));
        if (last >= 0) {
            m_pages->setCurrentIndex(settings.value(kPageKey, 0).toInt());
            follow(m_list->incident(last));
            return;
        }
    }
    if (m_list->openCount() > 0)
        follow(m_list->incident(0));
}

void IncidentWidget::watchStarted(const QUuid &incident, const TimelineFilter &filter)
{
    if (incident != m_incident.id)
        return;
    // What arrives now replaces what was shown; marks show as rows only in
    // the whole timeline.
    m_model->clear(filter.isEmpty());
    m_count->setText(filter.isEmpty() ? QString() : tr("filtered"));
}

void IncidentWidget::eventsArrived(const QUuid &incident, const QList<TimelineEvent> &events)
{
    if (incident != m_incident.id)
        return;
    // Follow mode: at the bottom, stay at the bottom as events come.
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    m_model->append(events);
    if (!currentFilter().isEmpty())
        m_count->setText(tr("%n matching", nullptr, m_model->rowCount()));
    if (atBottom)
        m_view->scrollToBottom();
}

void IncidentWidget::appended(const TimelineEvent &event)
{
    if (event.id != m_pendingNote)
        return;
    // Committed: now, and only now, the note leaves the box (whether or
    // not the filter shows it).
    m_pendingNote = QUuid();
    m_note->clear();
    m_note->setReadOnly(false);
    m_attach->setEnabled(true);
    m_stagedFiles.clear();
    updateStaged();
    QSettings settings;
    settings.remove(kDraftIncidentKey);
    settings.remove(kDraftKey);
    m_draftDelay->stop();
}

void IncidentWidget::facetsChanged(const QUuid &incident, const QStringList &kinds, const QStringList &actors)
{
    if (incident != m_incident.id)
        return;
    const auto refill = [](QComboBox *box, const QStringList &values) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        const QString first = box->itemText(0);
        box->blockSignals(true);
        box->clear();
        box->addItem(first);
        for (const QString &v : values)
            box->addItem(v.isEmpty() ? QStringLiteral("—") : v, v);
        const int again = current.isEmpty() ? 0 : box->findText(current);
        box->setCurrentIndex(qMax(0, again));
        box->blockSignals(false);
    };
    refill(m_kindFilter, kinds);
    refill(m_actorFilter, actors);
}

TimelineFilter IncidentWidget::currentFilter() const
{
    TimelineFilter f;
    if (m_kindFilter->currentIndex() > 0)
        f.kinds = QStringList{m_kindFilter->currentData().toString()};
    if (m_actorFilter->currentIndex() > 0)
        f.actor = m_actorFilter->currentData().toString();
    f.text = m_search->text().trimmed();
    return f;
}

void IncidentWidget::applyFilter()
{
    if (m_incident.id.isNull())
        return;
    QMetaObject::invokeMethod(m_service, [s = m_service, id = m_incident.id, f = currentFilter()] { s->watch(id, f); });
}

void IncidentWidget::focusNote()
{
    m_pages->setCurrentIndex(0);
    m_note->setFocus();
}

void IncidentWidget::focusSearch()
{
    m_pages->setCurrentIndex(0);
    m_search->setFocus();
    m_search->selectAll();
}

void IncidentWidget::showDetails()
{
    m_pages->setCurrentIndex(1);
}

void IncidentWidget::record(const TimelineEvent &event)
{
    if (m_incident.id.isNull())
        return;
    QMetaObject::invokeMethod(m_service, [s = m_service, event] { s->append(event); });
}

void IncidentWidget::recordNote()
{
    QString text = m_note->text().trimmed();
    if ((text.isEmpty() && m_stagedFiles.isEmpty()) || m_incident.id.isNull() || !m_pendingNote.isNull())
        return;
    TimelineEvent note;
    note.id = QUuid::createUuid();   // ours, so its commit can be recognised
    note.incidentId = m_incident.id;
    note.kind = m_stagedFiles.isEmpty() ? QStringLiteral("note") : QStringLiteral("evidence");
    note.actor = m_actor;
    // "14:02 orders stuck": noticed at 14:02, recorded now; both are kept.
    const NoticedNote said = splitNoticedTime(text, m_clock.now());
    note.text = said.text;
    note.occurredAt = said.at;
    if (note.text.isEmpty()) {
        QStringList names;
        for (const QString &path : std::as_const(m_stagedFiles))
            names.append(QFileInfo(path).fileName());
        note.text = tr("Evidence: %1").arg(names.join(QStringLiteral(", ")));
    }
    m_pendingNote = note.id;
    m_note->setReadOnly(true);   // shown, not yet recorded
    m_attach->setEnabled(false);
    if (m_stagedFiles.isEmpty())
        QMetaObject::invokeMethod(m_service, [s = m_service, note] { s->append(note); });
    else
        QMetaObject::invokeMethod(m_service, [s = m_service, note, files = m_stagedFiles] { s->appendWithFiles(note, files); });
}

void IncidentWidget::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Evidence for the next note"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &IncidentWidget::stageFiles);
    dialog->open();
}

void IncidentWidget::stageFiles(const QStringList &paths)
{
    for (const QString &p : paths)
        if (!m_stagedFiles.contains(p))
            m_stagedFiles.append(p);
    updateStaged();
    m_note->setFocus();
}

void IncidentWidget::updateStaged()
{
    QStringList names;
    for (const QString &path : std::as_const(m_stagedFiles))
        names.append(QFileInfo(path).fileName());
    m_staged->setVisible(!names.isEmpty());
    m_staged->setText(tr("+ %1  ✕").arg(names.join(QStringLiteral(", "))));
    m_staged->setToolTip(tr("With the next note:\n%1\nClick to drop them.").arg(m_stagedFiles.join(u'\n')));
}

void IncidentWidget::saveDraft()
{
    if (m_incident.id.isNull())
        return;
    QSettings settings;
    settings.setValue(kDraftIncidentKey, m_incident.id.toString(QUuid::WithoutBraces));
    settings.setValue(kDraftKey, m_note->text());
    settings.sync();
}

void IncidentWidget::changeStatus(int index)
{
    const auto to = Incident::Status(m_status->itemData(index).toInt());
    if (m_incident.id.isNull() || to == m_incident.status)
        return;
    TimelineEvent e;
    e.incidentId = m_incident.id;
    e.kind = QStringLiteral("status");
    e.actor = m_actor;
    e.key = true;
    e.text = m_incident.status == Incident::Status::Resolved
                 ? tr("Reopened: %1 → %2").arg(Incident::statusName(m_incident.status), Incident::statusName(to))
                 : tr("Status: %1 → %2").arg(Incident::statusName(m_incident.status), Incident::statusName(to));
    e.data = QJsonObject{{QStringLiteral("to"), int(to)}};
    record(e);
}

void IncidentWidget::reopen()
{
    changeStatus(m_status->findData(int(Incident::Status::Investigating)));
}

void IncidentWidget::toggleKey()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_incident.id.isNull())
        return;
    const TimelineEvent &target = m_model->event(current.row());
    TimelineEvent mark;
    mark.incidentId = m_incident.id;
    mark.kind = QStringLiteral("key");
    mark.actor = m_actor;
    mark.corrects = target.id;
    mark.data = QJsonObject{{QStringLiteral("key"), !target.key}};
    mark.text = target.key ? tr("No longer a key event: %1").arg(target.text) : tr("Key event: %1").arg(target.text);
    record(mark);
}

void IncidentWidget::updateHeader()
{
    const bool has = !m_incident.id.isNull();
    m_empty->setVisible(!has);
    m_shown->setVisible(has);
    if (!has)
        return;
    const QDateTime until = m_incident.open() || !m_incident.resolvedAt.isValid() ? m_clock.now() : m_incident.resolvedAt;
    QStringList parts{Incident::severityName(m_incident.severity) + u' ' + Incident::severityWord(m_incident.severity),
                      Incident::statusName(m_incident.status),
                      m_incident.open() ? tr("%1 since declared").arg(elapsed(m_incident.declaredAt.secsTo(until)))
                                        : tr("lasted %1").arg(elapsed(m_incident.declaredAt.secsTo(until)))};
    if (!m_incident.commander.isEmpty())
        parts.append(tr("IC %1").arg(m_incident.commander));
    if (m_incident.drill)
        parts.append(tr("DRILL"));
    m_header->setText(parts.join(QStringLiteral("  ·  ")) + QStringLiteral("\n") + m_incident.title);
    QPalette p = m_header->palette();
    const QColor ground = m_incident.status == Incident::Status::Resolved ? QColor(0x2e, 0x7d, 0x32)
                          : m_incident.severity <= Incident::Severity::Sev2 ? QColor(0xc6, 0x28, 0x28)
                                                                             : QColor(0xef, 0x6c, 0x00);
    p.setColor(QPalette::Window, ground);
    p.setColor(QPalette::WindowText, Qt::white);
    m_header->setPalette(p);
    const int index = m_status->findData(int(m_incident.status));
    if (index != m_status->currentIndex())
        m_status->setCurrentIndex(index);
    m_reopen->setVisible(!m_incident.open());
    updateCadence();
}

void IncidentWidget::noteUpdate(const TimelineEvent &e)
{
    if (e.incidentId != m_incident.id || e.kind != u"update" || m_updateIds.contains(e.id))
        return;
    m_updateIds.insert(e.id);
    const QDateTime when = e.occurredAt.isValid() ? e.occurredAt : e.recordedAt;
    if (!m_lastUpdate.isValid() || when > m_lastUpdate)
        m_lastUpdate = when;
    m_alerted = UpdateCadence::State::NotDue;
    updateCadence();
}

UpdateCadence::State IncidentWidget::cadenceState() const
{
    if (m_incident.id.isNull() || !m_incident.open() || !m_updatesKnown)
        return UpdateCadence::State::NotDue;
    return m_policy.state(m_incident.declaredAt, m_lastUpdate, m_clock.now());
}

QString IncidentWidget::cadenceText() const
{
    if (m_incident.id.isNull() || !m_incident.open())
        return QString();
    if (!m_updatesKnown)
        return tr("Updates: reading…");
    const int next = int(m_updateIds.size()) + 1;
    const QDateTime due = m_policy.nextDue(m_incident.declaredAt, m_lastUpdate);
    const qint64 left = m_clock.now().secsTo(due);
    switch (cadenceState()) {
    case UpdateCadence::State::NotDue:
        return tr("Update #%1 due in %2").arg(next).arg(clock(left));
    case UpdateCadence::State::Due:
        return tr("Update #%1 due now").arg(next);
    case UpdateCadence::State::Overdue:
        return tr("Update #%1 overdue by %2").arg(next).arg(clock(-left));
    }
    return QString();
}

void IncidentWidget::updateCadence()
{
    const QString text = cadenceText();
    m_cadence->setVisible(!text.isEmpty());
    m_compose->setEnabled(!m_incident.id.isNull() && m_updatesKnown);
    if (text.isEmpty())
        return;
    m_cadence->setText(text);
    const UpdateCadence::State state = cadenceState();
    QPalette p = m_cadence->palette();
    p.setColor(QPalette::Window, state == UpdateCadence::State::Overdue ? QColor(0xc6, 0x28, 0x28)
                                 : state == UpdateCadence::State::Due   ? QColor(0xf9, 0xa8, 0x25)
                                                                        : QColor(0xe8, 0xeb, 0xef));
    p.setColor(QPalette::WindowText, state == UpdateCadence::State::Overdue ? Qt::white : QColor(0x1d, 0x23, 0x29));
    m_cadence->setPalette(p);
    // Said once when it comes due and once when it is overdue, not every second.
    if (state != UpdateCadence::State::NotDue && state != m_alerted) {
        m_alerted = state;
        emit message(text + tr(" — Ctrl+U to compose it"));
        QApplication::beep();
    }
}

void IncidentWidget::showPostMortem()
{
    m_pages->setCurrentWidget(m_postMortem);
}

void IncidentWidget::setProfile(const Profile &profile)
{
    m_profile = profile;
    m_policy = profile.cadence;
    m_postMortem->setRecovery(recovery());
    QString templateText;
    if (!profile.postmortemTemplate.isEmpty()) {
        QString error;
        if (const std::optional<QString> text = PostMortem::readTemplate(profile.postmortemTemplate, &error))
            templateText = *text;
        else
            emit message(tr("%1; using the bundled one").arg(error));
    }
    m_postMortem->setTemplateText(templateText);
    if (m_publisher)
        m_publisher->setEnvironment(profile.environment.name);
    updateCadence();
}

void IncidentWidget::setRunbooks(const QList<Runbook> &runbooks)
{
    m_runbookTemplates.clear();
    for (const Runbook &r : runbooks)
        for (const Runbook::Template &t : r.templates) {
            TemplateRenderer::Template tt = TemplateRenderer::fromText(t.name, t.text, QFileInfo(r.path).fileName());
            if (tt.title.isEmpty() || tt.title == t.name)
                tt.title = t.name.split(QStringLiteral(" › ")).last();
            m_runbookTemplates.append(tt);
        }
}

PostMortem::Recovery IncidentWidget::recovery() const
{
    return PostMortem::Recovery{m_profile.objectives, m_backups, !m_profile.backups.isEmpty() && m_backups.isEmpty()};
}

void IncidentWidget::setBackups(const QList<BackupSetStatus> &sets)
{
    m_backups = sets;
    m_postMortem->setRecovery(recovery());
}

QList<TemplateRenderer::Template> IncidentWidget::updateTemplates() const
{
    QList<TemplateRenderer::Template> all = TemplateRenderer::bundled();
    if (!m_profile.templateFolder.isEmpty()) {
        const QDir dir(m_profile.templateFolder);
        for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.mustache"), QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            QFile f(fi.filePath());
            // Templates are a few kilobytes; a huge file here is a mistake,
            // not a template, and a FIFO would never answer.
            if (!fi.isFile() || fi.size() > 256 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            all.append(TemplateRenderer::fromText(fi.completeBaseName(), QString::fromUtf8(f.readAll()), fi.fileName()));
        }
    }
    all.append(m_runbookTemplates);
    return all;
}

UpdateComposerDialog *IncidentWidget::composer() const
{
    return m_composer.data();
}

void IncidentWidget::composeUpdate()
{
    if (m_incident.id.isNull() || !m_updatesKnown)
        return;
    if (m_composer) {
        m_composer->show();
        m_composer->raise();
        m_composer->activateWindow();
        return;
    }
    const int number = int(m_updateIds.size()) + 1;
    // The next one after this: what {{next_update_at}} promises.
    const QDateTime now = m_clock.now();
    const QDateTime next = now.addMSecs(m_policy.interval(Millis(m_incident.declaredAt.msecsTo(now))).count());
    m_composer = new UpdateComposerDialog(m_incident, number, now, next, updateTemplates(), m_profile.webhooks, m_publisher, m_actor, this);
    m_composer->setNumberSource([this] { return int(m_updateIds.size()) + 1; });
    m_composer->show();
}

} // namespace qd
