#include "updatecomposerdialog.h"

#include "markdowndocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qd {

namespace {

// «unfilled» mustache fields and the runbooks' own [PLACEHOLDER]s, shown
// so they cannot be missed.
const QRegularExpression &unfilled()
{
    static const QRegularExpression re(QStringLiteral("«[^»\\n]*»|\\[[A-Z][A-Z0-9_ /-]*\\]"));
    return re;
}

class UnfilledHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat f;
        f.setBackground(QColor(0xff, 0xe0, 0x6a));
        f.setForeground(QColor(0x5c, 0x38, 0x00));
        for (auto it = unfilled().globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), f);
        }
    }
};

QString audienceLabel(const QString &audience)
{
    if (audience == u"stakeholders")
        return UpdateComposerDialog::tr("Stakeholders");
    if (audience == u"users")
        return UpdateComposerDialog::tr("Users");
    return UpdateComposerDialog::tr("Team");
}

} // namespace

UpdateComposerDialog::UpdateComposerDialog(const Incident &incident, int number, const QDateTime &now, const QDateTime &nextDue,
                                           const QList<TemplateRenderer::Template> &templates, const QList<WebhookSpec> &webhooks,
                                           UpdatePublisher *publisher, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_incident(incident)
    , m_number(number)
    , m_now(now)
    , m_nextDue(nextDue)
    , m_templates(templates)
    , m_webhooks(webhooks)
    , m_publisher(publisher)
    , m_actor(actor)
    , m_template(new QComboBox)
    , m_audience(new QComboBox)
    , m_text(new QPlainTextEdit)
    , m_missing(new QLabel)
    , m_preview(new QTextBrowser)
    , m_clipboard(new QCheckBox(tr("Copy to the &clipboard")))
    , m_toFile(new QCheckBox(tr("Write to a &file:")))
    , m_file(new QLineEdit)
    , m_hooks(new QListWidget)
    , m_log(new QListWidget)
    , m_publish(new QPushButton(tr("&Publish update #%1").arg(number)))
    , m_setToken(new QPushButton(tr("Set &token…")))
    , m_retry(new QPushButton(tr("&Retry failed")))
{
    setObjectName(QStringLiteral("updateComposer"));
    setWindowTitle(tr("Status update #%1 — %2").arg(number).arg(incident.title));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 720);

    m_template->setObjectName(QStringLiteral("updateTemplate"));
    for (const TemplateRenderer::Template &t : std::as_const(m_templates))
        m_template->addItem(t.source.isEmpty() ? t.title : tr("%1 (%2)").arg(t.title, t.source), t.id);
    m_audience->setObjectName(QStringLiteral("updateAudience"));
    for (const QString &a : {QStringLiteral("team"), QStringLiteral("stakeholders"), QStringLiteral("users")})
        m_audience->addItem(audienceLabel(a), a);
    m_text->setObjectName(QStringLiteral("updateText"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new UnfilledHighlighter(m_text->document());
    m_missing->setObjectName(QStringLiteral("updateMissing"));
    m_missing->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("updatePreview"));
    m_preview->setOpenLinks(false);
    m_clipboard->setChecked(true);
    m_file->setPlaceholderText(tr("/path/to/update.md"));
    m_file->setEnabled(false);
    auto *browse = new QPushButton(tr("Choose…"));
    m_hooks->setObjectName(QStringLiteral("updateWebhooks"));
    m_hooks->setMaximumHeight(90);
    m_log->setObjectName(QStringLiteral("updateDeliveries"));
    m_log->setMaximumHeight(110);
    m_publish->setObjectName(QStringLiteral("updatePublish"));
    m_publish->setDefault(true);
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_publish->setToolTip(tr("Ctrl+Return"));

    auto *pick = new QFormLayout;
    pick->addRow(tr("&Template:"), m_template);
    pick->addRow(tr("&Audience:"), m_audience);
    auto *editPane = new QWidget;
    auto *editLayout = new QVBoxLayout(editPane);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(new QLabel(tr("Text (Markdown; fill what is marked):")));
    editLayout->addWidget(m_text, 1);
    editLayout->addWidget(m_missing);
    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview:")));
    previewLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter;
    split->addWidget(editPane);
    split->addWidget(previewPane);
    split->setSizes({560, 480});

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_toFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *where = new QVBoxLayout;
    where->addWidget(new QLabel(tr("Send to:")));
    where->addWidget(m_clipboard);
    where->addLayout(fileRow);
    where->addWidget(new QLabel(tr("Webhooks for this audience (token from the keychain):")));
    auto *hookRow = new QHBoxLayout;
    hookRow->addWidget(m_hooks, 1);
    auto *hookButtons = new QVBoxLayout;
    m_setToken->setObjectName(QStringLiteral("updateSetToken"));
    m_setToken->setToolTip(tr("Store the selected webhook's token in the keychain"));
    m_retry->setObjectName(QStringLiteral("updateRetry"));
    m_retry->setToolTip(tr("Post this update again to the webhooks it did not reach"));
    m_retry->setEnabled(false);
    hookButtons->addWidget(m_setToken);
    hookButtons->addWidget(m_retry);
    hookButtons->addStretch();
    hookRow->addLayout(hookButtons);
    where->addLayout(hookRow);
    where->addWidget(new QLabel(tr("Deliveries:")));
    where->addWidget(m_log);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_publish, QDialogButtonBox::AcceptRole);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_publish, &QPushButton::clicked, this, &UpdateComposerDialog::publish);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(split, 1);
    layout->addLayout(where);
    layout->addWidget(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, &UpdateComposerDialog::fillTemplate);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &UpdateComposerDialog::audienceChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, &UpdateComposerDialog::textChanged);
    connect(m_toFile, &QCheckBox::toggled, m_file, &QWidget::setEnabled);
    connect(browse, &QPushButton::clicked, this, &UpdateComposerDialog::chooseFile);
    connect(m_setToken, &QPushButton::clicked, this, &UpdateComposerDialog::askToken);
    connect(m_retry, &QPushButton::clicked, this, &UpdateComposerDialog::retryFailed);
    if (m_publisher) {
        connect(m_publisher, &UpdatePublisher::progress, this,
                [this](int n, const QString &webhook, const QString &text, bool final, bool ok) {
                    if (n != m_number)
                        return;
                    auto *item = new QListWidgetItem(text, m_log);
                    if (final) {
                        item->setForeground(ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
                        m_failed.removeAll(webhook);
                        if (!ok && hook(webhook))
                            m_failed.append(webhook);
                        m_retry->setEnabled(m_published && !m_failed.isEmpty());
                    }
                    m_log->scrollToBottom();
                });
        connect(m_publisher, &UpdatePublisher::recorded, this, &UpdateComposerDialog::recorded);
        connect(m_publisher, &UpdatePublisher::notRecorded, this, &UpdateComposerDialog::notRecorded);
        connect(m_publisher, &UpdatePublisher::tokenStored, this, [this](const QString &webhook, bool ok, const QString &why) {
            new QListWidgetItem(ok ? tr("%1: token stored in the keychain").arg(webhook)
                                   : tr("%1: token kept for this session only (%2)").arg(webhook, why),
                                m_log);
        });
    }
    fillTemplate();
    audienceChanged();
}

void UpdateComposerDialog::fillTemplate()
{
    const int i = m_template->currentIndex();
    if (i < 0 || i >= m_templates.size())
        return;
    const TemplateRenderer::Template &t = m_templates.at(i);
    const TemplateRenderer::Rendered r = TemplateRenderer::render(t.text, TemplateRenderer::context(m_incident, m_number, m_now, m_nextDue));
    // A template mustache cannot read gives no text to send: its error is
    // said where the unfilled fields are, and Publish waits for another.
    m_templateError = r.error.isEmpty() ? QString() : tr("This template cannot be read: %1").arg(r.error);
    m_filling = true;
    m_text->setPlainText(r.error.isEmpty() ? r.text : QString());
    m_filling = false;
    if (!m_published && !m_recording)
        m_publish->setEnabled(m_templateError.isEmpty());
    textChanged();
    // The template says who it is for; the commander can still change it.
    if (!t.audiences.isEmpty()) {
        const int a = m_audience->findData(t.audiences.first());
        if (a >= 0)
            m_audience->setCurrentIndex(a);
    }
}

void UpdateComposerDialog::textChanged()
{
    if (!m_filling)
        m_typed = true;
    const QString text = m_text->toPlainText();
    QStringList left;
    for (auto it = unfilled().globalMatch(text); it.hasNext();) {
        const QString m = it.next().captured();
        if (!left.contains(m))
            left << m;
    }
    m_missing->setText(!m_templateError.isEmpty() ? m_templateError
                       : left.isEmpty()              ? tr("Everything is filled.")
                                                     : tr("Still to fill (%1): %2").arg(left.size()).arg(left.join(QStringLiteral(", "))));
    m_missing->setStyleSheet(!m_templateError.isEmpty() ? QStringLiteral("color: #c62828; font-weight: bold")
                             : left.isEmpty()           ? QString()
                                                        : QStringLiteral("color: #8a5300; font-weight: bold"));
    // The preview is built the way the post-mortem is: with a cursor.
    MarkdownDocument::build(m_preview->document(), text);
}

void UpdateComposerDialog::audienceChanged()
{
    const QString audience = m_audience->currentData().toString();
    m_hooks->clear();
    for (const WebhookSpec &w : std::as_const(m_webhooks)) {
        if (w.audience != audience)
            continue;
        auto *item = new QListWidgetItem(w.external ? tr("%1 (external)").arg(w.name) : w.name, m_hooks);
        item->setData(Qt::UserRole, w.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_hooks->count() == 0)
        new QListWidgetItem(tr("(none in the profile for %1)").arg(audienceLabel(audience)), m_hooks);
}

void UpdateComposerDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Write the update to"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_file->setText(path);
        m_toFile->setChecked(true);
    });
    dialog->open();
}

// An update typed and not published is not thrown away by a stray Esc.
bool UpdateComposerDialog::askBeforeClosing()
{
    if (m_published || m_discard || !m_typed || m_text->toPlainText().trimmed().isEmpty())
        return false;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard update #%1?").arg(m_number),
                                tr("It has not been published; what you typed will be lost."), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("updateDiscard"));
    auto *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *b) {
        if (b != discard)
            return;
        m_discard = true;
        close();
    });
    box->open();
    return true;
}

void UpdateComposerDialog::reject()
{
    if (askBeforeClosing())
        return;
    QDialog::reject();
    // Esc hides a dialog without closing it; this one is done with.
    if (testAttribute(Qt::WA_DeleteOnClose))
        deleteLater();
}

void UpdateComposerDialog::closeEvent(QCloseEvent *event)
{
    if (askBeforeClosing()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

const WebhookSpec *UpdateComposerDialog::hook(const QString &name) const
{
    for (const WebhookSpec &w : m_webhooks)
        if (w.name == name)
            return &w;
    return nullptr;
}

QList<WebhookSpec> UpdateComposerDialog::checkedHooks() const
{
    QList<WebhookSpec> hooks;
    for (int i = 0; i < m_hooks->count(); ++i)
        if (const QListWidgetItem *item = m_hooks->item(i); item->checkState() == Qt::Checked)
            if (const WebhookSpec *w = hook(item->data(Qt::UserRole).toString()))
                hooks << *w;
    return hooks;
}

void UpdateComposerDialog::askToken()
{
    const QListWidgetItem *item = m_hooks->currentItem() ? m_hooks->currentItem() : m_hooks->item(0);
    const WebhookSpec *w = item ? hook(item->data(Qt::UserRole).toString()) : nullptr;
    if (!w) {
        new QListWidgetItem(tr("Select a webhook first."), m_log);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("updateTokenDialog"));
    dialog->setWindowTitle(tr("Token for %1").arg(w->name));
    dialog->setLabelText(tr("The token for %1 (stored in the keychain, never shown again):").arg(w->name));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name = w->name](const QString &token) { setToken(name, token); });
    dialog->open();
}

void UpdateComposerDialog::setToken(const QString &webhook, const QString &token)
{
    const WebhookSpec *w = hook(webhook);
    if (!w || token.trimmed().isEmpty() || !m_publisher)
        return;
    m_publisher->storeToken(*w, token);
}

void UpdateComposerDialog::retryFailed()
{
    const QStringList failed = std::exchange(m_failed, {});
    m_retry->setEnabled(false);
    for (const QString &name : failed)
        if (const WebhookSpec *w = hook(name))
            m_publisher->deliver(m_incident.id, m_number, m_publishedText, *w, m_actor, m_update);
}

void UpdateComposerDialog::publish()
{
    if (m_published || m_recording || !m_templateError.isEmpty())
        return;
    const QString audience = m_audience->currentData().toString();
    QStringList external;
    for (const WebhookSpec &w : checkedHooks())
        if (w.external)
            external << w.name;
    const bool unfilledLeft = unfilled().match(m_text->toPlainText()).hasMatch();
    if ((!external.isEmpty() || audience != u"team" || unfilledLeft) && m_confirmExternal) {
        QString question;
        if (!external.isEmpty() || audience != u"team")
            question = tr("Update #%1 goes to %2%3. A sent post cannot be taken back.")
                           .arg(m_number)
                           .arg(audienceLabel(audience),
                                external.isEmpty() ? QString() : tr(" through %1").arg(external.join(QStringLiteral(", "))));
        if (unfilledLeft)
            question += (question.isEmpty() ? QString() : QStringLiteral("\n\n")) + tr("Some fields are still unfilled (marked).");
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Publish update #%1?").arg(m_number), question, QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("updateConfirm"));
        auto *yes = box->addButton(tr("Publish"), QMessageBox::AcceptRole);
        box->setDefaultButton(QMessageBox::Cancel);   // Return must not send it by accident
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *b) {
            if (b == yes)
                publishNow();
        });
        box->open();
        return;
    }
    publishNow();
}

void UpdateComposerDialog::publishNow()
{
    // Numbered now, not when the composer opened: a teammate may have
    // published one meanwhile.
    if (m_numberSource) {
        const int number = m_numberSource();
        if (number != m_number) {
            new QListWidgetItem(tr("Update #%1 was published meanwhile: this one is #%2").arg(m_number).arg(number), m_log);
            m_number = number;
            setWindowTitle(tr("Status update #%1 — %2").arg(number).arg(m_incident.title));
        }
    }
    UpdatePublisher::Publication p;
    p.number = m_number;
    p.audience = m_audience->currentData().toString();
    const int t = m_template->currentIndex();
    if (t >= 0 && t < m_templates.size()) {
        p.templateId = m_templates.at(t).id;
        p.templateTitle = m_templates.at(t).title;
    }
    p.text = m_text->toPlainText();
    p.actor = m_actor;
    p.clipboard = m_clipboard->isChecked();
    if (p.clipboard)
        QGuiApplication::clipboard()->setText(p.text);
    if (m_toFile->isChecked())
        p.file = m_file->text().trimmed();
    p.webhooks = checkedHooks();
    QString error;
    if (!m_publisher || !m_publisher->publish(m_incident, p, &error)) {
        new QListWidgetItem(tr("Not published: %1").arg(error), m_log);
        return;
    }
    // Published once the store has it (the publisher sends only then).
    m_recording = true;
    m_publishedText = p.text;
    m_text->setReadOnly(true);   // what is sent is what a retry sends
    m_publish->setEnabled(false);
    m_publish->setText(tr("Recording update #%1…").arg(m_number));
    m_copied = p.clipboard;
}

void UpdateComposerDialog::recorded(int number, const QUuid &update)
{
    if (!m_recording || number != m_number)
        return;
    m_recording = false;
    m_published = true;
    m_update = update;
    m_publish->setText(tr("Update #%1 published").arg(m_number));
    new QListWidgetItem(tr("Update #%1 recorded on the timeline%2").arg(m_number).arg(m_copied ? tr(" and copied") : QString()), m_log);
    m_retry->setEnabled(!m_failed.isEmpty());
    emit published(m_number);
}

void UpdateComposerDialog::notRecorded(int number, const QString &text)
{
    if (!m_recording || number != m_number)
        return;
    m_recording = false;
    auto *item = new QListWidgetItem(text, m_log);
    item->setForeground(QColor(0xc6, 0x28, 0x28));
    m_text->setReadOnly(false);
    m_publish->setEnabled(true);
    // Refused because another was published meanwhile: the next try takes
    // the next number; the text may still say the old one, so it is left
    // to the commander to look at before publishing again.
    if (m_numberSource && m_numberSource() != m_number)
        new QListWidgetItem(tr("Check the text for the number before publishing it as #%1.").arg(m_numberSource()), m_log);
    m_publish->setText(tr("&Publish update #%1").arg(m_numberSource ? m_numberSource() : m_number));
}

} // namespace qd
