#pragma once

#include "core/Problem.h"
#include "core/endpoints/Endpoint.h"
#include "core/hub/HubService.h"

#include <QObject>
#include <QUrl>

#include <memory>

class OrderQueue;
class RenewalScheduler;
class SecretStore;
class Store;

// The background side of CertDesk. It lives on its own QThread (see WorkerThread) and owns
// everything that waits on the network, the disk or crypto; the GUI talks to it only through
// queued signals and slots.
class Worker final : public QObject
{
    Q_OBJECT

public:
    // `secrets` lives on the main thread and outlives the worker.
    Worker(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent = nullptr);
    ~Worker() override;
    Q_DISABLE_COPY_MOVE(Worker)

    std::shared_ptr<Store> store() const { return m_store; }

    // Before start(): whether this process runs the renewal scheduler (see RenewalLock).
    void setRenewalsEnabled(bool enabled) { m_renewalsEnabled = enabled; }
    // How the hub writes DNS records (see HubService). Set before the worker thread starts.
    void setChallengePublisherFactory(HubService::PublisherFactory factory) { m_publishers = std::move(factory); }

    // Starts (or restarts) the management hub on the worker thread with these settings; answers
    // with hubStarted or hubFailed. Call through a queued invocation from other threads.
    void startHub(const HubSettings &settings);

public Q_SLOTS:
    // Both run on the worker thread.
    void start();
    void stop();
    // Reads the endpoint list and answers with endpointsLoaded (or failed).
    void loadEndpoints();
    // Orders certificates now (the GUI's "renew now", a first issuance).
    void issueNow(const QList<qint64> &endpointIds);
    void setRenewalsPaused(bool paused);
    // Stops the hub if it runs; answers with hubStopped.
    void stopHub();

Q_SIGNALS:
    void started();
    void failed(const Problem &problem);
    void stopped();
    void endpointsLoaded(const QList<Endpoint> &endpoints);
    void orderProgress(qint64 endpointId, const QString &step);
    void orderFinished(qint64 endpointId, bool succeeded, const Problem &problem);
    void renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt);
    // `fingerprint` is the SHA-256 of the hub's TLS certificate ("AB:CD:…"), empty for plain HTTP.
    void hubStarted(const QUrl &url, const QString &fingerprint);
    void hubStopped();
    void hubFailed(const Problem &problem);

private:
    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    OrderQueue *m_queue = nullptr;
    RenewalScheduler *m_scheduler = nullptr;
    HubService *m_hub = nullptr;
    HubService::PublisherFactory m_publishers;
    bool m_running = false;
    bool m_renewalsEnabled = true;
};
