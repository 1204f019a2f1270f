#pragma once

#include "core/Result.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsName.h"
#include "core/dns/ZoneAuthority.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <limits>
#include <optional>

class ZoneAuthorityCache;

// Finds the zone a name lives in and the zone's authoritative servers, by asking a configured
// resolver: SOA queries walk up from the name until one is answered for its own owner (or a
// negative answer names the enclosing zone in its authority SOA, RFC 2308 §3), then NS for the
// apex, then the name servers' addresses.
//
// With a cache, the zone is still found by SOA for every name, but the servers of a zone found
// recently are taken from the cache instead of NS, A and AAAA queries, and fresh ones are kept.
//
// start() never emits synchronously; `finished` fires exactly once. The creator owns the job.
class ZoneDiscovery final : public QObject
{
    Q_OBJECT

public:
    ZoneDiscovery(DnsClient *client, DnsServer resolver, DnsName name, QObject *parent = nullptr);
    ~ZoneDiscovery() override;
    Q_DISABLE_COPY_MOVE(ZoneDiscovery)

    // The port the authoritative servers listen on (53 unless a lab says otherwise).
    void setAuthoritativePort(quint16 port) { m_authority.port = port; }

    // Before start(): where zones' servers are remembered between discoveries. Not owned; must
    // outlive the job.
    void setCache(ZoneAuthorityCache *cache) { m_cache = cache; }

    // Whether the servers came from the cache (valid after `finished`).
    bool fromCache() const { return m_fromCache; }

    void start();

    bool isFinished() const { return m_result.has_value(); }

    // Valid after `finished`. Problem codes: dns.zone.not-found, dns.zone.no-nameservers,
    // dns.zone.nameservers-unresolved, or the resolver's own (dns.timeout, dns.servfail, ...).
    const Result<ZoneAuthority> &result() const { return *m_result; }

    bool failed() const { return !m_result->ok(); }

    const Problem &problem() const { return m_result->problem(); }

    const ZoneAuthority &authority() const { return m_result->value(); }

Q_SIGNALS:
    void finished(ZoneDiscovery *discovery);

private:
    void askSoa(const DnsName &candidate);
    void onSoa(const DnsName &candidate, const Result<DnsAnswer> &result);
    void askNameServers();
    void onNameServers(const Result<DnsAnswer> &result);
    void onAddress(int index, const Result<DnsAnswer> &result);
    void addressesDone();
    void complete(const Result<ZoneAuthority> &result);

    QPointer<DnsClient> m_client;
    DnsServer m_resolver;
    DnsName m_name;
    ZoneAuthority m_authority;
    ZoneAuthorityCache *m_cache = nullptr;
    bool m_fromCache = false;
    bool m_incomplete = false;                              // an address lookup failed
    quint32 m_minTtl = std::numeric_limits<quint32>::max(); // of the NS and address records used
    QList<DnsClient::Handle> m_pending;
    int m_outstanding = 0;
    bool m_started = false;
    std::optional<Result<ZoneAuthority>> m_result;
};
