#include "backuptreemodel.h"

#include "iconcache.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace qd {

namespace {

// Backup rows carry their set's row + 1 in the internal id; set rows carry 0.
constexpr quintptr kSetRow = 0;

QColor verificationColor(Backup::Verification v)
{
    switch (v) {
    case Backup::Verification::Ok:
        return QColor(0x1a, 0x7f, 0x37);
    case Backup::Verification::Corrupt:
        return QColor(0xc6, 0x28, 0x28);
    case Backup::Verification::CouldNotCheck:
        return QColor(0xb3, 0x6b, 0x00);
    case Backup::Verification::Unverified:
        break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

QString verificationIcon(Backup::Verification v)
{
    switch (v) {
    case Backup::Verification::Ok:
        return QStringLiteral(":/icons/state-up.svg");
    case Backup::Verification::Corrupt:
        return QStringLiteral(":/icons/state-down.svg");
    case Backup::Verification::CouldNotCheck:
        return QStringLiteral(":/icons/state-unknown.svg");
    case Backup::Verification::Unverified:
        break;
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

BackupTreeModel::BackupTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex BackupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sets.size() ? createIndex(row, column, kSetRow) : QModelIndex();
    if (parent.internalId() != kSetRow || parent.row() >= m_sets.size())
        return {};
    if (row >= m_sets[parent.row()].backups.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex BackupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSetRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSetRow);
}

int BackupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sets.size());
    if (parent.internalId() != kSetRow || parent.column() != 0)
        return 0;
    return int(m_sets[parent.row()].backups.size());
}

int BackupTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const BackupSetStatus *BackupTreeModel::setAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int set = index.internalId() == kSetRow ? index.row() : int(index.internalId() - 1);
    return set < m_sets.size() ? &m_sets[set] : nullptr;
}

const Backup *BackupTreeModel::backupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSetRow)
        return nullptr;
    const BackupSetStatus *s = setAt(index);
    return s && index.row() < s->backups.size() ? &s->backups[index.row()] : nullptr;
}

QModelIndex BackupTreeModel::indexOfPath(const QString &path, int column) const
{
    for (int s = 0; s < m_sets.size(); ++s)
        for (int b = 0; b < m_sets[s].backups.size(); ++b)
            if (m_sets[s].backups[b].path == path)
                return createIndex(b, column, quintptr(s) + 1);
    return {};
}

QString BackupTreeModel::verificationText(Backup::Verification v)
{
    switch (v) {
    case Backup::Verification::Ok:
        return tr("OK");
    case Backup::Verification::Corrupt:
        return tr("CORRUPT");
    case Backup::Verification::CouldNotCheck:
        return tr("could not check");
    case Backup::Verification::Unverified:
        break;
    }
    return tr("unverified");
}

int BackupTreeModel::setSeverity(const BackupSetStatus &set)
{
    int worst = 0;
    for (const BackupFinding &f : set.analysis.findings)
        worst = qMax(worst, f.severity == BackupFinding::Severity::Critical ? 2 : f.severity == BackupFinding::Severity::Warning ? 1 : 0);
    return worst;
}

QString BackupTreeModel::rpoText(const BackupSetStatus &set, const QDateTime &now)
{
    if (!set.folderError.isEmpty())
        return tr("could not check");
    const Backup *good = set.newestGood();
    if (!good)
        return tr("no good backup");
    const Millis ageMs = now.isValid() ? Millis(qMax<qint64>(0, good->timestamp.msecsTo(now))) : set.analysis.newestGoodAge;
    const QString age = formatAge(ageMs);
    if (set.rpo.count() < 0)
        return tr("newest good %1 ago (no RPO)").arg(age);
    if (ageMs > set.rpo)
        return tr("RPO BREACHED: %1 > %2").arg(age, formatDuration(set.rpo));
    return tr("RPO met: %1 ≤ %2").arg(age, formatDuration(set.rpo));
}

QString BackupTreeModel::setSummary(const BackupSetStatus &set, const QDateTime &now)
{
    QString text = rpoText(set, now);
    if (!set.folderError.isEmpty())
        return tr("could not check: %1").arg(set.folderError);
    const BackupFinding *worst = nullptr;
    for (const BackupFinding &f : set.analysis.findings) {
        // The RPO line already speaks for these; information is not a problem.
        if (f.kind == BackupFinding::Kind::RpoBreached || f.kind == BackupFinding::Kind::NoGoodBackup
            || f.severity == BackupFinding::Severity::Info)
            continue;
        if (!worst || int(f.severity) > int(worst->severity))
            worst = &f;
    }
    if (!worst)
        return text;
    const bool newest = set.analysis.newest >= 0 && set.backups[set.analysis.newest].name == worst->backup;
    QString what;
    switch (worst->kind) {
    case BackupFinding::Kind::Corrupt:
        what = newest ? tr("newest corrupt") : tr("a corrupt backup");
        break;
    case BackupFinding::Kind::MissedSchedule:
        what = tr("missed schedule");
        break;
    case BackupFinding::Kind::ChangedSinceVerified:
        what = tr("a backup changed");
        break;
    case BackupFinding::Kind::Empty:
        what = tr("an empty backup");
        break;
    case BackupFinding::Kind::MuchSmaller:
        what = tr("a suspiciously small backup");
        break;
    case BackupFinding::Kind::CouldNotCheck:
        what = tr("could not check a backup");
        break;
    case BackupFinding::Kind::FutureTimestamp:
        what = tr("a backup from the future");
        break;
    default:
        return text;
    }
    return text + QStringLiteral(" · ") + what;
}

QVariant BackupTreeModel::setData(const BackupSetStatus &s, int column, int role) const
{
    const int severity = setSeverity(s);
    if (role == IsSetRole)
        return true;
    if (role == SetNameRole)
        return s.spec.name;
    if (role == Qt::FontRole && column == NameColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && column == VerificationColumn)
        return severity == 2 ? QColor(0xc6, 0x28, 0x28) : severity == 1 ? QColor(0xb3, 0x6b, 0x00) : QColor(0x1a, 0x7f, 0x37);
    if (role == Qt::DecorationRole && column == VerificationColumn)
        return cachedIcon(severity == 2 ? QStringLiteral(":/icons/state-down.svg")
                          : severity == 1 ? QStringLiteral(":/icons/state-degraded.svg")
                                          : QStringLiteral(":/icons/state-up.svg"));
    if (role == Qt::ToolTipRole) {
        QStringList lines{s.spec.folder + QStringLiteral("  ·  ") + s.spec.pattern};
        if (!s.spec.description.isEmpty())
            lines.append(s.spec.description);
        for (const BackupFinding &f : s.analysis.findings)
            lines.append(QStringLiteral("• ") + f.text);
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    const Backup *good = s.newestGood();
    switch (column) {
    case NameColumn:
        return s.spec.component.isEmpty() ? s.spec.name : tr("%1 (%2)").arg(s.spec.name, s.spec.component);
    case TakenColumn:
        return good ? QLocale().toString(good->timestamp.toLocalTime(), QLocale::ShortFormat) : QString();
    case AgeColumn:
        return good && m_now.isValid() ? formatAge(Millis(qMax<qint64>(0, good->timestamp.msecsTo(m_now)))) : QString();
    case SizeColumn: {
        qint64 total = 0;
        for (const Backup &b : s.backups)
            total += b.size;
        return sizeText(total);
    }
    case FormatColumn:
        return tr("%n backup(s)", nullptr, int(s.backups.size()));
    case VerificationColumn:
        return setSummary(s, m_now);
    }
    return {};
}

QVariant BackupTreeModel::backupData(const BackupSetStatus &s, int row, int column, int role) const
{
    const Backup &b = s.backups[row];
    const bool newestGood = s.analysis.newestGood == row;
    switch (role) {
    case PathRole:
        return b.path;
    case IsSetRole:
        return false;
    case SetNameRole:
        return s.spec.name;
    case VerificationRole:
        return int(b.verification);
    case NewestGoodRole:
        return newestGood;
    case Qt::FontRole:
        if (newestGood) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == VerificationColumn)
            return b.changedSinceVerified ? verificationColor(Backup::Verification::CouldNotCheck) : verificationColor(b.verification);
        if (b.knownBad())
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::DecorationRole:
        if (column == VerificationColumn && b.changedSinceVerified && b.verification == Backup::Verification::Ok)
            return cachedIcon(QStringLiteral(":/icons/state-degraded.svg"));
        if (column == VerificationColumn && b.verification != Backup::Verification::Unverified)
            return cachedIcon(verificationIcon(b.verification));
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{b.path};
        if (!b.timestampFromName)
            lines.append(tr("No timestamp in the name: the time is the file's modification time."));
        if (!b.verificationReason.isEmpty())
            lines.append(b.verificationReason);
        if (!b.sha256.isEmpty())
            lines.append(tr("SHA-256 %1").arg(QString::fromLatin1(b.sha256)));
        if (b.verifiedAt.isValid())
            lines.append(tr("Verified %1").arg(QLocale().toString(b.verifiedAt.toLocalTime(), QLocale::ShortFormat)));
        return lines.join(u'\n');
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        if (!newestGood)
            return b.name;
        return b.verification == Backup::Verification::Unverified ? tr("%1  ← newest, not verified yet").arg(b.name)
                                                                    : tr("%1  ← newest good").arg(b.name);
    case TakenColumn: {
        const QString t = QLocale().toString(b.timestamp.toLocalTime(), QLocale::ShortFormat);
        return b.timestampFromName ? t : tr("%1 (file time)").arg(t);
    }
    case AgeColumn:
        return m_now.isValid() ? formatAge(Millis(qMax<qint64>(0, b.timestamp.msecsTo(m_now)))) : QString();
    case SizeColumn:
        return sizeText(b.size);
    case FormatColumn:
        return b.format.isEmpty() ? (b.isFolder ? tr("folder") : QString()) : b.format;
    case VerificationColumn: {
        const QString state = verificationText(b.verification);
        if (b.changedSinceVerified && b.verification == Backup::Verification::Ok)
            return tr("%1, but changed since first verified").arg(state);
        if (b.verification == Backup::Verification::Corrupt || b.verification == Backup::Verification::CouldNotCheck)
            return tr("%1: %2").arg(state, b.verificationReason);
        return state;
    }
    }
    return {};
}

QVariant BackupTreeModel::data(const QModelIndex &index, int role) const
{
    const BackupSetStatus *s = setAt(index);
    if (!s)
        return {};
    if (index.internalId() == kSetRow)
        return setData(*s, index.column(), role);
    if (index.row() >= s->backups.size())
        return {};
    return backupData(*s, index.row(), index.column(), role);
}

QVariant BackupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Set / backup");
    case TakenColumn:
        return tr("Taken");
    case AgeColumn:
        return tr("Age");
    case SizeColumn:
        return tr("Size");
    case FormatColumn:
        return tr("Format");
    case VerificationColumn:
        return tr("Verification");
    }
    return {};
}

bool BackupTreeModel::sameShape(const QList<BackupSetStatus> &a, const QList<BackupSetStatus> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].spec.name != b[i].spec.name || a[i].backups.size() != b[i].backups.size())
            return false;
        for (int k = 0; k < a[i].backups.size(); ++k)
            if (a[i].backups[k].path != b[i].backups[k].path)
                return false;
    }
    return true;
}

void BackupTreeModel::setSets(const QList<BackupSetStatus> &sets, const QDateTime &now)
{
    m_now = now;
    if (!sameShape(m_sets, sets)) {
        // Rows come and go (a new backup, a deleted one): the view restores
        // its selection and expansion by path after the reset.
        beginResetModel();
        m_sets = sets;
        endResetModel();
        return;
    }
    m_sets = sets;
    // One signal per set: its row and all its backups.
    for (int s = 0; s < m_sets.size(); ++s) {
        emit dataChanged(index(s, 0), index(s, ColumnCount - 1));
        const QModelIndex parent = index(s, 0);
        if (!m_sets[s].backups.isEmpty())
            emit dataChanged(index(0, 0, parent), index(int(m_sets[s].backups.size()) - 1, ColumnCount - 1, parent));
    }
}

void BackupTreeModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (int s = 0; s < m_sets.size(); ++s) {
        emit dataChanged(index(s, AgeColumn), index(s, VerificationColumn), {Qt::DisplayRole});
        const QModelIndex parent = index(s, 0);
        if (!m_sets[s].backups.isEmpty())
            emit dataChanged(index(0, AgeColumn, parent), index(int(m_sets[s].backups.size()) - 1, AgeColumn, parent),
                             {Qt::DisplayRole});
    }
}

} // namespace qd
