#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace qd {

// One entry of an incident's timeline. Append-only: a correction is a new
// event whose `corrects` names the old one. The UUID and the writing
// console's id and sequence let two stores be merged without duplicates.
struct TimelineEvent
{
    QUuid id;
    QUuid incidentId;
    QString consoleId;        // the console (or command line) that wrote it
    qint64 consoleSeq = 0;    // 1, 2, 3 … per console, assigned at commit
    qint64 order = 0;         // the order this store recorded it in
    QString kind;             // "declared", "note", "status", "severity", "service-state", …
    QString actor;            // who: a person, or "probe" for what the console saw
    QString text;             // what a reader sees
    QJsonObject data;         // the details a kind carries (old/new values, evidence)
    QDateTime recordedAt;     // UTC, when it was committed
    QDateTime occurredAt;     // UTC, when it happened ("we noticed at 14:02"); null: at recording
    bool key = false;         // goes into the post-mortem timeline
    QUuid corrects;           // null unless it corrects an earlier event
};

} // namespace qd
