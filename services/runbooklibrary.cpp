#include "runbooklibrary.h"

#include "runbookbinder.h"
#include "runbookparser.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace qd {

RunbookLibrary::RunbookLibrary(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    // Editors save by writing a new file and renaming it: let that settle.
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &RunbookLibrary::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(&m_future, &QFutureWatcherBase::finished, this, [this] {
        const Parsed p = m_future.result();
        QList<Runbook> runbooks;
        QStringList errors = p.errors;
        for (const QString &path : p.paths) {
            if (const auto it = p.read.constFind(path); it != p.read.cend()) {
                runbooks.append(*it);
                continue;
            }
            const auto last = std::find_if(m_runbooks.cbegin(), m_runbooks.cend(), [&](const Runbook &rb) { return rb.path == path; });
            if (last == m_runbooks.cend()) {
                errors.append(p.failed.value(path));
                continue;
            }
            Runbook kept = *last;
            kept.unreadable = p.failed.value(path);
            runbooks.append(kept);
        }
        m_runbooks = runbooks;
        emit runbooksChanged(m_runbooks, errors);
        if (m_again) {
            m_again = false;
            reload();
        }
    });
}

RunbookLibrary::~RunbookLibrary()
{
    m_future.waitForFinished();
}

void RunbookLibrary::setProfile(const Profile &profile)
{
    m_profile = profile;
    m_profilePaths = profile.runbooks;
    reload();
}

void RunbookLibrary::open(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (!m_opened.contains(abs) && !m_profilePaths.contains(abs))
        m_opened.append(abs);
    reload();
}

void RunbookLibrary::reload()
{
    if (m_future.isRunning()) {
        m_again = true;
        return;
    }
    QStringList paths = m_profilePaths;
    for (const QString &p : std::as_const(m_opened))
        if (!paths.contains(p))
            paths.append(p);
    // Watch the files, and their folders for files that appear after a rename.
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    QStringList folders;
    for (const QString &p : std::as_const(paths)) {
        if (QFileInfo::exists(p))
            m_watcher->addPath(p);
        const QString folder = QFileInfo(p).absolutePath();
        if (!folders.contains(folder) && QFileInfo::exists(folder))
            folders.append(folder);
    }
    if (!folders.isEmpty())
        m_watcher->addPaths(folders);
    m_future.setFuture(QtConcurrent::run([paths, profile = m_profile] {
        Parsed out;
        const RunbookParser parser(DestructiveClassifier::withUserRules(&out.errors));
        out.paths = paths;
        for (const QString &p : paths) {
            RunbookParser::Result r = parser.parseFile(p);
            RunbookBinder::bind(r.runbook, profile);
            if (r.ok()) {
                out.read.insert(p, r.runbook);
            } else {
                out.failed.insert(p, r.error);
            }
        }
        return out;
    }));
}

} // namespace qd
