#pragma once

#include "incident.h"
#include "postmortem.h"
#include "timelineevent.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTextDocument;
class QTimer;

namespace qd {

class Clock;
class IncidentService;

// The Post-mortem page (issue 7): the prose sections the commander writes
// on the left, the document beside it, rebuilt off the UI thread from the
// whole record as events arrive (fields, key events, updates, steps, action
// items, RTO and RPO), and exported as Markdown, HTML or PDF, written off
// the UI thread and atomically.
class PostMortemWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostMortemWidget)
public:
    PostMortemWidget(IncidentService *service, const Clock &clock, QWidget *parent = nullptr);
    ~PostMortemWidget() override;

    void setIncident(const Incident &incident);
    // Saves what was typed and not saved yet (the console is closing).
    void commitAll();
    void setRecovery(const PostMortem::Recovery &recovery);
    // A user's post-mortem template (empty: the bundled one).
    void setTemplateText(const QString &text);
    // Writes the report to `path` in the format its suffix names.
    void exportTo(const QString &path);

    QTextBrowser *preview() const { return m_preview; }
    QPlainTextEdit *proseEditor(const QString &field) const { return m_prose.value(field); }
    QString markdown() const { return m_markdown; }
    int renders() const { return m_renders; }

    // The preview shows this many timeline rows at most (the newest); the
    // exports have all of them.
    static constexpr int kPreviewRows = 200;

signals:
    // A prose section changed: for that incident (the page may have moved
    // on to another by the time it is saved).
    void fieldEdited(const QUuid &incident, const QString &field, const QString &value);
    void message(const QString &text);

private:
    struct Built
    {
        QString markdown;      // the whole report, for the exports
        QStringList missing;
        QString error;         // the template cannot be read
        QTextDocument *document = nullptr;   // the preview, moved to the UI thread
        quint64 generation = 0;
    };
    void requestRefresh();
    void fetch();
    void eventsFetched(const QUuid &incident, const QString &tag, const QList<qd::TimelineEvent> &events);
    void render();
    void rendered();
    void chooseExport(const QString &suffix);
    void commitProse(const QString &field);

    IncidentService *m_service;
    const Clock &m_clock;
    Incident m_incident;
    QList<TimelineEvent> m_events;
    PostMortem::Recovery m_recovery;
    QString m_template;
    QString m_markdown;
    QHash<QString, QPlainTextEdit *> m_prose;
    QSet<QString> m_edited;      // sections typed in since they were last saved
    bool eventFilter(QObject *watched, QEvent *event) override;
    QTextBrowser *m_preview;
    QTextDocument *m_shown = nullptr;   // the preview's document, ours
    QLabel *m_state;
    QTimer *m_refresh;
    QFutureWatcher<Built> m_watcher;
    QFutureWatcher<QString> m_exporter;
    quint64 m_generation = 0;
    bool m_dirty = false;        // something changed while a render was running
    bool m_stale = false;        // events came while the page was hidden
    QString m_error;             // the template cannot be read: nothing to export
    void showEvent(QShowEvent *event) override;
    int m_renders = 0;
};

} // namespace qd
