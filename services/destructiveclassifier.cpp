#include "destructiveclassifier.h"

#include <QFile>

#include <algorithm>
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
    // A line that only prints text runs none of the commands it mentions:
    // echo/printf/Write-Host/Write-Output with no pipe, list or redirection.
    // (A character test: a regex here cost more than the rules' own.)
    for (const QLatin1StringView printer : {QLatin1StringView("echo"), QLatin1StringView("printf"), QLatin1StringView("write-host"),
                                            QLatin1StringView("write-output")}) {
        if (trimmed.startsWith(printer, Qt::CaseInsensitive)
            && (trimmed.size() == printer.size() || !(trimmed[printer.size()].isLetterOrNumber() || trimmed[printer.size()] == u'_'))) {
            const bool plain = std::none_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
                return c == u'|' || c == u';' || c == u'&' || c == u'>';
            });
            if (plain)
                return {};
            break;
        }
    }
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
    c.rebuildIndex();
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
        if (const YAML::Node words = r["words"]) {
            bool ok = words.IsSequence();
            for (const YAML::Node &n : words) {
                const QString word = n.IsScalar() ? qs(n.Scalar()) : QString();
                if (!word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
                    rule.words.append(word.toLower());
                else
                    ok = false;
            }
            if (!ok || rule.words.isEmpty()) {
                fail(words, tr("'words' must be a list of words made of letters and digits"));
                continue;
            }
        }
        m_rules.append(rule);
    }
    rebuildIndex();
    return !errors || errors->size() == before;
}

void DestructiveClassifier::addRule(const Rule &rule)
{
    m_rules.append(rule);
    rebuildIndex();
}

void DestructiveClassifier::rebuildIndex()
{
    m_byFirst.clear();
    m_wordless.clear();
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].words.isEmpty())
            m_wordless.append(i);
        for (const QString &w : std::as_const(m_rules[i].words)) {
            const QString lower = w.toLower();
            QList<Word> &bucket = m_byFirst[lower.front().unicode()];
            auto it = std::find_if(bucket.begin(), bucket.end(), [&](const Word &x) { return x.text == lower; });
            if (it == bucket.end())
                it = bucket.insert(bucket.end(), Word{lower, {}});
            if (!it->rules.contains(i))
                it->rules.append(i);
        }
    }
}

void DestructiveClassifier::candidates(QStringView line, RunbookStep::Runner runner, QList<int> *rules) const
{
    rules->clear();
    auto add = [&](int i) {
        const Rule &rule = m_rules[i];
        if ((rule.runners.isEmpty() || rule.runners.contains(runner)) && !rules->contains(i))
            rules->append(i);
    };
    for (const int i : m_wordless)
        add(i);
    if (m_byFirst.isEmpty())
        return;
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n;) {
        while (i < n && !line[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < n && line[i].isLetterOrNumber())
            ++i;
        if (i == start)
            continue;
        const QStringView word = line.mid(start, i - start);
        const auto bucket = m_byFirst.constFind(word.front().toLower().unicode());
        if (bucket == m_byFirst.cend())
            continue;
        for (const Word &w : *bucket)
            if (w.text.size() == word.size() && word.compare(w.text, Qt::CaseInsensitive) == 0)
                for (const int r : w.rules)
                    add(r);
    }
    std::sort(rules->begin(), rules->end());   // gates come in rule order
}

QList<RunbookStep::Gate> DestructiveClassifier::classify(const QString &command, RunbookStep::Runner runner) const
{
    QList<RunbookStep::Gate> gates;
    QList<int> tried;
    QList<int> matched;
    for (const QStringView line : QStringView(command).split(u'\n')) {
        // Words first: the comment and echo checks below cost more, and
        // most lines hold no rule's word at all.
        candidates(line, runner, &tried);
        if (tried.isEmpty())
            continue;
        const QString c = code(line.toString(), runner);
        if (c.isEmpty())
            continue;
        for (const int i : std::as_const(tried))
            if (!matched.contains(i) && m_rules[i].match.match(c).hasMatch())
                matched.append(i);
    }
    std::sort(matched.begin(), matched.end());
    for (const int i : std::as_const(matched))
        gates.append({m_rules[i].id, m_rules[i].reason, false, m_rules[i].losesData});
    return gates;
}

} // namespace qd
