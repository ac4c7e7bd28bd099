#pragma once

#include <QString>

namespace qd {

// Forwards Qt's logging (all qd.* categories) to spdlog: a rotating file in
// `logDir` and stderr. Returns the log file path, or an empty string when the
// folder could not be created (then stderr only).
QString installLogging(const QString &logDir, bool verbose);
void shutdownLogging();

} // namespace qd
