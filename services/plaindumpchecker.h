#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace qd {

// Decides whether SQL text is a whole dump: the tool's header at the start and
// its "complete" trailer at the end. Fed as a stream (the file itself, or what
// a gzip verifier inflates), it keeps only the first and last few KiB, so a
// multi-gigabyte dump costs no memory.
class PlainDumpChecker
{
    Q_DECLARE_TR_FUNCTIONS(qd::PlainDumpChecker)
public:
    enum class Verdict { Complete, Truncated, NotADump };

    struct Result
    {
        Verdict verdict = Verdict::NotADump;
        QString tool;     // "pg_dump SQL", "pg_dumpall SQL", "mysqldump SQL"
        QString reason;   // why Truncated / NotADump
    };

    void feed(const uchar *data, size_t size);
    Result finish() const;

    // Whether the first bytes look like a dump this class knows.
    static bool looksLikeDump(const QByteArray &head);

    static constexpr qsizetype kHeadBytes = 4096;
    static constexpr qsizetype kTailBytes = 16384;

private:
    QByteArray m_head;
    QByteArray m_tail;
    qint64 m_total = 0;
};

} // namespace qd
