#pragma once

#include "profile.h"
#include "profileerror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace qd {

// Loads a profile and reloads it whenever the file changes on disk. A broken
// edit is reported and the last good profile stays in force.
class ProfileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileWatcher)
public:
    explicit ProfileWatcher(QObject *parent = nullptr);

    // Loads now; returns false (and emits profileRejected) when the file is invalid.
    bool load(const QString &path);
    void reload();            // read and parse again, even if the file looks unchanged
    QString path() const { return m_path; }
    const std::optional<Profile> &current() const { return m_current; }
    const QList<ProfileError> &lastErrors() const { return m_errors; }
    void setDebounce(int ms) { m_debounceMs = ms; }

signals:
    void profileLoaded(const qd::Profile &profile);
    void profileRejected(const QList<qd::ProfileError> &errors, bool keptPrevious);

private:
    void onChanged();
    void reloadIfChanged(bool force = false);
    void watch();

    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
    int m_debounceMs = 250;
    QString m_path;
    QByteArray m_lastContent;
    std::optional<Profile> m_current;
    QList<ProfileError> m_errors;
};

} // namespace qd
