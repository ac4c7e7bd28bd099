#include "incidentfield.h"

#include <QCoreApplication>

namespace qd {

const QList<IncidentField> &IncidentField::all()
{
    using T = Type;
    static const QList<IncidentField> fields = {
        {QStringLiteral("role.commander"), T::Role},
        {QStringLiteral("role.deputy"), T::Role},
        {QStringLiteral("role.scribe"), T::Role},
        {QStringLiteral("role.communications"), T::Role},
        {QStringLiteral("time.started"), T::Time},
        {QStringLiteral("time.detected"), T::Time},
        {QStringLiteral("time.declared"), T::Time},
        {QStringLiteral("time.mitigated"), T::Time},
        {QStringLiteral("time.resolved"), T::Time},
        {QStringLiteral("impact.users"), T::Line},
        {QStringLiteral("impact.transactions"), T::Line},
        {QStringLiteral("impact.financial"), T::Line},
        {QStringLiteral("impact.dataLost"), T::Line},
        {QStringLiteral("summary"), T::Prose},
        {QStringLiteral("rootCause"), T::Prose},
        {QStringLiteral("contributingFactors"), T::Prose},
        {QStringLiteral("wentWell"), T::Prose},
        {QStringLiteral("couldImprove"), T::Prose},
        {QStringLiteral("lessons"), T::Prose},
        {QStringLiteral("reconciliation"), T::Prose},
    };
    return fields;
}

const IncidentField *IncidentField::find(const QString &name)
{
    for (const IncidentField &f : all())
        if (f.name == name)
            return &f;
    return nullptr;
}

QString IncidentField::label() const
{
    static const struct
    {
        const char *name;
        const char *label;
    } labels[] = {
        {"role.commander", QT_TRANSLATE_NOOP("qd::IncidentField", "Incident Commander")},
        {"role.deputy", QT_TRANSLATE_NOOP("qd::IncidentField", "Deputy")},
        {"role.scribe", QT_TRANSLATE_NOOP("qd::IncidentField", "Scribe")},
        {"role.communications", QT_TRANSLATE_NOOP("qd::IncidentField", "Communications")},
        {"time.started", QT_TRANSLATE_NOOP("qd::IncidentField", "Started")},
        {"time.detected", QT_TRANSLATE_NOOP("qd::IncidentField", "Detected")},
        {"time.declared", QT_TRANSLATE_NOOP("qd::IncidentField", "Declared")},
        {"time.mitigated", QT_TRANSLATE_NOOP("qd::IncidentField", "Mitigated")},
        {"time.resolved", QT_TRANSLATE_NOOP("qd::IncidentField", "Resolved")},
        {"impact.users", QT_TRANSLATE_NOOP("qd::IncidentField", "Users affected")},
        {"impact.transactions", QT_TRANSLATE_NOOP("qd::IncidentField", "Transactions affected")},
        {"impact.financial", QT_TRANSLATE_NOOP("qd::IncidentField", "Financial impact")},
        {"impact.dataLost", QT_TRANSLATE_NOOP("qd::IncidentField", "Data lost")},
        {"summary", QT_TRANSLATE_NOOP("qd::IncidentField", "Summary")},
        {"rootCause", QT_TRANSLATE_NOOP("qd::IncidentField", "Root cause")},
        {"contributingFactors", QT_TRANSLATE_NOOP("qd::IncidentField", "Contributing factors")},
        {"wentWell", QT_TRANSLATE_NOOP("qd::IncidentField", "What went well")},
        {"couldImprove", QT_TRANSLATE_NOOP("qd::IncidentField", "What could be improved")},
        {"lessons", QT_TRANSLATE_NOOP("qd::IncidentField", "Lessons learned")},
        {"reconciliation", QT_TRANSLATE_NOOP("qd::IncidentField", "Data reconciliation")},
    };
    for (const auto &l : labels)
        if (name == QLatin1String(l.name))
            return QCoreApplication::translate("qd::IncidentField", l.label);
    return name;
}

} // namespace qd
