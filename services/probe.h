#pragma once

#include "proberesult.h"
#include "servicespec.h"

#include <QElapsedTimer>
#include <QObject>

namespace qd {

class Clock;

// One check of one service. A probe enforces its own deadline from the moment
// start() is called, emits finished() exactly once, and can be destroyed at
// any time (which cancels whatever it was doing).
class Probe : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Probe)
public:
    Probe(const ServiceSpec &spec, const Clock *clock, QObject *parent);
    ~Probe() override;

    virtual void start() = 0;
    const ServiceSpec &spec() const { return m_spec; }

signals:
    void finished(const qd::ProbeResult &result);

protected:
    void beginTiming() { m_elapsed.start(); }
    double elapsedMs() const { return double(m_elapsed.nsecsElapsed()) / 1e6; }
    // Emits once; later calls are ignored (a timeout racing an answer).
    void finish(ServiceState outcome, const QString &message, bool answered = true, int httpStatus = 0);
    bool isFinished() const { return m_finished; }
    void armDeadline();                 // calls onDeadline() after spec.timeout
    virtual void onDeadline() = 0;
    QString timeoutText() const;

    ServiceSpec m_spec;

private:
    const Clock *m_clock;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
};

} // namespace qd
