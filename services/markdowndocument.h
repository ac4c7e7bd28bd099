#pragma once

#include <QString>

class QPaintDevice;
class QTextDocument;

namespace qd {

// Markdown (GitHub dialect, read by md4c) built into a QTextDocument with
// QTextCursor: headings, paragraphs, emphasis, code, lists, rules and
// tables. For the post-mortem's preview and its PDF. Not
// QTextDocument::setMarkdown: a 10,000-row table took it 19 s (issue 7);
// here a table is inserted once, at its final size, and filled cell by cell.
// Works on any thread, on a document that thread owns.
class MarkdownDocument
{
public:
    struct Style
    {
        QString family = QStringLiteral("DejaVu Sans");
        QString monospace = QStringLiteral("DejaVu Sans Mono");
        qreal pointSize = 10;
        // Longer tables are built as pieces of this many rows (0: never).
        int tableChunkRows = 0;
        // A table of more rows than this whose last column carries the long
        // text (a timeline) is set as lines with tab stops, one block a row,
        // when the page width is known: Qt lays out a 10,000-row table in
        // seconds, lines in a fraction of that (0: never).
        int linesOver = 0;
        qreal textWidth = 0;                     // in the layout device's pixels
        const QPaintDevice *device = nullptr;    // the layout's (a PDF writer)
    };

    // Replaces the document's content with the Markdown's.
    static void build(QTextDocument *document, const QString &markdown, const Style &style);
    static void build(QTextDocument *document, const QString &markdown) { build(document, markdown, Style()); }
};

} // namespace qd
