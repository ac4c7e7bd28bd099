#pragma once

#include <QColor>
#include <QString>

namespace qd {

// Unknown is its own state: not yet checked, or could not check. It is never
// shown as, or counted as, Up.
enum class ServiceState { Unknown, Up, Degraded, Down };

QString serviceStateName(ServiceState s);         // translated, for people
QString serviceStateKey(ServiceState s);          // stable, for JSON and logs
QColor serviceStateColor(ServiceState s);
QString serviceStateIconPath(ServiceState s);     // resource path of an SVG icon
int serviceStateSeverity(ServiceState s);         // for sorting: Down first

} // namespace qd
