#include "runbookbinder.h"

#include <QDir>
#include <QRegularExpression>

namespace qd {

namespace {

// The set's pattern as a regular expression over names written with the
// runbook's placeholders: {YYYYMMDD} matches YYYYMMDD (or YYYY-MM-DD, or a
// real date), * matches anything.
QRegularExpression patternAsPlaceholderName(const QString &pattern)
{
    QString re = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c == u'{') {
            const qsizetype close = pattern.indexOf(u'}', i);
            if (close < 0)
                return {};
            QString inner = pattern.mid(i + 1, close - i - 1);
            // Each letter of the template stands for itself or for a digit.
            QString part;
            for (const QChar ch : inner)
                part += ch.isLetter() ? QStringLiteral("[%1\\d]").arg(ch) : QRegularExpression::escape(QString(ch)) + u'?';
            re += part;
            i = close + 1;
            continue;
        }
        re += c == u'*' ? QStringLiteral(".*") : QRegularExpression::escape(QString(c));
        ++i;
    }
    return QRegularExpression(re + u'$');
}

} // namespace

QString RunbookBinder::backupSetFor(const QString &path, const QList<BackupSetSpec> &sets)
{
    // Windows runbooks write D:\backups\sqlserver\aitb_backup_....bak.
    const QString clean = QDir::cleanPath(QString(path).replace(u'\\', u'/'));
    const QString name = clean.section(u'/', -1);
    const QString dir = clean.contains(u'/') ? clean.section(u'/', 0, -2) : QString();
    for (const BackupSetSpec &set : sets) {
        if (set.pattern.isEmpty() || !patternAsPlaceholderName(set.pattern).match(name).hasMatch())
            continue;
        // The runbook's folder, relative or not, must be the set's folder or its tail.
        const QString folder = QDir::cleanPath(QString(set.folder).replace(u'\\', u'/'));
        const QString relative = dir.startsWith(QLatin1String("./")) ? dir.mid(2) : dir;
        if (relative.isEmpty() || folder == relative || folder.endsWith(u'/' + relative))
            return set.name;
    }
    return {};
}

void RunbookBinder::bind(Runbook &runbook, const Profile &profile)
{
    if (profile.backups.isEmpty())
        return;
    static const QRegularExpression word(QStringLiteral(R"([^\s'"`;|&<>()]+)"));
    for (Runbook::Procedure &p : runbook.procedures) {
        for (RunbookStep &s : p.steps) {
            for (RunbookStep::Placeholder &ph : s.placeholders) {
                // The shell word the placeholder stands in.
                for (auto it = word.globalMatch(s.alternatives.isEmpty() ? s.text : s.alternatives.join(u'\n')); it.hasNext();) {
                    const QString w = it.next().captured(0);
                    if (!w.contains(ph.text))
                        continue;
                    const QString set = backupSetFor(w, profile.backups);
                    if (!set.isEmpty()) {
                        ph.backupSet = set;
                        break;
                    }
                }
            }
        }
    }
}

} // namespace qd
