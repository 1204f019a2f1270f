#pragma once

#include "core/Result.h"
#include "core/providers/DnsProviderConfig.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class DnsClient;
class SecretStore;
class Store;

// What the window does with DNS providers, on the worker thread: list, save (settings to the
// database, the credential to the keychain only), remove (row and keychain entry) and test a
// provider as it is being edited. Every request answers exactly once, on this thread; changes
// are also announced with providersChanged so every view stays current.
class ProviderAdministration final : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Reply = std::function<void(Result<T>)>;

    // `secrets` must outlive this object (it lives on the GUI thread; its jobs may be made anywhere).
    ProviderAdministration(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent = nullptr);
    ~ProviderAdministration() override;
    Q_DISABLE_COPY_MOVE(ProviderAdministration)

    void load(Reply<QList<DnsProviderConfig>> reply);

    // Adds the provider (id 0) or updates it, once its connection test passes (see test()); a
    // failed test saves nothing. A non-empty `secret` is written to the keychain under the
    // row's entry; an empty one keeps the stored credential (a new provider then has none,
    // which its schema must allow). The answer is the row as stored.
    void save(const DnsProviderConfig &config, const QByteArray &secret, Reply<DnsProviderConfig> reply);

    // Refused while the delegation zone or a managed challenge writes through it.
    void remove(qint64 id, Reply<qint64> reply);

    // Builds a provider from these (unsaved) settings and tests its connection. An empty
    // `secret` for a saved provider (id > 0) means the credential stored in the keychain.
    // The answer says in one sentence what the test proved.
    void test(const DnsProviderConfig &config, const QByteArray &secret, Reply<QString> reply);

Q_SIGNALS:
    void providersChanged(const QList<DnsProviderConfig> &providers);

private:
    void add(const DnsProviderConfig &config, const QByteArray &secret, Reply<DnsProviderConfig> reply);
    void update(const DnsProviderConfig &config,
                const DnsProviderConfig &stored,
                const QByteArray &secret,
                Reply<DnsProviderConfig> reply);
    void runTest(const DnsProviderConfig &config, const QByteArray &secret, Reply<QString> reply);
    void announce();

    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    DnsClient *m_client = nullptr;
};
