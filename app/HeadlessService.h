#pragma once

#include "core/Result.h"

#include <QObject>

#include <memory>

class AlertRelay;
class Notifier;
class Profile;
class RenewalLock;
class SecretStore;
class TerminationSignals;
class WorkerThread;

// `certdesk --headless`: the same worker the GUI runs, with no window, until SIGTERM; and the
// management hub on that worker when the profile's settings enable it.
class HeadlessService final : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessService(std::unique_ptr<Profile> profile, QObject *parent = nullptr);
    ~HeadlessService() override;
    Q_DISABLE_COPY_MOVE(HeadlessService)

    // Fails when another instance already runs renewals for the profile.
    Result<void> start();

private:
    void startHubIfEnabled();
    void stop(int signalNumber);

    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<RenewalLock> m_lock;
    TerminationSignals *m_signals;
    SecretStore *m_secrets;
    Notifier *m_notifier;
    AlertRelay *m_alerts;
    WorkerThread *m_worker;
};
