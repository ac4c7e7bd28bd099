#pragma once

#include "backupsetstatus.h"
#include "incident.h"
#include "objective.h"
#include "templaterenderer.h"
#include "timelineevent.h"

#include <QCoreApplication>

#include <optional>

namespace qd {

// The post-mortem (issue 7), written from the record as the responder
// works: the incident's fields, its key events as the timeline, the steps
// the guided rollback ran with their outcome and duration, the action
// items, the recovery time. A mustache template (the seeds' post-mortem
// and incident-report templates, bundled; replaceable by a user's), so a
// section nobody has written shows as «field», never as an empty heading.
// What the profile and the backup inventory say, for the post-mortem's
// recovery objectives: RTO against the measured recovery, RPO against the
// data-loss window (incident start back to the newest good backup).
// (Outside PostMortem: a nested type with member defaults cannot be a
// default argument of its own class's functions.)
struct PostMortemRecovery
{
    QList<Objective> objectives;
    QList<BackupSetStatus> backups;
    // The profile names backup sets but the inventory has not been read
    // yet: said so, rather than leaving the data-loss window out.
    bool backupsPending = false;
};

class PostMortem
{
    Q_DECLARE_TR_FUNCTIONS(qd::PostMortem)
public:
    using Recovery = PostMortemRecovery;

    static QString bundledTemplate();
    // A user's template file: a regular file of at most 1 MB (a FIFO or a
    // device named by mistake must not hang or flood the console).
    static std::optional<QString> readTemplate(const QString &path, QString *error);
    static QJsonObject context(const Incident &incident, const QList<TimelineEvent> &events, const QDateTime &now,
                               const Recovery &recovery = {});
    static TemplateRenderer::Rendered markdown(const Incident &incident, const QList<TimelineEvent> &events, const QDateTime &now,
                                               const Recovery &recovery = {}, const QString &templateText = bundledTemplate());
    // A template rendered with a context, tidied (no runs of blank lines).
    static TemplateRenderer::Rendered render(const QString &templateText, const QJsonObject &context);
    // When the incident started, as far as the record says: started, else
    // detected, else declared.
    static QDateTime start(const Incident &incident);
    // Text made safe for one Markdown table cell: | escaped, lines joined.
    static QString cell(const QString &text);
};

} // namespace qd
