#pragma once

#include "duration.h"

#include <QDateTime>
#include <QList>

namespace qd {

// How often a status update is due (issue 7), as the seeds put it: every
// 5 minutes for the first 30, every 15 until the hour, then every 30. A
// policy per profile; times from an injectable clock, so tests move time.
class UpdateCadence
{
public:
    struct Rule
    {
        Millis until;   // while the incident is younger than this (-1: from then on)
        Millis every;
    };
    enum class State { NotDue, Due, Overdue };

    UpdateCadence();   // the seeds' policy
    explicit UpdateCadence(QList<Rule> rules);

    const QList<Rule> &rules() const { return m_rules; }
    // The interval in force at `age` into the incident.
    Millis interval(Millis age) const;
    // When the next update is due: the last one (or the declaration, before
    // any) plus the interval in force then.
    QDateTime nextDue(const QDateTime &declared, const QDateTime &lastPublished) const;
    // Due once that time has come; overdue when half an interval (at most
    // 5 minutes) has passed beyond it.
    State state(const QDateTime &declared, const QDateTime &lastPublished, const QDateTime &now) const;

private:
    QList<Rule> m_rules;
};

} // namespace qd
