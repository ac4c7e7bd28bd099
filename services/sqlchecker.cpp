#include "sqlchecker.h"

#include "logcategories.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <pqxx/pqxx>

namespace qd {

namespace {

// libpq's quoting of a connection-string value: 'it\'s'.
std::string quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return QString(u'\'' + v + u'\'').toStdString();
}

QString masked(QString text, const QString &password)
{
    if (!password.isEmpty())
        text.replace(password, QStringLiteral("••••••"));
    return text.trimmed();
}

} // namespace

SqlChecker::SqlChecker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<qd::DatabaseSpec>();
    qRegisterMetaType<qd::SqlChecker::Check>();
    qRegisterMetaType<QList<qd::SqlChecker::Check>>();
    qRegisterMetaType<qd::SqlChecker::Result>();
}

bool SqlChecker::expectsZero(const QString &label)
{
    static const QRegularExpression zero(QStringLiteral("\\b(without|orphan(ed|s)?|missing|dangling|duplicates?|no\\b.*\\b(in the "
                                                        "future|left)|should be (0|zero)|expect(ed)? (0|zero))\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    return zero.match(label).hasMatch();
}

std::string SqlChecker::connectionString(const DatabaseSpec &db, const QString &password)
{
    std::string s = "connect_timeout=" + std::to_string(kConnectTimeoutSeconds) + " application_name='quarterdeck verification'";
    if (!db.host.isEmpty())
        s += " host=" + quoted(db.host);
    s += " port=" + std::to_string(db.port);
    if (!db.dbname.isEmpty())
        s += " dbname=" + quoted(db.dbname);
    if (!db.user.isEmpty())
        s += " user=" + quoted(db.user);
    if (!db.sslmode.isEmpty())
        s += " sslmode=" + quoted(db.sslmode);
    if (!password.isEmpty())
        s += " password=" + quoted(password);
    return s;
}

void SqlChecker::run(const DatabaseSpec &db, const QString &password, const QList<Check> &checks)
{
    std::unique_ptr<pqxx::connection> connection;
    try {
        connection = std::make_unique<pqxx::connection>(connectionString(db, password));
    } catch (const std::exception &e) {
        const QString why = tr("cannot connect to %1 (%2@%3:%4): %5")
                                .arg(db.name, db.user, db.host.isEmpty() ? QStringLiteral("localhost") : db.host)
                                .arg(db.port)
                                .arg(masked(QString::fromUtf8(e.what()), password));
        qCWarning(lcRunner).noquote() << "sql checks:" << why;
        for (const Check &c : checks)
            emit checkDone({c.index, false, QString(), why, 0});
        emit finished(false, why);
        return;
    }
    for (const Check &c : checks) {
        Result r;
        r.index = c.index;
        QElapsedTimer t;
        t.start();
        try {
            // Read-only: a verification looks; it never changes anything,
            // whatever the runbook's SQL says.
            pqxx::read_transaction tx(*connection);
            tx.exec0("SET LOCAL statement_timeout = " + std::to_string(kStatementTimeoutMs));
            std::vector<std::string> params;
            for (const QString &p : c.parameters)
                params.push_back(p.toStdString());
            const pqxx::result rows = tx.exec_params(c.sql.toStdString(), pqxx::prepare::make_dynamic_params(params));
            QStringList lines;
            for (std::size_t i = 0; i < rows.size() && i < 5; ++i) {
                QStringList cells;
                for (const pqxx::field &f : rows[int(i)])
                    cells.append(f.is_null() ? QStringLiteral("NULL") : QString::fromUtf8(f.c_str()));
                lines.append(cells.join(QStringLiteral(" | ")));
            }
            if (rows.size() > 5)
                lines.append(tr("… %1 rows in all").arg(rows.size()));
            r.value = rows.empty() ? tr("(no rows)") : lines.join(u'\n');
            r.ok = !c.expectZero || (rows.size() == 1 && rows[0].size() == 1 && rows[0][0].c_str() == std::string("0"));
            if (!r.ok)
                r.error = tr("expected 0, found %1").arg(r.value);
        } catch (const std::exception &e) {
            r.error = masked(QString::fromUtf8(e.what()), password);
            // PostgreSQL quotes a bad value back ("invalid input syntax …: \"…\"").
            for (const QString &secret : c.secrets)
                r.error = masked(r.error, secret);
        }
        r.ms = t.elapsed();
        emit checkDone(r);
    }
    emit finished(true, QString());
}

} // namespace qd
