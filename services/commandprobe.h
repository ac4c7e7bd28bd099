#pragma once

#include "probe.h"

class QProcess;

namespace qd {

// Runs a shell command; exit 0 is Up. The command runs in its own process
// group so a timeout ends it and everything it started.
class CommandProbe final : public Probe
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandProbe)
public:
    CommandProbe(const ServiceSpec &spec, const Clock *clock, QObject *parent);
    ~CommandProbe() override;
    void start() override;

private:
    void onDeadline() override;
    void killGroup();
    static constexpr qsizetype kMaxOutput = 16 * 1024;

    QProcess *m_process = nullptr;
    qint64 m_pid = 0;   // also the process group id
    QByteArray m_output;
};

} // namespace qd
