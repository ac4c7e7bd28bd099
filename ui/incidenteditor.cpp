#include "incidenteditor.h"

#include "actionitemmodel.h"
#include "clock.h"
#include "incidentfield.h"
#include "noticedtime.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace qd {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

IncidentEditor::IncidentEditor(const Clock &clock, QWidget *parent)
    : QScrollArea(parent)
    , m_clock(clock)
    , m_idle(new QTimer(this))
    , m_itemModel(new ActionItemModel(this))
    , m_items(new QTableView)
    , m_newAction(new QLineEdit)
    , m_newOwner(new QLineEdit)
    , m_newDue(new QLineEdit)
    , m_newPriority(new QComboBox)
{
    setObjectName(QStringLiteral("incidentEditor"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);

    const auto group = [this](const QString &title, QLatin1String prefix) {
        auto *box = new QGroupBox(title);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const IncidentField &f : IncidentField::all()) {
            if (!f.name.startsWith(prefix))
                continue;
            QWidget *editor = makeEditor(f.name);
            auto *label = new QLabel(f.label() + u':');
            label->setBuddy(editor);
            form->addRow(label, editor);
        }
        return box;
    };
    grid->addWidget(group(tr("Roles"), QLatin1String("role.")), 0, 0);
    grid->addWidget(group(tr("Times (local; type 14:02 or 2026-11-22 14:02)"), QLatin1String("time.")), 0, 1);
    grid->addWidget(group(tr("Impact"), QLatin1String("impact.")), 0, 2);

    auto *review = new QGroupBox(tr("Review (saved when you leave a field or pause typing)"));
    auto *reviewGrid = new QGridLayout(review);
    int n = 0;
    for (const IncidentField &f : IncidentField::all()) {
        if (f.type != IncidentField::Type::Prose)
            continue;
        auto *cell = new QVBoxLayout;
        QWidget *editor = makeEditor(f.name);
        auto *label = new QLabel(f.label() + u':');
        label->setBuddy(editor);
        cell->addWidget(label);
        cell->addWidget(editor);
        reviewGrid->addLayout(cell, n / 3, n % 3);
        ++n;
    }
    grid->addWidget(review, 1, 0, 1, 3);

    auto *items = new QGroupBox(tr("Action items"));
    auto *itemsLayout = new QVBoxLayout(items);
    m_items->setObjectName(QStringLiteral("actionItems"));
    m_items->setModel(m_itemModel);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setSectionResizeMode(ActionItemModel::ActionColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(ActionItemModel::DoneColumn, QHeaderView::ResizeToContents);
    m_items->setMinimumHeight(fontMetrics().height() * 7);
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    itemsLayout->addWidget(m_items);
    auto *add = new QHBoxLayout;
    m_newAction->setObjectName(QStringLiteral("newActionItem"));
    m_newAction->setPlaceholderText(tr("New action item — Enter adds it"));
    m_newOwner->setPlaceholderText(tr("Owner"));
    m_newDue->setPlaceholderText(tr("Due YYYY-MM-DD"));
    for (const QString &p : ActionItem::priorities())
        m_newPriority->addItem(ActionItem::priorityName(p), p);
    m_newPriority->setCurrentIndex(1);
    auto *addButton = new QPushButton(tr("Add"));
    add->addWidget(m_newAction, 4);
    add->addWidget(m_newOwner, 1);
    add->addWidget(m_newDue, 1);
    add->addWidget(m_newPriority);
    add->addWidget(addButton);
    itemsLayout->addLayout(add);
    grid->addWidget(items, 2, 0, 1, 3);
    grid->setRowStretch(3, 1);
    setWidget(page);

    for (QLineEdit *box : {m_newAction, m_newOwner, m_newDue})
        connect(box, &QLineEdit::returnPressed, this, &IncidentEditor::addActionItem);
    connect(addButton, &QPushButton::clicked, this, &IncidentEditor::addActionItem);
    connect(m_itemModel, &ActionItemModel::changeRequested, this, &IncidentEditor::actionItemEdited);
    connect(m_itemModel, &ActionItemModel::invalidEdit, this, &IncidentEditor::message);

    m_idle->setSingleShot(true);
    m_idle->setInterval(5000);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (!m_typing.isEmpty())
            commit(m_typing);
    });
    setEnabled(false);
}

QWidget *IncidentEditor::makeEditor(const QString &field)
{
    const IncidentField *f = IncidentField::find(field);
    QWidget *editor = nullptr;
    if (f->type == IncidentField::Type::Prose) {
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        text->setMinimumHeight(fontMetrics().height() * 4);
        text->installEventFilter(this);
        connect(text, &QPlainTextEdit::textChanged, this, [this, field] {
            if (editorText(field) == m_shown.value(field))
                return;   // filled from the incident, not typed
            m_typing = field;
            m_idle->start();
        });
        editor = text;
    } else {
        auto *line = new QLineEdit;
        if (f->type == IncidentField::Type::Time)
            line->setPlaceholderText(tr("not set"));
        connect(line, &QLineEdit::editingFinished, this, [this, field] { commit(field); });
        editor = line;
    }
    editor->setObjectName(QStringLiteral("field:%1").arg(field));
    editor->setAccessibleName(f->label());
    m_editors.insert(field, editor);
    return editor;
}

QString IncidentEditor::parseTime(const QString &text, const QDateTime &nowUtc)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QStringLiteral("");
    QString spec = t;
    if (spec.size() > 10 && spec.at(10) == u' ')
        spec[10] = u'T';
    const QDateTime at = noticedTime(spec, nowUtc);
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString IncidentEditor::editorText(const QString &field) const
{
    QWidget *w = m_editors.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        return text->toPlainText();
    return {};
}

void IncidentEditor::setEditorText(const QString &field, const QString &text)
{
    QWidget *w = m_editors.value(field);
    m_shown.insert(field, text);
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->setText(text);
        line->setCursorPosition(0);
    } else if (auto *prose = qobject_cast<QPlainTextEdit *>(w)) {
        prose->setPlainText(text);
    }
}

QString IncidentEditor::shownValue(const QString &field) const
{
    const IncidentField *f = IncidentField::find(field);
    if (f->type == IncidentField::Type::Time) {
        const QDateTime t = m_incident.time(field);
        return t.isValid() ? t.toLocalTime().toString(kTimeFormat) : QString();
    }
    return m_incident.field(field);
}

void IncidentEditor::setIncident(const Incident &incident)
{
    const bool other = incident.id != m_incident.id;
    m_incident = incident;
    setEnabled(!incident.id.isNull());
    if (other) {
        m_idle->stop();
        m_typing.clear();
    }
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString &field = it.key();
        // Typed in and not yet recorded: what the user typed stays.
        // Typed in and not yet recorded: what the user typed stays; once
        // the store has what was sent, the editor shows it in its own form
        // ("14:02" becomes "2026-11-22 14:02").
        const bool dirty = !other && editorText(field) != m_shown.value(field);
        const auto sent = m_sent.constFind(field);
        const bool recorded = sent != m_sent.cend() && *sent == incident.field(field) && editorText(field) == m_sentText.value(field);
        if (!dirty || recorded)
            setEditorText(field, shownValue(field));
        if (other || recorded) {
            m_sent.remove(field);
            m_sentText.remove(field);
        }
        it.value()->setToolTip(IncidentField::find(field)->type == IncidentField::Type::Time && incident.time(field).isValid()
                                   ? tr("%1 UTC").arg(incident.time(field).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                   : QString());
    }
    const QList<ActionItem> items = incident.actionItems();
    m_itemModel->setItems(items);
    if (!m_pendingItem.isEmpty() && std::any_of(items.cbegin(), items.cend(), [this](const ActionItem &a) { return a.id == m_pendingItem; })) {
        m_pendingItem.clear();
        m_newAction->clear();
        m_newOwner->clear();
        m_newDue->clear();
    }
}

void IncidentEditor::commit(const QString &field)
{
    if (m_incident.id.isNull())
        return;
    if (field == m_typing) {
        m_idle->stop();
        m_typing.clear();
    }
    const QString typed = editorText(field);
    if (typed == m_shown.value(field))
        return;   // nothing changed
    const IncidentField *f = IncidentField::find(field);
    QString value = typed;
    if (f->type == IncidentField::Type::Time) {
        value = parseTime(typed, m_clock.now());
        if (value.isNull()) {
            emit message(tr("%1: \"%2\" is not a time; type 14:02, or 2026-11-22 14:02 (local time).").arg(f->label(), typed));
            return;
        }
        if (field == u"time.declared" && value.isEmpty()) {
            emit message(tr("Declared: an incident always has a declaration time."));
            return;
        }
    } else if (f->type != IncidentField::Type::Prose) {
        value = typed.trimmed();
    }
    m_sent.insert(field, value);
    m_sentText.insert(field, typed);
    emit fieldEdited(field, value);
}

void IncidentEditor::addActionItem()
{
    const QString action = m_newAction->text().trimmed();
    if (action.isEmpty() || m_incident.id.isNull()) {
        m_newAction->setFocus();
        return;
    }
    ActionItem item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.action = action;
    item.owner = m_newOwner->text().trimmed();
    const QString due = m_newDue->text().trimmed();
    item.due = QDate::fromString(due, Qt::ISODate);
    if (!due.isEmpty() && !item.due.isValid()) {
        emit message(tr("Due date \"%1\": expected YYYY-MM-DD.").arg(due));
        m_newDue->setFocus();
        return;
    }
    item.priority = m_newPriority->currentData().toString();
    // The boxes keep the item until it comes back recorded (setIncident).
    m_pendingItem = item.id;
    emit actionItemEdited(item);
}

bool IncidentEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut || (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return
                                              && static_cast<QKeyEvent *>(event)->modifiers() & Qt::ControlModifier)) {
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
            if (it.value() == watched)
                commit(it.key());
        if (event->type() == QEvent::KeyPress)
            return true;   // Ctrl+Enter saves, adds no line
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace qd
