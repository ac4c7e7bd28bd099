#include "backupinventory.h"

#include "backupmanifest.h"
#include "backupscanner.h"
#include "backupverifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent>

namespace qd {

bool BackupInventory::verify(Backup &b, BackupManifest *manifest, const std::atomic<bool> *cancel,
                             const std::function<void(qint64)> &progress)
{
    const BackupVerification v = BackupVerifier::verify(b.path, cancel, progress);
    if (v.cancelled)
        return false;
    b.verification = v.state;
    b.format = v.format;
    b.verificationReason = v.reason;
    b.sha256 = v.sha256;
    b.verifiedAt = QDateTime::currentDateTimeUtc();
    b.changedSinceVerified = false;
    if (manifest)
        manifest->record(b);
    return true;
}

bool BackupInventory::needsReading(const Backup &b, const Options &options)
{
    return options.recheck || (options.verify && b.verification == Backup::Verification::Unverified);
}

BackupInventory::Set BackupInventory::scan(const Profile &profile, const BackupSetSpec &spec, const BackupManifest *manifest)
{
    Set s;
    s.spec = spec;
    s.rpo = spec.rpo;
    if (s.rpo.count() < 0) {
        for (const Objective &o : profile.objectives)
            if (o.component == spec.component)
                s.rpo = o.rpo;
    }
    BackupScanner::Scan scan = BackupScanner::scan(spec);
    if (manifest)
        for (Backup &b : scan.backups)
            manifest->applyCached(b);
    std::sort(scan.backups.begin(), scan.backups.end(), [](const Backup &a, const Backup &b) { return a.timestamp > b.timestamp; });
    s.backups = scan.backups;
    s.unmatched = scan.unmatched;
    s.folderError = scan.folderError;
    return s;
}

void BackupInventory::analyze(Set &set, const QDateTime &now)
{
    set.analysis = BackupAnalyzer::analyze(set.spec, set.backups, set.rpo, now, set.folderError);
}

QList<BackupInventory::Set> BackupInventory::run(const Profile &profile, const QDateTime &now, const Options &options)
{
    QList<Set> sets;
    QList<Backup *> toRead;
    for (const BackupSetSpec &spec : profile.backups)
        sets.append(scan(profile, spec, options.manifest));
    for (Set &s : sets)
        for (Backup &b : s.backups)
            if (needsReading(b, options))
                toRead.append(&b);
    // One backup per pool thread: inflating and hashing are CPU-bound.
    QtConcurrent::blockingMap(toRead, [&options](Backup *b) { verify(*b, options.manifest, options.cancel); });
    for (Set &s : sets)
        analyze(s, now);
    return sets;
}

int BackupInventory::exitCode(const QList<Set> &sets)
{
    int code = AllFine;
    for (const Set &s : sets) {
        for (const BackupFinding &f : s.analysis.findings) {
            if (f.severity == BackupFinding::Severity::Critical)
                code = qMax(code, int(Critical));
            else if (f.severity == BackupFinding::Severity::Warning)
                code = qMax(code, int(Warnings));
        }
        // The newest backup corrupt is what a rollback would reach for first.
        if (s.analysis.newest >= 0 && s.backups[s.analysis.newest].verification == Backup::Verification::Corrupt)
            code = qMax(code, int(Critical));
    }
    return code;
}

QString BackupInventory::toText(const QList<Set> &sets, const QDateTime &now)
{
    QString out;
    const QLocale locale;
    for (const Set &s : sets) {
        out += s.spec.name + QStringLiteral("  ") + s.spec.folder;
        if (s.rpo.count() >= 0)
            out += tr("  (RPO %1)").arg(formatDuration(s.rpo));
        out += u'\n';
        for (int i = 0; i < s.backups.size(); ++i) {
            const Backup &b = s.backups[i];
            const bool newestGood = s.analysis.newestGood >= 0 && s.backups[s.analysis.newestGood].path == b.path;
            out += QStringLiteral("  %1 %2 %3 %4 %5 %6%7\n")
                       .arg(Backup::verificationKey(b.verification).toUpper().replace(u'_', u' '), -15)
                       .arg(b.timestamp.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                       .arg(formatAge(Millis(b.timestamp.msecsTo(now))), 8)
                       .arg(locale.formattedDataSize(b.size, 1, QLocale::DataSizeTraditionalFormat), 9)
                       .arg(b.format.isEmpty() ? QStringLiteral("-") : b.format, -22)
                       .arg(b.name, newestGood ? tr("  ← newest good") : QString());
            if (!b.verificationReason.isEmpty())
                out += QStringLiteral("      ") + b.verificationReason + u'\n';
        }
        for (const BackupFinding &f : s.analysis.findings) {
            const char *mark = f.severity == BackupFinding::Severity::Critical ? "!!" : f.severity == BackupFinding::Severity::Warning ? " !" : "  ";
            out += QStringLiteral("  %1 %2\n").arg(QLatin1String(mark), f.text);
        }
        out += u'\n';
    }
    if (sets.isEmpty())
        out += tr("The profile has no backup sets.\n");
    return out;
}

QByteArray BackupInventory::toJson(const QList<Set> &sets, const QDateTime &now)
{
    QJsonArray jsets;
    for (const Set &s : sets) {
        QJsonArray backups;
        for (const Backup &b : s.backups) {
            QJsonObject o{{QStringLiteral("name"), b.name},
                          {QStringLiteral("path"), b.path},
                          {QStringLiteral("folder"), b.isFolder},
                          {QStringLiteral("size"), double(b.size)},
                          {QStringLiteral("timestamp"), b.timestamp.toString(Qt::ISODate)},
                          {QStringLiteral("timestamp_from_name"), b.timestampFromName},
                          {QStringLiteral("age_s"), double(b.timestamp.msecsTo(now)) / 1000.0},
                          {QStringLiteral("verification"), Backup::verificationKey(b.verification)}};
            if (!b.verificationReason.isEmpty())
                o.insert(QStringLiteral("reason"), b.verificationReason);
            if (!b.format.isEmpty())
                o.insert(QStringLiteral("format"), b.format);
            if (!b.sha256.isEmpty())
                o.insert(QStringLiteral("sha256"), QString::fromLatin1(b.sha256));
            if (b.verifiedAt.isValid())
                o.insert(QStringLiteral("verified_at"), b.verifiedAt.toString(Qt::ISODate));
            if (b.changedSinceVerified)
                o.insert(QStringLiteral("changed_since_verified"), true);
            backups.append(o);
        }
        QJsonArray findings;
        for (const BackupFinding &f : s.analysis.findings) {
            findings.append(QJsonObject{{QStringLiteral("kind"), BackupFinding::key(f.kind)},
                                        {QStringLiteral("severity"), f.severity == BackupFinding::Severity::Critical ? QStringLiteral("critical")
                                                                     : f.severity == BackupFinding::Severity::Warning ? QStringLiteral("warning")
                                                                                                                       : QStringLiteral("info")},
                                        {QStringLiteral("backup"), f.backup},
                                        {QStringLiteral("text"), f.text}});
        }
        QJsonObject o{{QStringLiteral("name"), s.spec.name},
                      {QStringLiteral("folder"), s.spec.folder},
                      {QStringLiteral("component"), s.spec.component},
                      {QStringLiteral("backups"), backups},
                      {QStringLiteral("findings"), findings}};
        o.insert(QStringLiteral("rpo_s"), s.rpo.count() >= 0 ? QJsonValue(double(s.rpo.count()) / 1000.0) : QJsonValue());
        o.insert(QStringLiteral("newest_good"), s.analysis.newestGood >= 0 ? QJsonValue(s.backups[s.analysis.newestGood].name) : QJsonValue());
        o.insert(QStringLiteral("newest_good_age_s"),
                 s.analysis.newestGood >= 0 ? QJsonValue(double(s.analysis.newestGoodAge.count()) / 1000.0) : QJsonValue());
        if (!s.folderError.isEmpty())
            o.insert(QStringLiteral("error"), s.folderError);
        jsets.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("checked_at"), now.toString(Qt::ISODate)},
                                     {QStringLiteral("sets"), jsets},
                                     {QStringLiteral("exit_code"), exitCode(sets)}})
        .toJson(QJsonDocument::Indented);
}

} // namespace qd
