#include "plaindumpchecker.h"

#include <QList>

namespace qd {

namespace {

struct DumpTool
{
    const char *name;
    const char *header;    // a whole line near the start
    const char *trailer;   // a line that starts the end of a finished dump
};

// The cluster variant first: its header line would not match the database
// one anyway (whole lines are compared), but its name is the better answer.
constexpr DumpTool kTools[] = {
    {"pg_dumpall SQL", "-- PostgreSQL database cluster dump", "-- PostgreSQL database cluster dump complete"},
    {"pg_dump SQL", "-- PostgreSQL database dump", "-- PostgreSQL database dump complete"},
    {"mysqldump SQL", nullptr, "-- Dump completed"},
};

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    for (QByteArray &l : out)
        if (l.endsWith('\r'))
            l.chop(1);
    return out;
}

const DumpTool *toolOf(const QByteArray &head)
{
    if (head.startsWith("-- MySQL dump"))
        return &kTools[2];
    // pg_dump begins "--\n-- PostgreSQL database dump\n--"; newer ones put a
    // \restrict line right after, so look at whole lines of the head.
    const QList<QByteArray> ls = lines(head.left(PlainDumpChecker::kHeadBytes));
    for (int i = 0; i < ls.size() && i < 8; ++i)
        for (const DumpTool &t : kTools)
            if (t.header && ls[i] == t.header)
                return &t;
    return nullptr;
}

} // namespace

void PlainDumpChecker::feed(const uchar *data, size_t size)
{
    const char *p = reinterpret_cast<const char *>(data);
    if (m_head.size() < kHeadBytes)
        m_head.append(p, qMin<qsizetype>(qsizetype(size), kHeadBytes - m_head.size()));
    if (qsizetype(size) >= kTailBytes) {
        m_tail = QByteArray(p + size - kTailBytes, kTailBytes);
    } else {
        m_tail.append(p, qsizetype(size));
        if (m_tail.size() > kTailBytes)
            m_tail.remove(0, m_tail.size() - kTailBytes);
    }
    m_total += qint64(size);
}

bool PlainDumpChecker::looksLikeDump(const QByteArray &head)
{
    return toolOf(head) != nullptr;
}

PlainDumpChecker::Result PlainDumpChecker::finish() const
{
    Result r;
    const DumpTool *tool = toolOf(m_head);
    if (!tool) {
        r.reason = tr("SQL text without a pg_dump header: cannot tell whether it is complete");
        return r;
    }
    r.tool = QString::fromLatin1(tool->name);
    // A trailer line, then only what dump tools write after it: blank lines,
    // comments, and psql meta-commands (newer pg_dump ends with \unrestrict).
    const QList<QByteArray> ls = lines(m_tail);
    int trailerAt = -1;
    for (int i = ls.size() - 1; i >= 0; --i) {
        const QByteArray &l = ls[i];
        if (l.startsWith(tool->trailer)) {
            trailerAt = i;
            break;
        }
        const bool allowedAfter = l.trimmed().isEmpty() || l.startsWith("--") || l.startsWith('\\');
        if (!allowedAfter)
            break;
    }
    if (trailerAt < 0) {
        r.verdict = Verdict::Truncated;
        r.reason = tr("truncated: the '%1' line is missing at the end, so the dump did not finish")
                       .arg(QString::fromLatin1(tool->trailer));
        return r;
    }
    r.verdict = Verdict::Complete;
    return r;
}

} // namespace qd
