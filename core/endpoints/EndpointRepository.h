#pragma once

#include "core/Result.h"
#include "core/endpoints/Endpoint.h"

#include <QList>

#include <memory>
#include <optional>

class Store;

// Reads and writes endpoints and their names. Call it on the thread whose connection it
// should use: the worker for writes, any thread for reads.
class EndpointRepository final
{
public:
    explicit EndpointRepository(std::shared_ptr<Store> store);

    // Every endpoint with its names in order and its newest certificate's expiry.
    Result<QList<Endpoint>> list() const;

    // Validates and normalises the names (IDNA, case, wildcards), refuses a name that another
    // endpoint already has, and stores everything in one transaction.
    Result<Endpoint> add(Endpoint endpoint);
    Result<Endpoint> find(qint64 id) const;
    // The endpoint one of whose names is `name` (any spelling DnsName accepts).
    Result<Endpoint> findByName(const QString &name) const;
    Result<void> setStatus(qint64 id, const QString &status, const QDateTime &nextRenewalAt = {});

private:
    Result<QList<Endpoint>> load(std::optional<qint64> onlyId) const;

    std::shared_ptr<Store> m_store;
};
