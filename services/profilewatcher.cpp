#include "profilewatcher.h"

#include "logcategories.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace qd {

ProfileWatcher::ProfileWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
    , m_job(new QFutureWatcher<Parsed>(this))
{
    qRegisterMetaType<qd::Profile>();
    qRegisterMetaType<QList<qd::ProfileError>>();
    m_debounce->setSingleShot(true);
    // Editors save in bursts (truncate, write, rename); wait for the burst to end.
    connect(m_debounce, &QTimer::timeout, this, [this] { request({m_path, false, false}); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ProfileWatcher::onChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ProfileWatcher::onChanged);
    connect(m_job, &QFutureWatcher<Parsed>::finished, this, &ProfileWatcher::onParsed);
}

ProfileWatcher::~ProfileWatcher()
{
    // A parse still running finishes on the pool and its result is dropped.
    m_job->disconnect(this);
}

void ProfileWatcher::load(const QString &path)
{
    request({QFileInfo(path).absoluteFilePath(), true, true});
}

void ProfileWatcher::reload()
{
    if (!m_path.isEmpty())
        request({m_path, true, false});
}

void ProfileWatcher::request(const Request &r)
{
    if (!m_job->isFinished()) {
        // One parse at a time; the newest request wins, but a switch to
        // another file is never replaced by a reload of the old one.
        if (!m_queued || r.switching || !m_queued->switching)
            m_queued = r;
        return;
    }
    start(r);
}

void ProfileWatcher::start(const Request &r)
{
    const QByteArray known = (r.force || r.switching) ? QByteArray() : m_lastContent;
    m_job->setFuture(QtConcurrent::run([r, known] {
        Parsed p;
        p.request = r;
        p.result = ProfileParser::parseFile(r.path, &p.content);
        // A touch or a change elsewhere in the folder that left the profile as it was.
        p.unchanged = !known.isEmpty() && p.content == known;
        return p;
    }));
}

void ProfileWatcher::onParsed()
{
    const Parsed p = m_job->result();
    const ProfileParser::Result &r = p.result;

    if (p.request.switching && (r.ok() || !m_current)) {
        // Move the watch to the new file: either it is good, or there is
        // nothing good to keep and a fix of the new file should load by itself.
        if (!m_watcher->files().isEmpty())
            m_watcher->removePaths(m_watcher->files());
        if (!m_watcher->directories().isEmpty())
            m_watcher->removePaths(m_watcher->directories());
        m_path = p.request.path;
        watch();
    }

    if (!p.unchanged && (p.request.switching ? (r.ok() || !m_current) : p.request.path == m_path)) {
        if (r.ok()) {
            m_errors.clear();
            m_current = r.profile;
            m_lastContent = p.content;
            qCInfo(lcProfile).noquote() << "loaded" << p.request.path << "with" << r.profile->services.size() << "services";
            emit profileLoaded(*r.profile);
        } else {
            m_errors = r.errors;
            m_lastContent = p.content;
            for (const ProfileError &e : r.errors)
                qCWarning(lcProfile).noquote() << e.toString();
            emit profileRejected(r.errors, m_current.has_value());
        }
    } else if (p.request.switching && !r.ok()) {
        // Opening another file failed: say so, and keep running (and watching) the good one.
        for (const ProfileError &e : r.errors)
            qCWarning(lcProfile).noquote() << e.toString();
        emit profileRejected(r.errors, true);
    }

    if (m_queued) {
        const Request next = *m_queued;
        m_queued.reset();
        start(next);
    }
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

} // namespace qd
