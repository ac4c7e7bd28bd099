#include "checkcommand.h"

#include "backupinventory.h"
#include "checkround.h"
#include "options.h"
#include "profileparser.h"
#include "systemclock.h"

#include <QCoreApplication>
#include <QTextStream>

namespace qd {

int runCheckCommand(const Options &options)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const ProfileParser::Result parsed = ProfileParser::parseFile(options.profile);
    if (!parsed.ok()) {
        err << parsed.errorText() << Qt::endl;
        return CheckRound::InvalidProfile;
    }
    SystemClock clock;
    CheckRound round(*parsed.profile, &clock);
    // Queued: the round can end inside start() (every check failing at once),
    // before the event loop runs, and exit() before exec() would be lost.
    QObject::connect(&round, &CheckRound::finished, qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    round.start();
    if (const int interrupted = QCoreApplication::exec(); interrupted != 0)
        return interrupted;   // a signal: the round's probes end with it, nothing is printed
    if (options.json)
        out << QString::fromUtf8(round.toJson());
    else
        out << round.toText();
    out.flush();
    return round.exitCode();
}

} // namespace qd

namespace qd {

int runBackupsCommand(const Options &options)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const ProfileParser::Result parsed = ProfileParser::parseFile(options.profile);
    if (!parsed.ok()) {
        err << parsed.errorText() << Qt::endl;
        return BackupInventory::InvalidProfile;
    }
    const QDateTime now = SystemClock().now();
    const QList<BackupInventory::Set> sets = BackupInventory::run(*parsed.profile, now, options.verify);
    if (options.json)
        out << QString::fromUtf8(BackupInventory::toJson(sets, now));
    else
        out << BackupInventory::toText(sets, now);
    out.flush();
    return BackupInventory::exitCode(sets);
}

} // namespace qd
