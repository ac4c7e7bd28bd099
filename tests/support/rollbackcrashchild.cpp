// The console side of the resume test (issue 6): records a guided rollback
// into the store as the console does, runs step 1, then step 2 (which
// sleeps), says "running" on stdout once step 2 has started, and waits to
// be killed with SIGKILL in the middle of it.
//   rollbackcrashchild STORE RUNBOOK INCIDENT FOLDER
#include "rollbacksession.h"
#include "runbookparser.h"
#include "sqlitestore.h"
#include "systemclock.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace qd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 64;
    const SystemClock clock;
    SqliteStore store(args[1], QStringLiteral("console-before"), clock);
    QString error;
    if (!store.open(&error))
        return 3;
    const Runbook rb = RunbookParser().parseFile(args[2]).runbook;
    if (rb.procedures.isEmpty())
        return 3;
    RollbackSession session(&clock);
    session.setContext({QUuid::fromString(args[3]), QStringLiteral("ana"), QStringLiteral("sandbox"), args[4]});
    // Each event committed before the next step is taken, as the console's store does.
    QObject::connect(&session, &RollbackSession::record, &app, [&store](const TimelineEvent &e) {
        QString why;
        if (!store.append(e, &why))
            QTextStream(stderr) << why << Qt::endl;
    });
    QObject::connect(&session, &RollbackSession::stepChanged, &app, [&session](int index) {
        QString why;
        if (index == 0 && session.state(0) == RollbackSession::StepState::Succeeded) {
            const GateConfirmation gate{QStringLiteral("sandbox"), QStringLiteral("ana"), QString(), session.steps().at(1).command,
                                        session.steps().at(1).environmentFingerprint(),
                                        QDateTime::currentDateTimeUtc()};
            if (!session.run(1, gate, &why))
                QTextStream(stderr) << why << Qt::endl;
        } else if (index == 1 && session.state(1) == RollbackSession::StepState::Running) {
            QTextStream(stdout) << "running" << Qt::endl;
        }
    });
    session.setProcedure(rb, rb.procedures.first());
    session.setValue(QStringLiteral("version"), {QStringLiteral("2.4.0"), false}, QStringLiteral("typed"));
    session.setValue(QStringLiteral("API_TOKEN"), {QStringLiteral("canary-resume-77"), true}, QStringLiteral("typed"));
    if (!session.run(0, std::nullopt, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    return app.exec();
}
