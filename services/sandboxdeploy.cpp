#include "sandboxdeploy.h"

#include "logcategories.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>

namespace qd {

namespace {

bool writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
        return false;
    if (executable)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                        | QFile::ReadOther | QFile::ExeOther);
    return true;
}

// What `service trade stop` does on a host, here: a file the sandbox reads.
const QByteArray kServiceScript = R"SH(#!/bin/bash
# The sandbox's `service`: stops and starts a sandbox service the way the
# service command would on a real host (the sandbox reads run/NAME.stopped).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: service NAME start|stop|status}"
case "${2:-}" in
  stop)   mkdir -p run && touch "run/$name.stopped" && echo "$name stopped" ;;
  start)  rm -f "run/$name.stopped" && echo "$name started, version $(cat "deploy/$name/VERSION" 2>/dev/null || echo unknown)" ;;
  status) [ -e "run/$name.stopped" ] && echo "$name is stopped" || echo "$name is running, version $(cat "deploy/$name/VERSION" 2>/dev/null || echo unknown)" ;;
  *)      echo "usage: service NAME start|stop|status" >&2; exit 64 ;;
esac
)SH";

// Restores a market-data dump: checked first, then unpacked into data/.
const QByteArray kRestoreScript = R"SH(#!/bin/bash
# The sandbox's restore: checks the dump, then puts it in place of the
# market data (data/market-data.sql), as a real restore would the database.
set -euo pipefail
backup="$(realpath "${1:?usage: restore-from-backup.sh BACKUP.sql.gz}")"
cd "$(dirname "$0")/.."
gzip -t "$backup"
mkdir -p data
gunzip -c "$backup" > data/market-data.sql.tmp
mv data/market-data.sql.tmp data/market-data.sql
echo "restored $(basename "$backup"): $(wc -l < data/market-data.sql) lines"
)SH";

} // namespace

SandboxDeploy::SandboxDeploy(QString folder)
    : m_folder(std::move(folder))
    , m_repo(QDir(m_folder).filePath(QStringLiteral("deploy/") + QLatin1String(kService)))
{
}

bool SandboxDeploy::git(const QStringList &args, QString *error) const
{
    QProcess p;
    p.setWorkingDirectory(m_repo);
    p.setProcessChannelMode(QProcess::MergedChannels);
    // Its own identity and no user configuration: the sandbox must not
    // depend on (or touch) the commander's git settings.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), m_folder);
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("sandbox deploy"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("deploy@sandbox.invalid"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("sandbox deploy"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("deploy@sandbox.invalid"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = p.error() == QProcess::FailedToStart ? tr("git is not installed") : QString::fromUtf8(p.readAll()).trimmed();
        return false;
    }
    return true;
}

bool SandboxDeploy::commitVersion(const QString &version, const QString &message, QString *error)
{
    if (!writeFile(QDir(m_repo).filePath(QStringLiteral("VERSION")), version.toUtf8() + '\n')) {
        *error = tr("cannot write %1/VERSION").arg(m_repo);
        return false;
    }
    return git({QStringLiteral("add"), QStringLiteral("VERSION")}, error)
           && git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}, error);
}

bool SandboxDeploy::create(QString *error)
{
    const QDir dir(m_folder);
    if (!dir.mkpath(QStringLiteral("scripts")) || !dir.mkpath(m_repo)
        || !writeFile(dir.filePath(QStringLiteral("scripts/service")), kServiceScript, true)
        || !writeFile(dir.filePath(QStringLiteral("scripts/restore-from-backup.sh")), kRestoreScript, true)) {
        *error = tr("cannot write the sandbox's scripts in %1").arg(m_folder);
        return false;
    }
    if (!git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}, error)
        || !commitVersion(QLatin1String(kGoodVersion), QStringLiteral("trade 2.4.0: order router as released"), error))
        return false;
    m_ready = true;
    return true;
}

QString SandboxDeploy::deployBad()
{
    if (!m_ready)
        return tr("Drill: the deploy drill needs git, which did not work here");
    QString error;
    if (!commitVersion(QLatin1String(kBadVersion), QStringLiteral("trade 2.4.1: new order router"), &error))
        return tr("Drill: the bad deploy failed: %1").arg(error);
    qCInfo(lcSandbox) << "drill: trade 2.4.1 deployed";
    return tr("Drill: trade 2.4.1 deployed; it answers 503. Roll it back with the runbook's Bad Deploy Rollback (Ctrl+G).");
}

void SandboxDeploy::heal()
{
    QFile::remove(QDir(m_folder).filePath(QStringLiteral("run/") + QLatin1String(kService) + QStringLiteral(".stopped")));
    if (!m_ready || version() == QLatin1String(kGoodVersion))
        return;
    QString error;
    // Back on the branch (a rollback leaves HEAD detached), then the good version.
    git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}, &error);
    if (version() != QLatin1String(kGoodVersion))
        commitVersion(QLatin1String(kGoodVersion), QStringLiteral("trade 2.4.0 again"), &error);
}

QString SandboxDeploy::version() const
{
    QFile f(QDir(m_repo).filePath(QStringLiteral("VERSION")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

SandboxDeploy::State SandboxDeploy::state() const
{
    if (QFile::exists(QDir(m_folder).filePath(QStringLiteral("run/") + QLatin1String(kService) + QStringLiteral(".stopped"))))
        return State::Stopped;
    return m_ready && version() == QLatin1String(kBadVersion) ? State::Bad : State::Running;
}

} // namespace qd
