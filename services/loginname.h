#pragma once

#include <QString>

namespace qd {

// Who is at the keyboard, for "who recorded it": $USER, $LOGNAME, then the
// account's name; "someone" when none is known.
QString loginName();

} // namespace qd
