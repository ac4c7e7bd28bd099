#include "checkcommand.h"

#include "backupinventory.h"
#include "backupmanifest.h"
#include "checkround.h"
#include "options.h"
#include "profileparser.h"
#include "systemclock.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QtConcurrent>

namespace qd {

namespace {

// An invalid profile: the errors on stderr for people, and with --json the
// same errors as JSON on stdout, so a script never parses an empty answer.
int reportInvalidProfile(const Options &options, const ProfileParser::Result &parsed, int code)
{
    QTextStream(stderr) << parsed.errorText() << Qt::endl;
    if (options.json) {
        QJsonArray errors;
        for (const ProfileError &e : parsed.errors)
            errors.append(QJsonObject{{QStringLiteral("file"), e.file},
                                      {QStringLiteral("line"), e.line},
                                      {QStringLiteral("column"), e.column},
                                      {QStringLiteral("message"), e.message}});
        QTextStream(stdout) << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("errors"), errors}, {QStringLiteral("exit_code"), code}}).toJson());
    }
    return code;
}

} // namespace

int runCheckCommand(const Options &options)
{
    QTextStream out(stdout);
    const ProfileParser::Result parsed = ProfileParser::parseFile(options.profile);
    if (!parsed.ok())
        return reportInvalidProfile(options, parsed, CheckRound::InvalidProfile);
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

int runBackupsCommand(const Options &options)
{
    QTextStream out(stdout);
    const ProfileParser::Result parsed = ProfileParser::parseFile(options.profile);
    if (!parsed.ok())
        return reportInvalidProfile(options, parsed, BackupInventory::InvalidProfile);
    const QDateTime now = SystemClock().now();
    BackupManifest manifest(BackupManifest::defaultPath());
    QString manifestError;
    if (!manifest.load(&manifestError))
        QTextStream(stderr) << QCoreApplication::translate("qd::BackupsCommand", "warning: %1").arg(manifestError) << Qt::endl;
    std::atomic<bool> cancel{false};
    BackupInventory::Options inventoryOptions;
    inventoryOptions.verify = options.verify;
    inventoryOptions.recheck = options.recheck;
    inventoryOptions.manifest = &manifest;
    inventoryOptions.cancel = &cancel;
    // On the pool, so a signal can cancel it: the event loop stays free.
    QFutureWatcher<QList<BackupInventory::Set>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, qApp, [] { QCoreApplication::exit(0); });
    watcher.setFuture(QtConcurrent::run([&] { return BackupInventory::run(*parsed.profile, now, inventoryOptions); }));
    if (const int interrupted = QCoreApplication::exec(); interrupted != 0) {
        // The checks stop at their next chunk; the event loop runs until they
        // have (the watcher's finished() ends it), so nothing blocks on them.
        cancel = true;
        if (!watcher.isFinished())
            QCoreApplication::exec();
        manifest.save();   // what was verified before the signal is kept
        QTextStream(stderr) << QCoreApplication::translate("qd::BackupsCommand",
                                                           "cancelled: the verdicts reached before the signal are kept")
                            << Qt::endl;
        return interrupted;
    }
    const QList<BackupInventory::Set> sets = watcher.result();
    if (options.verify && !manifest.save(&manifestError))
        QTextStream(stderr) << QCoreApplication::translate("qd::BackupsCommand", "warning: %1").arg(manifestError) << Qt::endl;
    if (options.json)
        out << QString::fromUtf8(BackupInventory::toJson(sets, now));
    else
        out << BackupInventory::toText(sets, now);
    out.flush();
    return BackupInventory::exitCode(sets);
}

} // namespace qd
