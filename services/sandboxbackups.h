#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace qd {

// The sandbox's backup folders: real gzip'd SQL dumps of a made-up trading
// database, as a nightly job and a frequent one would leave them, one of them
// corrupted on purpose. A "backup job" adds a new dump whenever one is due, so
// a sandbox left running keeps meeting its RPO; drills damage or delete the
// newest. Blocking file work: the sandbox thread calls it.
class SandboxBackups
{
    Q_DECLARE_TR_FUNCTIONS(qd::SandboxBackups)
public:
    explicit SandboxBackups(const QString &root);

    // Writes the history up to `now` (and damages the one planned corrupt).
    bool populate(const QDateTime &now, QString *error);
    // Adds a dump to every set whose newest is an interval old; how many were written.
    int runDueJobs(const QDateTime &now);
    // Writes a fresh dump now to every set (heal).
    void backUpNow(const QDateTime &now);
    // Drills on the newest dump of the market-data set; a sentence for the
    // timeline, or empty when there is no backup to damage.
    QString corruptNewest();
    QString deleteNewest();

    struct SetInfo
    {
        const char *folder;
        const char *prefix;
        int intervalMinutes;
        int history;          // how many dumps populate() writes
        int rowsPerDump;
    };

private:
    bool writeDump(const SetInfo &set, const QDateTime &t, QString *error = nullptr);
    QString newestPath(const SetInfo &set) const;

    QString m_root;
    // The schedule slot each set last wrote, so a deleted dump stays deleted
    // until the next slot comes round.
    qint64 m_lastSlot[2] = {0, 0};
};

} // namespace qd
