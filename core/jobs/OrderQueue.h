#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/deploy/DeploymentJob.h"
#include "core/dns/DnsSettings.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class AcmeClient;
class AcmeClientPool;
class DataKey;
class ChallengeSolver;
class Http01Responder;
class QLockFile;
class OrderRunner;
class SecretStore;
class Store;
struct CaAccount;
struct Endpoint;

// Runs certificate orders: at most `concurrency` at once, never two for one endpoint, with
// one ACME client (and so one nonce pool) per CA account, shared by all its orders. Orders
// left unfinished by a previous run are resumed from their URLs. Lives on the worker thread
// (or a command's main thread); everything is asynchronous.
class OrderQueue final : public QObject
{
    Q_OBJECT

public:
    OrderQueue(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent = nullptr);
    ~OrderQueue() override;
    Q_DISABLE_COPY_MOVE(OrderQueue)

    void setConcurrency(int concurrency);
    // Where the built-in http-01 responder listens unless an endpoint says otherwise.
    void setDefaultHttpListen(const QHostAddress &address, quint16 port);
    // For dns-01: resolvers, authoritative port, confirmation timeout. Default: the stored
    // DNS settings of the profile.
    void setDnsSettings(const DnsSettings &settings);

    // Queue an order for each endpoint (ignored while one is queued or running for it).
    void issue(const QList<qint64> &endpointIds);
    // Queue the orders a previous run left unfinished — unless another CertDesk process (the
    // window or --headless on the same profile) owns them: the first queue to call this holds
    // the profile's order lock until it is destroyed, and only the holder resumes.
    void resumeUnfinished();

    int queuedCount() const { return static_cast<int>(m_queue.size()); }

    // True while an order for the endpoint is queued or running.
    bool isBusy(qint64 endpointId) const { return m_queued.contains(endpointId) || m_running.contains(endpointId); }

    int runningCount() const { return static_cast<int>(m_running.size()); }

    // The ACME clients the orders use (one per account), for other requests to the same CAs.
    AcmeClientPool *clients() const { return m_clients; }

Q_SIGNALS:
    void progress(qint64 endpointId, const QString &step);
    // `retryAfter` is set when the CA said when to come back (rateLimited, 503).
    void orderFinished(qint64 endpointId, bool succeeded, const Problem &problem, const QDateTime &retryAfter);
    // Nothing queued or running any more, and every challenge cleanup done (so a command may
    // exit without leaving a TXT record behind); once per pump that leaves the queue empty.
    void idle();

private:
    struct Item
    {
        qint64 endpointId = 0;
        qint64 resumeOrderId = 0;
        QUrl resumeUrl;
        bool retriedAfterReregistration = false;
    };

    void pump();
    void launch(const Item &item);
    Result<ChallengeSolver *> solverFor(const Endpoint &endpoint);
    void runnerFinished(OrderRunner *runner, Item item, qint64 accountId);
    void finishItem(qint64 endpointId, bool succeeded, const Problem &problem, const QDateTime &retryAfter = {});
    void launchFailed(const Endpoint &endpoint, const Problem &problem);
    void deploy(qint64 endpointId, const QByteArray &chainPem, const QByteArray &keyPem);
    void deploymentFailed(qint64 endpointId, const Problem &problem);

public:
    // The files DeploymentJob writes, from a stored chain and key (also used by `certdesk export`).
    static Result<DeploymentJob::Material> deploymentMaterial(const Endpoint &endpoint,
                                                              const DeploymentTarget &target,
                                                              const QByteArray &chainPem,
                                                              const QByteArray &keyPem);

private:
    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    AcmeClientPool *m_clients;
    DataKey *m_dataKey;
    int m_concurrency = 8;
    QHostAddress m_httpAddress = QHostAddress::Any;
    quint16 m_httpPort = 80;
    std::optional<DnsSettings> m_dnsSettings;

    bool m_pumping = false;
    bool m_pumpAgain = false;
    QList<Item> m_queue;
    QSet<qint64> m_queued;
    QSet<qint64> m_running;
    int m_cleanups = 0; // challenge cleanups still running (they outlive their orders)
    std::unique_ptr<QLockFile> m_resumeLock;
    QHash<QString, Http01Responder *> m_responders; // by "address:port"
    QHash<QString, std::shared_ptr<ChallengeSolver>> m_solvers;
};
