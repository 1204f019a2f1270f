#include "OrderQueue.h"

#include "core/acme/AcmeClient.h"
#include "core/acme/AcmeClientPool.h"
#include "core/acme/AcmeJob.h"
#include "core/acme/CaAccountRepository.h"
#include "core/certificates/CertificateRepository.h"
#include "core/crypto/CertificateInfo.h"
#include "core/crypto/Envelope.h"
#include "core/crypto/Pkcs12Export.h"
#include "core/deploy/DeploymentJob.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderRepository.h"
#include "core/jobs/OrderRunner.h"
#include "core/secrets/DataKey.h"
#include "core/secrets/SecretStore.h"
#include "core/solvers/Dns01Solver.h"
#include "core/solvers/Http01Responder.h"
#include "core/solvers/Http01Solver.h"
#include "core/solvers/WebrootSolver.h"
#include "core/store/ActivityLog.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcQueue, "certdesk.core.jobs.queue")

OrderQueue::OrderQueue(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_clients(new AcmeClientPool(m_store, secrets, this))
    , m_dataKey(new DataKey(secrets, this))
{
}

OrderQueue::~OrderQueue() = default;

void OrderQueue::setConcurrency(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
    pump();
}

void OrderQueue::setDefaultHttpListen(const QHostAddress &address, quint16 port)
{
    m_httpAddress = address;
    m_httpPort = port;
}

void OrderQueue::setDnsSettings(const DnsSettings &settings)
{
    m_dnsSettings = settings;
    m_solvers.remove(QStringLiteral("dns-01"));
}

void OrderQueue::issue(const QList<qint64> &endpointIds)
{
    for (qint64 id : endpointIds) {
        if (m_queued.contains(id) || m_running.contains(id)) {
            continue;
        }
        m_queued.insert(id);
        m_queue << Item{id, 0, {}, false};
    }
    QMetaObject::invokeMethod(this, &OrderQueue::pump, Qt::QueuedConnection);
}

void OrderQueue::resumeUnfinished()
{
    // An unfinished order may be one another process is working on right now (`certdesk issue`
    // beside a running worker): taking it over would answer its challenges twice and mark it
    // failed under the owner's feet. The lock says whose they are; a crashed owner's lock is
    // recognised by its dead process, never by age (a worker holds it for weeks).
    if (!m_resumeLock) {
        auto lock =
            std::make_unique<QLockFile>(QFileInfo(m_store->path()).dir().filePath(QStringLiteral("orders.lock")));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            lock->getLockInfo(&pid, nullptr, nullptr);
            qCInfo(lcQueue) << "unfinished orders belong to CertDesk process" << pid << "- not resuming them";
            return;
        }
        m_resumeLock = std::move(lock);
    }
    Result<QList<OrderRepository::Order>> unfinished = OrderRepository(m_store).unfinished();
    if (!unfinished) {
        qCWarning(lcQueue) << unfinished.problem().technical;
        return;
    }
    for (const OrderRepository::Order &order : unfinished.value()) {
        if (m_queued.contains(order.endpointId) || m_running.contains(order.endpointId)) {
            continue;
        }
        m_queued.insert(order.endpointId);
        m_queue.prepend(Item{order.endpointId, order.id, order.url, false});
    }
    QMetaObject::invokeMethod(this, &OrderQueue::pump, Qt::QueuedConnection);
}

void OrderQueue::pump()
{
    // launch() can finish an item synchronously (an endpoint that is gone), which pumps again:
    // let the outermost call do the work, so `idle` is emitted once, not once per level.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        while (!m_queue.isEmpty() && m_running.size() < m_concurrency) {
            const Item item = m_queue.takeFirst();
            m_queued.remove(item.endpointId);
            m_running.insert(item.endpointId);
            launch(item);
        }
    } while (m_pumpAgain);
    m_pumping = false;
    if (m_queue.isEmpty() && m_running.isEmpty() && m_cleanups == 0) {
        Q_EMIT idle();
    }
}

void OrderQueue::finishItem(qint64 endpointId, bool succeeded, const Problem &problem, const QDateTime &retryAfter)
{
    m_running.remove(endpointId);
    Q_EMIT orderFinished(endpointId, succeeded, problem, retryAfter);
    pump();
}

Result<ChallengeSolver *> OrderQueue::solverFor(const Endpoint &endpoint)
{
    if (endpoint.challengeType == QLatin1String("dns-01")) {
        // One for all dns-01 endpoints: it keeps the providers (and their connections) warm.
        const QString key = QStringLiteral("dns-01");
        if (!m_solvers.contains(key)) {
            auto solver = std::make_shared<Dns01Solver>(m_store, m_secrets);
            if (m_dnsSettings) {
                solver->setDnsSettings(*m_dnsSettings);
            }
            m_solvers.insert(key, solver);
        }
        return m_solvers.value(key).get();
    }
    if (endpoint.challengeType != QLatin1String("http-01")) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("order.no-solver"),
                             tr("No %1 solver is set up for %2.").arg(endpoint.challengeType, endpoint.names.value(0)),
                             {},
                             tr("Set up the delegation zone (certdesk delegation set) or use http-01."));
    }
    const QString webroot = endpoint.solverSettings.value(QStringLiteral("webroot")).toString();
    if (!webroot.isEmpty()) {
        const QString key = QStringLiteral("webroot:") + webroot;
        if (!m_solvers.contains(key)) {
            m_solvers.insert(key, std::make_shared<Http01Solver>(std::make_unique<WebrootSolver>(webroot)));
        }
        return m_solvers.value(key).get();
    }
    QHostAddress address = m_httpAddress;
    quint16 port = m_httpPort;
    const QString listen = endpoint.solverSettings.value(QStringLiteral("listen")).toString();
    if (!listen.isEmpty()) {
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        address = QHostAddress(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
        port = listen.mid(colon + 1).toUShort();
    }
    const QString key = QStringLiteral("listen:%1:%2").arg(address.toString()).arg(port);
    if (!m_solvers.contains(key)) {
        auto *responder = new Http01Responder(this);
        if (Result<void> listening = responder->listen(address, port); !listening) {
            delete responder;
            return listening.problem();
        }
        m_responders.insert(key, responder);
        m_solvers.insert(key, std::make_shared<Http01Solver>(responder));
    }
    return m_solvers.value(key).get();
}

void OrderQueue::launch(const Item &item)
{
    const Result<Endpoint> endpoint = EndpointRepository(m_store).find(item.endpointId);
    if (!endpoint) {
        finishItem(item.endpointId, false, endpoint.problem()); // deleted meanwhile: nothing to mark
        return;
    }
    qint64 accountId = endpoint->accountId;
    if (accountId == 0) {
        const Result<CaAccount> fallback = CaAccountRepository(m_store).defaultAccount();
        if (!fallback) {
            launchFailed(endpoint.value(), fallback.problem());
            return;
        }
        accountId = fallback->id;
    }
    m_dataKey->withKey([this, item, accountId, endpoint = endpoint.value()](Result<QByteArray> dataKey) {
        if (!dataKey) {
            launchFailed(endpoint, dataKey.problem());
            return;
        }
        m_clients->withClient(
            accountId, [this, item, accountId, endpoint, key = dataKey.value()](Result<AcmeClient *> client) {
                if (!client) {
                    launchFailed(endpoint, client.problem());
                    return;
                }
                Result<ChallengeSolver *> solver = solverFor(endpoint);
                if (!solver) {
                    launchFailed(endpoint, solver.problem());
                    return;
                }
                OrderRunner::Setup setup;
                setup.store = m_store;
                setup.secrets = m_secrets;
                setup.client = client.value();
                setup.accountId = accountId;
                setup.dataKey = key;
                setup.solvers.insert(solver.value()->type(), solver.value());
                setup.endpoint = endpoint;
                setup.resumeOrderId = item.resumeOrderId;
                setup.resumeOrderUrl = item.resumeUrl;
                setup.cleanupContext = this;
                setup.cleanupsInFlight = [this](int delta) {
                    m_cleanups += delta;
                    if (m_cleanups == 0) {
                        pump();
                    }
                };
                // RFC 9773 §5: name the certificate being replaced, when the CA understands it.
                if (client.value()->directory().renewalInfo().isValid()) {
                    const Result<std::optional<IssuedCertificate>> previous =
                        CertificateRepository(m_store).current(endpoint.id);
                    if (previous && previous.value()) {
                        setup.replaces = previous.value()->ariCertId;
                    }
                }
                auto *runner = new OrderRunner(std::move(setup), this);
                connect(runner, &OrderRunner::progress, this, &OrderQueue::progress);
                connect(runner, &OrderRunner::finished, this, [this, item, accountId](OrderRunner *done) {
                    runnerFinished(done, item, accountId);
                });
                runner->start();
            });
    });
}

void OrderQueue::launchFailed(const Endpoint &endpoint, const Problem &problem)
{
    // No runner started, so no runner recorded the failure: the list and the activity log
    // must still say that this endpoint gets no certificate, and why.
    if (Result<void> updated = EndpointRepository(m_store).setStatus(endpoint.id, QStringLiteral("failed")); !updated) {
        qCWarning(lcQueue) << updated.problem().technical;
    }
    const Result<qint64> logged =
        ActivityLog(m_store).append(ActivityLog::Severity::Error,
                                    QStringLiteral("order"),
                                    tr("Certificate order for %1 could not start: %2")
                                        .arg(endpoint.names.join(QStringLiteral(", ")), problem.message()),
                                    problem.technical,
                                    endpoint.id);
    Q_UNUSED(logged)
    finishItem(endpoint.id, false, problem);
}

void OrderQueue::runnerFinished(OrderRunner *runner, Item item, qint64 accountId)
{
    const qint64 endpointId = runner->endpointId();
    if (runner->failed() && runner->problem().code == QLatin1String("acme.accountDoesNotExist")
        && !item.retriedAfterReregistration) {
        // The CA lost the account (a reset test CA, a deleted account): register the same key
        // again and retry this order once.
        m_clients->reregister(accountId, [this, item, endpointId](Result<void> registered) mutable {
            if (!registered) {
                finishItem(endpointId, false, registered.problem());
                return;
            }
            item.retriedAfterReregistration = true;
            item.resumeOrderId = 0;
            item.resumeUrl.clear();
            launch(item);
        });
        return;
    }
    if (runner->failed()) {
        finishItem(endpointId, false, runner->problem(), runner->retryAfter().value_or(QDateTime()));
        return;
    }
    deploy(endpointId, runner->certificate().chainPem, runner->privateKeyPem());
}

void OrderQueue::deploy(qint64 endpointId, const QByteArray &chainPem, const QByteArray &keyPem)
{
    const Result<Endpoint> endpoint = EndpointRepository(m_store).find(endpointId);
    const Result<DeploymentTarget> target =
        endpoint ? DeploymentTarget::fromJson(endpoint->deploySettings) : Result<DeploymentTarget>(endpoint.problem());
    if (!target || !target->isEnabled()) {
        finishItem(endpointId, target.ok(), target ? Problem() : target.problem());
        return;
    }
    Result<DeploymentJob::Material> material = deploymentMaterial(*endpoint, *target, chainPem, keyPem);
    if (!material) {
        deploymentFailed(endpointId, material.problem());
        return;
    }
    auto *job = new DeploymentJob(target.value(), material.value(), this);
    connect(job, &DeploymentJob::finished, this, [this, endpointId](DeploymentJob *done) {
        if (done->failed()) {
            deploymentFailed(endpointId, done->problem());
            return;
        }
        const Result<qint64> logged = ActivityLog(m_store).append(ActivityLog::Severity::Info,
                                                                  QStringLiteral("deploy"),
                                                                  tr("Certificate deployed."),
                                                                  done->writtenFiles().join(QLatin1Char('\n')),
                                                                  endpointId);
        Q_UNUSED(logged)
        finishItem(endpointId, true, {});
    });
    job->start();
}

Result<DeploymentJob::Material> OrderQueue::deploymentMaterial(const Endpoint &endpoint,
                                                               const DeploymentTarget &target,
                                                               const QByteArray &chainPem,
                                                               const QByteArray &keyPem)
{
    const Result<CertificateInfo> info = CertificateInfo::fromPem(chainPem);
    if (!info) {
        return info.problem();
    }
    DeploymentJob::Material material;
    material.endpoint = endpoint.title.isEmpty() ? endpoint.names.value(0) : endpoint.title;
    material.names = endpoint.names;
    const QList<QByteArray> parts = info->chainPem();
    material.certificatePem = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        material.chainPem += parts.at(i);
    }
    material.privateKeyPem = keyPem;
    if (target.writePfx) {
        const Result<PrivateKey> key = PrivateKey::fromPem(keyPem);
        if (!key) {
            return key.problem();
        }
        // No password: the file is owner-only, like the PEM key beside it.
        const Result<QByteArray> pfx = Pkcs12Export::build(key.value(), chainPem, QString(), material.endpoint);
        if (!pfx) {
            return pfx.problem();
        }
        material.pkcs12 = pfx.value();
    }
    return material;
}

void OrderQueue::deploymentFailed(qint64 endpointId, const Problem &problem)
{
    // The certificate is stored; the server just does not have it yet. That is a failure the
    // administrator must hear about like a failed renewal.
    if (Result<void> updated = EndpointRepository(m_store).setStatus(endpointId, QStringLiteral("failed")); !updated) {
        qCWarning(lcQueue) << updated.problem().technical;
    }
    const Result<qint64> logged = ActivityLog(m_store).append(ActivityLog::Severity::Error,
                                                              QStringLiteral("deploy"),
                                                              tr("Deployment failed: %1").arg(problem.message()),
                                                              problem.technical,
                                                              endpointId);
    Q_UNUSED(logged)
    finishItem(endpointId, false, problem);
}
