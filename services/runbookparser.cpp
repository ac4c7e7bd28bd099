#include "runbookparser.h"

#include "runbookwalker.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QFileInfo>
#include <QtConcurrent>


#include <algorithm>
#include <limits>
#include <vector>

namespace qd {

namespace {

using Runner = RunbookStep::Runner;
using runbookmd::Block;
using runbookmd::Section;
using runbookmd::Walker;

// --- turning blocks into steps -------------------------------------------

const QStringList kShellLanguages = {QString(), QStringLiteral("bash"), QStringLiteral("sh"), QStringLiteral("shell"),
                                     QStringLiteral("zsh")};
const QStringList kPwshLanguages = {QStringLiteral("powershell"), QStringLiteral("pwsh"), QStringLiteral("ps1"), QStringLiteral("ps")};
const QStringList kSqlLanguages = {QStringLiteral("sql"), QStringLiteral("postgresql"), QStringLiteral("psql"), QStringLiteral("pgsql"), QStringLiteral("plpgsql")};
// Blocks that show text rather than run it: configuration, output, templates.
const QStringList kShownLanguages = {QStringLiteral("yaml"), QStringLiteral("yml"), QStringLiteral("json"), QStringLiteral("ini"),
                                     QStringLiteral("toml"), QStringLiteral("xml"), QStringLiteral("text"), QStringLiteral("txt"),
                                     QStringLiteral("plaintext"), QStringLiteral("markdown"), QStringLiteral("md"), QStringLiteral("diff"),
                                     QStringLiteral("log"), QStringLiteral("output"), QStringLiteral("env"), QStringLiteral("dotenv"),
                                     QStringLiteral("csv"), QStringLiteral("mermaid"), QStringLiteral("html"), QStringLiteral("nginx"),
                                     QStringLiteral("dockerfile"), QStringLiteral("conf"),
                                     // a session transcript: commands with their output, shown, not run
                                     QStringLiteral("console"), QStringLiteral("shell-session"), QStringLiteral("terminal")};

bool isTemplateHeading(const QStringList &path)
{
    static const QRegularExpression re(QStringLiteral("template|notification|communication|announcement|message|update"),
                                       QRegularExpression::CaseInsensitiveOption);
    for (const QString &h : path)
        if (re.match(h).hasMatch())
            return true;
    return false;
}

// "# 1. Stop the application", "# Step 2: Restore", "# STEP 3 - Verify"
const QRegularExpression &groupComment()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*#+\s*(?:step\s*)?(\d+)(?:\.\d+)*\s*[.):\-]\s*(.+?)\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "# Linux/macOS", "# Windows", "# or", "# Alternatively:"
const QRegularExpression &alternativeComment()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:#|--)\s*(linux(?:\s*/\s*mac\s*os|/macos)?|mac\s*os|macos|windows(?:\s*\(powershell\))?|powershell|or|alternatively|alternative)\b[:\s]*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// The first character of a comment's words, after the '#'s or "--" and
// spaces: a test that saves the two regexes below on most comment lines
// (they were a tenth of parsing a large runbook).
QChar commentLead(QStringView line)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && line[i].isSpace())
        ++i;
    while (i < n && (line[i] == u'#' || line[i] == u'-'))
        ++i;
    while (i < n && line[i].isSpace())
        ++i;
    return i < n ? line[i].toLower() : QChar();
}

bool mayBeGroupComment(QStringView line)
{
    const QChar c = commentLead(line);
    return c.isDigit() || c == u's';   // "1." or "step 1"
}

bool mayBeAlternativeComment(QStringView line)
{
    const QChar c = commentLead(line);   // linux, mac, windows, powershell, or, alternatively
    return c == u'l' || c == u'm' || c == u'w' || c == u'p' || c == u'o' || c == u'a';
}

bool isCommentOrBlank(const QString &line, Runner runner)
{
    const QString t = line.trimmed();
    if (t.isEmpty())
        return true;
    if (runner == Runner::Sql)
        return t.startsWith(QLatin1String("--"));
    return t.startsWith(u'#');
}

struct Group
{
    QString label;
    QStringList lines;
    int firstLine = 0;
};

// A block without numbered comments is split at titled ones: a comment that
// starts the block or follows a blank line and is followed by a command
// ("# Check rollout history\nkubectl rollout history ..."). Otherwise a gate
// would land on a step named after its harmless first command.
qsizetype indentOf(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    return i;
}

// The block's own indentation (a fence inside a list item indents every
// line): a comment indented further sits inside a loop or a function
// ("foreach (...) {\n    # Verify service health"), and splitting there
// would cut the loop in two.
qsizetype baseIndent(const QStringList &lines)
{
    qsizetype base = std::numeric_limits<qsizetype>::max();
    for (const QString &l : lines)
        if (!l.trimmed().isEmpty())
            base = qMin(base, indentOf(l));
    return base == std::numeric_limits<qsizetype>::max() ? 0 : base;
}

QStringList titledComments(const QStringList &lines, Runner runner)
{
    QStringList titles(lines.size());
    const QString mark = runner == Runner::Sql ? QStringLiteral("--") : QStringLiteral("#");
    const qsizetype base = baseIndent(lines);
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines[i].trimmed();
        if (!t.startsWith(mark) || t.startsWith(QLatin1String("#!")) || indentOf(lines[i]) > base
            || (mayBeAlternativeComment(t) && alternativeComment().match(t).hasMatch()))
            continue;
        const bool afterBlank = i == 0 || lines[i - 1].trimmed().isEmpty();
        const bool beforeCommand = i + 1 < lines.size() && !isCommentOrBlank(lines[i + 1], runner);
        if (afterBlank && beforeCommand) {
            QString label = t.mid(mark.size()).trimmed();
            while (label.startsWith(u'#'))
                label.remove(0, 1);
            titles[i] = label.trimmed();
        }
    }
    return titles;
}

QList<Group> splitGroups(const QString &text, Runner runner, int firstLine)
{
    QList<Group> groups{Group{QString(), {}, firstLine}};
    const QStringList lines = text.split(u'\n');
    bool numbered = false;
    if (runner != Runner::Sql)
        for (const QString &line : lines)
            if (line.trimmed().startsWith(u'#') && mayBeGroupComment(line) && groupComment().match(line).hasMatch()) {
                numbered = true;
                break;
            }
    const QStringList titles = numbered ? QStringList() : titledComments(lines, runner);
    const qsizetype base = baseIndent(lines);
    bool sawMarker = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        QString label;
        if (runner == Runner::Sql) {
            // "-- Total deposits" followed by a statement starts a sub-step.
            const QString t = line.trimmed();
            if (t.startsWith(QLatin1String("--")) && !(mayBeAlternativeComment(t) && alternativeComment().match(t).hasMatch())) {
                int j = i + 1;
                while (j < lines.size() && lines[j].trimmed().isEmpty())
                    ++j;
                if (j < lines.size() && !lines[j].trimmed().startsWith(QLatin1String("--")))
                    label = t.mid(2).trimmed();
            }
        } else if (numbered && line.trimmed().startsWith(u'#') && mayBeGroupComment(line) && indentOf(line) <= base) {
            if (const QRegularExpressionMatch m = groupComment().match(line); m.hasMatch())
                label = m.captured(2);
        } else if (!numbered && i < titles.size()) {
            label = titles[i];
        }
        if (!label.isEmpty()) {
            sawMarker = true;
            groups.append(Group{label, {}, firstLine + i});
        }
        groups.last().lines.append(line);
    }
    if (!sawMarker)
        return groups;
    // A preamble of comments and a shebang is not a step of its own.
    const Group &pre = groups.first();
    const bool preambleRuns = std::any_of(pre.lines.cbegin(), pre.lines.cend(), [runner](const QString &l) {
        return !isCommentOrBlank(l, runner);
    });
    if (!preambleRuns)
        groups.removeFirst();
    return groups;
}

QString firstCommentLabel(const QStringList &lines, Runner runner)
{
    for (const QString &l : lines) {
        const QString t = l.trimmed();
        if (t.startsWith(QLatin1String("#!")))
            continue;
        if (runner == Runner::Sql ? t.startsWith(QLatin1String("--")) : t.startsWith(u'#')) {
            // "# Linux/macOS" says which alternative follows, not what the step does.
            if (mayBeAlternativeComment(t) && alternativeComment().match(t).hasMatch())
                return {};
            QString label = t;
            while (label.startsWith(u'#') || label.startsWith(u'-'))
                label.remove(0, 1);
            return label.trimmed();
        }
        if (!t.isEmpty())
            return {};
    }
    return {};
}

// "cd /opt/cryptobot/docker  # Linux/macOS" / "cd C:\cryptobot\docker  # Windows":
// one line per platform, marked at its end.
const QRegularExpression &trailingPlatform()
{
    static const QRegularExpression re(QStringLiteral(R"(\s#\s*(linux(?:\s*/\s*mac\s*os|/macos)?|mac\s*os|macos|windows(?:\s*\(powershell\))?|powershell)\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Whether the text after the line's last '#' may name a platform: the
// regex above runs only then.
bool markedForPlatform(const QString &line)
{
    const qsizetype hash = line.lastIndexOf(u'#');
    return hash > 0 && mayBeAlternativeComment(QStringView(line).mid(hash));
}

bool isWindowsLabel(const QString &label)
{
    return label.startsWith(QStringLiteral("windows"), Qt::CaseInsensitive) || label.startsWith(QStringLiteral("powershell"), Qt::CaseInsensitive);
}

// Alternatives of one group: split at the platform / "or" comments.
void splitAlternatives(const QStringList &lines, RunbookStep &step, Runner runner)
{
    // Lines marked for a platform at their end: the Linux way leaves out the
    // Windows lines, the Windows way the Linux ones.
    bool marked = false;
    for (const QString &line : lines)
        marked = marked || (markedForPlatform(line) && trailingPlatform().match(line).hasMatch());
    if (marked) {
        QStringList posixLines, windowsLines;
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = markedForPlatform(line) ? trailingPlatform().match(line) : QRegularExpressionMatch();
            const bool forWindows = m.hasMatch() && isWindowsLabel(m.captured(1));
            if (!m.hasMatch() || !forWindows)
                posixLines.append(line);
            if (!m.hasMatch() || forWindows)
                windowsLines.append(line);
        }
        step.alternativeLabels = {QStringLiteral("Linux/macOS"), QStringLiteral("Windows")};
        step.alternatives = {posixLines.join(u'\n').trimmed(), windowsLines.join(u'\n').trimmed()};
        step.chosen = 0;
        step.text = step.alternatives.first();
        return;
    }
    QStringList labels;
    QList<QStringList> texts;
    QStringList common;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        const QRegularExpressionMatch m = (t.startsWith(u'#') || t.startsWith(QLatin1String("--"))) && mayBeAlternativeComment(t) ? alternativeComment().match(line)
                                                                                                 : QRegularExpressionMatch();
        if (m.hasMatch()) {
            labels.append(m.captured(1).trimmed());
            texts.append(QStringList{});
            continue;
        }
        if (texts.isEmpty())
            common.append(line);
        else
            texts.last().append(line);
    }
    // "# or" after a first command: the first command is an alternative too.
    const bool firstRuns = std::any_of(common.cbegin(), common.cend(), [runner](const QString &l) { return !isCommentOrBlank(l, runner); });
    if (!labels.isEmpty() && firstRuns && labels.first().compare(QStringLiteral("or"), Qt::CaseInsensitive) == 0) {
        labels.prepend(QStringLiteral("first way"));
        texts.prepend(common);
        common.clear();
    }
    if (labels.size() < 2 && !(labels.size() == 1 && firstRuns)) {
        step.text = lines.join(u'\n').trimmed();
        return;
    }
    for (int i = 0; i < labels.size(); ++i) {
        // "# Linux/macOS" / "# or": the second Linux way, not a platform "or".
        QString label = labels[i];
        if (label.compare(QStringLiteral("or"), Qt::CaseInsensitive) == 0 && i > 0)
            label = RunbookParser::tr("%1, or").arg(step.alternativeLabels.last().section(QStringLiteral(", or"), 0, 0));
        step.alternativeLabels.append(label);
        step.alternatives.append((common + texts[i]).join(u'\n').trimmed());
    }
    labels = step.alternativeLabels;
    // This machine runs Linux: the Linux (or first non-Windows) way.
    step.chosen = 0;
    for (int i = 0; i < labels.size(); ++i) {
        if (labels[i].startsWith(QStringLiteral("linux"), Qt::CaseInsensitive)) {
            step.chosen = i;
            break;
        }
    }
    if (labels[step.chosen].startsWith(QStringLiteral("windows"), Qt::CaseInsensitive) || labels[step.chosen].startsWith(QStringLiteral("powershell"), Qt::CaseInsensitive))
        for (int i = 0; i < labels.size(); ++i)
            if (!labels[i].startsWith(QStringLiteral("windows"), Qt::CaseInsensitive) && !labels[i].startsWith(QStringLiteral("powershell"), Qt::CaseInsensitive)) {
                step.chosen = i;
                break;
            }
    step.text = step.alternatives[step.chosen];
}

// "NAME=...", "export NAME=...", "$Name = ...": the variable set, or empty.
QString assignedName(const QString &line, Runner runner)
{
    if (!line.contains(u'='))
        return {};
    static const QRegularExpression shell(QStringLiteral(R"(^\s*(?:export\s+|local\s+|readonly\s+|declare\s+(?:-\w+\s+)?)?([A-Za-z_][A-Za-z0-9_]*)=)"));
    static const QRegularExpression pwsh(QStringLiteral(R"(^\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=))"));
    const QRegularExpressionMatch m = (runner == Runner::Pwsh ? pwsh : shell).match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool changesFolder(const QString &line)
{
    const QStringView t = QStringView(line).trimmed();
    if (!(t.startsWith(u"cd") || t.startsWith(u"pushd") || t.startsWith(u"sl") || t.startsWith(u"Set-Location", Qt::CaseInsensitive)))
        return false;
    static const QRegularExpression cd(QStringLiteral(R"(^\s*(cd|pushd|Set-Location|sl)\s+\S)"), QRegularExpression::CaseInsensitiveOption);
    return cd.match(line).hasMatch();
}

// A line a later step of the same block may depend on. A line marked for
// Windows ("cd C:\app  # Windows") never runs here, so it sets nothing.
bool setsState(const QString &line, Runner runner)
{
    if (!changesFolder(line) && assignedName(line, runner).isEmpty())
        return false;
    if (markedForPlatform(line)) {
        const QRegularExpressionMatch m = trailingPlatform().match(line);
        if (m.hasMatch() && isWindowsLabel(m.captured(1)) && runner != Runner::Pwsh)
            return false;
    }
    return true;
}

// Of the earlier groups' state lines, those this step needs: every change
// of folder (its commands run there), and the assignments of variables it
// uses, with those their own values use.
QString preludeFor(const QString &text, const QStringList &stateLines, Runner runner)
{
    if (stateLines.isEmpty())
        return {};
    const Qt::CaseSensitivity cs = runner == Runner::Pwsh ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const auto uses = [cs](const QString &code, const QString &name) {
        return code.contains(u'$' + name, cs) || code.contains(QStringLiteral("${") + name + u'}', cs);
    };
    QList<bool> keep(stateLines.size(), false);
    QString needed = text;
    // Back to front: an assignment kept may use a variable set before it.
    for (qsizetype i = stateLines.size() - 1; i >= 0; --i) {
        const QString name = assignedName(stateLines[i], runner);
        if (name.isEmpty() ? changesFolder(stateLines[i]) : uses(needed, name)) {
            keep[i] = true;
            needed += u'\n' + stateLines[i];
        }
    }
    QStringList out;
    for (qsizetype i = 0; i < stateLines.size(); ++i)
        if (keep[i])
            out.append(stateLines[i].trimmed());
    return out.join(u'\n');
}

// `pwsh`: PowerShell names its variables in any case ($LogBackupFile);
// elsewhere only upper-case ones are taken for values to supply, since a
// shell script's own lower-case variables are set inside it.
// `scope`: the whole block a step was cut from, where its variables may
// have been set by an earlier step ("$StagingPath = ..." then "Remove-Item
// $StagingPath").
QList<RunbookStep::Placeholder> findPlaceholders(const QString &text, RunbookStep::Kind kind, bool pwsh = false, const QString &scope = {})
{
    const QString &where = scope.isEmpty() ? text : scope;
    using P = RunbookStep::Placeholder;
    QList<P> out;
    auto add = [&out](P::Kind k, const QString &t, const QString &name) {
        for (const P &p : std::as_const(out))
            if (p.text == t)
                return;
        out.append(P{k, t, name});
    };
    static const QRegularExpression angle(QStringLiteral(R"(<([A-Za-z][A-Za-z0-9_.-]*(?:[ -][A-Za-z0-9_.-]+){0,3})>)"));
    static const QRegularExpression stamp(QStringLiteral(R"((?<![A-Za-z0-9])(YYYY[-_]?MM[-_]?DD(?:[-_T]?HH[-_:]?MM(?:[-_:]?SS)?)?|HH[-_:]?MM(?:[-_:]?SS)?|TIMESTAMP)(?![A-Za-z0-9]))"));
    // Values left for the reader to put in: "your-key", "Authorization: OAuth TOKEN".
    static const QRegularExpression yours(QStringLiteral(R"(["'=](your[-_][A-Za-z0-9_-]+)["'\s]?)"));
    static const QRegularExpression token(QStringLiteral(R"(\b(?:Bearer|OAuth|Token)\s+([A-Z][A-Z0-9_]{2,})\b)"));
    static const QRegularExpression variable(QStringLiteral(R"(\$\{([A-Z][A-Z0-9_]*)\}|\$([A-Z][A-Z0-9_]*)\b)"));
    static const QRegularExpression pwshVariable(QStringLiteral(R"(\$([A-Za-z][A-Za-z0-9_]*)\b(?!:))"));
    static const QRegularExpression pwshAssignment(QStringLiteral(R"(\$([A-Za-z][A-Za-z0-9_]*)\s*=(?!=)|foreach\s*\(\s*\$([A-Za-z][A-Za-z0-9_]*)\s+in\b)"),
                                                   QRegularExpression::CaseInsensitiveOption);
    // "https://api.statuspage.io/v1/pages/PAGE_ID/incidents": a named value
    // as a path segment.
    static const QRegularExpression segment(QStringLiteral(R"((?<=/)([A-Z][A-Z0-9]*_[A-Z0-9_]+)(?=[/"'\s?]|$))"));
    static const QStringList pwshAutomatic = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"), QStringLiteral("_"),
                                              QStringLiteral("args"), QStringLiteral("input"), QStringLiteral("psitem"), QStringLiteral("psscriptroot"),
                                              QStringLiteral("pscommandpath"), QStringLiteral("lastexitcode"), QStringLiteral("error"),
                                              QStringLiteral("home"), QStringLiteral("pwd"), QStringLiteral("host"), QStringLiteral("matches"),
                                              QStringLiteral("erroractionpreference"), QStringLiteral("env"), QStringLiteral("this")};
    // "[TIMESTAMP]", "[Incident Title]", "[amount]"; not a link ("[text](url)").
    static const QRegularExpression field(QStringLiteral(R"(\[([A-Za-z][A-Za-z0-9 _/#:.,'-]{1,60})\](?!\())"));
    // "Subject: [URGENT] ...": the subject's tag is text the template keeps.
    static const QRegularExpression subjectTag(QStringLiteral(R"((?:^|\n)[ \t]*subject:[ \t]*$)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression assignment(QStringLiteral(R"((?:^|[\s;(])(?:export\s+|local\s+|readonly\s+)?([A-Z][A-Z0-9_]*)=)"));
    static const QRegularExpression loopVar(QStringLiteral(R"(\bfor\s+([A-Z][A-Z0-9_]*)\s+in\b)"));
    static const QStringList environment = {QStringLiteral("HOME"), QStringLiteral("PATH"), QStringLiteral("USER"), QStringLiteral("PWD"),
                                            QStringLiteral("SHELL"), QStringLiteral("HOSTNAME"), QStringLiteral("RANDOM"), QStringLiteral("LANG")};
    static const QStringList htmlTags = {QStringLiteral("br"), QStringLiteral("details"), QStringLiteral("summary"), QStringLiteral("b"),
                                         QStringLiteral("i"), QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("span")};
    // Cheap character tests first: most steps have no placeholder at all,
    // and a regex scan per kind and step was a fifth of the parse time.
    // One pass over the characters for what each kind needs (a contains()
    // per kind was a twentieth of parsing a large runbook).
    struct
    {
        bool dollar = false, lt = false, bracket = false, underscore = false, upperAfterSlash = false, stamp = false, yours = false,
             token = false;
    } seen;
    const QChar *c = text.constData();
    const qsizetype n = text.size();
    const auto at = [&](qsizetype i, const char *word) {
        for (qsizetype k = 0; word[k]; ++k)
            if (i + k >= n || c[i + k] != QLatin1Char(word[k]))
                return false;
        return true;
    };
    for (qsizetype i = 0; i < n; ++i) {
        switch (c[i].unicode()) {
        case u'$': seen.dollar = true; break;
        case u'<': seen.lt = true; break;
        case u'[': seen.bracket = true; break;
        case u'_': seen.underscore = true; break;
        case u'/': seen.upperAfterSlash = seen.upperAfterSlash || (i + 1 < n && c[i + 1].isUpper()); break;
        case u'Y': seen.stamp = seen.stamp || at(i, "YYYY"); break;
        case u'H': seen.stamp = seen.stamp || at(i, "HH"); break;
        case u'T':
            seen.stamp = seen.stamp || at(i, "TIMESTAMP");
            seen.token = seen.token || at(i, "Token ");
            break;
        case u'y': seen.yours = seen.yours || at(i, "your"); break;
        case u'B': seen.token = seen.token || at(i, "Bearer "); break;
        case u'O': seen.token = seen.token || at(i, "OAuth "); break;
        default: break;
        }
    }
    const bool hasDollar = kind == RunbookStep::Kind::Command && seen.dollar;
    QStringList assigned;
    if (hasDollar && where.contains(u'=')) {
        for (auto it = assignment.globalMatch(where); it.hasNext();)
            assigned.append(it.next().captured(1));
    }
    if (hasDollar && where.contains(QLatin1String("for "))) {
        for (auto it = loopVar.globalMatch(where); it.hasNext();)
            assigned.append(it.next().captured(1));
    }
    if (seen.lt)
    for (auto it = angle.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!htmlTags.contains(m.captured(1).toLower()))
            add(P::Kind::Angle, m.captured(0), m.captured(1));
    }
    if (seen.stamp)
    for (auto it = stamp.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // A bare TIMESTAMP names a value in a command's path (backup_TIMESTAMP.sql);
        // in a template's text it is a word, "[TIMESTAMP]" the field.
        if (m.captured(1) == u"TIMESTAMP" && kind != RunbookStep::Kind::Command)
            continue;
        add(P::Kind::Timestamp, m.captured(1), m.captured(1));
    }
    if (hasDollar && pwsh) {
        QStringList set;
        for (auto it = pwshAssignment.globalMatch(where); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            set.append((m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toLower());
        }
        for (auto it = pwshVariable.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString lower = m.captured(1).toLower();
            if (!set.contains(lower) && !pwshAutomatic.contains(lower) && !assigned.contains(m.captured(1)))
                add(P::Kind::Variable, m.captured(0), m.captured(1));
        }
    } else if (hasDollar) {
        for (auto it = variable.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            if (!assigned.contains(name) && !environment.contains(name))
                add(P::Kind::Variable, m.captured(0), name);
        }
    }
    if (kind == RunbookStep::Kind::Command && seen.yours) {
        for (auto it = yours.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(P::Kind::Angle, m.captured(1), m.captured(1));
        }
    }
    if (kind == RunbookStep::Kind::Command && seen.token) {
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(P::Kind::Angle, m.captured(1), m.captured(1));
        }
    }
    if (kind == RunbookStep::Kind::Command && seen.underscore && seen.upperAfterSlash) {
        for (auto it = segment.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(P::Kind::Angle, m.captured(1), m.captured(1));
        }
    } else if (kind != RunbookStep::Kind::Command && seen.bracket) {
        for (auto it = field.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1);
            const bool tag = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isUpper(); })
                             && subjectTag.match(QStringView(text).left(m.capturedStart(0))).hasMatch();
            if (!tag)
                add(P::Kind::Field, m.captured(0), name);
        }
    }
    return out;
}

// Fence attributes: ```bash {name=restore gate=typed timeout=600 expect-exit=0}
void applyAttributes(const QString &info, const QString &comment, RunbookStep &step, bool labelled, int line,
                     QList<Runbook::Warning> &warnings)
{
    QString all = info + u' ' + comment;
    all.remove(u'{').remove(u'}');
    static const QRegularExpression pair(QStringLiteral(R"(([A-Za-z][A-Za-z0-9_-]*)\s*=\s*("[^"]*"|\S+))"));
    for (auto it = pair.globalMatch(all); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1).toLower();
        QString value = m.captured(2);
        if (value.startsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        if (key == u"name") {
            // Names the block; a sub-step keeps its own numbered label.
            if (!labelled)
                step.label = value;
        } else if (key == u"gate") {
            if (value == u"none") {
                step.gates.clear();
                warnings.append({line, 1, RunbookParser::tr("the gate of '%1' is switched off by an annotation").arg(step.label)});
            } else if (value == u"two-person") {
                if (step.gates.isEmpty())
                    step.gates.append({QStringLiteral("annotation"), RunbookParser::tr("the runbook asks for a second person"), true, false});
                for (RunbookStep::Gate &g : step.gates)
                    g.twoPerson = true;
            } else if (value == u"typed") {
                if (step.gates.isEmpty())
                    step.gates.append({QStringLiteral("annotation"), RunbookParser::tr("the runbook marks this step as needing confirmation"), false, false});
            } else {
                warnings.append({line, 1, RunbookParser::tr("unknown gate '%1'; expected typed, two-person or none").arg(value)});
            }
        } else if (key == u"timeout") {
            bool ok = false;
            const int s = value.toInt(&ok);
            if (ok && s > 0)
                step.timeoutSeconds = s;
            else
                warnings.append({line, 1, RunbookParser::tr("timeout must be a number of seconds, not '%1'").arg(value)});
        } else if (key == u"expect-exit") {
            // Recorded by the wizard (issue 6); accepted here.
        } else {
            warnings.append({line, 1, RunbookParser::tr("unknown annotation '%1'; expected name, gate, timeout or expect-exit").arg(key)});
        }
    }
}

// "Trading Engine: 2 hours" (bold lead-in already flattened to text).
void addObjective(QList<Runbook::Objective> &out, const QString &component, const QString &rto, const QString &rpo, int line)
{
    for (Runbook::Objective &o : out) {
        if (o.component.compare(component, Qt::CaseInsensitive) == 0) {
            if (!rto.isEmpty())
                o.rto = rto;
            if (!rpo.isEmpty())
                o.rpo = rpo;
            return;
        }
    }
    out.append({component, rto, rpo, line});
}

Runner runnerFor(const QString &language)
{
    if (kShellLanguages.contains(language))
        return Runner::Bash;
    if (kPwshLanguages.contains(language))
        return Runner::Pwsh;
    if (kSqlLanguages.contains(language))
        return Runner::Sql;
    return Runner::Manual;
}

} // namespace

RunbookParser::RunbookParser(DestructiveClassifier classifier)
    : m_classifier(std::move(classifier))
    , m_pwsh(!QStandardPaths::findExecutable(QStringLiteral("pwsh")).isEmpty())
{
}

RunbookParser::Result RunbookParser::parseFile(const QString &path) const
{
    Result r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("%1: cannot read: %2").arg(path, f.errorString());
        return r;
    }
    if (f.size() > kMaxBytes) {
        r.error = tr("%1: %2 MB is too large for a runbook (at most %3 MB)").arg(path).arg(f.size() >> 20).arg(kMaxBytes >> 20);
        return r;
    }
    r.runbook = parse(f.readAll(), path);
    return r;
}

Runbook RunbookParser::parse(const QByteArray &markdown, const QString &path) const
{
    Runbook rb;
    rb.path = path;
    rb.source = markdown;
    // md4c wants UTF-8; text that is not (a Windows-1252 export) is read as
    // Latin-1 so every byte still means something, and the commander is told.
    QByteArray doc = markdown;
    // A byte-order mark would hide the first heading from md4c; three spaces
    // keep every offset and line where it was.
    if (doc.startsWith("\xEF\xBB\xBF"))
        doc.replace(0, 3, "   ");
    if (doc.contains('\0')) {
        doc.replace('\0', ' ');
        rb.warnings.append({1, 1, tr("the file contains NUL bytes; they were read as spaces")});
    }
    if (!QByteArrayView(doc).isValidUtf8()) {
        doc = QString::fromLatin1(doc).toUtf8();
        rb.warnings.append({1, 1, tr("the file is not valid UTF-8; it was read as Latin-1")});
    }

    static const QRegularExpression contents(QStringLiteral(R"(^\s*(table of )?contents\s*$|^toc$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    // Text before the first heading; with no headings at all, the whole
    // document, named after its file. (Set before any batch is built: a
    // batch is handed on only once a heading was seen.)
    QString untitledName = tr("(before the first heading)");
    const auto build = [&](const Section &s, const QString &title) {
        Runbook out;
        if (contents.match(s.title).hasMatch())
            return out;   // a list of links, not a procedure
        // Headings below the title name the procedure.
        QStringList path = s.path;
        if (!path.isEmpty() && s.level > 1 && path.first() == title)
            path.removeFirst();
        const QString name = path.join(QStringLiteral(" › "));
        Runbook::Procedure proc;
        proc.name = name.isEmpty() ? (s.title.isEmpty() ? untitledName : s.title) : name;
        proc.path = path;
        proc.level = s.level;
        proc.firstLine = s.line;
        proc.lastLine = s.lastLine;
        QString pendingAnnotation;
        int annotationLine = 0;
        QString pendingLead;   // a bold "**Procedure:**" naming the block after it
        bool runs = false;
        // Steps under a numbered heading (a stage) carry its title in their label.
        QString stage;
        qsizetype stageFrom = 0;
        int stageLine = 0;
        const auto endStage = [&] {
            if (stage.isEmpty())
                return;
            if (proc.steps.size() == stageFrom) {
                RunbookStep step;   // a heading with nothing under it: still a thing to do
                step.kind = RunbookStep::Kind::Instruction;
                step.label = stage;
                step.text = stage;
                step.firstLine = step.lastLine = stageLine;
                proc.steps.append(std::move(step));
            }
            for (qsizetype i = stageFrom; i < proc.steps.size(); ++i) {
                RunbookStep &step = proc.steps[i];
                step.label = step.label.isEmpty() || step.label == stage ? stage : stage + QStringLiteral(" › ") + step.label;
            }
            stage.clear();
        };
        // Bullets from index `from` on, while they last: "• " lines.
        const auto bullets = [&](qsizetype from, qsizetype *end) {
            QStringList lines;
            qsizetype i = from;
            for (; i < s.blocks.size() && s.blocks[i].type == Block::Type::BulletItem; ++i)
                lines.append(QStringLiteral("• ") + s.blocks[i].text);
            *end = i;
            return lines;
        };
        static const QRegularExpression triggerLead(QStringLiteral(R"(\b(trigger|condition|when|symptom|indicator)s?\b)"),
                                                    QRegularExpression::CaseInsensitiveOption);
        // Under "Rollback Decision Matrix › Trigger Conditions", a heading's
        // bullets are the conditions for the rollback type it names.
        static const QRegularExpression matrixHeading(QStringLiteral(R"(decision matrix|trigger conditions|rollback triggers|when to roll ?back)"),
                                                      QRegularExpression::CaseInsensitiveOption);
        // ...and the heading names a kind of rollback ("Severity Levels" beside
        // the Cryptobot matrix defines words, it triggers nothing).
        static const QRegularExpression rollbackKind(QStringLiteral(R"(\b(rollback|roll back|immediate|planned|emergency)\b)"),
                                                     QRegularExpression::CaseInsensitiveOption);
        const bool hasItems = std::any_of(s.blocks.cbegin(), s.blocks.cend(), [](const Block &b) {
            return b.type == Block::Type::BulletItem || b.type == Block::Type::TaskItem;
        });
        const bool matrixSection = hasItems && s.path.size() > 1 && rollbackKind.match(s.title).hasMatch()
                                   && matrixHeading.match(s.path.mid(0, s.path.size() - 1).join(u'\n')).hasMatch();
        Runbook::Table triggerRows;
        for (qsizetype bi = 0; bi < s.blocks.size(); ++bi) {
            const Block &b = s.blocks[bi];
            if (matrixSection && (b.type == Block::Type::BulletItem || b.type == Block::Type::TaskItem)) {
                if (triggerRows.rows.isEmpty())
                    triggerRows.firstLine = b.firstLine;
                triggerRows.rows.append({b.text, s.title});
                continue;
            }
            switch (b.type) {
            case Block::Type::Caution: {
                // A bold "Important Notes:" with bullets stays a step; a
                // warning with its words is said before the procedure starts.
                const Block *next = bi + 1 < s.blocks.size() ? &s.blocks[bi + 1] : nullptr;
                if (b.text == b.lead && b.lead.endsWith(u':') && next && next->type == Block::Type::BulletItem) {
                    qsizetype end = bi + 1;
                    const QStringList lines = bullets(bi + 1, &end);
                    RunbookStep step;
                    step.kind = RunbookStep::Kind::Instruction;
                    step.label = b.lead.chopped(1).trimmed();
                    step.text = b.lead + u'\n' + lines.join(u'\n');
                    step.firstLine = b.firstLine;
                    step.lastLine = s.blocks[end - 1].lastLine;
                    proc.steps.append(std::move(step));
                    bi = end - 1;
                } else {
                    proc.cautions.append(b.text);
                }
                break;
            }
            case Block::Type::Stage:
                endStage();
                stage = b.text;
                stageFrom = proc.steps.size();
                stageLine = b.firstLine;
                runs = true;
                break;
            case Block::Type::Annotation:
                pendingAnnotation = b.text;
                annotationLine = b.firstLine;
                break;
            case Block::Type::Table: {
                if (b.rows.isEmpty())
                    break;
                const QString header = b.rows.first().join(u' ').toLower();
                Runbook::Table t;
                t.section = name;
                t.header = b.rows.first();
                t.rows = b.rows.mid(1);
                t.firstLine = b.firstLine;
                if (header.contains(u"rto") || header.contains(u"rpo")) {
                    t.kind = Runbook::Table::Kind::Objectives;
                    out.tables.append(t);
                    const auto column = [&t](const QString &name) {
                        for (int c = 0; c < t.header.size(); ++c)
                            if (t.header[c].contains(name, Qt::CaseInsensitive))
                                return c;
                        return -1;
                    };
                    const int rto = column(QStringLiteral("rto")), rpo = column(QStringLiteral("rpo"));
                    for (int row = 0; row < t.rows.size(); ++row) {
                        const QStringList &r = t.rows[row];
                        if (r.isEmpty() || r.first().isEmpty())
                            continue;
                        addObjective(out.objectives, r.first(), rto >= 0 ? r.value(rto) : QString(), rpo >= 0 ? r.value(rpo) : QString(),
                                     t.firstLine + 2 + row);
                    }
                } else if ((header.contains(u"severity") || header.contains(u"trigger") || header.contains(u"issue")
                            || header.contains(u"scenario") || header.contains(u"condition"))
                           && (header.contains(u"rollback") || header.contains(u"type") || header.contains(u"action")
                               || header.contains(u"procedure") || header.contains(u"response"))) {
                    t.kind = Runbook::Table::Kind::DecisionMatrix;
                    out.tables.append(t);
                }
                break;
            }
            case Block::Type::Code: {
                if ((kShownLanguages.contains(b.language) || b.language.isEmpty()) && isTemplateHeading(s.path)
                    && !(b.language.isEmpty() && groupComment().match(b.text).hasMatch())) {
                    Runbook::Template t;
                    t.name = proc.name;
                    t.text = b.text;
                    t.firstLine = b.firstLine;
                    t.lastLine = b.lastLine;
                    for (const RunbookStep::Placeholder &p : findPlaceholders(b.text, RunbookStep::Kind::Instruction))
                        t.fields.append(p.text);
                    out.templates.append(t);
                    break;
                }
                if (kShownLanguages.contains(b.language))
                    break;   // configuration or output shown as an example, not run
                const Runner runner = runnerFor(b.language);
                const QList<Group> groups = splitGroups(b.text, runner, b.firstLine);
                QStringList stateLines;   // assignments and cd's of the groups before
                for (const Group &g : groups) {
                    const QStringList before = stateLines;
                    for (const QString &l : g.lines)
                        if (setsState(l, runner))
                            stateLines.append(l);
                    const bool hasCode = std::any_of(g.lines.cbegin(), g.lines.cend(), [runner](const QString &l) {
                        return !isCommentOrBlank(l, runner);
                    });
                    if (!hasCode) {
                        // "# 2. Notify users (if possible)" with only comments
                        // under it: a numbered thing to do by hand.
                        if (!g.label.isEmpty()) {
                            RunbookStep manual;
                            manual.kind = RunbookStep::Kind::Instruction;
                            manual.label = g.label;
                            QStringList notes;
                            for (const QString &l : g.lines.mid(1)) {
                                QString t = l.trimmed();
                                while (t.startsWith(u'#') || t.startsWith(u'-'))
                                    t.remove(0, 1);
                                if (!t.trimmed().isEmpty())
                                    notes.append(t.trimmed());
                            }
                            manual.text = notes.isEmpty() ? g.label : g.label + u'\n' + notes.join(u'\n');
                            manual.firstLine = g.firstLine;
                            manual.lastLine = g.firstLine + int(g.lines.size()) - 1;
                            proc.steps.append(std::move(manual));
                        }
                        continue;
                    }
                    RunbookStep step;
                    step.kind = RunbookStep::Kind::Command;
                    step.language = b.language;
                    step.runner = runner;
                    // "2. **Assess Scope of Failure**" around a block split at
                    // its comments: the item names each part too.
                    step.label = !g.label.isEmpty() && !b.context.isEmpty() && b.context.size() <= 60 ? b.context + QStringLiteral(" › ") + g.label
                                 : !g.label.isEmpty()    ? g.label
                                 : !b.context.isEmpty() ? b.context
                                 : !pendingLead.isEmpty() && groups.size() == 1 ? pendingLead
                                                        : firstCommentLabel(g.lines, runner);
                    step.firstLine = g.firstLine;
                    step.lastLine = g.firstLine + int(g.lines.size()) - 1;
                    splitAlternatives(g.lines, step, runner);
                    if (runner == Runner::Pwsh && !m_pwsh) {
                        step.runner = Runner::Manual;
                        step.manualReason = tr("PowerShell (pwsh) is not installed here");
                    } else if (runner == Runner::Manual) {
                        step.manualReason = tr("no runner for %1 blocks").arg(b.language);
                    } else if (static const QRegularExpression psqlMeta(QStringLiteral(R"((^|\n)\s*\\[a-z])"));
                               runner == Runner::Sql && psqlMeta.match(step.text).hasMatch()) {
                        step.runner = Runner::Manual;
                        step.manualReason = tr("psql meta-commands (\\dt, \\c …) are run by hand in psql");
                    } else if (static const QRegularExpression tsql(QStringLiteral(R"(\bRESTORE\s+(DATABASE|LOG)\b|\bBACKUP\s+DATABASE\b|(^|\n)\s*GO\s*($|\n)|\bWITH\s+(REPLACE|NORECOVERY|RECOVERY)\b)"),
                                                                    QRegularExpression::CaseInsensitiveOption);
                               runner == Runner::Sql && tsql.match(step.text).hasMatch()) {
                        // The profile's database is PostgreSQL; this is SQL Server's dialect.
                        step.runner = Runner::Manual;
                        step.manualReason = tr("SQL Server statements (RESTORE DATABASE, GO …) are run by hand in SQL Server's own tools");
                    }
                    // Every alternative is classified: the one shown may not be the one run.
                    const QStringList texts = step.alternatives.isEmpty() ? QStringList{step.text} : step.alternatives;
                    for (int i = 0; i < texts.size(); ++i) {
                        const Runner r = step.alternatives.isEmpty() ? runner
                                         : (step.alternativeLabels[i].startsWith(QStringLiteral("windows"), Qt::CaseInsensitive)
                                            || step.alternativeLabels[i].startsWith(QStringLiteral("powershell"), Qt::CaseInsensitive))
                                             ? Runner::Pwsh
                                             : runner;
                        for (const RunbookStep::Gate &gate : m_classifier.classify(texts[i], r))
                            if (std::none_of(step.gates.cbegin(), step.gates.cend(), [&gate](const RunbookStep::Gate &g) { return g.rule == gate.rule; }))
                                step.gates.append(gate);
                    }
                    step.prelude = preludeFor(texts.join(u'\n'), before, runner);
                    step.placeholders = findPlaceholders(step.prelude.isEmpty() ? texts.join(u'\n') : step.prelude + u'\n' + texts.join(u'\n'),
                                                         RunbookStep::Kind::Command, runner == Runner::Pwsh, b.text);
                    if (!b.info.isEmpty() || !pendingAnnotation.isEmpty())
                        applyAttributes(b.info, pendingAnnotation, step, !g.label.isEmpty(),
                                        pendingAnnotation.isEmpty() ? b.firstLine : annotationLine, out.warnings);
                    proc.steps.append(std::move(step));
                    runs = true;
                }
                pendingAnnotation.clear();
                pendingLead.clear();
                break;
            }
            case Block::Type::BulletItem: {
                if (!stage.isEmpty()) {
                    // "### 2. Notify Users" / "- Deploy maintenance page": one
                    // thing to do, its bullets the details.
                    qsizetype end = bi;
                    const QStringList lines = bullets(bi, &end);
                    RunbookStep step;
                    step.kind = RunbookStep::Kind::Instruction;
                    step.text = lines.join(u'\n');
                    step.firstLine = b.firstLine;
                    step.lastLine = s.blocks[end - 1].lastLine;
                    step.placeholders = findPlaceholders(step.text, RunbookStep::Kind::Instruction);
                    proc.steps.append(std::move(step));
                    bi = end - 1;
                    break;
                }
                // "- **Trading Engine**: 2 hours" under an RTO or RPO heading.
                static const QRegularExpression rtoHeading(QStringLiteral(R"(\bRTO\b|recovery time objective)"), QRegularExpression::CaseInsensitiveOption);
                static const QRegularExpression rpoHeading(QStringLiteral(R"(\bRPO\b|recovery point objective)"), QRegularExpression::CaseInsensitiveOption);
                const bool isRto = rtoHeading.match(s.title).hasMatch();
                const bool isRpo = rpoHeading.match(s.title).hasMatch();
                const qsizetype colon = b.text.indexOf(u':');
                if ((isRto != isRpo) && colon > 0) {
                    const QString component = b.text.left(colon).trimmed();
                    const QString value = b.text.mid(colon + 1).trimmed();
                    addObjective(out.objectives, component, isRto ? value : QString(), isRpo ? value : QString(), b.firstLine);
                }
                break;
            }
            case Block::Type::BoldParagraph:
                if (b.text == b.lead) {
                    // A bold line alone is a heading for what follows it:
                    // bullets become one step (or the procedure's triggers),
                    // a code block takes it as its name, a list needs nothing.
                    pendingLead.clear();
                    const Block *next = bi + 1 < s.blocks.size() ? &s.blocks[bi + 1] : nullptr;
                    if (next && next->type == Block::Type::BulletItem) {
                        qsizetype end = bi + 1;
                        const QStringList lines = bullets(bi + 1, &end);
                        if (triggerLead.match(b.lead).hasMatch()) {
                            for (const QString &l : lines)
                                proc.triggers.append(l.mid(2));
                        } else {
                            RunbookStep step;
                            step.kind = RunbookStep::Kind::Instruction;
                            step.label = b.lead.chopped(1).trimmed();   // the lead ends with ':'
                            step.text = b.lead + u'\n' + lines.join(u'\n');
                            step.firstLine = b.firstLine;
                            step.lastLine = s.blocks[end - 1].lastLine;
                            step.placeholders = findPlaceholders(step.text, RunbookStep::Kind::Instruction);
                            proc.steps.append(std::move(step));
                        }
                        bi = end - 1;
                    } else if (next && next->type == Block::Type::Code) {
                        pendingLead = b.lead.chopped(1).trimmed();
                    }
                    break;
                }
                // "**When to use:** the newest backup is corrupt": when to pick
                // this procedure, not a thing to do.
                if (triggerLead.match(b.lead).hasMatch()) {
                    proc.triggers.append(b.text.mid(b.lead.size()).trimmed());
                    break;
                }
                Q_FALLTHROUGH();
            case Block::Type::OrderedItem:
            case Block::Type::TaskItem: {
                RunbookStep step;
                step.kind = b.type == Block::Type::TaskItem ? RunbookStep::Kind::Checklist : RunbookStep::Kind::Instruction;
                step.runner = RunbookStep::Runner::None;
                step.text = b.text;
                step.checked = b.checked;
                step.firstLine = b.firstLine;
                step.lastLine = b.lastLine;
                step.placeholders = findPlaceholders(b.text, RunbookStep::Kind::Instruction);
                proc.steps.append(std::move(step));
                runs = runs || b.type == Block::Type::OrderedItem || b.type == Block::Type::TaskItem;
                break;
            }
            }
        }
        endStage();
        if (runs)
            out.procedures.append(std::move(proc));
        if (!triggerRows.rows.isEmpty()) {
            triggerRows.kind = Runbook::Table::Kind::DecisionMatrix;
            triggerRows.fromLists = true;
            triggerRows.section = path.mid(0, path.size() - 1).join(QStringLiteral(" › "));
            triggerRows.header = QStringList{tr("Trigger"), tr("Rollback Type")};
            out.tables.append(triggerRows);
        }
        return out;
    };
    // A batch of sections as one part, its objectives still unmerged.
    const auto buildAll = [&](const QList<Section> &sections, const QString &title) {
        Runbook out;
        for (const Section &section : sections) {
            Runbook part = build(section, title);
            out.procedures.append(std::move(part.procedures));
            out.tables.append(std::move(part.tables));
            out.templates.append(std::move(part.templates));
            out.warnings.append(std::move(part.warnings));
            out.objectives.append(std::move(part.objectives));
        }
        return out;
    };

    Walker walker(doc);
    MD_PARSER parser = {};
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTMLSPANS;
    parser.enter_block = &Walker::enterBlock;
    parser.leave_block = &Walker::leaveBlock;
    parser.enter_span = &Walker::enterSpan;
    parser.leave_span = &Walker::leaveSpan;
    parser.text = &Walker::onText;
    // Large documents: batches of sections are built on the thread pool
    // while md4c reads on (two cores here: the 5 MB benchmark went from
    // 163 ms, reading then building, to the figure in the README).
    QList<QFuture<Runbook>> batches;   // in document order
    if (doc.size() >= m_parallelBytes)
        walker.setFlush(
            [&](QList<Section> &&sections, const QString &title) {
                batches.append(QtConcurrent::run(buildAll, std::move(sections), title));
            },
            kBatchLines);
    if (md_parse(doc.constData(), MD_SIZE(doc.size()), &parser, &walker) != 0)
        rb.warnings.append({1, 1, tr("the Markdown could not be read to its end")});
    rb.title = walker.title();

    if (walker.sectionCount() == 1) {
        untitledName = QFileInfo(path).completeBaseName();
        rb.warnings.append({1, 1, tr("the document has no headings: what it holds is one procedure, named after the file")});
    }
    // Unclosed fence: md4c runs the block to the end of the file.
    if (doc.count("```") % 2 == 1)
        rb.warnings.append({walker.lineOf(doc.lastIndexOf("```")), 1, tr("a code fence is not closed; the block runs to the end of the file")});

    QList<Runbook> parts;
    for (QFuture<Runbook> &batch : batches)
        parts.append(batch.result());
    parts.append(buildAll(walker.takeSections(), rb.title));
    for (Runbook &part : parts) {
        rb.procedures.append(std::move(part.procedures));
        for (Runbook::Table &t : part.tables) {
            // One matrix for all the headings under one "Trigger Conditions".
            if (t.fromLists && !rb.tables.isEmpty() && rb.tables.last().fromLists && rb.tables.last().section == t.section)
                rb.tables.last().rows.append(t.rows);
            else
                rb.tables.append(std::move(t));
        }
        rb.templates.append(std::move(part.templates));
        rb.warnings.append(std::move(part.warnings));
        for (const Runbook::Objective &o : std::as_const(part.objectives))
            addObjective(rb.objectives, o.component, o.rto, o.rpo, o.line);
    }
    return rb;
}

} // namespace qd
