#pragma once

#include "destructiveclassifier.h"
#include "runbook.h"

#include <QCoreApplication>
#include <QString>

namespace qd {

// Reads a Markdown runbook (md4c, GitHub dialect) into procedures, steps,
// gates, placeholders, decision matrices, objectives and templates, as
// DESIGN.md §4 describes. Any text gives a result: damaged input yields
// warnings with their line, never a crash. Pure and blocking: call it from a
// worker for large files.
class RunbookParser
{
    Q_DECLARE_TR_FUNCTIONS(qd::RunbookParser)
public:
    struct Result
    {
        Runbook runbook;
        QString error;   // the file could not be read at all; empty otherwise
        bool ok() const { return error.isEmpty(); }
    };

    explicit RunbookParser(DestructiveClassifier classifier = DestructiveClassifier::builtIn());

    Result parseFile(const QString &path) const;
    Runbook parse(const QByteArray &markdown, const QString &path) const;

    // Whether PowerShell steps can run here (pwsh on the PATH); tests set it.
    void setPwshAvailable(bool available) { m_pwsh = available; }
    // The size from which sections are built on the pool; tests compare.
    void setParallelFrom(qsizetype bytes) { m_parallelBytes = bytes; }

    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    // From this size on, sections are built on the thread pool in batches
    // of about kBatchLines lines, while md4c reads the rest.
    static constexpr qsizetype kParallelBytes = 512 * 1024;
    static constexpr int kBatchLines = 2000;

private:
    DestructiveClassifier m_classifier;
    qsizetype m_parallelBytes = kParallelBytes;
    bool m_pwsh;
};

} // namespace qd
