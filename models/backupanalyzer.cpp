#include "backupanalyzer.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace qd {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

BackupAnalyzer::Result BackupAnalyzer::analyze(const BackupSetSpec &spec, const QList<Backup> &backups, Millis rpo,
                                               const QDateTime &now, const QString &folderError)
{
    Result r;
    const auto add = [&r](BackupFinding::Kind k, BackupFinding::Severity s, const QString &backup, const QString &text) {
        r.findings.append({k, s, backup, text});
    };
    if (!folderError.isEmpty()) {
        add(BackupFinding::Kind::CouldNotCheck, BackupFinding::Severity::Critical, QString(),
            tr("could not check %1: %2").arg(spec.name, folderError));
        return r;
    }

    // Oldest first, by the time each backup stands for.
    QList<int> order(backups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&backups](int a, int b) { return backups[a].timestamp < backups[b].timestamp; });

    QList<int> pastRetention;   // oldest first
    for (int k = 0; k < order.size(); ++k) {
        const Backup &b = backups[order[k]];
        if (now.msecsTo(b.timestamp) > kFutureToleranceMs) {
            add(BackupFinding::Kind::FutureTimestamp, BackupFinding::Severity::Warning, b.name,
                tr("%1 is stamped %2 in the future; it is not counted as a backup").arg(b.name, formatAge(Millis(now.msecsTo(b.timestamp)))));
            continue;
        }
        if (r.newest < 0 || b.timestamp >= backups[r.newest].timestamp)
            r.newest = order[k];
        if (b.couldBeGood() && (r.newestGood < 0 || b.timestamp >= backups[r.newestGood].timestamp))
            r.newestGood = order[k];
        if (!b.timestampFromName)
            add(BackupFinding::Kind::TimestampFromMtime, BackupFinding::Severity::Info, b.name,
                tr("%1 has no timestamp in its name; its age comes from the file's modification time").arg(b.name));
        if (b.size == 0 && b.verification != Backup::Verification::CouldNotCheck)
            add(BackupFinding::Kind::Empty, BackupFinding::Severity::Warning, b.name, tr("%1 is empty").arg(b.name));
        if (b.verification == Backup::Verification::CouldNotCheck)
            add(BackupFinding::Kind::CouldNotCheck, BackupFinding::Severity::Warning, b.name,
                tr("%1 could not be checked: %2").arg(b.name, b.verificationReason));
        if (spec.retention.count() >= 0 && b.timestamp.msecsTo(now) > spec.retention.count())
            pastRetention.append(order[k]);
        // Much smaller than the median of up to two neighbours on each side.
        if (b.size > 0 && order.size() >= 3) {
            QList<qint64> sizes;
            for (int n = qMax(0, k - 2); n <= qMin(int(order.size()) - 1, k + 2); ++n)
                if (n != k && backups[order[n]].size > 0)
                    sizes.append(backups[order[n]].size);
            if (sizes.size() >= 2) {
                std::sort(sizes.begin(), sizes.end());
                const qint64 median = sizes[sizes.size() / 2];
                if (double(b.size) < kMuchSmallerRatio * double(median))
                    add(BackupFinding::Kind::MuchSmaller, BackupFinding::Severity::Warning, b.name,
                        tr("%1 is %2, much smaller than its neighbours (about %3): a dump that succeeded with nothing in it?")
                            .arg(b.name, sizeText(b.size), sizeText(median)));
            }
        }
    }

    // One finding for all of them: a cleanup job that stopped leaves dozens.
    if (!pastRetention.isEmpty()) {
        const Backup &oldest = backups[pastRetention.first()];
        const QString age = formatAge(Millis(oldest.timestamp.msecsTo(now)));
        add(BackupFinding::Kind::PastRetention, BackupFinding::Severity::Info, oldest.name,
            pastRetention.size() == 1
                ? tr("%1 is %2 old, past the retention of %3").arg(oldest.name, age, formatDuration(spec.retention))
                : tr("%n backup(s) are past the retention of %1; the oldest, %2, is %3 old", nullptr, int(pastRetention.size()))
                      .arg(formatDuration(spec.retention), oldest.name, age));
    }

    // The newest corrupt is what a rollback would reach for first: critical.
    for (int i = 0; i < backups.size(); ++i) {
        const Backup &b = backups[i];
        if (b.verification == Backup::Verification::Corrupt)
            add(BackupFinding::Kind::Corrupt, i == r.newest ? BackupFinding::Severity::Critical : BackupFinding::Severity::Warning,
                b.name, tr("%1 is corrupt: %2").arg(b.name, b.verificationReason));
        else if (b.changedSinceVerified)
            add(BackupFinding::Kind::ChangedSinceVerified, BackupFinding::Severity::Warning, b.name,
                tr("%1 has changed since it was first verified; a backup should never change").arg(b.name));
    }

    // Gaps: between consecutive backups, and from the newest to now.
    if (spec.interval.count() > 0) {
        const qint64 allowed = qint64(double(spec.interval.count()) * kScheduleSlack);
        for (int k = 1; k < order.size(); ++k) {
            const Backup &a = backups[order[k - 1]];
            const Backup &b = backups[order[k]];
            const qint64 gap = a.timestamp.msecsTo(b.timestamp);
            if (gap > allowed)
                add(BackupFinding::Kind::MissedSchedule, BackupFinding::Severity::Warning, b.name,
                    tr("%1 between %2 and %3, for a backup every %4").arg(formatDuration(Millis(gap)), a.name, b.name,
                                                                          formatDuration(spec.interval)));
        }
        if (r.newest >= 0) {
            const qint64 since = backups[r.newest].timestamp.msecsTo(now);
            if (since > allowed)
                add(BackupFinding::Kind::MissedSchedule, BackupFinding::Severity::Warning, QString(),
                    tr("no backup for %1, for a backup every %2").arg(formatAge(Millis(since)), formatDuration(spec.interval)));
        }
    }

    if (r.newestGood < 0) {
        add(BackupFinding::Kind::NoGoodBackup, BackupFinding::Severity::Critical, QString(),
            backups.isEmpty() ? tr("no backup of %1 at all").arg(spec.name) : tr("no good backup of %1: every one is empty or corrupt").arg(spec.name));
    } else {
        r.newestGoodAge = Millis(qMax<qint64>(0, backups[r.newestGood].timestamp.msecsTo(now)));
        if (rpo.count() >= 0 && r.newestGoodAge > rpo)
            add(BackupFinding::Kind::RpoBreached, BackupFinding::Severity::Critical, backups[r.newestGood].name,
                tr("the newest good backup of %1 is %2 old; the RPO is %3").arg(spec.name, formatAge(r.newestGoodAge),
                                                                               formatDuration(rpo)));
    }
    return r;
}

} // namespace qd
