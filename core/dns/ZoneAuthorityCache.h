#pragma once

#include "core/dns/ZoneAuthority.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

// The name servers of zones found recently, kept as long as a resolver would keep the records
// they came from (the smallest TTL of the NS and address records, at most MaxAge). Lets a DNS
// provider that confirms hundreds of values in one zone find the zone's servers once instead
// of asking NS, A and AAAA again before every confirmation. Which zone a name lives in is still
// asked for every name (ZoneDiscovery's SOA step): only the zone's servers are remembered.
// Not thread-safe: one per thread, like the DnsClient it serves.
class ZoneAuthorityCache final
{
public:
    static constexpr std::chrono::seconds MaxAge{300};
    static constexpr int MaxZones = 1000;

    // A fresh entry for `zone` whose servers listen on `port`.
    std::optional<ZoneAuthority> find(const DnsName &zone, quint16 port) const;

    // Keeps `authority` for `ttl` (capped at MaxAge; 0 keeps nothing).
    void insert(const ZoneAuthority &authority, std::chrono::seconds ttl);

    void clear() { m_entries.clear(); }

    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        ZoneAuthority authority;
        QDeadlineTimer expires;
    };

    static QString key(const DnsName &zone, quint16 port);

    QHash<QString, Entry> m_entries;
};
