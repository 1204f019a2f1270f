#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class AcmeClient;
class QNetworkAccessManager;
class SecretStore;
class Store;

// One ready AcmeClient per CA account (key from the keychain, the account's CA bundle, the
// directory fetched), shared by every order of that account so they share a nonce pool and
// one TLS connection pool.
class AcmeClientPool final : public QObject
{
    Q_OBJECT

public:
    AcmeClientPool(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent = nullptr);
    ~AcmeClientPool() override;
    Q_DISABLE_COPY_MOVE(AcmeClientPool)

    using ClientCallback = std::function<void(Result<AcmeClient *>)>;

    // Calls back later (never synchronously on first use) with the account's client.
    void withClient(qint64 accountId, ClientCallback next);
    // The CA forgot the account (accountDoesNotExist): register the same key again.
    void reregister(qint64 accountId, std::function<void(Result<void>)> next);

    QNetworkAccessManager *network() const { return m_network; }

private:
    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QHash<qint64, AcmeClient *> m_clients;
    QHash<qint64, QList<ClientCallback>> m_waiters;
};
