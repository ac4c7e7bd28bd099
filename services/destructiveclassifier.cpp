#include "destructiveclassifier.h"

#include <QFile>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

namespace qd {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString where(const QString &file, const YAML::Node &n)
{
    const YAML::Mark m = n.Mark();
    return QStringLiteral("%1:%2:%3: ").arg(file).arg(m.line + 1).arg(m.column + 1);
}

std::optional<RunbookStep::Runner> runnerNamed(const QString &name)
{
    if (name == u"bash")
        return RunbookStep::Runner::Bash;
    if (name == u"pwsh")
        return RunbookStep::Runner::Pwsh;
    if (name == u"sql")
        return RunbookStep::Runner::Sql;
    return std::nullopt;
}

// The line without its comment: '#' for shells, '--' for SQL. Quotes are
// not parsed: a '#' inside quotes ends the line early, which can only drop
// a match, never invent one.
QString code(const QString &line, RunbookStep::Runner runner)
{
    const QString trimmed = line.trimmed();
    if (runner == RunbookStep::Runner::Sql) {
        const qsizetype at = trimmed.indexOf(QLatin1String("--"));
        return at < 0 ? trimmed : trimmed.left(at);
    }
    if (trimmed.startsWith(u'#'))
        return {};
    // A line that only prints text runs none of the commands it mentions.
    static const QRegularExpression printing(QStringLiteral(R"(^(echo|printf|Write-(Host|Output))\b[^|;&>]*$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (printing.match(trimmed).hasMatch())
        return {};
    const qsizetype at = trimmed.indexOf(QLatin1String(" #"));
    return at < 0 ? trimmed : trimmed.left(at);
}

} // namespace

DestructiveClassifier DestructiveClassifier::builtIn()
{
    DestructiveClassifier c;
    QFile f(QStringLiteral(":/runbook/destructive-rules.yaml"));
    if (f.open(QIODevice::ReadOnly)) {
        QStringList errors;
        c.addRules(f.readAll(), QStringLiteral("destructive-rules.yaml"), &errors);
        Q_ASSERT_X(errors.isEmpty(), "DestructiveClassifier", qPrintable(errors.join(u'\n')));
    }
    return c;
}

QString DestructiveClassifier::userRulesPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/destructive-rules.yaml");
}

DestructiveClassifier DestructiveClassifier::withUserRules(QStringList *errors)
{
    DestructiveClassifier c = builtIn();
    QFile f(userRulesPath());
    if (!f.exists())
        return c;
    if (!f.open(QIODevice::ReadOnly)) {
        if (errors)
            errors->append(tr("%1: cannot read: %2").arg(f.fileName(), f.errorString()));
        return c;
    }
    // All or nothing: half a rule file would gate some commands and not others.
    DestructiveClassifier user;
    QStringList userErrors;
    if (user.addRules(f.readAll(), f.fileName(), &userErrors))
        for (const Rule &r : std::as_const(user.m_rules))
            c.m_rules.append(r);
    else if (errors)
        errors->append(userErrors);
    c.rebuildAny();
    return c;
}

bool DestructiveClassifier::addRules(const QByteArray &yaml, const QString &file, QStringList *errors)
{
    const int before = int(errors ? errors->size() : 0);
    auto fail = [&](const YAML::Node &n, const QString &message) {
        if (errors)
            errors->append(where(file, n) + message);
    };
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        if (errors)
            errors->append(QStringLiteral("%1:%2:%3: %4").arg(file).arg(e.mark.line + 1).arg(e.mark.column + 1).arg(qs(e.msg)));
        return false;
    }
    const YAML::Node rules = root["rules"];
    if (!rules || !rules.IsSequence()) {
        fail(root, tr("expected a 'rules' list"));
        return false;
    }
    for (const YAML::Node &r : rules) {
        if (!r.IsMap()) {
            fail(r, tr("each rule must be a mapping with id, match and reason"));
            continue;
        }
        Rule rule;
        for (const char *key : {"id", "match", "reason"}) {
            if (!r[key] || !r[key].IsScalar() || r[key].Scalar().empty())
                fail(r, tr("the rule needs '%1'").arg(QLatin1String(key)));
        }
        if (!r["id"] || !r["match"] || !r["reason"])
            continue;
        rule.id = qs(r["id"].Scalar());
        rule.reason = qs(r["reason"].Scalar());
        rule.match = QRegularExpression(qs(r["match"].Scalar()), QRegularExpression::CaseInsensitiveOption);
        if (!rule.match.isValid()) {
            fail(r["match"], tr("not a valid regular expression: %1 (at offset %2)")
                                 .arg(rule.match.errorString())
                                 .arg(rule.match.patternErrorOffset()));
            continue;
        }
        if (const YAML::Node runners = r["runners"]) {
            for (const YAML::Node &n : runners) {
                if (const auto runner = n.IsScalar() ? runnerNamed(qs(n.Scalar())) : std::nullopt)
                    rule.runners.append(*runner);
                else
                    fail(n, tr("unknown runner; expected bash, pwsh or sql"));
            }
        }
        if (const YAML::Node n = r["loses_data"])
            rule.losesData = !(n.IsScalar() && (n.Scalar() == "false" || n.Scalar() == "no"));
        m_rules.append(rule);
    }
    rebuildAny();
    return !errors || errors->size() == before;
}

void DestructiveClassifier::rebuildAny()
{
    m_any.clear();
    for (const RunbookStep::Runner runner : {RunbookStep::Runner::Bash, RunbookStep::Runner::Pwsh, RunbookStep::Runner::Sql,
                                             RunbookStep::Runner::Manual, RunbookStep::Runner::None}) {
        QStringList parts;
        for (const Rule &rule : std::as_const(m_rules))
            if (rule.runners.isEmpty() || rule.runners.contains(runner))
                parts.append(QStringLiteral("(?:") + rule.match.pattern() + u')');
        QRegularExpression re(parts.isEmpty() ? QStringLiteral("(?!)") : parts.join(u'|'), QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        m_any.insert(int(runner), re);
    }
}

const QRegularExpression &DestructiveClassifier::anyRule(RunbookStep::Runner runner) const
{
    static const QRegularExpression none(QStringLiteral("(?!)"));
    const auto it = m_any.constFind(int(runner));
    return it == m_any.cend() ? none : *it;
}

QList<RunbookStep::Gate> DestructiveClassifier::classify(const QString &command, RunbookStep::Runner runner) const
{
    QList<RunbookStep::Gate> gates;
    // The code of each line once, not once per rule.
    QStringList codeLines;
    const QRegularExpression &any = anyRule(runner);
    for (const QString &line : command.split(u'\n')) {
        const QString c = code(line, runner);
        if (!c.isEmpty() && any.match(c).hasMatch())
            codeLines.append(c);
    }
    if (codeLines.isEmpty())
        return gates;
    for (const Rule &rule : m_rules) {
        if (!rule.runners.isEmpty() && !rule.runners.contains(runner))
            continue;
        for (const QString &c : std::as_const(codeLines)) {
            if (rule.match.match(c).hasMatch()) {
                gates.append({rule.id, rule.reason, false, rule.losesData});
                break;
            }
        }
    }
    return gates;
}

} // namespace qd
