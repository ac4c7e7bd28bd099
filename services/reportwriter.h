#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QIODevice;
class QTextDocument;

namespace qd {

// The post-mortem's Markdown as the files people forward (issue 7):
// Markdown as is (it renders on GitHub), HTML that needs nothing beside it
// (styles inline, no scripts, no fetched fonts), and PDF through QPdfWriter
// (A4, a title block, tables, "page N of M" on every page, fonts embedded).
// Files are written atomically. Blocking and thread-safe: the console
// calls it from a worker, the command line directly.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(qd::ReportWriter)
public:
    enum class Format { Markdown, Html, Pdf };

    struct Report
    {
        QString title;          // "Post-mortem: Trade service down"
        QString markdown;
        QDateTime generatedAt;  // UTC, printed in the PDF's footer
    };

    static bool formatFromName(const QString &name, Format *format);   // md, markdown, html, pdf
    static QString suffix(Format format);                               // "md", "html", "pdf"

    static QByteArray html(const Report &report);
    // The PDF into a device (a file, a buffer); false with why in `error`.
    static bool pdf(const Report &report, QIODevice *device, QString *error);
    // Writes `path` atomically in the format: a reader never finds half a report.
    static bool write(const Report &report, Format format, const QString &path, QString *error);
};

} // namespace qd
