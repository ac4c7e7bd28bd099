#include "markdowndocument.h"

#include <QFontMetricsF>
#include <QList>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>

#include <md4c.h>

namespace qd {

namespace {

const QColor kHeaderShade(0xe8, 0xeb, 0xef);   // a table's header row

// md4c's callbacks turned into cursor moves. Blocks are opened lazily: the
// document's first (empty) block is used by the first paragraph, so the
// report does not start with a blank line.
class Builder
{
public:
    Builder(QTextDocument *doc, const MarkdownDocument::Style &style)
        : m_cursor(doc)
        , m_style(style)
    {
        m_base.setFontFamilies({style.family});
        m_base.setFontPointSize(style.pointSize);
        m_chars.append(m_base);
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_H: {
            const int level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            QTextBlockFormat f;
            f.setHeadingLevel(level);
            f.setTopMargin(level == 1 ? 0 : m_style.pointSize * 1.4);
            f.setBottomMargin(m_style.pointSize * 0.5);
            QTextCharFormat c = m_base;
            static const qreal scale[] = {1.0, 2.0, 1.5, 1.25, 1.1, 1.0, 1.0};
            c.setFontPointSize(m_style.pointSize * scale[qBound(1, level, 6)]);
            c.setFontWeight(QFont::Bold);
            openBlock(f, c);
            m_chars.append(c);
            break;
        }
        case MD_BLOCK_P:
            if (m_cell)
                break;   // a cell's text goes into the cell
            if (m_listDepth > 0 && m_itemFresh) {
                m_itemFresh = false;   // the item's block is the paragraph's
                break;
            }
            openBlock(paragraphFormat(), m_base);
            if (m_listDepth > 0)
                addToList();
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: {
            QTextListFormat f;
            f.setIndent(m_listDepth + 1);
            // Qt 6.4 has no QTextListFormat::setStart: a list numbered from
            // 5 is shown from 1 (the post-mortem's lists start at 1).
            if (type == MD_BLOCK_OL) {
                f.setStyle(QTextListFormat::ListDecimal);
            } else {
                f.setStyle(m_listDepth % 2 ? QTextListFormat::ListCircle : QTextListFormat::ListDisc);
            }
            m_lists.append({f, nullptr});
            ++m_listDepth;
            break;
        }
        case MD_BLOCK_LI: {
            QTextBlockFormat f = paragraphFormat();
            f.setBottomMargin(m_style.pointSize * 0.2);
            openBlock(f, m_base);
            addToList();
            m_itemFresh = true;
            const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            if (li->is_task)
                m_cursor.insertText(li->task_mark == ' ' ? QStringLiteral("☐ ") : QStringLiteral("☑ "), m_base);
            break;
        }
        case MD_BLOCK_QUOTE: {
            ++m_quoteDepth;
            break;
        }
        case MD_BLOCK_CODE: {
            QTextBlockFormat f = paragraphFormat();
            f.setBackground(QColor(0xf3, 0xf4, 0xf6));
            f.setLeftMargin(m_style.pointSize * 0.8);
            f.setNonBreakableLines(true);
            QTextCharFormat c = m_base;
            c.setFontFamilies({m_style.monospace});
            c.setFontPointSize(m_style.pointSize * 0.9);
            openBlock(f, c);
            m_chars.append(c);
            m_code = true;
            break;
        }
        case MD_BLOCK_HR: {
            QTextBlockFormat f;
            f.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
            openBlock(f, m_base);
            m_open = false;
            break;
        }
        case MD_BLOCK_HTML:
            m_skip = true;   // raw HTML blocks have no place in a report document
            break;
        case MD_BLOCK_TABLE: {
            const auto *t = static_cast<MD_BLOCK_TABLE_DETAIL *>(detail);
            const int rows = int(t->head_row_count + t->body_row_count);
            const int cols = int(t->col_count);
            if (rows <= 0 || cols <= 0)
                break;
            QTextTableFormat f;
            f.setCellPadding(m_style.pointSize * 0.3);
            f.setCellSpacing(0);
            f.setBorder(0.5);
            f.setBorderBrush(QColor(0xc8, 0xcc, 0xd2));
            f.setBorderCollapse(true);
            f.setHeaderRowCount(int(t->head_row_count));
            f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            f.setTopMargin(m_style.pointSize * 0.3);
            f.setBottomMargin(m_style.pointSize * 0.8);
            // At its final size in one go: growing a table row by row is what
            // made setMarkdown slow. A long one in pieces of `tableChunkRows`
            // rows, each with its header: laying out one 10,000-row table
            // took 5.9 s, and the pieces lay out in linear time.
            m_headerRows = int(t->head_row_count);
            m_bodyLeft = int(t->body_row_count);
            if (m_style.linesOver > 0 && m_bodyLeft > m_style.linesOver && m_style.textWidth > 0) {
                // Read it all first: whether it can be lines depends on its widths.
                m_buffered = true;
                m_lineRows.clear();
                m_tableFormat = f;
                m_open = true;
                break;
            }
            m_tableFormat = f;
            m_headerCells.clear();
            const int body = m_style.tableChunkRows > 0 ? qMin(m_bodyLeft, m_style.tableChunkRows) : m_bodyLeft;
            m_bodyLeft -= body;
            if (m_bodyLeft > 0)
                f.setBottomMargin(0);
            m_table = m_cursor.insertTable(m_headerRows + body, cols, f);
            m_row = -1;
            m_open = true;
            break;
        }
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            break;
        case MD_BLOCK_TR:
            if (m_buffered) {
                m_lineRows.append(QStringList());
                break;
            }
            ++m_row;
            m_col = -1;
            m_rowHasText = false;
            if (m_table && m_row >= m_table->rows() && m_bodyLeft > 0)
                nextChunk();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            if (m_buffered) {
                if (!m_lineRows.isEmpty())
                    m_lineRows.last().append(QString());
                m_chars.append(m_base);
                m_cell = true;
                break;
            }
            ++m_col;
            if (!m_table || m_row >= m_table->rows() || m_col >= m_table->columns()) {
                m_skip = true;
                break;
            }
            QTextTableCell cell = m_table->cellAt(m_row, m_col);
            QTextCharFormat c = m_base;
            if (type == MD_BLOCK_TH) {
                shadeHeader(cell);
                c.setFontWeight(QFont::Bold);
            }
            c.setFontPointSize(m_style.pointSize * 0.92);
            m_cursor = cell.firstCursorPosition();
            const auto align = static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align;
            if (align == MD_ALIGN_RIGHT || align == MD_ALIGN_CENTER) {
                QTextBlockFormat bf = m_cursor.blockFormat();
                bf.setAlignment(align == MD_ALIGN_RIGHT ? Qt::AlignRight : Qt::AlignHCenter);
                m_cursor.setBlockFormat(bf);
            }
            m_chars.append(c);
            m_cell = true;
            break;
        }
        default:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_CODE:
            if (m_cursor.block().text().endsWith(QChar(QChar::LineSeparator)))
                m_cursor.deletePreviousChar();
            Q_FALLTHROUGH();
        case MD_BLOCK_H:
            m_chars.removeLast();
            m_code = false;
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            m_lists.removeLast();
            --m_listDepth;
            break;
        case MD_BLOCK_LI:
            m_itemFresh = false;
            break;
        case MD_BLOCK_QUOTE:
            --m_quoteDepth;
            break;
        case MD_BLOCK_HTML:
            m_skip = false;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (m_skip) {
                m_skip = false;
                break;
            }
            m_chars.removeLast();
            m_cell = false;
            if (m_buffered)
                break;
            if (type == MD_BLOCK_TH)
                m_headerCells.append(m_cursor.block().text());
            break;
        case MD_BLOCK_TR:
            // A header of empty cells ("| | |", the way Markdown writes a
            // key-value table such as the title block) is not shown.
            if (m_table && m_row == 0 && m_headerRows == 1 && !m_rowHasText) {
                if (m_table->rows() == 1) {
                    // Nothing but the blank header (a table being typed):
                    // removing its one row deletes the table itself.
                    m_table->removeRows(0, 1);
                    m_table = nullptr;
                    m_cursor.movePosition(QTextCursor::End);
                    m_open = false;
                    m_fresh = m_cursor.block().text().isEmpty();
                    m_skip = false;
                    break;
                }
                m_table->removeRows(0, 1);
                QTextTableFormat f = m_table->format();
                f.setHeaderRowCount(0);
                m_table->setFormat(f);
                m_row = -1;
                m_headerRows = 0;
            }
            break;
        case MD_BLOCK_TABLE:
            if (m_buffered) {
                m_buffered = false;
                emitLines();
                break;
            }
            if (m_table) {
                m_cursor = m_table->lastCursorPosition();
                m_cursor.movePosition(QTextCursor::NextBlock);
                m_table = nullptr;
                // The block after a table is the document's own empty one.
                m_open = false;
                m_fresh = true;
            }
            break;
        default:
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        QTextCharFormat c = m_chars.last();
        switch (type) {
        case MD_SPAN_EM:
            c.setFontItalic(true);
            break;
        case MD_SPAN_STRONG:
            c.setFontWeight(QFont::Bold);
            break;
        case MD_SPAN_CODE:
            c.setFontFamilies({m_style.monospace});
            c.setBackground(QColor(0xf3, 0xf4, 0xf6));
            break;
        case MD_SPAN_DEL:
            c.setFontStrikeOut(true);
            break;
        case MD_SPAN_A: {
            const auto *a = static_cast<MD_SPAN_A_DETAIL *>(detail);
            const QString href = QString::fromUtf8(a->href.text, int(a->href.size));
            // Only the web and mail are links; javascript:, file: or data:
            // from a note stay text.
            if (!href.startsWith(u"https://", Qt::CaseInsensitive) && !href.startsWith(u"http://", Qt::CaseInsensitive)
                && !href.startsWith(u"mailto:", Qt::CaseInsensitive))
                break;
            c.setAnchor(true);
            c.setAnchorHref(href);
            c.setForeground(QColor(0x1f, 0x5f, 0xbf));
            c.setFontUnderline(true);
            break;
        }
        default:
            break;
        }
        m_chars.append(c);
        return 0;
    }

    int leaveSpan()
    {
        if (m_chars.size() > 1)
            m_chars.removeLast();
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        if (m_skip)
            return 0;
        QString t = QString::fromUtf8(text, int(size));
        switch (type) {
        case MD_TEXT_BR:
            t = QChar(QChar::LineSeparator);
            break;
        case MD_TEXT_SOFTBR:
            t = QStringLiteral(" ");
            break;
        case MD_TEXT_NULLCHAR:
            t = QChar(QChar::ReplacementCharacter);
            break;
        case MD_TEXT_ENTITY:
            t = entity(t);
            break;
        case MD_TEXT_HTML:
            // The post-mortem writes line breaks in table cells as <br>;
            // other inline HTML is shown as written rather than dropped.
            if (t.compare(u"<br>", Qt::CaseInsensitive) == 0 || t.compare(u"<br/>", Qt::CaseInsensitive) == 0
                || t.compare(u"<br />", Qt::CaseInsensitive) == 0)
                t = QChar(QChar::LineSeparator);
            break;
        default:
            break;
        }
        // One block per code block: lines kept together, not split into
        // paragraphs (the last line's break is taken off when it closes).
        if (m_code)
            t.replace(u'\n', QChar(QChar::LineSeparator));
        if (!m_open && !m_cell)
            openBlock(paragraphFormat(), m_base);
        if (m_buffered) {
            if (m_cell && !m_lineRows.isEmpty() && !m_lineRows.last().isEmpty())
                m_lineRows.last().last() += t;
            return 0;
        }
        if (m_cell && !t.trimmed().isEmpty())
            m_rowHasText = true;
        insertMarked(t);
        return 0;
    }

private:
    static void shadeHeader(QTextTableCell &cell)
    {
        QTextCharFormat f = cell.format();
        f.setBackground(kHeaderShade);
        cell.setFormat(f);
    }

    // A long table read into m_lineRows, set as one block a row: tab stops
    // where the columns start, alternate rows shaded, the last column's
    // long text wrapping under itself (a hanging indent: the margin where
    // the last column starts, the first line pulled back to the edge). Tab
    // stops count from the frame's edge in 96-dpi pixels scaled to the
    // device; margins in the device's own. Only where the
    // other columns are short (times, names); otherwise as table pieces.
    void emitLines()
    {
        if (m_lineRows.isEmpty())
            return;
        const int cols = int(m_lineRows.first().size());
        QFont font = m_base.font();
        font.setPointSizeF(m_style.pointSize * 0.92);
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF fm(bold, const_cast<QPaintDevice *>(m_style.device));
        const qreal gap = fm.horizontalAdvance(QStringLiteral("MM"));
        QList<qreal> starts{0};
        for (int c = 0; c + 1 < cols; ++c) {
            // The widest of the column's longest few (by length, then measured).
            QString longest;
            for (const QStringList &row : std::as_const(m_lineRows))
                if (c < row.size() && row.at(c).size() > longest.size())
                    longest = row.at(c);
            starts.append(starts.last() + fm.horizontalAdvance(longest) + gap);
        }
        if (cols < 2 || starts.last() > m_style.textWidth * 0.55) {
            emitAsTable();
            return;
        }
        const qreal toFixed = m_style.device ? 96.0 / m_style.device->logicalDpiX() : 1.0;
        QList<QTextOption::Tab> tabs;
        for (int c = 1; c < cols; ++c)
            tabs.append(QTextOption::Tab(starts.at(c) * toFixed, QTextOption::LeftTab));
        QTextCharFormat body = m_base;
        body.setFontPointSize(m_style.pointSize * 0.92);
        QTextCharFormat head = body;
        head.setFontWeight(QFont::Bold);
        for (int r = 0; r < m_lineRows.size(); ++r) {
            const QStringList &row = m_lineRows.at(r);
            QTextBlockFormat f;
            f.setTabPositions(tabs);
            f.setLeftMargin(starts.last());
            f.setTextIndent(-starts.last());
            f.setTopMargin(m_style.pointSize * 0.12);
            f.setBottomMargin(m_style.pointSize * 0.12);
            if (r < m_headerRows)
                f.setBackground(kHeaderShade);
            else if ((r - m_headerRows) % 2)
                f.setBackground(QColor(0xf6, 0xf7, 0xf9));
            if (r == 0)
                f.setTopMargin(m_style.pointSize * 0.3);
            if (r + 1 == m_lineRows.size())
                f.setBottomMargin(m_style.pointSize * 0.8);
            const QTextCharFormat &cf = r < m_headerRows ? head : body;
            openBlock(f, cf);
            for (int c = 0; c < cols; ++c) {
                QString cell = c < row.size() ? row.at(c) : QString();
                if (c + 1 < cols)
                    cell.replace(QChar(QChar::LineSeparator), u' ');
                m_chars.append(cf);
                insertMarked(c + 1 < cols ? cell + u'\t' : cell);
                m_chars.removeLast();
            }
        }
        m_open = false;
    }

    // The buffered table as table pieces after all.
    void emitAsTable()
    {
        const int cols = int(m_lineRows.first().size());
        QTextTableFormat f = m_tableFormat;
        const int chunk = m_style.tableChunkRows > 0 ? m_style.tableChunkRows : int(m_lineRows.size());
        QTextCharFormat body = m_base;
        body.setFontPointSize(m_style.pointSize * 0.92);
        QTextCharFormat head = body;
        head.setFontWeight(QFont::Bold);
        for (int from = m_headerRows; from < m_lineRows.size(); from += chunk) {
            const int rows = qMin(chunk, int(m_lineRows.size()) - from);
            QTextTableFormat tf = f;
            if (from > m_headerRows)
                tf.setTopMargin(0);
            if (from + rows < m_lineRows.size())
                tf.setBottomMargin(0);
            if (!m_fresh)
                m_cursor.insertBlock();
            m_fresh = false;
            QTextTable *table = m_cursor.insertTable(m_headerRows + rows, cols, tf);
            for (int r = 0; r < m_headerRows + rows; ++r) {
                const QStringList &row = m_lineRows.at(r < m_headerRows ? r : from + r - m_headerRows);
                for (int c = 0; c < cols && c < row.size(); ++c) {
                    QTextTableCell cell = table->cellAt(r, c);
                    if (r < m_headerRows)
                        shadeHeader(cell);
                    m_cursor = cell.firstCursorPosition();
                    m_chars.append(r < m_headerRows ? head : body);
                    insertMarked(row.at(c));
                    m_chars.removeLast();
                }
            }
            m_cursor = table->lastCursorPosition();
            m_cursor.movePosition(QTextCursor::NextBlock);
        }
        m_fresh = true;
        m_open = false;
    }

    // The next piece of a long table: straight below the last, no margin
    // between, its header row repeated.
    void nextChunk()
    {
        QTextCursor after = m_table->lastCursorPosition();
        after.movePosition(QTextCursor::NextBlock);
        // The block between two tables cannot be avoided; it is made as
        // thin as a block can be.
        QTextBlockFormat thin;
        thin.setLineHeight(1, QTextBlockFormat::FixedHeight);
        after.setBlockFormat(thin);
        QTextCharFormat tiny;
        tiny.setFontPointSize(1);
        after.setBlockCharFormat(tiny);
        QTextTableFormat f = m_tableFormat;
        f.setTopMargin(0);
        const int body = m_style.tableChunkRows > 0 ? qMin(m_bodyLeft, m_style.tableChunkRows) : m_bodyLeft;
        m_bodyLeft -= body;
        if (m_bodyLeft > 0)
            f.setBottomMargin(0);
        m_table = after.insertTable(m_headerRows + body, m_table->columns(), f);
        QTextCharFormat bold = m_base;
        bold.setFontWeight(QFont::Bold);
        bold.setFontPointSize(m_style.pointSize * 0.92);
        for (int c = 0; c < m_headerRows * m_table->columns() && c < m_headerCells.size(); ++c) {
            QTextTableCell cell = m_table->cellAt(c / m_table->columns(), c % m_table->columns());
            shadeHeader(cell);
            cell.firstCursorPosition().insertText(m_headerCells.at(c), bold);
        }
        m_row = m_headerRows;
    }

    // A field nothing filled («incident.rootCause») is highlighted, so a
    // reader sees what is still to be written.
    void insertMarked(const QString &t)
    {
        const QTextCharFormat &f = m_chars.last();
        qsizetype from = 0;
        while (true) {
            const qsizetype open = t.indexOf(u'«', from);
            const qsizetype close = open < 0 ? -1 : t.indexOf(u'»', open);
            if (close < 0) {
                m_cursor.insertText(t.mid(from), f);
                return;
            }
            m_cursor.insertText(t.mid(from, open - from), f);
            QTextCharFormat marked = f;
            marked.setBackground(QColor(0xff, 0xe8, 0x8a));
            marked.setForeground(QColor(0x7a, 0x4b, 0x00));
            m_cursor.insertText(t.mid(open, close - open + 1), marked);
            from = close + 1;
        }
    }

    QTextBlockFormat paragraphFormat() const
    {
        QTextBlockFormat f;
        f.setBottomMargin(m_style.pointSize * 0.6);
        if (m_quoteDepth > 0) {
            f.setLeftMargin(m_style.pointSize * 1.5 * m_quoteDepth);
            f.setForeground(QColor(0x55, 0x5b, 0x66));
        }
        return f;
    }

    void openBlock(const QTextBlockFormat &f, const QTextCharFormat &c)
    {
        if (m_fresh) {
            m_cursor.setBlockFormat(f);
            m_cursor.setBlockCharFormat(c);
            m_fresh = false;
        } else {
            m_cursor.insertBlock(f, c);
        }
        m_open = true;
    }

    void addToList()
    {
        if (m_lists.isEmpty())
            return;
        auto &[format, list] = m_lists.last();
        if (list)
            list->add(m_cursor.block());
        else
            list = m_cursor.createList(format);
    }

    // md4c hands every entity over as written; Qt's HTML reader knows
    // them all (&mdash;, &hellip;, &#x2713;). Rare enough to be read one by one.
    static QString entity(const QString &e)
    {
        const QString text = QTextDocumentFragment::fromHtml(e).toPlainText();
        return text.isEmpty() ? e : text;
    }

    QTextCursor m_cursor;
    MarkdownDocument::Style m_style;
    QTextCharFormat m_base;
    QList<QTextCharFormat> m_chars;
    QList<std::pair<QTextListFormat, QTextList *>> m_lists;
    QTextTable *m_table = nullptr;
    int m_row = -1;
    int m_col = -1;
    int m_headerRows = 0;
    int m_bodyLeft = 0;          // rows of the Markdown table not yet placed
    QTextTableFormat m_tableFormat;
    QStringList m_headerCells;
    bool m_rowHasText = false;
    int m_listDepth = 0;
    int m_quoteDepth = 0;
    bool m_fresh = true;       // the cursor's block is empty and unused
    bool m_open = false;       // text can go into the cursor's block
    bool m_cell = false;
    bool m_code = false;
    bool m_itemFresh = false;  // a list item's block waits for its first paragraph
    bool m_skip = false;
    bool m_buffered = false;            // a long table being read into m_lineRows
    QList<QStringList> m_lineRows;      // its rows, header first
};

} // namespace

void MarkdownDocument::build(QTextDocument *document, const QString &markdown, const Style &style)
{
    document->clear();
    QFont font(style.family);
    font.setPointSizeF(style.pointSize);
    document->setDefaultFont(font);
    // Undo history would keep a copy of every insertion: a 10,000-row table
    // twice over, for nothing.
    const bool undo = document->isUndoRedoEnabled();
    document->setUndoRedoEnabled(false);
    Builder builder(document, style);
    const QByteArray utf8 = markdown.toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTMLBLOCKS;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) { return static_cast<Builder *>(u)->enterBlock(t, d); };
    parser.leave_block = [](MD_BLOCKTYPE t, void *, void *u) { return static_cast<Builder *>(u)->leaveBlock(t); };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) { return static_cast<Builder *>(u)->enterSpan(t, d); };
    parser.leave_span = [](MD_SPANTYPE, void *, void *u) { return static_cast<Builder *>(u)->leaveSpan(); };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) { return static_cast<Builder *>(u)->text(t, s, n); };
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &builder);
    document->setUndoRedoEnabled(undo);
}

} // namespace qd
