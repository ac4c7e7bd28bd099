#pragma once

namespace qd {

struct Options;

// `quarterdeck runbook lint FILE... [--json]`: the structure of each runbook
// as Quarterdeck reads it, and the warnings worth a commander's attention.
// Exit 0 clean, 1 warnings, 3 a file could not be read.
int runRunbookLint(const Options &options);

} // namespace qd
