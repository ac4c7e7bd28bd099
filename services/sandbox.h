#pragma once

#include "loopbackhttpserver.h"

#include <QList>
#include <QObject>
#include <QTemporaryDir>
#include <memory>

class QTimer;

namespace qd {

class Clock;
class SandboxBackups;
class SandboxDeploy;

// A live environment on loopback: five HTTP services and a bot heartbeat in a
// temporary folder, plus the profile that describes them. Lives on its own
// thread (the app moves it there) so the services answer independently of the
// console; all slots are meant to be called queued.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)
public:
    explicit Sandbox(const Clock *clock, QObject *parent = nullptr);
    ~Sandbox() override;

    static QStringList serviceNames();
    static QString modeDescription(LoopbackHttpServer::Mode mode);

public slots:
    void start();
    void setServiceMode(const QString &service, qd::LoopbackHttpServer::Mode mode);
    void setHeartbeatRunning(bool running);
    void healAll();
    // Damages (or deletes) the newest dump of the market-data backup set.
    void drillBackup(bool deleteNewest);
    // Deploys trade 2.4.1, which answers 503 until it is rolled back.
    void drillBadDeploy();

signals:
    void ready(const QString &profilePath, const QString &folder);
    void failed(const QString &error);
    void drillApplied(const QString &description);

private:
    void beat();

    const Clock *m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    LoopbackHttpServer *m_chat = nullptr;   // the status updates' webhook
    QList<LoopbackHttpServer *> m_servers;
    QTimer *m_heartbeat = nullptr;
    QString m_heartbeatPath;
    std::unique_ptr<SandboxBackups> m_backups;
    QTimer *m_backupJob = nullptr;
    std::unique_ptr<SandboxDeploy> m_deploy;
    QTimer *m_deployPoll = nullptr;
    int m_deployState = 0;   // SandboxDeploy::State last applied to the trade server
    void applyDeploy();
};

} // namespace qd
