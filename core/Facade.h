#pragma once

#include "core/Problem.h"
#include "core/endpoints/Endpoint.h"
#include "core/hub/HubService.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class Profile;
class RenewalLock;
class SecretStore;
class WorkerThread;

// The UI's one door into core. It lives on the GUI thread, returns at once, forwards work
// to the worker thread and re-emits the worker's answers here as queued signals.
class Facade final : public QObject
{
    Q_OBJECT

public:
    explicit Facade(Profile &profile, QObject *parent = nullptr);
    ~Facade() override;
    Q_DISABLE_COPY_MOVE(Facade)

    Profile &profile() const { return m_profile; }

    // Starts the worker; renewals run here unless another instance (the headless service)
    // already runs them for this profile, which problemOccurred then explains.
    // Before start(): how the hub writes DNS records (the application's one wiring point).
    void setChallengePublisherFactory(HubService::PublisherFactory factory);

    void start();
    bool runsRenewals() const;
    void shutdown();

    void refreshEndpoints();

    // The management hub on the worker thread, with the profile's hub settings as they are now.
    // Answers with hubStarted, hubFailed or hubStopped.
    void startHub();
    void stopHub();

Q_SIGNALS:
    void endpointsChanged(const QList<Endpoint> &endpoints);
    void problemOccurred(const Problem &problem);
    // `fingerprint`: SHA-256 of the hub's certificate, for clients to pin; empty for plain HTTP.
    void hubStarted(const QUrl &url, const QString &fingerprint);
    void hubStopped();
    void hubFailed(const Problem &problem);

private:
    Profile &m_profile;
    SecretStore *m_secrets;
    WorkerThread *m_worker;
    std::unique_ptr<RenewalLock> m_lock;
};
