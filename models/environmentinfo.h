#pragma once

#include <QString>

namespace qd {

struct EnvironmentInfo
{
    QString name;
    bool production = false;   // shown in red: commands here hit real money
    QString description;
};

} // namespace qd
