#pragma once

#include "core/Result.h"
#include "core/endpoints/DelegationZone.h"

#include <memory>
#include <optional>

class Clock;
class Store;

// The delegation_zone table: at most one row. Calls run on the calling thread's connection.
class DelegationZoneRepository final
{
public:
    DelegationZoneRepository(std::shared_ptr<Store> store, const Clock &clock);

    // Nothing when none is set up yet.
    Result<std::optional<DelegationZone>> current() const;
    // Sets (or replaces) the zone and its provider; the provider row must exist.
    Result<void> set(const DnsName &zone, qint64 providerId);
    Result<void> clear();

private:
    std::shared_ptr<Store> m_store;
    const Clock &m_clock;
};
