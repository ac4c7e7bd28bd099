#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace qd {

using Millis = std::chrono::milliseconds;

// "500ms", "30s", "5m", "2h", and sums of them such as "1h30m".
std::optional<Millis> parseDuration(QStringView text);

// Compact human form for tables: "850 ms", "42 s", "3 m 05 s", "2 h 10 m", "3 d 4 h".
QString formatDuration(Millis d);

// The age of a thing such as a backup: whole seconds ("0 s", "42 s", "2 h 05 m");
// "844 ms old" is precision nobody asked for.
QString formatAge(Millis d);

} // namespace qd
