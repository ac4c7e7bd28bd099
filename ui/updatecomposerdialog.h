#pragma once

#include "incident.h"
#include "templaterenderer.h"
#include "updatepublisher.h"
#include "webhookspec.h"

#include <QDialog>
#include <QUuid>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace qd {

// Ctrl+U: a status update from a template (issue 7). Pick a template and
// an audience; the text comes filled from the incident, with what nothing
// could fill marked «like this» and listed; edit it, see the preview,
// choose where it goes (clipboard, a file, the profile's webhooks for that
// audience) and publish. An external audience is asked to confirm first:
// a sent post cannot be taken back. Never modal to the console.
class UpdateComposerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateComposerDialog)
public:
    UpdateComposerDialog(const Incident &incident, int number, const QDateTime &now, const QDateTime &nextDue,
                         const QList<TemplateRenderer::Template> &templates, const QList<WebhookSpec> &webhooks,
                         UpdatePublisher *publisher, const QString &actor, QWidget *parent = nullptr);

    QComboBox *templateBox() const { return m_template; }
    QComboBox *audienceBox() const { return m_audience; }
    QPlainTextEdit *editor() const { return m_text; }
    QPushButton *publishButton() const { return m_publish; }
    QListWidget *deliveries() const { return m_log; }
    QPushButton *retryButton() const { return m_retry; }
    // The token for the webhook selected in the list, as if typed in the
    // dialog "Set token…" opens.
    void setToken(const QString &webhook, const QString &token);
    // What the last confirmation asked, for tests (the question is a dialog of its own).
    void setConfirmExternal(bool ask) { m_confirmExternal = ask; }
    // The number the next update gets, asked again when publishing.
    void setNumberSource(std::function<int()> source) { m_numberSource = std::move(source); }

    // Esc or closing with an edited, unpublished update asks first.
    void reject() override;

signals:
    void published(int number);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fillTemplate();
    void textChanged();
    void audienceChanged();
    void publish();
    void publishNow();
    void chooseFile();
    void askToken();
    void recorded(int number, const QUuid &update);
    void notRecorded(int number, const QString &text);
    void retryFailed();
    const WebhookSpec *hook(const QString &name) const;
    QList<WebhookSpec> checkedHooks() const;   // ticked in the list, for this audience

    Incident m_incident;
    int m_number;
    QDateTime m_now, m_nextDue;
    QList<TemplateRenderer::Template> m_templates;
    QList<WebhookSpec> m_webhooks;
    UpdatePublisher *m_publisher;
    QString m_actor;
    bool m_confirmExternal = true;
    bool m_published = false;
    bool m_recording = false;   // published, the store not yet answered
    bool m_copied = false;
    QString m_templateError;    // the chosen template cannot be read
    bool m_typed = false;       // the commander changed the filled text
    bool m_discard = false;     // and chose to throw it away
    bool m_filling = false;
    bool askBeforeClosing();
    QUuid m_update;             // the update's event, once recorded
    std::function<int()> m_numberSource;
    QComboBox *m_template;
    QComboBox *m_audience;
    QPlainTextEdit *m_text;
    QLabel *m_missing;
    QTextBrowser *m_preview;
    QCheckBox *m_clipboard;
    QCheckBox *m_toFile;
    QLineEdit *m_file;
    QListWidget *m_hooks;
    QListWidget *m_log;
    QPushButton *m_publish;
    QPushButton *m_setToken;
    QPushButton *m_retry;
    QString m_publishedText;
    QStringList m_failed;   // webhooks whose last delivery of this update failed
};

} // namespace qd
