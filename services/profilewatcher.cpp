#include "profilewatcher.h"

#include "logcategories.h"
#include "profileparser.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace qd {

ProfileWatcher::ProfileWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    qRegisterMetaType<qd::Profile>();
    qRegisterMetaType<QList<qd::ProfileError>>();
    m_debounce->setSingleShot(true);
    // Editors save in bursts (truncate, write, rename); wait for the burst to end.
    connect(m_debounce, &QTimer::timeout, this, [this] { reloadIfChanged(); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ProfileWatcher::onChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ProfileWatcher::onChanged);
}

bool ProfileWatcher::load(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_path = QFileInfo(path).absoluteFilePath();
    m_current.reset();
    m_lastContent.clear();
    watch();
    reload();
    return m_current.has_value() && m_errors.isEmpty();
}

void ProfileWatcher::watch()
{
    // Watching the folder too catches editors that save by writing a new file
    // and renaming it over the old one, which drops the file watch.
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void ProfileWatcher::onChanged()
{
    watch();
    m_debounce->start(m_debounceMs);
}

void ProfileWatcher::reload()
{
    reloadIfChanged(true);
}

void ProfileWatcher::reloadIfChanged(bool force)
{
    QFile f(m_path);
    QByteArray content;
    if (f.open(QIODevice::ReadOnly))
        content = f.readAll();
    else if (m_current)
        content = QByteArrayLiteral("\x01unreadable");
    if (!force && m_current && content == m_lastContent)
        return; // a touch or a folder change that did not alter the profile
    m_lastContent = content;

    const ProfileParser::Result r = ProfileParser::parseFile(m_path);
    if (r.ok()) {
        m_errors.clear();
        m_current = r.profile;
        qCInfo(lcProfile).noquote() << "loaded" << m_path << "with" << r.profile->services.size() << "services";
        emit profileLoaded(*r.profile);
        return;
    }
    m_errors = r.errors;
    for (const ProfileError &e : r.errors)
        qCWarning(lcProfile).noquote() << e.toString();
    emit profileRejected(r.errors, m_current.has_value());
}

} // namespace qd
