#pragma once

// The md4c side of reading a runbook (RunbookParser's, nothing else's):
// md4c's callbacks gathered into heading sections of blocks, in document
// order, before RunbookParser turns them into procedures and steps.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <md4c.h>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace qd::runbookmd {

// What md4c tells us, kept per heading section in document order, before
// it is turned into procedures.
struct Block
{
    // Stage: a numbered heading that is a step of the procedure above it
    // ("## Full System Rollback Procedure" / "### 1. Emergency System Shutdown").
    // Caution: a bold warning paragraph ("**CRITICAL: ...**").
    enum class Type { Code, OrderedItem, BulletItem, TaskItem, BoldParagraph, Table, Annotation, Stage, Caution };
    Type type = Type::Code;
    QString language;     // code: the fence's language
    QString info;         // code: the rest of the info string ({name=... gate=...})
    QString context;      // code: the text of the list item it stands in ("**Immediate Actions** (0-15 minutes)")
    QString text;
    QString lead;         // bold paragraph: its bold opening ("Trigger Conditions:")
    bool checked = false; // task item
    QList<QStringList> rows;   // table: header first
    int firstLine = 0;
    int lastLine = 0;
};

struct Section
{
    QString title;
    int level = 0;
    QStringList path;      // titles of the enclosing headings and this one
    int line = 0;
    int lastLine = 0;
    QList<Block> blocks;
};

// The md4c callbacks' state: a stack of what is open and where text goes.
class Walker
{
public:
    explicit Walker(const QByteArray &doc)
        : m_doc(doc)
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < doc.size(); ++i)
            if (doc[i] == '\n')
                m_lineStarts.push_back(i + 1);
        // Text before the first heading belongs to an untitled section,
        // which starts on the first line.
        Section untitled;
        untitled.line = untitled.lastLine = 1;
        m_sections.append(untitled);
    }

    // The sections not yet handed on (all of them without a flush).
    QList<Section> takeSections() { return std::exchange(m_sections, {}); }
    int sectionCount() const { return m_sectionCount; }

    // A large document's complete sections are handed on in batches of
    // about `lines` lines while md4c reads on, so building them overlaps
    // reading the rest. Only once the title is known: sections are named
    // relative to it.
    using Flush = std::function<void(QList<Section> &&sections, const QString &title)>;
    void setFlush(Flush flush, int lines)
    {
        m_flush = std::move(flush);
        m_flushLines = lines;
    }
    QString title() const { return m_title; }

    int lineOf(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        return int(it - m_lineStarts.begin());
    }

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self) { return static_cast<Walker *>(self)->enter(type, detail); }
    static int leaveBlock(MD_BLOCKTYPE type, void *detail, void *self) { return static_cast<Walker *>(self)->leave(type, detail); }
    static int enterSpan(MD_SPANTYPE type, void *, void *self)
    {
        auto *w = static_cast<Walker *>(self);
        // A paragraph that opens with bold text: "**Check logs:** ..."
        if (type == MD_SPAN_STRONG && w->m_inParagraph && w->m_buffer.trimmed().isEmpty())
            w->m_boldLead = true;
        if (type == MD_SPAN_STRONG && w->m_boldLead && w->m_boldDepth >= 0)
            ++w->m_boldDepth;
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *, void *self)
    {
        auto *w = static_cast<Walker *>(self);
        if (type == MD_SPAN_STRONG && w->m_boldLead && w->m_boldDepth > 0 && --w->m_boldDepth == 0) {
            w->m_boldText = w->m_buffer.trimmed();
            w->m_boldDepth = -1;   // only the first bold run counts
        }
        return 0;
    }
    static int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        return static_cast<Walker *>(self)->textIn(type, text, size);
    }

private:
    void note(const MD_CHAR *text)
    {
        const qsizetype offset = text - m_doc.constData();
        if (offset < 0 || offset > m_doc.size())
            return;   // entities and the like point elsewhere
        const int line = lineOf(offset);
        if (m_blockFirst == 0 || line < m_blockFirst)
            m_blockFirst = line;
        m_blockLast = qMax(m_blockLast, line);
    }

    int enter(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_H:
            m_inHeading = true;
            m_headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            startText();
            break;
        case MD_BLOCK_CODE: {
            auto *d = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            m_inCode = true;
            m_codeLanguage = QString::fromUtf8(d->lang.text, int(d->lang.size)).toLower();
            const QString info = QString::fromUtf8(d->info.text, int(d->info.size));
            m_codeInfo = info.mid(int(d->lang.size)).trimmed();
            // A block inside a list item is that item's command: the item's
            // words label it, and the item is no instruction of its own.
            m_codeContext.clear();
            if (!m_items.empty()) {
                m_codeContext = m_buffer.simplified();
                m_items.back().hasCode = true;
            }
            m_savedBuffer = m_buffer;
            m_savedFirst = m_blockFirst;
            m_savedLast = m_blockLast;
            startText();
            break;
        }
        case MD_BLOCK_OL:
        case MD_BLOCK_UL:
            m_lists.push_back(type == MD_BLOCK_OL);
            break;
        case MD_BLOCK_LI: {
            auto *d = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            Item item;
            item.ordered = !m_lists.empty() && m_lists.back();
            item.task = d->is_task != 0;
            item.checked = d->is_task && (d->task_mark == 'x' || d->task_mark == 'X');
            // Nested items keep their own text; the outer keeps what it had,
            // and where it began.
            if (!m_items.empty()) {
                m_items.back().text = m_buffer;
                m_items.back().first = m_blockFirst;
                m_items.back().last = m_blockLast;
            }
            m_items.push_back(item);
            startText();
            break;
        }
        case MD_BLOCK_P:
            if (m_items.empty() && m_tableDepth == 0) {
                m_inParagraph = true;
                m_boldLead = false;
                m_boldDepth = 0;
                m_boldText.clear();
                startText();
            } else if (!m_buffer.isEmpty() && !m_buffer.endsWith(u' ')) {
                m_buffer += u' ';
            }
            break;
        case MD_BLOCK_TABLE:
            ++m_tableDepth;
            m_table = Block{};
            m_table.type = Block::Type::Table;
            m_blockFirst = m_blockLast = 0;
            break;
        case MD_BLOCK_TR:
            m_table.rows.append(QStringList{});
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_buffer.clear();
            break;
        case MD_BLOCK_HTML:
            m_inHtml = true;
            startText();
            break;
        default:
            break;
        }
        return 0;
    }

    int leave(MD_BLOCKTYPE type, void *)
    {
        switch (type) {
        case MD_BLOCK_H: {
            m_inHeading = false;
            const QString title = m_buffer.simplified();
            if (m_headingLevel == 1 && m_title.isEmpty())
                m_title = title;
            while (!m_headings.isEmpty() && m_headings.last().first >= m_headingLevel)
                m_headings.removeLast();
            m_headings.append({m_headingLevel, title});
            if (isStage(title)) {
                Block b;
                b.type = Block::Type::Stage;
                b.text = title;
                b.firstLine = b.lastLine = m_blockFirst;
                add(b);
                break;
            }
            m_stageLevel = 0;
            // Every section so far is complete: a heading's blocks come after it.
            if (m_flush && !m_title.isEmpty() && m_lastLine - m_batchLine >= m_flushLines) {
                m_flush(std::exchange(m_sections, {}), m_title);
                m_batchLine = m_lastLine;
            }
            Section s;
            s.title = title;
            s.level = m_headingLevel;
            for (const auto &h : std::as_const(m_headings))
                s.path.append(h.second);
            s.line = m_blockFirst;
            s.lastLine = m_blockFirst;
            m_sections.append(s);
            ++m_sectionCount;
            break;
        }
        case MD_BLOCK_CODE: {
            m_inCode = false;
            Block b;
            b.type = Block::Type::Code;
            b.language = m_codeLanguage;
            b.info = m_codeInfo;
            b.context = m_codeContext;
            b.text = m_buffer;
            // The fences are not text: the block spans one line more each side.
            b.firstLine = m_blockFirst > 0 ? m_blockFirst : m_lastLine + 1;
            b.lastLine = qMax(m_blockLast, b.firstLine);
            add(b);
            m_buffer = m_savedBuffer;
            m_blockFirst = m_savedFirst;
            m_blockLast = m_savedLast;
            break;
        }
        case MD_BLOCK_OL:
        case MD_BLOCK_UL:
            if (!m_lists.empty())
                m_lists.pop_back();
            break;
        case MD_BLOCK_LI: {
            if (m_items.empty())
                break;
            Item item = m_items.back();
            m_items.pop_back();
            Block b;
            // Lines kept: a nested item's details come as "• ..." lines.
            QStringList lines;
            for (const QString &l : m_buffer.split(u'\n'))
                if (!l.simplified().isEmpty())
                    lines.append(l.simplified());
            b.text = lines.join(u'\n');
            b.firstLine = item.first > 0 ? qMin(item.first, m_blockFirst > 0 ? m_blockFirst : item.first) : m_blockFirst;
            b.lastLine = qMax(item.last, m_blockLast);
            b.checked = item.checked;
            if (item.task)
                b.type = Block::Type::TaskItem;
            else if (item.ordered)
                b.type = Block::Type::OrderedItem;
            else
                b.type = Block::Type::BulletItem;
            const bool nested = !m_items.empty();
            // A bullet under a numbered step is that step's detail, not a step
            // of its own ("1. Activate the team" / "- Notify on-call").
            if (!b.text.isEmpty() && !item.hasCode && !(nested && b.type == Block::Type::BulletItem))
                add(b);
            if (nested) {
                Item &parent = m_items.back();
                m_buffer = parent.text;
                if (b.type == Block::Type::BulletItem && !b.text.isEmpty())
                    m_buffer += QStringLiteral("\n• ") + b.text;
                m_blockFirst = parent.first;
                m_blockLast = qMax(parent.last, b.lastLine);
            } else {
                m_buffer.clear();
            }
            break;
        }
        case MD_BLOCK_P:
            if (m_inParagraph) {
                m_inParagraph = false;
                // "**CRITICAL: This will lose all data since the backup was
                // created!**", "**Warning:** ...": what the commander must
                // know before starting, whatever its punctuation.
                static const QRegularExpression caution(QStringLiteral(R"(^\W*(critical|warning|danger|caution|important)\b)"),
                                                        QRegularExpression::CaseInsensitiveOption);
                const bool cautionLead = m_boldLead && !m_boldText.isEmpty() && caution.match(m_boldText).hasMatch();
                if (cautionLead || (m_boldLead && m_boldText.endsWith(u':'))) {
                    Block b;
                    b.type = cautionLead ? Block::Type::Caution : Block::Type::BoldParagraph;
                    b.text = m_buffer.simplified();
                    b.lead = m_boldText.simplified();
                    b.firstLine = m_blockFirst;
                    b.lastLine = m_blockLast;
                    add(b);
                }
            }
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (!m_table.rows.isEmpty())
                m_table.rows.last().append(m_buffer.simplified());
            m_buffer.clear();
            break;
        case MD_BLOCK_TABLE:
            --m_tableDepth;
            m_table.firstLine = m_blockFirst;
            m_table.lastLine = m_blockLast;
            add(m_table);
            break;
        case MD_BLOCK_HTML: {
            m_inHtml = false;
            static const QRegularExpression annotation(QStringLiteral(R"(<!--\s*quarterdeck:\s*(.*?)\s*-->)"),
                                                       QRegularExpression::DotMatchesEverythingOption);
            const QRegularExpressionMatch m = annotation.match(m_buffer);
            if (m.hasMatch()) {
                Block b;
                b.type = Block::Type::Annotation;
                b.text = m.captured(1);
                b.firstLine = b.lastLine = m_blockFirst;
                add(b);
            }
            break;
        }
        default:
            break;
        }
        return 0;
    }

    int textIn(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        note(text);
        switch (type) {
        case MD_TEXT_NULLCHAR:
            m_buffer += QChar(0xfffd);
            break;
        case MD_TEXT_BR:
            m_buffer += u'\n';
            break;
        case MD_TEXT_SOFTBR:
            m_buffer += m_inCode ? u'\n' : u' ';
            break;
        default: {
            // Most runs are ASCII: appended as Latin-1, without the temporary
            // string a UTF-8 conversion makes.
            bool ascii = true;
            for (MD_SIZE i = 0; i < size && ascii; ++i)
                ascii = uchar(text[i]) < 0x80;
            if (ascii)
                m_buffer.append(QLatin1StringView(text, qsizetype(size)));
            else
                m_buffer += QString::fromUtf8(text, int(size));
            break;
        }
        }
        return 0;
    }

    // Numbered headings one level under a heading that names one procedure
    // ("... Procedure", "Checklist", "Post-Rollback Actions") or counted as
    // phases or steps are that procedure's steps, in order: "1." then "2."
    // ... Numbered headings under anything else ("## Database Rollback" /
    // "### 1. Rollback Recent Migration", "### 2. Full Database Restore")
    // stay procedures of their own.
    bool isStage(const QString &title)
    {
        static const QRegularExpression numbered(QStringLiteral(R"(^(?:(step|phase|stage|part)\s+)?(\d+)(?!\.\d)\s*(?:[.:)\x{2013}-]\s*|$))"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression container(QStringLiteral(R"(\b(procedure|checklist|actions|steps|sequence)\b)"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (title.isEmpty() || !(title.front().isDigit() || QStringLiteral("spSP").contains(title.front())))
            return false;   // most headings: no number, no "Step"/"Phase"/"Stage"/"Part"
        const QRegularExpressionMatch m = numbered.match(title);
        if (!m.hasMatch())
            return false;
        const int n = m.captured(2).toInt();
        if (m_stageLevel > 0) {
            if (m_headingLevel != m_stageLevel + 1 || n != m_stageNext)
                return false;
            ++m_stageNext;
            return true;
        }
        if (n != 1 || m_sections.isEmpty())
            return false;
        const Section &parent = m_sections.last();
        if (parent.level == 0 || parent.level != m_headingLevel - 1 || parent.path.size() < 1)
            return false;
        if (m.captured(1).isEmpty() && !container.match(parent.title).hasMatch())
            return false;
        m_stageLevel = parent.level;
        m_stageNext = 2;
        return true;
    }

    void startText()
    {
        m_buffer.clear();
        m_blockFirst = m_blockLast = 0;
    }

    void add(const Block &b)
    {
        if (m_sections.isEmpty())
            m_sections.append(Section{});
        Section &s = m_sections.last();
        s.blocks.append(b);
        s.lastLine = qMax(s.lastLine, b.lastLine);
        m_lastLine = qMax(m_lastLine, b.lastLine);
    }

    struct Item
    {
        bool ordered = false;
        bool task = false;
        bool checked = false;
        bool hasCode = false;
        QString text;
        int first = 0;   // its first and last line, kept across nested items
        int last = 0;
    };

    const QByteArray &m_doc;
    std::vector<qsizetype> m_lineStarts;
    QList<Section> m_sections;
    int m_sectionCount = 1;   // the untitled one before the first heading
    int m_stageLevel = 0;     // numbered headings under this level are stages
    int m_stageNext = 0;      // the number the next stage must have
    Flush m_flush;
    int m_flushLines = 0;
    int m_batchLine = 0;
    QList<QPair<int, QString>> m_headings;
    QString m_title;
    QString m_buffer;
    int m_blockFirst = 0;
    int m_blockLast = 0;
    int m_lastLine = 0;
    bool m_inHeading = false;
    int m_headingLevel = 0;
    bool m_inCode = false;
    QString m_codeLanguage;
    QString m_codeInfo;
    QString m_codeContext;
    QString m_savedBuffer;
    int m_savedFirst = 0;
    int m_savedLast = 0;
    std::vector<bool> m_lists;   // true: ordered
    std::vector<Item> m_items;
    bool m_inParagraph = false;
    bool m_boldLead = false;
    int m_boldDepth = 0;
    QString m_boldText;
    int m_tableDepth = 0;
    Block m_table;
    bool m_inHtml = false;
};

} // namespace qd::runbookmd
