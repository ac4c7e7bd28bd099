#include "stepplanner.h"

#include <QList>

#include <algorithm>

namespace qd {

namespace {

// Where a character of a bash script stands, as far as putting a value
// there is concerned.
enum class Context : quint8 {
    Code,              // outside any quotes: a quoted word goes in as it is
    Single,            // inside '…'
    Double,            // inside "…"
    Comment,           // after # to the end of the line
    HeredocExpanding,  // the body of <<EOF: $x expands, quotes are text
    HeredocLiteral,    // the body of <<'EOF': nothing expands
    Unsupported,       // $'…' and the like: refused rather than guessed
};

bool isWordBreak(QChar c)
{
    switch (c.unicode()) {
    case u' ': case u'\t': case u'\n': case u';': case u'|': case u'&': case u'(': case u')': case u'<': case u'>':
        return true;
    default:
        return false;
    }
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// "${NAME}" at `at`: a plain expansion, nothing read again.
bool simpleBraces(const QString &s, qsizetype at)
{
    qsizetype k = at + 2;
    while (k < s.size() && isNameChar(s[k]))
        ++k;
    return k < s.size() && s[k] == u'}' && k > at + 2;
}

// One pass over the script, the way bash reads quoting: enough of it to
// know, for every character, whether a value placed there would be code,
// quoted text, a comment or a here-document. Where bash would read a value
// again as code or arithmetic ($((…)), ((…)), [[…]], let, `…`, ${…} with
// operators, array subscripts), or where this reading could be wrong (a
// `case` inside $(…)), the characters are Unsupported: no value goes there.
// Command substitutions $(…) are followed so "$(cat "$f")" does not end the
// outer quotes early.
QList<Context> contexts(const QString &s)
{
    const qsizetype n = s.size();
    QList<Context> ctx(n, Context::Code);
    QList<bool> escaped(n, false);   // preceded by a backslash that quotes it
    struct Heredoc
    {
        QString delimiter;
        bool literal = false;
        bool stripTabs = false;
    };
    QList<Heredoc> pending;
    // States to return to when a $( … ) ends; the current state is `state`.
    QList<Context> stack;
    QList<int> depth;   // open parentheses inside each $( … )
    Context state = Context::Code;
    qsizetype i = 0;
    const auto startOfWord = [&](qsizetype at) { return at == 0 || (isWordBreak(s[at - 1]) && !escaped[at - 1]); };
    const auto at = [&](qsizetype k, const char *word) {
        for (qsizetype w = 0; word[w]; ++w)
            if (k + w >= n || s[k + w] != QLatin1Char(word[w]))
                return false;
        return true;
    };
    // Marks [from, to) Unsupported; returns `to`.
    const auto unsupported = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < qMin(to, n); ++k)
            ctx[k] = Context::Unsupported;
        return qMin(to, n);
    };
    // The end of a bracketed region: the matching close, counting nested
    // opens; quotes inside are skipped whole. n when it never closes.
    const auto matching = [&](qsizetype from, QChar open, QChar close, int closes = 1) {
        int level = 0;
        for (qsizetype k = from; k < n; ++k) {
            const QChar c = s[k];
            if (c == u'\\') {
                ++k;
                continue;
            }
            if (c == u'\'' || c == u'"') {
                const qsizetype end = s.indexOf(c, k + 1);
                if (end < 0)
                    return n;
                k = end;
                continue;
            }
            if (c == open)
                ++level;
            else if (c == close && --level <= 0) {
                if (closes == 2 && !(k + 1 < n && s[k + 1] == close))
                    continue;
                return k + closes;
            }
        }
        return n;
    };
    // Backticks, $(( … )) and ${…} with operators, in code or in double
    // quotes: their insides are read again by rules of their own. Moves `i`
    // past the construct and says so.
    const auto readAgain = [&](qsizetype &i) {
        if (s[i] == u'`') {
            qsizetype end = i + 1;
            while (end < n && s[end] != u'`')
                end += s[end] == u'\\' ? 2 : 1;
            i = unsupported(i, end + 1);
            return true;
        }
        if (at(i, "$((")) {
            i = unsupported(i, matching(i + 1, u'(', u')', 2));
            return true;
        }
        if (s[i] == u'$' && i + 1 < n && s[i + 1] == u'{' && !simpleBraces(s, i)) {
            i = unsupported(i, matching(i + 1, u'{', u'}'));
            return true;
        }
        return false;
    };
    while (i < n) {
        const QChar c = s[i];
        switch (state) {
        case Context::Code:
            ctx[i] = Context::Code;
            if (c == u'\\' && i + 1 < n) {
                ctx[i + 1] = Context::Code;
                escaped[i + 1] = true;
                i += 2;
                continue;
            }
            if (c == u'$' && i + 1 < n && s[i + 1] == u'\'') {
                state = Context::Unsupported;
                ctx[i + 1] = Context::Unsupported;
                i += 2;
                continue;
            }
            // Arithmetic, where a value would be evaluated: (( … )),
            // [[ … ]] (its -gt and -eq do arithmetic), let; $(( … )) is
            // with the other constructs read again, below.
            if (startOfWord(i) && (at(i, "((") || at(i, "[["))) {
                i = at(i, "((") ? unsupported(i, matching(i, u'(', u')', 2)) : unsupported(i, s.indexOf(QStringLiteral("]]"), i) < 0 ? n : s.indexOf(QStringLiteral("]]"), i) + 2);
                continue;
            }
            if (startOfWord(i) && at(i, "let") && i + 3 < n && (s[i + 3] == u' ' || s[i + 3] == u'\t')) {
                qsizetype end = i;
                while (end < n && s[end] != u'\n' && s[end] != u';')
                    ++end;
                i = unsupported(i, end);
                continue;
            }
            if (readAgain(i))
                continue;
            // An array subscript (name[…]) is arithmetic too.
            if (c == u'[' && i > 0 && isNameChar(s[i - 1])) {
                i = unsupported(i, matching(i, u'[', u']'));
                continue;
            }
            if (c == u'$' && i + 1 < n && s[i + 1] == u'(') {
                stack.append(Context::Code);
                depth.append(0);
                i += 2;
                continue;
            }
            // `case` inside $( … ): its patterns' ")" would fool the
            // counting below; nothing after it takes a value.
            if (!depth.isEmpty() && startOfWord(i) && at(i, "case") && (i + 4 >= n || isWordBreak(s[i + 4]))) {
                unsupported(i, n);
                return ctx;
            }
            if (c == u'(' && !depth.isEmpty())
                ++depth.last();
            if (c == u')' && !depth.isEmpty()) {
                if (depth.last() == 0) {
                    depth.removeLast();
                    state = stack.takeLast();
                } else {
                    --depth.last();
                }
            }
            if (c == u'\'')
                state = Context::Single;
            else if (c == u'"')
                state = Context::Double;
            else if (c == u'#' && startOfWord(i))
                state = Context::Comment;
            else if (at(i, "<<<")) {
                // A here-string: the word after it is an ordinary word.
                i += 3;
                continue;
            } else if (at(i, "<<")) {
                Heredoc h;
                qsizetype j = i + 2;
                if (j < n && s[j] == u'-') {
                    h.stripTabs = true;
                    ++j;
                }
                while (j < n && (s[j] == u' ' || s[j] == u'\t'))
                    ++j;
                // The delimiter is a shell word: quoted parts may hold spaces.
                QString word;
                while (j < n && !isWordBreak(s[j])) {
                    if (s[j] == u'\'' || s[j] == u'"') {
                        const QChar q = s[j];
                        const qsizetype end = s.indexOf(q, j + 1);
                        h.literal = true;
                        if (end < 0) {
                            unsupported(i, n);
                            return ctx;
                        }
                        word += QStringView(s).mid(j + 1, end - j - 1);
                        j = end + 1;
                        continue;
                    }
                    if (s[j] == u'\\' && j + 1 < n) {
                        h.literal = true;
                        word += s[j + 1];
                        j += 2;
                        continue;
                    }
                    word += s[j++];
                }
                h.delimiter = word;
                if (!word.isEmpty())
                    pending.append(h);
                i = j;
                continue;
            } else if (c == u'\n' && !pending.isEmpty()) {
                // The bodies start on the next line, one after another.
                qsizetype from = i + 1;
                for (const Heredoc &h : std::as_const(pending)) {
                    while (from < n) {
                        qsizetype eol = s.indexOf(u'\n', from);
                        if (eol < 0)
                            eol = n;
                        QString line = s.mid(from, eol - from);
                        if (h.stripTabs)
                            while (line.startsWith(u'\t'))
                                line.remove(0, 1);
                        const bool end = line == h.delimiter;
                        for (qsizetype k = from; k < eol; ++k)
                            ctx[k] = end ? Context::Code : h.literal ? Context::HeredocLiteral : Context::HeredocExpanding;
                        // In an expanding body, $( … ), `…` and ${…} are read
                        // as code again: no value goes inside them.
                        if (!end && !h.literal)
                            for (qsizetype k = from; k < eol; ++k)
                                if (s[k] == u'`' || (s[k] == u'$' && k + 1 < eol && s[k + 1] == u'(')
                                    || (s[k] == u'$' && k + 1 < eol && s[k + 1] == u'{' && !simpleBraces(s, k)))
                                    for (qsizetype m = k; m < eol; ++m)
                                        ctx[m] = Context::Unsupported;
                        from = eol + 1;
                        if (end)
                            break;
                    }
                }
                pending.clear();
                i = from;
                continue;
            }
            break;
        case Context::Single:
            ctx[i] = Context::Single;
            if (c == u'\'')
                state = Context::Code;
            break;
        case Context::Unsupported:
            ctx[i] = Context::Unsupported;
            if (c == u'\\' && i + 1 < n) {
                ctx[i + 1] = Context::Unsupported;
                i += 2;
                continue;
            }
            if (c == u'\'')
                state = Context::Code;
            break;
        case Context::Double:
            ctx[i] = Context::Double;
            if (c == u'\\' && i + 1 < n) {
                ctx[i + 1] = Context::Double;
                escaped[i + 1] = true;
                i += 2;
                continue;
            }
            if (readAgain(i))
                continue;
            if (c == u'$' && i + 1 < n && s[i + 1] == u'(') {
                stack.append(Context::Double);
                depth.append(0);
                state = Context::Code;
                i += 2;
                continue;
            }
            if (c == u'"')
                state = Context::Code;
            break;
        case Context::Comment:
            if (c == u'\n') {
                state = Context::Code;
                continue;   // the newline may start here-document bodies
            }
            ctx[i] = Context::Comment;
            break;
        case Context::HeredocExpanding:
        case Context::HeredocLiteral:
            break;   // handled when their line starts
        }
        ++i;
    }
    return ctx;
}

// Where a placeholder's text stands in the script as the placeholder (not
// as part of a longer name: $DB_HOST in $DB_HOSTNAME, TIMESTAMP in
// CURRENT_TIMESTAMP).
QList<qsizetype> occurrences(const QString &script, const RunbookStep::Placeholder &p)
{
    QList<qsizetype> out;
    const qsizetype len = p.text.size();
    for (qsizetype at = script.indexOf(p.text); at >= 0; at = script.indexOf(p.text, at + 1)) {
        const qsizetype end = at + len;
        const QChar before = at > 0 ? script[at - 1] : QChar();
        const QChar after = end < script.size() ? script[end] : QChar();
        bool bounded = true;
        switch (p.kind) {
        case RunbookStep::Placeholder::Kind::Variable:
            bounded = p.text.endsWith(u'}') || !isNameChar(after);
            break;
        case RunbookStep::Placeholder::Kind::Angle:
            break;
        case RunbookStep::Placeholder::Kind::Timestamp:
        case RunbookStep::Placeholder::Kind::Field:
            bounded = !before.isLetterOrNumber() && !after.isLetterOrNumber() && !(p.text.at(0).isLetter() && before == u'_' &&
                                                                                      at >= 2 && script[at - 2].isUpper());
            break;
        }
        if (bounded)
            out.append(at);
    }
    return out;
}

struct Replacement
{
    qsizetype from = 0;
    qsizetype to = 0;   // exclusive
    QString text;
    bool sqlParameter = false;   // `text` is the placeholder's name
};

QString masked(const StepPlanner::Value &v)
{
    return v.secret ? QStringLiteral("••••••") : v.text;
}

} // namespace

QString StepPlanner::shellQuote(const QString &text)
{
    QString out = QStringLiteral("'");
    out += QString(text).replace(u'\'', QStringLiteral("'\\''"));
    out += u'\'';
    return out;
}

QString StepPlanner::environmentName(const QString &placeholderName)
{
    QString out = QStringLiteral("QD_");
    for (const QChar c : placeholderName)
        out += c.isLetterOrNumber() && c.unicode() < 128 ? c.toUpper() : QChar(u'_');
    return out;
}

PlannedStep StepPlanner::plan(const RunbookStep &step, int number, const Values &values, const QProcessEnvironment &inherited)
{
    PlannedStep out;
    out.number = number;
    out.step = step;
    const bool bash = step.kind == RunbookStep::Kind::Command && step.runner == RunbookStep::Runner::Bash;
    const bool sql = step.kind == RunbookStep::Kind::Command && step.runner == RunbookStep::Runner::Sql;
    const QString script = bash && !step.prelude.isEmpty() ? step.prelude + u'\n' + step.text : step.text;

    // Longest first, so YYYYMMDD_HHMMSS is not taken for YYYYMMDD.
    QList<RunbookStep::Placeholder> placeholders = step.placeholders;
    std::stable_sort(placeholders.begin(), placeholders.end(),
                     [](const auto &a, const auto &b) { return a.text.size() > b.text.size(); });

    const QList<Context> ctx = bash ? contexts(script) : QList<Context>();
    QList<Replacement> replacements;
    QList<bool> taken(script.size(), false);
    const auto setEnvironment = [&out](const QString &name, const QString &value, bool secret) {
        for (const auto &kv : std::as_const(out.environment))
            if (kv.first == name)
                return;
        out.environment.append({name, value});
        if (secret)
            out.secretNames.append(name);
    };
    const auto problem = [&out](const QString &sentence) {
        if (!out.problems.contains(sentence))
            out.problems.append(sentence);
    };

    for (const RunbookStep::Placeholder &p : std::as_const(placeholders)) {
        const bool isVariable = p.kind == RunbookStep::Placeholder::Kind::Variable;
        const auto found = values.constFind(p.name);
        if (found == values.cend()) {
            if (!(isVariable && inherited.contains(p.name)) && !out.missing.contains(p.name))
                out.missing.append(p.name);
            continue;
        }
        const Value &v = *found;
        for (const qsizetype at : occurrences(script, p)) {
            const qsizetype end = at + p.text.size();
            if (std::any_of(taken.cbegin() + at, taken.cbegin() + end, [](bool t) { return t; }))
                continue;
            Replacement r{at, end, QString()};
            if (!bash) {
                if (sql) {
                    r.text = p.name;   // numbered below, in the order they stand
                    r.sqlParameter = true;
                } else {
                    r.text = masked(v);   // a person reads it; secrets stay hidden
                }
            } else if (isVariable) {
                // In arithmetic or a construct read again as code, even a
                // value from the environment would be evaluated.
                if (ctx[at] == Context::Unsupported) {
                    problem(tr("%1 stands where bash would read its value as code or arithmetic ($((…)), [[…]], `…`, "
                               "${…} with operators, let, an array subscript); edit the runbook to use it as a plain argument")
                                .arg(p.text));
                    continue;
                }
                setEnvironment(p.name, v.text, v.secret);
                // Left as the runbook has it; only quoted where it stood bare,
                // so a value with spaces or * stays one argument.
                if (ctx[at] != Context::Code)
                    continue;
                r.text = u'"' + p.text + u'"';
            } else {
                const QString env = environmentName(p.name);
                const bool lineBreak = v.text.contains(u'\n') || v.text.contains(u'\r');
                switch (ctx[at]) {
                case Context::Code:
                    if (v.secret) {
                        setEnvironment(env, v.text, true);
                        r.text = QStringLiteral("\"${%1}\"").arg(env);
                        break;
                    }
                    // A backup picked from the inventory is its whole path:
                    // it takes the place of the runbook's example path.
                    if (!p.backupSet.isEmpty() && v.text.startsWith(u'/')) {
                        while (r.from > 0 && ctx[r.from - 1] == Context::Code && !isWordBreak(script[r.from - 1]) &&
                               script[r.from - 1] != u'\'' && script[r.from - 1] != u'"' && script[r.from - 1] != u'\\')
                            --r.from;
                        while (r.to < script.size() && ctx[r.to] == Context::Code && !isWordBreak(script[r.to]) &&
                               script[r.to] != u'\'' && script[r.to] != u'"' && script[r.to] != u'\\')
                            ++r.to;
                    }
                    r.text = shellQuote(v.text);
                    break;
                case Context::Double:
                    r.text = v.secret ? QStringLiteral("${%1}").arg(env) : u'"' + shellQuote(v.text) + u'"';
                    if (v.secret)
                        setEnvironment(env, v.text, true);
                    break;
                case Context::Single:
                    if (v.secret) {
                        setEnvironment(env, v.text, true);
                        r.text = QStringLiteral("'\"${%1}\"'").arg(env);
                    } else {
                        r.text = u'\'' + shellQuote(v.text) + u'\'';
                    }
                    break;
                case Context::HeredocExpanding:
                    // Quotes would be text here; an expansion is not re-read.
                    setEnvironment(env, v.text, v.secret);
                    r.text = QStringLiteral("${%1}").arg(env);
                    break;
                case Context::HeredocLiteral:
                    if (v.secret)
                        problem(tr("%1 is a secret and would be written into the here-document as text; the runbook "
                                   "must use a $VARIABLE there").arg(p.text));
                    else if (lineBreak)
                        problem(tr("the value for %1 has a line break, which could end the here-document it goes into")
                                    .arg(p.text));
                    else
                        r.text = v.text;   // nothing is expanded in <<'EOF'
                    break;
                case Context::Comment:
                    if (lineBreak)
                        problem(tr("the value for %1 has a line break, which would end the comment it goes into and run "
                                   "the rest").arg(p.text));
                    else
                        r.text = masked(v);
                    break;
                case Context::Unsupported:
                    problem(tr("%1 stands where bash would read a value again as code or arithmetic ($'…', $((…)), [[…]], "
                               "`…`, ${…} with operators, let, an array subscript, a case inside $(…)); Quarterdeck puts no "
                               "value there: edit the runbook to use a plain argument").arg(p.text));
                    break;
                }
                if (r.text.isEmpty() && !v.text.isEmpty())
                    continue;
            }
            for (qsizetype k = r.from; k < r.to; ++k)
                taken[k] = true;
            replacements.append(r);
        }
    }

    std::sort(replacements.begin(), replacements.end(), [](const Replacement &a, const Replacement &b) { return a.from < b.from; });
    QString command;
    qsizetype at = 0;
    for (Replacement &r : replacements) {
        if (r.sqlParameter) {
            qsizetype index = out.sqlParameters.indexOf(r.text);
            if (index < 0) {
                out.sqlParameters.append(r.text);
                index = out.sqlParameters.size() - 1;
            }
            r.text = u'$' + QString::number(index + 1);
        }
        command += QStringView(script).mid(at, r.from - at);
        command += r.text;
        at = r.to;
    }
    command += QStringView(script).mid(at);
    out.command = command;
    return out;
}

QList<PlannedStep> StepPlanner::plan(const Runbook::Procedure &procedure, const Values &values, const QProcessEnvironment &inherited)
{
    QList<PlannedStep> out;
    out.reserve(procedure.steps.size());
    int number = 0;
    for (const RunbookStep &s : procedure.steps)
        out.append(plan(s, ++number, values, inherited));
    return out;
}

} // namespace qd
