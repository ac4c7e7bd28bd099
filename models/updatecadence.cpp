#include "updatecadence.h"

namespace qd {

using namespace std::chrono_literals;

UpdateCadence::UpdateCadence()
    : m_rules({{Millis(30min), Millis(5min)}, {Millis(60min), Millis(15min)}, {Millis(-1), Millis(30min)}})
{
}

UpdateCadence::UpdateCadence(QList<Rule> rules)
    : m_rules(std::move(rules))
{
    if (m_rules.isEmpty())
        m_rules = UpdateCadence().rules();
}

Millis UpdateCadence::interval(Millis age) const
{
    for (const Rule &r : m_rules)
        if (r.until.count() < 0 || age < r.until)
            return r.every;
    return m_rules.last().every;
}

QDateTime UpdateCadence::nextDue(const QDateTime &declared, const QDateTime &lastPublished) const
{
    const QDateTime from = lastPublished.isValid() ? lastPublished : declared;
    return from.addMSecs(interval(Millis(declared.msecsTo(from))).count());
}

UpdateCadence::State UpdateCadence::state(const QDateTime &declared, const QDateTime &lastPublished, const QDateTime &now) const
{
    const QDateTime due = nextDue(declared, lastPublished);
    if (now < due)
        return State::NotDue;
    const qint64 every = interval(Millis(declared.msecsTo(lastPublished.isValid() ? lastPublished : declared))).count();
    const qint64 grace = qMin<qint64>(every / 2, 5 * 60 * 1000);
    return now < due.addMSecs(grace) ? State::Due : State::Overdue;
}

} // namespace qd
