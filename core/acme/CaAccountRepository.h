#pragma once

#include "core/Result.h"
#include "core/acme/CaAccount.h"

#include <QList>

#include <memory>

class Store;

// The ca_accounts table.
class CaAccountRepository final
{
public:
    explicit CaAccountRepository(std::shared_ptr<Store> store);

    // Inserts and returns the account with its id; keyRef (and eabHmacRef) derive from the id.
    Result<CaAccount> add(CaAccount account);
    Result<void> setRegistration(qint64 id, const QUrl &accountUrl, const QString &status);
    Result<void> remove(qint64 id);
    Result<CaAccount> find(qint64 id) const;
    Result<QList<CaAccount>> list() const;
    // The account used when a command names none: the newest registered one.
    Result<CaAccount> defaultAccount() const;

private:
    std::shared_ptr<Store> m_store;
};
