#pragma once

#include "profile.h"
#include "runbook.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace qd {

// The runbooks the console shows: the profile's, plus any the commander
// opened by hand. Parsed on the thread pool (a large document must not hold
// the window), watched on disk and read again when saved.
class RunbookLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunbookLibrary)
public:
    explicit RunbookLibrary(QObject *parent = nullptr);
    ~RunbookLibrary() override;

    // The profile's runbooks, bound to its backup sets.
    void setProfile(const Profile &profile);
    void open(const QString &path);   // a runbook opened from the menu or by drag
    const QList<Runbook> &runbooks() const { return m_runbooks; }

signals:
    // `errors`: files that could not be read and were never read before, as
    // "path: reason". A file read before and unreadable now keeps its last
    // good reading, marked (Runbook::unreadable).
    void runbooksChanged(const QList<qd::Runbook> &runbooks, const QStringList &errors);

private:
    struct Parsed
    {
        QStringList paths;             // in the order shown
        QHash<QString, Runbook> read;  // by path: the ones that could be read
        QHash<QString, QString> failed; // by path: why not
        QStringList errors;            // the rules file's
    };
    void reload();

    QStringList m_profilePaths;
    Profile m_profile;
    QStringList m_opened;
    QList<Runbook> m_runbooks;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QFutureWatcher<Parsed> m_future;
    bool m_again = false;
};

} // namespace qd
