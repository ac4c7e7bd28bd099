#include "logging.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace qd {

namespace {

std::shared_ptr<spdlog::logger> g_logger;

void forward(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (!g_logger)
        return;
    spdlog::level::level_enum lvl = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        lvl = spdlog::level::debug;
        break;
    case QtInfoMsg:
        lvl = spdlog::level::info;
        break;
    case QtWarningMsg:
        lvl = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        lvl = spdlog::level::err;
        break;
    case QtFatalMsg:
        lvl = spdlog::level::critical;
        break;
    }
    const char *category = ctx.category ? ctx.category : "default";
    g_logger->log(lvl, "[{}] {}", category, msg.toStdString());
    if (type == QtFatalMsg) {
        g_logger->flush();
        std::abort();
    }
}

} // namespace

QString installLogging(const QString &logDir, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    // stderr is for the person at the terminal: warnings unless asked for more.
    err->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    sinks.push_back(err);

    QString file;
    if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
        file = QDir(logDir).filePath(QStringLiteral("quarterdeck.log"));
        try {
            auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 3);
            rotating->set_level(spdlog::level::debug);
            sinks.push_back(rotating);
        } catch (const spdlog::spdlog_ex &) {
            file.clear();
        }
    }
    g_logger = std::make_shared<spdlog::logger>("quarterdeck", sinks.begin(), sinks.end());
    g_logger->set_level(spdlog::level::debug);
    g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
    g_logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(g_logger);
    // Info lines (state changes) reach the file within a second even if the
    // process is killed hard; warnings are flushed at once.
    spdlog::flush_every(std::chrono::seconds(1));
    qInstallMessageHandler(forward);
    return file;
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
    spdlog::shutdown();
}

} // namespace qd
