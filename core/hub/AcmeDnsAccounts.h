#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Clock;
class Store;

// acme-dns compatible accounts: each ties an API token (the acme-dns "username") to a
// subdomain of the hub's acme-dns zone, where that client's TXT values are published, and
// remembers the two most recent values (acme-dns keeps two so that a name and its wildcard can
// be validated together).
class AcmeDnsAccounts final
{
public:
    struct Account
    {
        QString subdomain;
        QString clientId;
        QStringList allowFrom; // CIDR ranges updates may come from; empty: anywhere
        QString previousTxt;
        QString currentTxt;
    };

    AcmeDnsAccounts(std::shared_ptr<Store> store, const Clock &clock);

    Result<void> add(const Account &account);
    Result<std::optional<Account>> findByClient(const QString &clientId) const;
    Result<void> setValues(const QString &subdomain, const QString &previousTxt, const QString &currentTxt);

private:
    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
};
