#include "backup.h"

namespace qd {

QString Backup::verificationKey(Verification v)
{
    switch (v) {
    case Verification::Ok:
        return QStringLiteral("ok");
    case Verification::Corrupt:
        return QStringLiteral("corrupt");
    case Verification::CouldNotCheck:
        return QStringLiteral("could_not_check");
    case Verification::Unverified:
        break;
    }
    return QStringLiteral("unverified");
}

Backup::Verification Backup::verificationFromKey(const QString &key)
{
    for (const Verification v : {Verification::Ok, Verification::Corrupt, Verification::CouldNotCheck})
        if (key == verificationKey(v))
            return v;
    return Verification::Unverified;
}

} // namespace qd
