#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/acme/AccountRegistration.h"
#include "core/acme/AcmeDirectory.h"
#include "core/acme/CaAccount.h"
#include "core/challenges/ManagedChallenge.h"
#include "core/endpoints/Endpoint.h"
#include "core/endpoints/EndpointDetails.h"
#include "core/endpoints/RequiredRecordSet.h"
#include "core/endpoints/RequiredRecords.h"
#include "core/hub/ApiToken.h"
#include "core/hub/HubService.h"
#include "core/jobs/RecordWatcher.h"
#include "core/providers/DnsProviderConfig.h"
#include "core/store/ActivityLog.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class DataKey;
class HubAdministration;
class OrderQueue;
class ProviderAdministration;
class QNetworkAccessManager;
class RenewalScheduler;
class SecretStore;
class Store;

// The background side of CertDesk. It lives on its own QThread (see WorkerThread) and owns
// everything that waits on the network, the disk or crypto; the GUI talks to it only through
// queued signals and slots (and through Facade, which wraps the request methods below).
class Worker final : public QObject
{
    Q_OBJECT

public:
    // The answer to one request, called on the worker thread exactly once.
    template <typename T>
    using Reply = std::function<void(Result<T>)>;

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
    // Requests: call on the worker thread. Changes are also announced through the signals
    // (endpointUpdated, endpointsRemoved, accountsChanged), so every view stays current, not
    // only the one that asked.
    void addEndpoint(const Endpoint &endpoint, Reply<Endpoint> reply);
    void updateEndpoint(const Endpoint &endpoint, Reply<Endpoint> reply);
    // Refuses (and removes none) while an order for one of them is queued or running.
    void removeEndpoints(const QList<qint64> &endpointIds, Reply<QList<qint64>> reply);
    void loadEndpointDetails(qint64 endpointId, Reply<EndpointDetails> reply);
    // The endpoints as stored, to this caller only (endpointsLoaded goes to every view).
    void listEndpoints(Reply<QList<Endpoint>> reply);
    void exportCertificates(const QList<qint64> &endpointIds,
                            const QString &folder,
                            bool writePfx,
                            Reply<QStringList> reply);
    void loadAccounts(Reply<QList<CaAccount>> reply);
    // The CA's directory, for its terms of service and whether it requires EAB.
    void fetchDirectory(const QUrl &directoryUrl, const QString &caBundlePath, Reply<AcmeDirectory> reply);
    void registerAccount(const AccountRegistration::Request &request, Reply<CaAccount> reply);
    void loadActivity(int limit, Reply<QList<ActivityLog::Entry>> reply);
    // DNS providers, managed challenges, API tokens and hub settings, as the window edits them
    // (made on first use, on the worker thread; their changes are re-announced below).
    ProviderAdministration *providerAdministration();
    HubAdministration *hubAdministration();
    // The required records of these endpoints (every one when empty) with their last stored
    // checks; checking them live stores the results and announces them (recordsChecked).
    void loadRequiredRecords(const QList<qint64> &endpointIds, Reply<RequiredRecordSet> reply);
    void checkRequiredRecords(const QList<qint64> &endpointIds, Reply<RecordWatcher::Report> reply);
    // Writes the records as a zone-file snippet or as plain text to `path` (replacing it whole
    // or not at all); answers the path written.
    void saveRequiredRecords(const QList<RequiredRecord> &records,
                             RequiredRecords::Format format,
                             const QString &path,
                             Reply<QString> reply);
    // Every stored record check, for the endpoint list's "DNS action needed".
    void loadRecordChecks(Reply<QList<RecordStatusRepository::Entry>> reply);

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
    // Renews whatever is due now instead of at the next scheduled check.
    void checkRenewalsNow();

Q_SIGNALS:
    void started();
    void failed(const Problem &problem);
    void stopped();
    void endpointsLoaded(const QList<Endpoint> &endpoints);
    // One endpoint was added or changed (settings, status, a new certificate).
    void endpointUpdated(const Endpoint &endpoint);
    void endpointsRemoved(const QList<qint64> &endpointIds);
    void accountsChanged(const QList<CaAccount> &accounts);
    void orderQueued(qint64 endpointId);
    void orderProgress(qint64 endpointId, const QString &step);
    void orderFinished(qint64 endpointId, bool succeeded, const Problem &problem);
    void renewalFailed(qint64 endpointId, const Problem &problem, const QDateTime &nextAttempt);
    // A required DNS record that was OK broke, or a missing one appeared (RecordWatcher).
    void recordChanged(qint64 endpointId, const RecordStatus &status, RecordWatcher::Change change);
    // After every live check of required records (scheduled, before renewals, or asked for).
    void recordsChecked(const QList<RecordStatus> &statuses, const QList<qint64> &endpointIds);
    // `fingerprint` is the SHA-256 of the hub's TLS certificate ("AB:CD:…"), empty for plain HTTP.
    void hubStarted(const QUrl &url, const QString &fingerprint);
    void hubStopped();
    void hubFailed(const Problem &problem);
    void renewalsPausedChanged(bool paused);
    void providersChanged(const QList<DnsProviderConfig> &providers);
    void challengesChanged(const QList<ManagedChallenge> &challenges);
    void tokensChanged(const QList<ApiToken> &tokens);

private:
    void provisionSoon();
    void reloadEndpoint(qint64 endpointId);
    void announceAccounts();
    DataKey *dataKey();
    QNetworkAccessManager *network();

    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    OrderQueue *m_queue = nullptr;
    RenewalScheduler *m_scheduler = nullptr;
    RecordWatcher *m_watcher = nullptr;
    HubService *m_hub = nullptr;
    HubService::PublisherFactory m_publishers;
    DataKey *m_dataKey = nullptr;
    ProviderAdministration *m_providerAdministration = nullptr;
    HubAdministration *m_hubAdministration = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    bool m_running = false;
    bool m_renewalsEnabled = true;
};
