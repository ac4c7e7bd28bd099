#pragma once

namespace qd {

struct Options;

// `quarterdeck incident declare|note|list|show`: incidents from a terminal,
// on the same SQLite store as a running console (several writers at once
// are safe: each takes the store's write lock for its transaction).
// Exit 0 done, 1 no such incident or more than one fits, 3 the store cannot
// be used (unreadable, or written by a newer Quarterdeck), 64 usage.
int runIncidentCommand(const Options &options);

} // namespace qd
