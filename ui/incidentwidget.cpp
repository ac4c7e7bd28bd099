#include "incidentwidget.h"

#include "clock.h"
#include "incidentservice.h"
#include "noticedtime.h"
#include "timelinemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

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

} // namespace

IncidentWidget::IncidentWidget(IncidentService *service, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_header(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_model(new TimelineModel(this))
    , m_note(new QLineEdit(this))
    , m_empty(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("incidentWidget"));
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
    m_empty->setObjectName(QStringLiteral("incidentEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No open incident. Declare one with Incident › Declare (Ctrl+I), or from a terminal: "
                        "quarterdeck incident declare \"Trade service down\" --severity SEV2"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_note, &QLineEdit::returnPressed, this, &IncidentWidget::recordNote);
    auto *key = new QAction(tr("Key event (for the post-mortem)"), this);
    key->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    key->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(key, &QAction::triggered, this, &IncidentWidget::toggleKey);
    addAction(key);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(key);
    connect(m_status, &QComboBox::activated, this, &IncidentWidget::changeStatus);
    connect(m_service, &IncidentService::declared, this, &IncidentWidget::follow);
    connect(m_service, &IncidentService::incidentsChanged, this, &IncidentWidget::openIncidentsChanged);
    connect(m_service, &IncidentService::eventsArrived, this, &IncidentWidget::eventsArrived);
    connect(m_service, &IncidentService::appendFailed, this, [this](const TimelineEvent &event, const QString &error) {
        if (event.id == m_pendingNote) {
            m_pendingNote = QUuid();
            m_note->setReadOnly(false);   // the text stays: nothing typed is lost
        }
        emit message(tr("Not recorded: %1").arg(error));
    });
    connect(m_service, &IncidentService::failed, this, &IncidentWidget::message);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &IncidentWidget::updateHeader);
    m_tick->start();
    updateHeader();
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
    m_incident = incident;
    m_model->clear();
    m_pendingNote = QUuid();
    m_note->setReadOnly(false);
    QMetaObject::invokeMethod(m_service, [s = m_service, id = incident.id] { s->watch(id); });
    updateHeader();
    emit incidentShown(incident);
}

void IncidentWidget::openIncidentsChanged(const QList<Incident> &open)
{
    for (const Incident &i : open) {
        if (i.id == m_incident.id) {
            m_incident = i;   // status or severity changed, here or elsewhere
            updateHeader();
            return;
        }
    }
    if (!m_incident.id.isNull() && m_incident.open()) {
        // Resolved elsewhere (the command line, another console).
        m_incident.status = Incident::Status::Resolved;
        updateHeader();
        return;
    }
    if (m_incident.id.isNull() && !open.isEmpty())
        follow(open.first());   // the newest open incident, e.g. one declared from a terminal
}

void IncidentWidget::eventsArrived(const QUuid &incident, const QList<TimelineEvent> &events)
{
    if (incident != m_incident.id)
        return;
    // Follow mode: at the bottom, stay at the bottom as events come.
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    m_model->append(events);
    for (const TimelineEvent &e : events) {
        if (e.id == m_pendingNote) {
            m_pendingNote = QUuid();
            m_note->clear();   // committed: now, and only now, it leaves the box
            m_note->setReadOnly(false);
        }
        if (e.kind == u"status")
            m_incident.status = Incident::Status(e.data.value(QStringLiteral("to")).toInt());
        else if (e.kind == u"severity")
            m_incident.severity = Incident::Severity(e.data.value(QStringLiteral("to")).toInt());
    }
    if (atBottom)
        m_view->scrollToBottom();
    updateHeader();
}

void IncidentWidget::recordNote()
{
    const QString text = m_note->text().trimmed();
    if (text.isEmpty() || m_incident.id.isNull() || !m_pendingNote.isNull())
        return;
    TimelineEvent note;
    note.id = QUuid::createUuid();   // ours, so its commit can be recognised
    note.incidentId = m_incident.id;
    note.kind = QStringLiteral("note");
    note.actor = m_actor;
    // "14:02 orders stuck": noticed at 14:02, recorded now; both are kept.
    const NoticedNote said = splitNoticedTime(text, m_clock.now());
    note.text = said.text;
    note.occurredAt = said.at;
    m_pendingNote = note.id;
    m_note->setReadOnly(true);   // shown, not yet recorded
    QMetaObject::invokeMethod(m_service, [s = m_service, note] { s->append(note); });
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
    e.text = tr("Status: %1 → %2").arg(Incident::statusName(m_incident.status), Incident::statusName(to));
    e.data = QJsonObject{{QStringLiteral("from"), int(m_incident.status)}, {QStringLiteral("to"), int(to)}};
    QMetaObject::invokeMethod(m_service, [s = m_service, e] { s->append(e); });
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
    QMetaObject::invokeMethod(m_service, [s = m_service, mark] { s->append(mark); });
}

void IncidentWidget::updateHeader()
{
    const bool has = !m_incident.id.isNull();
    m_empty->setVisible(!has);
    m_header->setVisible(has);
    m_status->setVisible(has);
    m_view->setVisible(has);
    m_note->setVisible(has);
    if (!has)
        return;
    const QDateTime until = m_incident.open() || !m_incident.resolvedAt.isValid() ? m_clock.now() : m_incident.resolvedAt;
    QStringList parts{Incident::severityName(m_incident.severity) + u' ' + Incident::severityWord(m_incident.severity),
                      Incident::statusName(m_incident.status),
                      tr("%1 since declared").arg(elapsed(m_incident.declaredAt.secsTo(until)))};
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
}

} // namespace qd
