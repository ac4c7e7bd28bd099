#pragma once

#include <QDateTime>
#include <QString>

namespace qd {

// What the commander did to unlock a destructive step: the word typed (the
// environment's name), who typed it, the second person for a two-person
// gate, and the exact command text that was on screen when they did. The
// runner compares that text with what it is about to run, byte for byte.
struct GateConfirmation
{
    QString typed;
    QString by;
    QString secondBy;   // two-person gates: another responder
    QString command;    // as shown at the gate
    // The values it gets through the environment, as shown at the gate
    // (PlannedStep::environmentFingerprint): a value changed since is a
    // different step, even with the same text.
    QString environment;
    QDateTime at;       // UTC
};

} // namespace qd
