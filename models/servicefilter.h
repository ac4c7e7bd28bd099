#pragma once

#include "servicespec.h"
#include "servicestatus.h"

#include <QString>

namespace qd {

// What the services table shows: a free-text match on name, target and message,
// and optionally only the services that need attention.
class ServiceFilter
{
public:
    void setText(const QString &text) { m_text = text.trimmed(); }
    void setProblemsOnly(bool on) { m_problemsOnly = on; }
    QString text() const { return m_text; }
    bool problemsOnly() const { return m_problemsOnly; }
    bool isActive() const { return !m_text.isEmpty() || m_problemsOnly; }

    bool matches(const ServiceSpec &spec, const ServiceStatus &status) const;

private:
    QString m_text;
    bool m_problemsOnly = false;
};

} // namespace qd
