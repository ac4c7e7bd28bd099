#pragma once

#include "profile.h"
#include "runbook.h"

#include <QCoreApplication>
#include <QList>

namespace qd {

// What a commander should hear about a runbook before using it in anger: a
// destructive step with no backup before it, a step that cannot run on
// this machine, a value nothing but the commander's typing can supply, a
// template field nothing fills. Pure: runbook (and profile) in, warnings out.
class RunbookLinter
{
    Q_DECLARE_TR_FUNCTIONS(qd::RunbookLinter)
public:
    // `profile` may be null: then no placeholder is bound to a backup set.
    static QList<Runbook::Warning> lint(const Runbook &runbook, const Profile *profile = nullptr);

    // Template fields Quarterdeck fills from the incident (normalised: lower
    // case, spaces and underscores removed).
    static bool knownField(const QString &field);
    // A command that takes a backup or a safety copy first.
    static bool takesBackup(const QString &command);
};

} // namespace qd
