#include "loginname.h"

#include <pwd.h>
#include <unistd.h>

namespace qd {

QString loginName()
{
    QString name = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (name.isEmpty()) {
        const passwd *pw = getpwuid(getuid());
        name = pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("someone");
    }
    return name;
}

} // namespace qd
