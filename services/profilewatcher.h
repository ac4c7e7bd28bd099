#pragma once

#include "profile.h"
#include "profileerror.h"
#include "profileparser.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <optional>

class QFileSystemWatcher;
class QTimer;
template <typename T>
class QFutureWatcher;

namespace qd {

// Loads a profile and reloads it whenever the file changes on disk. Reading and
// parsing run on the thread pool (a large profile or a slow disk must not
// freeze the dashboard); the results come back as signals. A broken edit, or
// opening a broken file, is reported and the last good profile stays in force.
class ProfileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileWatcher)
public:
    explicit ProfileWatcher(QObject *parent = nullptr);
    ~ProfileWatcher() override;

    void load(const QString &path);   // answers with profileLoaded or profileRejected
    void reload();                    // read and parse again, even if the file looks unchanged
    QString path() const { return m_path; }
    const std::optional<Profile> &current() const { return m_current; }
    const QList<ProfileError> &lastErrors() const { return m_errors; }
    void setDebounce(int ms) { m_debounceMs = ms; }

signals:
    void profileLoaded(const qd::Profile &profile);
    // keptPrevious: a good profile is still in force (and still watched).
    void profileRejected(const QList<qd::ProfileError> &errors, bool keptPrevious);

private:
    struct Request
    {
        QString path;
        bool force = false;
        bool switching = false;   // a different file than the one in force
    };
    struct Parsed
    {
        Request request;
        bool unchanged = false;
        QByteArray content;
        ProfileParser::Result result;
    };

    void request(const Request &r);
    void start(const Request &r);
    void onParsed();
    void onChanged();
    void watch();

    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
    QFutureWatcher<Parsed> *m_job;
    std::optional<Request> m_queued;   // arrived while a parse was running
    int m_debounceMs = 250;
    QString m_path;
    QByteArray m_lastContent;
    std::optional<Profile> m_current;
    QList<ProfileError> m_errors;
};

} // namespace qd
