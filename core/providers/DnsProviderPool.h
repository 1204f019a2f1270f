#pragma once

#include "core/Result.h"
#include "core/dns/DnsSettings.h"

#include <QDateTime>
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
// credential fetched from the keychain (asynchronously), the provider built once and kept
// while the row's updated_at stays the same. Every edit of a provider's settings or credential
// changes it, in this process or another (the window beside a running hub), so the next
// request gets a provider built from the new row; writes still running on the old one finish.
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
    // Drops a cached provider, so the next request builds it again.
    void forget(qint64 id);

private:
    struct Cached
    {
        DnsProvider *provider = nullptr;
        QDateTime updatedAt; // of the row it was built from
    };

    void finish(qint64 id, const Result<DnsProvider *> &result);
    // Keeps a replaced provider until its writes are done (their callbacks need it).
    void retire(DnsProvider *provider);
    void deleteIdleRetired();

    std::shared_ptr<Store> m_store;
    SecretStore *m_secrets;
    DnsClient *m_client;
    std::optional<DnsSettings> m_settings;
    QHash<qint64, Cached> m_providers;
    QList<DnsProvider *> m_retired;
    QHash<qint64, QList<Ready>> m_waiting;
};
