#pragma once

#include "core/Result.h"
#include "core/dns/DnsSettings.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class DnsClient;
class DnsProvider;
class SecretStore;
class Store;

// Ready-to-use DNS providers by dns_providers id, for one thread: the row is read, the
// credential fetched from the keychain (asynchronously), the provider built once and kept.
// Used by the dns-01 solver, the hub's publisher and the command line.
class DnsProviderPool final : public QObject
{
    Q_OBJECT

public:
    using Ready = std::function<void(Result<DnsProvider *>)>;

    // `secrets` must outlive the pool. Settings are read from the store unless set.
    DnsProviderPool(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent = nullptr);
    ~DnsProviderPool() override;
    Q_DISABLE_COPY_MOVE(DnsProviderPool)

    void setDnsSettings(const DnsSettings &settings) { m_settings = settings; }

    DnsClient *client() const { return m_client; }

    // `ready` runs later on this thread, exactly once (never after the pool is gone). The
    // provider belongs to the pool.
    void withProvider(qint64 id, Ready ready);
    // Drops a cached provider (after its settings or credential changed).
    void forget(qint64 id);

private:
    void finish(qint64 id, const Result<DnsProvider *> &result);

    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    DnsClient *m_client;
    std::optional<DnsSettings> m_settings;
    QHash<qint64, DnsProvider *> m_providers;
    QHash<qint64, QList<Ready>> m_waiting;
};
