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
    // Adds many endpoints with the same checks, in one transaction: all of them or none (an
    // import, a test profile). Answers how many were added.
    Result<int> addAll(const QList<Endpoint> &endpoints);
    // Changes an endpoint's settings and names with the same checks as add(); its status,
    // renewal time and certificates are kept.
    Result<Endpoint> update(Endpoint endpoint);
    // Deletes the endpoint with its names, orders and certificates.
    Result<void> remove(qint64 id);
    Result<Endpoint> find(qint64 id) const;
    // The endpoint one of whose names is `name` (any spelling DnsName accepts).
    Result<Endpoint> findByName(const QString &name) const;
    Result<void> setStatus(qint64 id, const QString &status, const QDateTime &nextRenewalAt = {});

    // The endpoint as add() and update() would store it: names parsed, normalised and
    // deduplicated, the target checked. Useful to validate a form before sending it.
    static Result<Endpoint> normalised(Endpoint endpoint);

private:
    Result<void> checkNamesFree(const QStringList &names, qint64 ownId) const;
    // One INSERT of the endpoint and its names, inside the caller's transaction.
    Result<qint64> insert(const Endpoint &endpoint) const;
    Result<QList<Endpoint>> load(std::optional<qint64> onlyId) const;

    std::shared_ptr<Store> m_store;
};
