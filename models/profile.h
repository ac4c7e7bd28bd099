#pragma once

#include "backupsetspec.h"
#include "databasespec.h"
#include "environmentinfo.h"
#include "heartbeatspec.h"
#include "objective.h"
#include "servicespec.h"
#include "updatecadence.h"
#include "webhookspec.h"

#include <QList>
#include <QPair>
#include <QString>

namespace qd {

// One environment's description, loaded from YAML by ProfileParser.
// databases, templates and team are validated for shape by the parser
// already; their value types arrive with the issues that use them.
struct Profile
{
    QString path;   // absolute path of the file it came from
    EnvironmentInfo environment;
    QList<ServiceSpec> services;
    QList<HeartbeatSpec> heartbeats;
    QList<Objective> objectives;
    QList<BackupSetSpec> backups;
    QList<DatabaseSpec> databases;
    QStringList runbooks;   // absolute paths
    // Values for runbooks' $VARIABLES (DB_HOST, API_URL), prefilled in the
    // wizard; never secrets (those live in the keychain).
    QList<QPair<QString, QString>> variables;
    // Git repositories of the environment's code, by name: the wizard's
    // commit picker reads their log. Absolute paths.
    QList<QPair<QString, QString>> repositories;
    // Status updates and the post-mortem (issue 7): a folder of the team's
    // own update templates (*.mustache, *.md), a post-mortem template that
    // replaces the bundled one (absolute paths; empty: none), how often an
    // update is due, and where updates can be posted.
    QString templateFolder;
    QString postmortemTemplate;
    UpdateCadence cadence;
    QList<WebhookSpec> webhooks;
};

} // namespace qd
