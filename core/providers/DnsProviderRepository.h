#pragma once

#include "core/Result.h"
#include "core/providers/DnsProviderConfig.h"
#include "core/secrets/SecretRef.h"

#include <QList>

#include <memory>

class Clock;
class Store;

// The dns_providers table. Settings are checked against the kind's schema before they are
// stored (without the secret, which this class never sees: callers write it to the keychain
// under secretRefFor(id)). Calls run on the calling thread's connection.
class DnsProviderRepository final
{
public:
    DnsProviderRepository(std::shared_ptr<Store> store, const Clock &clock);

    // Inserts and returns the new id. `withSecret`: the row names its keychain entry.
    Result<qint64> add(const DnsProviderConfig &config, bool withSecret);
    Result<void> update(const DnsProviderConfig &config);
    // Names (or stops naming) the row's keychain entry, for a provider whose optional
    // credential was added after it was first saved; the keychain itself is the caller's.
    Result<void> setSecretStored(qint64 id, bool stored);
    // Refused (provider.in-use) while the delegation zone or a managed challenge uses it.
    Result<void> remove(qint64 id);
    Result<DnsProviderConfig> find(qint64 id) const;
    Result<QList<DnsProviderConfig>> all() const;

    static SecretRef secretRefFor(qint64 id);

private:
    Result<QJsonObject> checkedSettings(const DnsProviderConfig &config) const;

    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
};
