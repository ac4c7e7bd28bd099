// The writer the crash test kills (tests/unit/tst_storecrash.cpp): records
// notes into an incident as fast as it can and, after each commit, writes
// the event's id to stdout, unbuffered, so the parent knows what it must
// find after a SIGKILL.
//   storecrashchild DB INCIDENT-ID CONSOLE-ID
#include "sqlitestore.h"
#include "systemclock.h"

#include <QCoreApplication>

#include <unistd.h>

using namespace qd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 64;
    const SystemClock clock;
    SqliteStore store(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[3]), clock);
    QString error;
    if (!store.open(&error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QUuid incident = QUuid::fromString(QLatin1String(argv[2]));
    for (qint64 n = 1;; ++n) {
        TimelineEvent e;
        e.incidentId = incident;
        e.kind = QStringLiteral("note");
        e.actor = QStringLiteral("crash-test");
        e.text = QStringLiteral("note %1 from %2").arg(n).arg(getpid());
        const std::optional<TimelineEvent> done = store.append(e, &error);
        if (!done) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const QByteArray line = done->id.toByteArray(QUuid::WithoutBraces) + '\n';
        if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
            return 2;
    }
}
