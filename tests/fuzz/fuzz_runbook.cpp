// libFuzzer target for the runbook parser and linter (issue 4): any bytes
// must give a result, never a crash, a hang or a leak. Built with
// -DQD_BUILD_FUZZ=ON by clang; scripts/test runs it for a bounded time
// with the seeds and examples as its starting corpus.
#include "runbooklinter.h"
#include "runbookparser.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const qd::RunbookParser parser;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qd::Runbook rb = parser.parse(input, QStringLiteral("fuzz.md"));
    // Every step points at lines of the input; the linter reads them all.
    qd::RunbookLinter::lint(rb);
    return 0;
}
