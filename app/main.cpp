#include "application.h"
#include "checkcommand.h"
#include "incidentcommand.h"
#include "runbookcommand.h"
#include "logging.h"
#include "options.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <memory>

#include <sys/resource.h>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Quarterdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("quarterdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QD_VERSION));
}

void installTranslations(QCoreApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    auto *own = new QTranslator(&app);
    // English is the source language but still needs its plural forms, so a
    // locale without a catalogue of its own (C, fr, ...) falls back to English.
    if (own->load(locale, QStringLiteral("quarterdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/quarterdeck_en")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    QLocale::setDefault(locale);
}

// Every service is a socket and Qt keeps idle keep-alive connections per host:
// with a thousand services the usual soft limit of 1024 descriptors runs out
// and healthy services would look Down. Raise it to what the system allows.
void raiseFileLimit()
{
    rlimit lim{};
    if (::getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < lim.rlim_max) {
        lim.rlim_cur = lim.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &lim);
    }
}

QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    const qd::Options options = qd::Options::parse(rawArguments(argc, argv));

    switch (options.command) {
    case qd::Options::Command::Help:
        QTextStream(stdout) << options.helpText;
        return 0;
    case qd::Options::Command::Version:
        QTextStream(stdout) << "quarterdeck " << QD_VERSION << " (Qt " << qVersion() << ")\n";
        return 0;
    case qd::Options::Command::Error:
        QTextStream(stderr) << "quarterdeck: " << options.error << "\nTry 'quarterdeck --help'.\n";
        return 64;
    case qd::Options::Command::Check: {
        // No QApplication: check runs on servers and in CI without a display.
        QCoreApplication app(argc, argv);
        installTranslations(app, QString());
        qd::installLogging(QString(), options.verbose);
        raiseFileLimit();
        // Ctrl+C or a CI timeout ends the checks in flight with us, command
        // checks' process groups included.
        qd::UnixSignalWatcher unixSignals;
        QObject::connect(&unixSignals, &qd::UnixSignalWatcher::terminationRequested, &app,
                         [](int sig) { QCoreApplication::exit(128 + sig); });
        const int code = qd::runCheckCommand(options);
        qd::shutdownLogging();
        return code;
    }
    case qd::Options::Command::Backups: {
        QCoreApplication app(argc, argv);
        installTranslations(app, QString());
        qd::installLogging(QString(), options.verbose);
        // Ctrl+C cancels a long verification cleanly, pg_restore included.
        qd::UnixSignalWatcher unixSignals;
        QObject::connect(&unixSignals, &qd::UnixSignalWatcher::terminationRequested, &app,
                         [](int sig) { QCoreApplication::exit(128 + sig); });
        const int code = qd::runBackupsCommand(options);
        qd::shutdownLogging();
        return code;
    }
    case qd::Options::Command::RunbookLint:
    case qd::Options::Command::RunbookPlan: {
        QCoreApplication app(argc, argv);
        installTranslations(app, QString());
        qd::installLogging(QString(), options.verbose);
        const int code = options.command == qd::Options::Command::RunbookPlan ? qd::runRunbookPlan(options) : qd::runRunbookLint(options);
        qd::shutdownLogging();
        return code;
    }
    case qd::Options::Command::Incident: {
        // A PDF lays out text, and text needs fonts: a QGuiApplication, on
        // the offscreen platform so export works on a server without a display.
        std::unique_ptr<QCoreApplication> guiApp;
        if (options.incidentAction == u"export") {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            guiApp = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            guiApp = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *guiApp;
        installTranslations(app, QString());
        qd::installLogging(QString(), options.verbose);
        const int code = qd::runIncidentCommand(options);
        qd::shutdownLogging();
        return code;
    }
    case qd::Options::Command::Gui:
        break;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("quarterdeck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quarterdeck.svg")));
    installTranslations(app, options.lang);
    raiseFileLimit();
    const QString logDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
    qd::installLogging(logDir, options.verbose);

    qd::UnixSignalWatcher unixSignals;
    QObject::connect(&unixSignals, &qd::UnixSignalWatcher::terminationRequested, &app, [](int sig) {
        qInfo("terminating on signal %d", sig);
        QCoreApplication::quit();
    });

    int code = 1;
    {
        auto console = std::make_unique<qd::Application>(options);
        if (console->start())
            code = app.exec();
    }
    qd::shutdownLogging();
    return code;
}
