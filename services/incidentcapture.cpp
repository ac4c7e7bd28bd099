#include "incidentcapture.h"

#include <QJsonArray>

#include "clock.h"

namespace qd {

namespace {

// The findings a commander needs to hear about mid-incident: can we restore,
// and how much would we lose. Schedule gaps, retention and odd sizes stay on
// the Backups tab; on a timeline they would be noise.
bool isReported(BackupFinding::Kind k)
{
    switch (k) {
    case BackupFinding::Kind::RpoBreached:
    case BackupFinding::Kind::NoGoodBackup:
    case BackupFinding::Kind::Corrupt:
    case BackupFinding::Kind::Empty:
    case BackupFinding::Kind::ChangedSinceVerified:
    case BackupFinding::Kind::CouldNotCheck:
        return true;
    default:
        return false;
    }
}

QString severityKey(BackupFinding::Severity s)
{
    switch (s) {
    case BackupFinding::Severity::Critical:
        return QStringLiteral("critical");
    case BackupFinding::Severity::Warning:
        return QStringLiteral("warning");
    case BackupFinding::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

// The RPO finding names the newest good backup, which changes with every new
// backup while the breach goes on: the set, not the backup, is what breaches.
QString findingId(const BackupFinding &f)
{
    if (f.kind == BackupFinding::Kind::RpoBreached || f.kind == BackupFinding::Kind::NoGoodBackup)
        return BackupFinding::key(f.kind);
    return QString(BackupFinding::key(f.kind) + u'|' + f.backup);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

qint64 seconds(Millis d)
{
    return std::chrono::duration_cast<std::chrono::seconds>(d).count();
}

} // namespace

IncidentCapture::IncidentCapture(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

void IncidentCapture::setOpenIncidents(const QList<Incident> &incidents)
{
    // The service announces every incident; only the open ones collect.
    m_open.clear();
    for (const Incident &i : incidents) {
        if (!i.open())
            continue;
        m_open.append(i.id);
        if (m_seen.contains(i.id))
            continue;
        m_seen.insert(i.id);
        // Declared just now (here or from a terminal): what backups there
        // are is recorded with it. One declared long ago is not re-recorded
        // each time a console starts.
        if (!m_clock || !i.declaredAt.isValid() || i.declaredAt.secsTo(m_clock->now()) > 600)
            continue;
        if (m_hasInventory)
            snapshot(i.id);
        else
            m_awaitingInventory.append(i.id);
    }
}

void IncidentCapture::snapshot(const QUuid &incident)
{
    // At most this many good backups per set: enough to find the newest
    // before any plausible start time, small enough for one event.
    constexpr int kPerSet = 48;
    QJsonArray sets;
    QStringList said;
    for (const BackupSetStatus &set : std::as_const(m_inventory)) {
        QJsonArray good;
        const Backup *newest = nullptr;
        for (const Backup &b : set.backups) {   // newest first
            if (!b.couldBeGood() || !b.timestamp.isValid())
                continue;
            if (!newest)
                newest = &b;
            good.append(QJsonObject{{QStringLiteral("name"), b.name},
                                    {QStringLiteral("time"), b.timestamp.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("verified"), b.verification == Backup::Verification::Ok}});
            if (good.size() >= kPerSet)
                break;
        }
        sets.append(QJsonObject{{QStringLiteral("name"), set.spec.name},
                                {QStringLiteral("component"), set.spec.component},
                                {QStringLiteral("rpoMs"), double(set.spec.rpo.count())},
                                {QStringLiteral("good"), good}});
        said << (newest ? tr("%1: newest good %2 UTC%3")
                              .arg(set.spec.name, newest->timestamp.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   newest->verification == Backup::Verification::Ok ? tr(" (verified)") : QString())
                        : tr("%1: none that could restore").arg(set.spec.name));
    }
    if (sets.isEmpty())
        return;
    TimelineEvent e;
    e.incidentId = incident;
    e.kind = QStringLiteral("backup-snapshot");
    e.actor = QStringLiteral("console");
    e.text = tr("Backups at declaration: %1").arg(said.join(QStringLiteral("; ")));
    e.data = QJsonObject{{QStringLiteral("sets"), sets}};
    emit eventReady(e);
}

void IncidentCapture::publish(TimelineEvent e)
{
    if (e.occurredAt.isValid())
        e.occurredAt = e.occurredAt.toUTC();
    // Every open incident: a change may matter to any of them.
    for (const QUuid &incident : std::as_const(m_open)) {
        e.incidentId = incident;
        emit eventReady(e);
    }
}

void IncidentCapture::applyStatuses(const QList<ServiceStatus> &statuses)
{
    for (const ServiceStatus &s : statuses) {
        const auto last = m_last.constFind(s.name);
        const ServiceState before = last == m_last.cend() ? ServiceState::Unknown : *last;
        m_last.insert(s.name, s.state);
        if (before == s.state || before == ServiceState::Unknown)
            continue;
        TimelineEvent e;
        e.kind = QStringLiteral("service-state");
        e.actor = QStringLiteral("probe");
        e.occurredAt = s.lastChange;
        e.text = tr("%1: %2 → %3%4")
                     .arg(s.name, serviceStateName(before), serviceStateName(s.state),
                          s.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.message));
        e.data = QJsonObject{{QStringLiteral("service"), s.name},
                             {QStringLiteral("from"), serviceStateKey(before)},
                             {QStringLiteral("to"), serviceStateKey(s.state)},
                             {QStringLiteral("message"), s.message}};
        publish(e);
    }
}

void IncidentCapture::setHeartbeats(const QList<HeartbeatSpec> &specs)
{
    const QDateTime now = m_clock->now();
    QHash<QString, Heartbeat> next;
    for (const HeartbeatSpec &spec : specs) {
        Heartbeat h;
        const auto old = m_heartbeats.constFind(spec.name);
        // Same file: keep the last beat, but judge it again silently, so new
        // thresholds are not reported as the heartbeat going stale.
        if (old != m_heartbeats.cend() && old->spec.path == spec.path) {
            h = *old;
            h.baselined = false;
        }
        h.spec = spec;
        judgeHeartbeat(h, now, false);
        next.insert(spec.name, h);
    }
    m_heartbeats = next;
}

void IncidentCapture::applyHeartbeats(const QList<HeartbeatStatus> &statuses)
{
    const QDateTime now = m_clock->now();
    for (const HeartbeatStatus &st : statuses) {
        const auto h = m_heartbeats.find(st.name);
        // Not in the profile (yet): the monitor sends every beat again after
        // its own setHeartbeats, so nothing is lost by dropping it.
        if (h == m_heartbeats.end())
            continue;
        h->status = st;
        h->hasStatus = true;
        judgeHeartbeat(*h, now, true);
    }
}

void IncidentCapture::tick()
{
    const QDateTime now = m_clock->now();
    for (Heartbeat &h : m_heartbeats)
        judgeHeartbeat(h, now, true);
}

void IncidentCapture::judgeHeartbeat(Heartbeat &h, const QDateTime &now, bool report)
{
    if (!h.hasStatus)
        return;
    // Warn and critical are one state here: "stale" is what a commander
    // acts on, and a second event at the critical threshold would be noise.
    const HeartbeatLevel level = h.status.level(h.spec, now);
    QString state = QStringLiteral("unknown");
    if (level == HeartbeatLevel::Fresh)
        state = QStringLiteral("fresh");
    else if (level == HeartbeatLevel::Warn || level == HeartbeatLevel::Critical)
        state = QStringLiteral("stale");
    const QString before = h.state;
    const bool first = !h.baselined;
    h.state = state;
    h.baselined = true;
    if (first || !report || before == state)
        return;

    const HeartbeatStatus &st = h.status;
    const Millis age = st.age(now);
    TimelineEvent e;
    e.kind = QStringLiteral("heartbeat");
    e.actor = QStringLiteral("probe");
    QJsonObject data{{QStringLiteral("name"), h.spec.name},
                     {QStringLiteral("component"), h.spec.component},
                     {QStringLiteral("from"), before},
                     {QStringLiteral("to"), state},
                     {QStringLiteral("level"), heartbeatLevelKey(level)},
                     {QStringLiteral("limitSeconds"), seconds(h.spec.warnAfter)},
                     {QStringLiteral("path"), h.spec.path}};
    if (st.lastBeat.isValid()) {
        data.insert(QStringLiteral("lastBeat"), iso(st.lastBeat));
        data.insert(QStringLiteral("ageSeconds"), seconds(age));
    }
    if (!st.error.isEmpty())
        data.insert(QStringLiteral("error"), st.error);
    e.data = data;
    if (state == u"stale") {
        e.text = tr("%1 heartbeat stale: last beat %2 ago (limit %3)")
                     .arg(h.spec.name, formatAge(age), formatDuration(h.spec.warnAfter));
        // It went stale when the limit passed, not when the tick noticed.
        e.occurredAt = st.lastBeat.addMSecs(h.spec.warnAfter.count());
    } else if (state == u"fresh") {
        e.text = tr("%1 heartbeat recovered: last beat %2 ago").arg(h.spec.name, formatAge(age));
        e.occurredAt = st.lastBeat;
    } else {
        const QString why = !st.error.isEmpty() ? st.error
                            : st.lastBeat.isValid()
                                ? tr("its last beat is %1 in the future").arg(formatAge(Millis(now.msecsTo(st.lastBeat))))
                                : tr("no beat read");
        e.text = tr("%1 heartbeat cannot be checked: %2").arg(h.spec.name, why);
    }
    publish(e);
}

void IncidentCapture::applyInventory(const QList<BackupSetStatus> &sets, const QDateTime &at)
{
    m_inventory = sets;
    m_hasInventory = true;
    for (const QUuid &incident : std::exchange(m_awaitingInventory, {}))
        if (m_open.contains(incident))
            snapshot(incident);
    QHash<QString, BackupSet> next;
    for (const BackupSetStatus &set : sets) {
        BackupSet after;
        after.folder = set.spec.folder;
        after.at = at;
        for (const BackupFinding &f : set.analysis.findings) {
            const QString id = findingId(f);
            if (isReported(f.kind) && !after.findingIds.contains(id)) {
                after.findings.append(f);
                after.findingIds.insert(id);
            }
        }
        for (const Backup &b : set.backups)
            after.verdicts.insert(b.path, Verdict{b.verification, b.verifiedAt});
        const auto before = m_sets.constFind(set.spec.name);
        // A set seen for the first time (or moved to another folder by a new
        // profile) is a baseline: what was already wrong is on the Backups tab.
        if (before != m_sets.cend() && before->folder == after.folder)
            compareSet(set, *before, after, at);
        next.insert(set.spec.name, after);
    }
    m_sets = next;
}

void IncidentCapture::compareSet(const BackupSetStatus &set, const BackupSet &before, const BackupSet &after,
                                 const QDateTime &at)
{
    const QString &name = set.spec.name;

    // Verifications first: a finding below is often their consequence.
    for (const Backup &b : set.backups) {
        if (b.verification == Backup::Verification::Unverified)
            continue;
        const auto prev = before.verdicts.constFind(b.path);
        // A backup not listed before cannot have finished a verification
        // since: new arrivals are listed unverified before they are read.
        if (prev == before.verdicts.cend())
            continue;
        // verifiedAt too: a re-check that ends as before is still a result.
        if (prev->verification == b.verification && prev->verifiedAt == b.verifiedAt)
            continue;
        TimelineEvent e;
        e.kind = QStringLiteral("verification");
        e.actor = QStringLiteral("backups");
        e.occurredAt = b.verifiedAt;
        switch (b.verification) {
        case Backup::Verification::Ok:
            e.text = b.format.isEmpty() ? tr("%1: %2 verified OK").arg(name, b.name)
                                        : tr("%1: %2 verified OK (%3)").arg(name, b.name, b.format);
            break;
        case Backup::Verification::Corrupt:
            e.text = tr("%1: %2 failed verification: %3").arg(name, b.name, b.verificationReason);
            break;
        default:
            e.text = tr("%1: %2 could not be verified: %3").arg(name, b.name, b.verificationReason);
            break;
        }
        QJsonObject data{{QStringLiteral("set"), name},
                         {QStringLiteral("component"), set.spec.component},
                         {QStringLiteral("backup"), b.name},
                         {QStringLiteral("path"), b.path},
                         {QStringLiteral("from"), Backup::verificationKey(prev->verification)},
                         {QStringLiteral("result"), Backup::verificationKey(b.verification)},
                         {QStringLiteral("reason"), b.verificationReason},
                         {QStringLiteral("format"), b.format},
                         {QStringLiteral("size"), b.size},
                         {QStringLiteral("changedSinceVerified"), b.changedSinceVerified}};
        if (!b.sha256.isEmpty())
            data.insert(QStringLiteral("sha256"), QString::fromLatin1(b.sha256));
        if (b.verifiedAt.isValid())
            data.insert(QStringLiteral("verifiedAt"), iso(b.verifiedAt));
        e.data = data;
        publish(e);
    }

    const auto backupNamed = [&set](const QString &backupName) -> const Backup * {
        for (const Backup &b : set.backups)
            if (b.name == backupName)
                return &b;
        return nullptr;
    };
    const auto findingEvent = [&](const BackupFinding &f, bool raised) {
        TimelineEvent e;
        e.kind = QStringLiteral("backup");
        e.actor = QStringLiteral("backups");
        e.occurredAt = at;
        QJsonObject data{{QStringLiteral("set"), name},
                         {QStringLiteral("component"), set.spec.component},
                         {QStringLiteral("finding"), BackupFinding::key(f.kind)},
                         {QStringLiteral("change"), raised ? QStringLiteral("raised") : QStringLiteral("cleared")},
                         {QStringLiteral("severity"), severityKey(f.severity)},
                         {QStringLiteral("backup"), f.backup},
                         {QStringLiteral("detail"), f.text}};
        if (f.kind == BackupFinding::Kind::RpoBreached) {
            data.insert(QStringLiteral("rpoSeconds"), seconds(set.rpo));
            if (set.analysis.newestGoodAge.count() >= 0)
                data.insert(QStringLiteral("ageSeconds"), seconds(set.analysis.newestGoodAge));
        }
        e.data = data;
        return e;
    };

    for (const BackupFinding &f : after.findings) {
        if (before.findingIds.contains(findingId(f)))
            continue;
        TimelineEvent e = findingEvent(f, true);
        // The analyzer's sentence names the set for set-wide findings only.
        e.text = f.backup.isEmpty() || f.kind == BackupFinding::Kind::RpoBreached ? f.text : tr("%1: %2").arg(name, f.text);
        if (f.kind == BackupFinding::Kind::RpoBreached) {
            // Breached when the newest good backup grew older than the RPO.
            if (const Backup *good = set.newestGood(); good && set.rpo.count() >= 0)
                e.occurredAt = good->timestamp.addMSecs(set.rpo.count());
        } else if (const Backup *b = backupNamed(f.backup); b && b->verifiedAt.isValid()
                   && (f.kind == BackupFinding::Kind::Corrupt || f.kind == BackupFinding::Kind::CouldNotCheck)) {
            e.occurredAt = b->verifiedAt;
        }
        publish(e);
    }

    for (const BackupFinding &f : before.findings) {
        if (after.findingIds.contains(findingId(f)))
            continue;
        TimelineEvent e = findingEvent(f, false);
        switch (f.kind) {
        case BackupFinding::Kind::RpoBreached:
            // Gone because no backup is good any more: "no good backup" says
            // that; "within the RPO again" would be false.
            if (!set.newestGood())
                continue;
            e.text = tr("the newest good backup of %1 is within the RPO again: %2 old; the RPO is %3")
                         .arg(name, formatAge(set.analysis.newestGoodAge), formatDuration(set.rpo));
            break;
        case BackupFinding::Kind::NoGoodBackup:
            e.text = tr("%1 has a good backup again").arg(name);
            break;
        case BackupFinding::Kind::Corrupt:
            e.text = tr("%1: %2 is no longer reported corrupt").arg(name, f.backup);
            break;
        case BackupFinding::Kind::Empty:
            e.text = tr("%1: %2 is no longer reported empty").arg(name, f.backup);
            break;
        case BackupFinding::Kind::ChangedSinceVerified:
            e.text = tr("%1: %2 is no longer reported changed since it was verified").arg(name, f.backup);
            break;
        default:
            e.text = f.backup.isEmpty() ? tr("%1 can be checked again").arg(name)
                                        : tr("%1: %2 can be checked again").arg(name, f.backup);
            break;
        }
        publish(e);
    }
}

} // namespace qd
