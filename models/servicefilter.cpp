#include "servicefilter.h"

namespace qd {

bool ServiceFilter::matches(const ServiceSpec &spec, const ServiceStatus &status) const
{
    if (m_problemsOnly && status.state == ServiceState::Up)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
    return has(spec.name) || has(spec.component) || has(spec.target()) || has(status.message)
           || has(serviceStateName(status.state));
}

} // namespace qd
