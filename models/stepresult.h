#pragma once

#include <QDateTime>
#include <QString>

namespace qd {

// How a step that was started ended, with its output kept as evidence
// (secrets masked; the last StepRunner::kKeptOutput bytes of it).
struct StepResult
{
    enum class Outcome { Succeeded, Failed, TimedOut, Cancelled, FailedToStart };

    Outcome outcome = Outcome::Failed;
    int exitCode = -1;            // -1 when it did not exit by itself
    QString command;              // what ran, byte for byte
    QDateTime startedAt;          // UTC
    QDateTime finishedAt;
    qint64 durationMs = 0;
    QString output;               // masked; its tail when it was long
    qint64 outputBytes = 0;       // all of it, as the process wrote it
    QString error;                // FailedToStart: why

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};

} // namespace qd
