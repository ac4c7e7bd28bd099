#pragma once

#include <QList>
#include <QString>

namespace qd {

// One problem in a profile, located for an editor: file:line:column (1-based).
struct ProfileError
{
    QString file;
    int line = 1;
    int column = 1;
    QString message;

    QString toString() const
    {
        return file + u':' + QString::number(line) + u':' + QString::number(column) + u": " + message;
    }
};

} // namespace qd
