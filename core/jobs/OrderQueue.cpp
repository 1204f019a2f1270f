#include "OrderQueue.h"

#include "core/acme/AcmeClient.h"
#include "core/acme/AcmeJob.h"
#include "core/acme/CaAccountRepository.h"
#include "core/certificates/CertificateRepository.h"
#include "core/crypto/Envelope.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderRepository.h"
#include "core/jobs/OrderRunner.h"
#include "core/secrets/SecretStore.h"
#include "core/solvers/Http01Responder.h"
#include "core/solvers/Http01Solver.h"
#include "core/solvers/WebrootSolver.h"
#include "core/store/ActivityLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcQueue, "certdesk.core.jobs.queue")

namespace {

const SecretRef kDataKeyRef(QStringLiteral("data-key"), QStringLiteral("1"));

} // namespace

OrderQueue::OrderQueue(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
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
    while (!m_queue.isEmpty() && m_running.size() < m_concurrency) {
        const Item item = m_queue.takeFirst();
        m_queued.remove(item.endpointId);
        m_running.insert(item.endpointId);
        launch(item);
    }
    if (m_queue.isEmpty() && m_running.isEmpty()) {
        Q_EMIT idle();
    }
}

void OrderQueue::finishItem(qint64 endpointId, bool succeeded, const Problem &problem)
{
    m_running.remove(endpointId);
    Q_EMIT orderFinished(endpointId, succeeded, problem);
    pump();
}

void OrderQueue::withDataKey(std::function<void(Result<QByteArray>)> next)
{
    if (!m_dataKey.isEmpty()) {
        next(m_dataKey);
        return;
    }
    m_dataKeyWaiters << std::move(next);
    if (m_dataKeyWaiters.size() > 1) {
        return;
    }
    auto deliver = [this](const Result<QByteArray> &key) {
        if (key) {
            m_dataKey = key.value();
        }
        const auto waiters = std::exchange(m_dataKeyWaiters, {});
        for (const auto &waiter : waiters) {
            waiter(key);
        }
    };
    m_secrets->fetch(kDataKeyRef, this, [this, deliver](Result<QByteArray> fetched) {
        if (fetched && fetched.value().size() == Envelope::KeySize) {
            deliver(fetched.value());
            return;
        }
        if (fetched || fetched.problem().code != QLatin1String("keychain.not-found")) {
            deliver(fetched ? Result<QByteArray>(Problem::make(Problem::Category::Keychain,
                                                               QStringLiteral("keychain.bad-data-key"),
                                                               tr("The data key in the keychain is damaged.")))
                            : fetched);
            return;
        }
        // First issuance in this profile: make the key that seals certificate keys.
        const QByteArray key = Envelope::generateKey();
        m_secrets->store(kDataKeyRef, key, this, [deliver, key](Result<void> stored) {
            deliver(stored ? Result<QByteArray>(key) : Result<QByteArray>(stored.problem()));
        });
    });
}

void OrderQueue::withClient(qint64 accountId, std::function<void(Result<AcmeClient *>)> next)
{
    if (AcmeClient *client = m_clients.value(accountId)) {
        next(client);
        return;
    }
    QList<std::function<void(Result<AcmeClient *>)>> &waiters = m_clientWaiters[accountId];
    waiters << std::move(next);
    if (waiters.size() > 1) {
        return;
    }
    auto deliver = [this, accountId](const Result<AcmeClient *> &client) {
        const auto pending = m_clientWaiters.take(accountId);
        for (const auto &waiter : pending) {
            waiter(client);
        }
    };
    const Result<CaAccount> account = CaAccountRepository(m_store).find(accountId);
    if (!account) {
        deliver(account.problem());
        return;
    }
    m_secrets->fetch(account->keyRef, this, [this, accountId, account = account.value(), deliver](Result<QByteArray> pem) {
        if (!pem) {
            deliver(pem.problem());
            return;
        }
        Result<PrivateKey> key = PrivateKey::fromPem(pem.value());
        if (!key) {
            deliver(key.problem());
            return;
        }
        auto *client = new AcmeClient(m_network, account.directoryUrl, this);
        if (!account.caBundlePath.isEmpty()) {
            QFile bundle(account.caBundlePath);
            if (!bundle.open(QIODevice::ReadOnly)) {
                delete client;
                deliver(Problem::make(Problem::Category::Configuration,
                                      QStringLiteral("account.ca-bundle-unreadable"),
                                      tr("The CA bundle of account \"%1\" cannot be read.").arg(account.title),
                                      tr("%1: %2").arg(account.caBundlePath, bundle.errorString()),
                                      tr("Restore the file or change the account's CA bundle.")));
                return;
            }
            if (Result<void> trusted = client->setExtraCaCertificates(bundle.readAll()); !trusted) {
                delete client;
                deliver(trusted.problem());
                return;
            }
        }
        client->setAccountKey(key.value());
        client->setAccountUrl(account.accountUrl);
        // The directory up front: whether the CA offers ARI decides the first order's shape.
        AcmeJob *directory = client->fetchDirectory();
        connect(directory, &AcmeJob::finished, this, [this, accountId, client, deliver](AcmeJob *fetched) {
            if (fetched->failed()) {
                client->deleteLater();
                deliver(fetched->problem());
                return;
            }
            m_clients.insert(accountId, client);
            deliver(client);
        });
        directory->start();
    });
}

void OrderQueue::reregister(qint64 accountId, std::function<void(Result<void>)> next)
{
    AcmeClient *client = m_clients.value(accountId);
    const Result<CaAccount> account = CaAccountRepository(m_store).find(accountId);
    if (!client || !account) {
        next(account ? Problem::make(Problem::Category::Internal, QStringLiteral("account.no-client"), {})
                     : account.problem());
        return;
    }
    AcmeAccountRequest request;
    if (!account->email.isEmpty()) {
        request.contact << QStringLiteral("mailto:") + account->email;
    }
    request.termsOfServiceAgreed = true; // agreed when the account was added
    AcmeJob *job = client->newAccount(request);
    connect(job, &AcmeJob::finished, this, [this, accountId, next](AcmeJob *done) {
        if (done->failed()) {
            next(done->problem());
            return;
        }
        if (Result<void> saved =
                CaAccountRepository(m_store).setRegistration(accountId, done->account().url, QStringLiteral("valid"));
            !saved) {
            next(saved.problem());
            return;
        }
        const Result<qint64> logged = ActivityLog(m_store).append(
            ActivityLog::Severity::Warning,
            QStringLiteral("acme"),
            tr("The CA no longer knew CertDesk's account; it was registered again with the same key."),
            done->account().url.toString());
        Q_UNUSED(logged)
        next({});
    });
    job->start();
}

Result<ChallengeSolver *> OrderQueue::solverFor(const Endpoint &endpoint)
{
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
        finishItem(item.endpointId, false, endpoint.problem());
        return;
    }
    qint64 accountId = endpoint->accountId;
    if (accountId == 0) {
        const Result<CaAccount> fallback = CaAccountRepository(m_store).defaultAccount();
        if (!fallback) {
            finishItem(item.endpointId, false, fallback.problem());
            return;
        }
        accountId = fallback->id;
    }
    withDataKey([this, item, accountId, endpoint = endpoint.value()](Result<QByteArray> dataKey) {
        if (!dataKey) {
            finishItem(item.endpointId, false, dataKey.problem());
            return;
        }
        withClient(accountId, [this, item, accountId, endpoint, key = dataKey.value()](Result<AcmeClient *> client) {
            if (!client) {
                finishItem(item.endpointId, false, client.problem());
                return;
            }
            Result<ChallengeSolver *> solver = solverFor(endpoint);
            if (!solver) {
                finishItem(item.endpointId, false, solver.problem());
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

void OrderQueue::runnerFinished(OrderRunner *runner, Item item, qint64 accountId)
{
    const qint64 endpointId = runner->endpointId();
    if (runner->failed() && runner->problem().code == QLatin1String("acme.accountDoesNotExist")
        && !item.retriedAfterReregistration) {
        // The CA lost the account (a reset test CA, a deleted account): register the same key
        // again and retry this order once.
        reregister(accountId, [this, item, endpointId](Result<void> registered) mutable {
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
    finishItem(endpointId, !runner->failed(), runner->problem());
}
