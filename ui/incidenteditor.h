#pragma once

#include "incident.h"

#include <QHash>
#include <QScrollArea>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace qd {

class ActionItemModel;
class Clock;

// The incident's details beyond its header: roles, times, impact, the
// review's prose and the action items. Nothing is saved here: an edit is
// handed on (fieldEdited, actionItemEdited) to be recorded as an event,
// and the editor shows the store's value once it comes back. A field being
// typed in is never overwritten by what arrives meanwhile, and a field
// whose edit was not recorded keeps its text.
class IncidentEditor final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentEditor)
public:
    explicit IncidentEditor(const Clock &clock, QWidget *parent = nullptr);

    void setIncident(const qd::Incident &incident);
    // The editor of a field (QLineEdit or QPlainTextEdit), for tests.
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QLineEdit *newActionBox() const { return m_newAction; }
    QTableView *actionItems() const { return m_items; }

    // "14:02" or "2026-11-22 14:02" (local), or ISO with an offset: the UTC
    // time as ISO text; empty text is "not set". Invalid: a null string.
    static QString parseTime(const QString &text, const QDateTime &nowUtc);

signals:
    void fieldEdited(const QString &field, const QString &value);
    void actionItemEdited(const qd::ActionItem &item);
    void message(const QString &text);

private:
    QWidget *makeEditor(const QString &field);
    void commit(const QString &field);
    QString editorText(const QString &field) const;
    void setEditorText(const QString &field, const QString &text);
    QString shownValue(const QString &field) const;   // the incident's value as the editor writes it
    void addActionItem();
    bool eventFilter(QObject *watched, QEvent *event) override;

    const Clock &m_clock;
    Incident m_incident;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QString> m_shown;   // what each editor last took from the incident
    QHash<QString, QString> m_sent;    // the value sent to be recorded, per field
    QHash<QString, QString> m_sentText;   // and the text it was typed as
    QTimer *m_idle;                    // prose is committed after a pause in typing
    QString m_typing;                  // the prose field being typed in
    ActionItemModel *m_itemModel;
    QTableView *m_items;
    QLineEdit *m_newAction;
    QLineEdit *m_newOwner;
    QLineEdit *m_newDue;
    QComboBox *m_newPriority;
    QString m_pendingItem;             // the item added and not yet back from the store
};

} // namespace qd
