#include "servicestate.h"

#include <QCoreApplication>

namespace qd {

QString serviceStateName(ServiceState s)
{
    switch (s) {
    case ServiceState::Up:
        return QCoreApplication::translate("qd::ServiceState", "Up");
    case ServiceState::Degraded:
        return QCoreApplication::translate("qd::ServiceState", "Degraded");
    case ServiceState::Down:
        return QCoreApplication::translate("qd::ServiceState", "Down");
    case ServiceState::Unknown:
        break;
    }
    return QCoreApplication::translate("qd::ServiceState", "Unknown");
}

QString serviceStateKey(ServiceState s)
{
    switch (s) {
    case ServiceState::Up:
        return QStringLiteral("up");
    case ServiceState::Degraded:
        return QStringLiteral("degraded");
    case ServiceState::Down:
        return QStringLiteral("down");
    case ServiceState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QColor serviceStateColor(ServiceState s)
{
    // Colours chosen to stay distinguishable for red/green colour blindness
    // together with the icon shapes (check, triangle, cross, question mark).
    switch (s) {
    case ServiceState::Up:
        return QColor(0x1a, 0x7f, 0x37);
    case ServiceState::Degraded:
        return QColor(0xb3, 0x6b, 0x00);
    case ServiceState::Down:
        return QColor(0xc6, 0x28, 0x28);
    case ServiceState::Unknown:
        break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

QString serviceStateIconPath(ServiceState s)
{
    return QStringLiteral(":/icons/state-") + serviceStateKey(s) + QStringLiteral(".svg");
}

int serviceStateSeverity(ServiceState s)
{
    switch (s) {
    case ServiceState::Down:
        return 3;
    case ServiceState::Degraded:
        return 2;
    case ServiceState::Unknown:
        return 1;
    case ServiceState::Up:
        break;
    }
    return 0;
}

} // namespace qd
