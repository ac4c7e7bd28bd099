#include "postmortemwidget.h"

#include "clock.h"
#include "incidentfield.h"
#include "incidentservice.h"
#include "markdowndocument.h"
#include "reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QShowEvent>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace qd {

namespace {

const QString kTag = QStringLiteral("postmortem");

// The prose the commander writes beside the preview, in the report's order.
const QStringList &proseFields()
{
    static const QStringList fields = {QStringLiteral("summary"),      QStringLiteral("rootCause"),
                                       QStringLiteral("contributingFactors"), QStringLiteral("wentWell"),
                                       QStringLiteral("couldImprove"), QStringLiteral("lessons"),
                                       QStringLiteral("reconciliation")};
    return fields;
}

} // namespace

PostMortemWidget::PostMortemWidget(IncidentService *service, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_template(PostMortem::bundledTemplate())
    , m_preview(new QTextBrowser)
    , m_state(new QLabel)
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("postMortem"));
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 6, 0);
    for (const QString &field : proseFields()) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("prose.") + field);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(60);
        auto *label = new QLabel(IncidentField::find(field) ? IncidentField::find(field)->label() : field);
        label->setBuddy(edit);
        label->setStyleSheet(QStringLiteral("font-weight: bold"));
        formLayout->addWidget(label);
        formLayout->addWidget(edit, 1);
        m_prose.insert(field, edit);
        // Saved when the commander pauses or leaves the box: each save is a
        // timeline event, so not one per keystroke.
        auto *idle = new QTimer(edit);
        idle->setSingleShot(true);
        idle->setInterval(1500);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field, idle] {
            m_edited.insert(field);
            idle->start();
        });
        connect(idle, &QTimer::timeout, this, [this, field] { commitProse(field); });
        edit->installEventFilter(this);   // leaving the box saves it at once
    }
    auto *hint = new QLabel(tr("Markdown. Saved to the record as you pause; the rest of the report comes from the timeline, "
                               "the Details tab and the profile."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid)"));
    formLayout->addWidget(hint);
    auto *scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_preview->setObjectName(QStringLiteral("postMortemPreview"));
    // A link in a note is text here: following it would replace the
    // preview (and read a file: link on the UI thread).
    m_preview->setOpenLinks(false);
    // The text wraps to the width; full-width tables' borders would add a
    // pixel and a useless horizontal scroll bar.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_state->setObjectName(QStringLiteral("postMortemState"));
    m_state->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    for (const auto &[suffix, label] : {std::pair{"md", QT_TR_NOOP("Export &Markdown…")}, std::pair{"html", QT_TR_NOOP("Export &HTML…")},
                                        std::pair{"pdf", QT_TR_NOOP("Export P&DF…")}}) {
        auto *b = new QPushButton(tr(label));
        b->setObjectName(QStringLiteral("export.") + QLatin1String(suffix));
        connect(b, &QPushButton::clicked, this, [this, s = QString::fromLatin1(suffix)] { chooseExport(s); });
        buttons->addWidget(b);
    }
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addLayout(buttons);

    auto *split = new QSplitter;
    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({380, 620});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(split);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);   // a burst of events is one render
    connect(m_refresh, &QTimer::timeout, this, &PostMortemWidget::fetch);
    connect(m_service, &IncidentService::eventsFetched, this, &PostMortemWidget::eventsFetched);
    connect(m_service, &IncidentService::eventsArrived, this, [this](const QUuid &incident, const QList<TimelineEvent> &) {
        if (incident == m_incident.id)
            requestRefresh();
    });
    connect(m_service, &IncidentService::appended, this, [this](const TimelineEvent &e) {
        if (e.incidentId == m_incident.id)
            requestRefresh();
    });
    connect(&m_watcher, &QFutureWatcher<Built>::finished, this, &PostMortemWidget::rendered);
    // Closing the console saves what was typed, before the store stops.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &PostMortemWidget::commitAll);
    connect(&m_exporter, &QFutureWatcher<QString>::finished, this, [this] { emit message(m_exporter.result()); m_state->setText(m_exporter.result()); });
}

// No waiting for a render or an export in flight: they hold copies, not
// this widget. An export still finishes its file (the thread pool is
// drained when the application ends); a preview nobody will show is lost.
PostMortemWidget::~PostMortemWidget()
{
    // A render still running is let finish; its document is deleted on
    // the UI thread when it comes in, not leaked.
    if (m_watcher.isRunning())
        m_watcher.future().then(QCoreApplication::instance(), [](const Built &b) { delete b.document; });
}

bool PostMortemWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        for (auto it = m_prose.constBegin(); it != m_prose.constEnd(); ++it)
            if (it.value() == watched)
                commitProse(it.key());
    return QWidget::eventFilter(watched, event);
}

void PostMortemWidget::commitAll()
{
    for (const QString &field : proseFields())
        commitProse(field);
}

void PostMortemWidget::setIncident(const Incident &incident)
{
    const bool other = incident.id != m_incident.id;
    // What was typed for the last incident is saved to it before the page
    // shows another.
    if (other)
        commitAll();
    if (other)
        ++m_generation;   // a render in flight for the last one is not shown
    m_incident = incident;
    for (const QString &field : proseFields()) {
        QPlainTextEdit *edit = m_prose.value(field);
        const QString value = incident.field(field);
        // What the commander typed is theirs until it is saved: a save
        // coming back, or another console's edit, does not overwrite it.
        if ((other || !m_edited.contains(field)) && edit->toPlainText() != value) {
            const QSignalBlocker block(edit);
            edit->setPlainText(value);
        }
    }
    if (other) {
        m_edited.clear();
        m_events.clear();
        m_markdown.clear();
    }
    requestRefresh();
}

void PostMortemWidget::setRecovery(const PostMortem::Recovery &recovery)
{
    m_recovery = recovery;
    requestRefresh();
}

void PostMortemWidget::setTemplateText(const QString &text)
{
    m_template = text.isEmpty() ? PostMortem::bundledTemplate() : text;
    requestRefresh();
}

void PostMortemWidget::requestRefresh()
{
    if (m_incident.id.isNull())
        return;
    // Hidden, it only notes that it is behind: reading the whole timeline
    // and building the document for nobody would cost the store and the
    // UI thread on every burst of events.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    // Throttled, not debounced: a steady stream of events (a flapping
    // service) still refreshes it every 400 ms.
    if (!m_refresh->isActive())
        m_refresh->start();
}

void PostMortemWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        requestRefresh();
}

void PostMortemWidget::fetch()
{
    if (m_incident.id.isNull())
        return;
    QMetaObject::invokeMethod(m_service, [s = m_service, id = m_incident.id] { s->fetch(id, TimelineFilter{}, kTag); }, Qt::QueuedConnection);
}

void PostMortemWidget::eventsFetched(const QUuid &incident, const QString &tag, const QList<TimelineEvent> &events)
{
    if (tag != kTag || incident != m_incident.id)
        return;
    m_events = events;
    render();
}

namespace {

// The newest `keep` rows of a list in the context, with a first row saying
// how many earlier ones are only in the exports.
void keepNewest(QJsonObject &context, const QString &key, const QJsonObject &marker, int keep)
{
    const QJsonArray rows = context.value(key).toArray();
    if (rows.size() <= keep)
        return;
    QJsonArray kept{marker};
    for (qsizetype i = rows.size() - keep; i < rows.size(); ++i)
        kept.append(rows.at(i));
    context.insert(key, kept);
}

} // namespace

void PostMortemWidget::render()
{
    if (m_watcher.isRunning()) {
        m_dirty = true;   // once this one is in, again with what came since
        return;
    }
    m_dirty = false;
    const quint64 generation = ++m_generation;
    QThread *ui = thread();
    m_watcher.setFuture(QtConcurrent::run([incident = m_incident, events = m_events, recovery = m_recovery, tmpl = m_template,
                                           now = m_clock.now(), ui, generation] {
        Built b;
        b.generation = generation;
        QJsonObject context = PostMortem::context(incident, events, now, recovery);
        const TemplateRenderer::Rendered full = PostMortem::render(tmpl, context);
        if (!full.error.isEmpty()) {
            b.error = tr("The post-mortem template cannot be read: %1").arg(full.error);
            return b;
        }
        b.markdown = full.text;
        b.missing = full.missing;
        // The preview keeps the newest rows of long tables: the page is for
        // writing beside, the exports carry all of it. (The browser lays the
        // document out again on the UI thread, so it is kept small.)
        const auto more = [](qsizetype n) { return tr("%n earlier entries: in the exports", nullptr, int(n)); };
        const qsizetype timelineRows = context.value(QStringLiteral("timeline")).toArray().size();
        const qsizetype stepRows = context.value(QStringLiteral("steps")).toArray().size();
        keepNewest(context, QStringLiteral("timeline"),
                   QJsonObject{{QStringLiteral("time"), QStringLiteral("…")}, {QStringLiteral("text"), more(timelineRows - kPreviewRows)}},
                   kPreviewRows);
        keepNewest(context, QStringLiteral("steps"),
                   QJsonObject{{QStringLiteral("procedure"), QStringLiteral("…")}, {QStringLiteral("label"), more(stepRows - kPreviewRows)}},
                   kPreviewRows);
        const TemplateRenderer::Rendered shown = PostMortem::render(tmpl, context);
        auto *doc = new QTextDocument;
        MarkdownDocument::build(doc, shown.text);
        doc->moveToThread(ui);
        b.document = doc;
        return b;
    }));
    m_state->setText(tr("Updating…"));
}

void PostMortemWidget::rendered()
{
    Built b = m_watcher.result();
    if (b.generation != m_generation) {
        delete b.document;
        return;
    }
    if (!b.error.isEmpty()) {
        // Never exported as if it were the report.
        m_markdown.clear();
        m_error = b.error;
        m_state->setText(b.error);
        m_state->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold"));
        if (m_dirty)
            render();
        return;
    }
    m_error.clear();
    m_state->setStyleSheet(QString());
    // The browser deletes the document it made itself when another is set,
    // never one it was given: the last of ours goes here.
    QTextDocument *old = m_shown;
    const int scroll = m_preview->verticalScrollBar()->value();
    b.document->setParent(this);
    m_preview->setDocument(b.document);
    m_shown = b.document;
    delete old;
    m_preview->verticalScrollBar()->setValue(scroll);
    m_markdown = b.markdown;
    ++m_renders;
    m_state->setText(b.missing.isEmpty() ? tr("Every section is written.")
                                         : tr("%n section(s) still to write (highlighted).", nullptr, int(b.missing.size())));
    if (m_dirty)
        render();
}

void PostMortemWidget::commitProse(const QString &field)
{
    if (!m_edited.remove(field))
        return;
    const QString value = m_prose.value(field)->toPlainText();
    if (m_incident.id.isNull() || value == m_incident.field(field))
        return;
    emit fieldEdited(m_incident.id, field, value);
}

void PostMortemWidget::chooseExport(const QString &suffix)
{
    auto *dialog = new QFileDialog(this, tr("Export the post-mortem"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(suffix == u"pdf" ? tr("PDF (*.pdf)") : suffix == u"html" ? tr("HTML (*.html)") : tr("Markdown (*.md)"));
    dialog->selectFile(QStringLiteral("post-mortem-%1.%2").arg(m_incident.declaredAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm")), suffix));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &PostMortemWidget::exportTo);
    dialog->open();
}

void PostMortemWidget::exportTo(const QString &path)
{
    ReportWriter::Format format = ReportWriter::Format::Markdown;
    if (!ReportWriter::formatFromName(QFileInfo(path).suffix(), &format)) {
        emit message(tr("%1: say .md, .html or .pdf").arg(path));
        return;
    }
    if (!m_error.isEmpty()) {
        emit message(m_error);
        return;
    }
    if (m_markdown.isEmpty()) {
        emit message(tr("The post-mortem is still being written; try again in a moment."));
        return;
    }
    const ReportWriter::Report report{tr("Post-mortem: %1").arg(m_incident.title), m_markdown, m_clock.now()};
    m_state->setText(tr("Writing %1…").arg(path));
    m_exporter.setFuture(QtConcurrent::run([report, format, path] {
        QString error;
        return ReportWriter::write(report, format, path, &error) ? tr("Exported %1").arg(path) : tr("Not exported: %1").arg(error);
    }));
}

} // namespace qd
