#pragma once

namespace qd {

struct Options;

// `quarterdeck runbook lint FILE... [--json]`: the structure of each runbook
// as Quarterdeck reads it, and the warnings worth a commander's attention.
// Exit 0 clean, 1 warnings, 3 a file could not be read.
int runRunbookLint(const Options &options);

// `quarterdeck runbook plan FILE --procedure NAME [--param KEY=VALUE ...]`:
// the exact commands the procedure would run with those values put in, by
// the same StepPlanner the wizard uses; runs nothing. Exit 0 every step
// ready, 1 values missing or refused, 3 no such file or procedure, 64 usage.
int runRunbookPlan(const Options &options);

} // namespace qd
