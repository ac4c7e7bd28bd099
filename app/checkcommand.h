#pragma once

namespace qd {

struct Options;

// `quarterdeck check`: runs on a QCoreApplication (no display needed) and
// returns the process exit code.
int runCheckCommand(const Options &options);
// `quarterdeck backups`: the backup inventory, likewise without a display.
int runBackupsCommand(const Options &options);

} // namespace qd
