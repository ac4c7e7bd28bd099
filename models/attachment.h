#pragma once

#include <QByteArray>
#include <QString>

namespace qd {

// Evidence kept with an event: a file (a log, a screenshot, command
// output) copied into the store, so the record does not depend on a path
// that may be gone by the time the post-mortem is written.
struct Attachment
{
    QString name;         // the file's name, no folders
    QByteArray content;
    QString sha256;       // hex, filled by the store
};

} // namespace qd
