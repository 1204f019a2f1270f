#include "ZoneAuthorityCache.h"

QString ZoneAuthorityCache::key(const DnsName &zone, quint16 port)
{
    return zone.ace() + QLatin1Char(':') + QString::number(port);
}

std::optional<ZoneAuthority> ZoneAuthorityCache::find(const DnsName &zone, quint16 port) const
{
    const auto it = m_entries.constFind(key(zone, port));
    if (it == m_entries.constEnd() || it->expires.hasExpired()) {
        return std::nullopt;
    }
    return it->authority;
}

void ZoneAuthorityCache::insert(const ZoneAuthority &authority, std::chrono::seconds ttl)
{
    const std::chrono::seconds keep = std::min(ttl, MaxAge);
    if (keep.count() <= 0 || authority.servers().isEmpty()) {
        return;
    }
    if (m_entries.size() >= MaxZones) {
        // Bounded: drop what has expired, and everything if that is not enough.
        m_entries.removeIf([](const auto &entry) {
            return entry.value().expires.hasExpired();
        });
        if (m_entries.size() >= MaxZones) {
            m_entries.clear();
        }
    }
    m_entries.insert(key(authority.zone, authority.port), Entry{authority, QDeadlineTimer(keep)});
}
