#pragma once

#include <QList>
#include <QString>

namespace qd {

// The editable parts of an incident beyond its header, by name: roles,
// times, impact and the review's prose. One catalogue for the editor, the
// store, the command line and (later) the post-mortem, so a field is
// spelled the same everywhere. A change is a "field" (or "role") event
// whose data says {field, from, to}; the store keeps the current value.
struct IncidentField
{
    enum class Type {
        Role,    // a person's name
        Time,    // ISO 8601 UTC
        Line,    // one line of text
        Prose,   // paragraphs
    };

    QString name;   // "role.deputy", "time.detected", "impact.users", "rootCause"
    Type type;

    QString label() const;   // translated: "Deputy", "Detected", "Users affected"

    static const QList<IncidentField> &all();
    static const IncidentField *find(const QString &name);
};

} // namespace qd
