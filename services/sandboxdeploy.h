#pragma once

#include <QCoreApplication>
#include <QString>

namespace qd {

// The sandbox's deployments (issue 6's drill): the trade service's code is a
// git repository in the sandbox folder (deploy/trade, its VERSION file), and
// scripts/service stops and starts it the way `service` would on a host. A
// "bad deploy" commits version 2.4.1, which answers 503; rolling back is a
// `git checkout` of the commit before, a restart, and the dashboard green.
// Blocking (git runs to completion): used on the sandbox's own thread.
class SandboxDeploy
{
    Q_DECLARE_TR_FUNCTIONS(qd::SandboxDeploy)
public:
    static constexpr const char *kService = "trade";
    static constexpr const char *kGoodVersion = "2.4.0";
    static constexpr const char *kBadVersion = "2.4.1";

    explicit SandboxDeploy(QString folder);

    // The repository with the good version committed, and the scripts the
    // drill runbook calls. False with the reason (no git, for one).
    bool create(QString *error);
    bool available() const { return m_ready; }

    // Commits the bad version; a sentence for the status bar.
    QString deployBad();
    // Back to the good version and running, whatever the drill left.
    void heal();

    // What the service should do now, from the files: stopped, answering
    // 503 (the bad version), or healthy.
    enum class State { Running, Bad, Stopped };
    State state() const;
    QString version() const;

private:
    bool git(const QStringList &args, QString *error = nullptr) const;
    bool commitVersion(const QString &version, const QString &message, QString *error);

    QString m_folder;
    QString m_repo;
    bool m_ready = false;
};

} // namespace qd
