#include "AcmeClientPool.h"

#include "core/acme/AcmeClient.h"
#include "core/acme/AcmeJob.h"
#include "core/acme/CaAccountRepository.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ActivityLog.h"

#include <QFile>
#include <QNetworkAccessManager>

AcmeClientPool::AcmeClientPool(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
{
}

AcmeClientPool::~AcmeClientPool() = default;

void AcmeClientPool::withClient(qint64 accountId, ClientCallback next)
{
    if (AcmeClient *client = m_clients.value(accountId)) {
        next(client);
        return;
    }
    QList<ClientCallback> &waiters = m_waiters[accountId];
    waiters << std::move(next);
    if (waiters.size() > 1) {
        return;
    }
    auto deliver = [this, accountId](const Result<AcmeClient *> &client) {
        const auto pending = m_waiters.take(accountId);
        for (const auto &waiter : pending) {
            waiter(client);
        }
    };
    const Result<CaAccount> account = CaAccountRepository(m_store).find(accountId);
    if (!account) {
        deliver(account.problem());
        return;
    }
    m_secrets->fetch(
        account->keyRef, this, [this, accountId, account = account.value(), deliver](Result<QByteArray> pem) {
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
                if (Result<void> trusted = client->setCaBundle(bundle.readAll()); !trusted) {
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

void AcmeClientPool::reregister(qint64 accountId, std::function<void(Result<void>)> next)
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
