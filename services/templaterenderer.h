#pragma once

#include "incident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace qd {

// Status-update templates (issue 7), rendered with mustache (kainjow) from
// the incident: named fields ({{incident.title}}, {{update.number}},
// {{next_update_at}}). A field nothing fills is never silently blank: it is
// rendered as «field» and listed, so the composer can point at it.
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(qd::TemplateRenderer)
public:
    struct Template
    {
        QString id;            // file name without .mustache
        QString title;         // from its first {{! title: … }} comment
        QStringList audiences; // team, stakeholders, users
        QString source;        // where it came from (a seed, a file)
        QString text;
    };
    struct Rendered
    {
        QString text;
        QStringList missing;   // fields nothing filled, in the order they appear
        QString error;         // a template mustache cannot read
    };

    // The templates bundled in the resources (the seeds' own, with named fields).
    static QList<Template> bundled();
    // One template's text, its title and audiences read from its comment.
    static Template fromText(const QString &id, const QString &text, const QString &source);

    // What the templates can use: incident.*, update.*, next_update_at.
    // `updateFields` are the composer's (update.situation, update.actions …).
    static QJsonObject context(const Incident &incident, int updateNumber, const QDateTime &now, const QDateTime &nextUpdate,
                               const QHash<QString, QString> &updateFields = {});
    static Rendered render(const QString &templateText, const QJsonObject &context);
    // The variable fields a template uses, in order, once each.
    static QStringList fields(const QString &templateText);
    static QString marker(const QString &field) { return QStringLiteral("«%1»").arg(field); }
};

} // namespace qd
