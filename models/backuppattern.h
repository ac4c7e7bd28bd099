#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace qd {

// A backup file-name pattern such as `sigmatrade_{YYYYMMDD}_{HHMMSS}.sql.gz`,
// `backup-{YYYYMMDD-HHMMSS}` or `db_backup_{YYYYMMDD}.sql`, compiled once and
// matched against every name in a backup folder.
//
// Inside braces: YYYY, MM, DD, HH, MM, SS and the separators - _ . : T and
// space; {epoch} is Unix seconds. MM is the month unless it follows HH, then
// it is the minutes (as in HHMMSS). Outside braces the text is literal, and *
// matches any run of characters. Times in names are taken as UTC.
class BackupPattern
{
    Q_DECLARE_TR_FUNCTIONS(qd::BackupPattern)
public:
    struct Error
    {
        int offset = 0;     // 0-based character in the pattern
        QString message;
    };

    static std::optional<BackupPattern> compile(const QString &pattern, Error *error = nullptr);

    bool hasTimestamp() const { return m_hasDate || m_epoch; }
    bool matches(const QString &fileName) const;
    // The timestamp in the name; invalid when the name does not match, has an
    // impossible date (month 13), or the pattern carries no timestamp.
    QDateTime timestamp(const QString &fileName) const;
    QString pattern() const { return m_pattern; }

private:
    enum Field { Year, Month, Day, Hour, Minute, Second, Epoch, FieldCount };

    QString m_pattern;
    QRegularExpression m_re;
    int m_group[FieldCount] = {0, 0, 0, 0, 0, 0, 0};   // capture group per field; 0: absent
    bool m_hasDate = false;
    bool m_epoch = false;
};

} // namespace qd
