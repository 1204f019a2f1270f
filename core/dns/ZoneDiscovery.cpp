#include "ZoneDiscovery.h"

#include "core/dns/ZoneAuthorityCache.h"

ZoneDiscovery::ZoneDiscovery(DnsClient *client, DnsServer resolver, DnsName name, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resolver(std::move(resolver))
    , m_name(std::move(name))
{
}

ZoneDiscovery::~ZoneDiscovery()
{
    if (m_client) {
        for (const DnsClient::Handle handle : std::as_const(m_pending)) {
            m_client->cancel(handle);
        }
    }
}

void ZoneDiscovery::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (!m_client || m_name.isNull()) {
        const Problem problem = Problem::make(Problem::Category::Internal,
                                              QStringLiteral("dns.zone.not-found"),
                                              tr("The zone cannot be looked up."),
                                              tr("No name or no DNS client was given."));
        QMetaObject::invokeMethod(
            this,
            [this, problem] {
                complete(problem);
            },
            Qt::QueuedConnection);
        return;
    }
    // A wildcard lives in the zone of its base name.
    askSoa(m_name.base());
}

void ZoneDiscovery::askSoa(const DnsName &candidate)
{
    m_pending = {
        m_client->lookup(m_resolver, candidate.ace(), DnsRecordType::SOA, this, [this, candidate](const auto &r) {
            onSoa(candidate, r);
        })};
}

void ZoneDiscovery::onSoa(const DnsName &candidate, const Result<DnsAnswer> &result)
{
    m_pending.clear();
    const DnsName parent = candidate.parent();
    if (!result) {
        if (result.problem().code != QLatin1String("dns.nxdomain")) {
            complete(result.problem());
            return;
        }
    } else {
        bool aliased = false;
        for (const DnsRecord &record : result->records()) {
            if (record.type == DnsRecordType::SOA && record.name == candidate.ace()) {
                m_authority.zone = candidate;
                askNameServers();
                return;
            }
            aliased = aliased || (record.type == DnsRecordType::CNAME && record.name == candidate.ace());
        }
        // RFC 2308 §3: a "no data" answer carries the enclosing zone's SOA in the authority
        // section. Not after a CNAME: then the SOA belongs to the alias target's zone.
        if (!aliased) {
            for (const DnsRecord &record : result->message.authority()) {
                const DnsName owner = DnsName::fromNormalised(record.name);
                if (record.type == DnsRecordType::SOA && candidate.isWithin(owner)) {
                    m_authority.zone = owner;
                    askNameServers();
                    return;
                }
            }
        }
    }
    if (parent.isNull()) {
        complete(Problem::make(
            Problem::Category::Dns,
            QStringLiteral("dns.zone.not-found"),
            tr("No DNS zone was found for the name."),
            tr("%1 asked for the zone of %2 and found none.").arg(m_resolver.toString(), m_name.display()),
            tr("Check that the domain is registered and delegated, and that the resolver "
               "can reach its name servers.")));
        return;
    }
    askSoa(parent);
}

void ZoneDiscovery::askNameServers()
{
    if (m_cache) {
        if (const std::optional<ZoneAuthority> known = m_cache->find(m_authority.zone, m_authority.port)) {
            m_fromCache = true;
            m_authority.nameServers = known->nameServers;
            complete(m_authority); // from a lookup's callback, so never inside start()
            return;
        }
    }
    m_pending = {m_client->lookup(m_resolver, m_authority.zone.ace(), DnsRecordType::NS, this, [this](const auto &r) {
        onNameServers(r);
    })};
}

void ZoneDiscovery::onNameServers(const Result<DnsAnswer> &result)
{
    m_pending.clear();
    if (!result) {
        complete(result.problem());
        return;
    }
    for (const DnsRecord &record : result->records(DnsRecordType::NS)) {
        if (record.name == m_authority.zone.ace()) {
            m_authority.nameServers << ZoneAuthority::NameServer{DnsName::fromNormalised(record.data), {}};
            m_minTtl = std::min(m_minTtl, record.ttl);
        }
    }
    if (m_authority.nameServers.isEmpty()) {
        complete(Problem::make(
            Problem::Category::Dns,
            QStringLiteral("dns.zone.no-nameservers"),
            tr("The zone has no name servers."),
            tr("%1 returned no NS records for zone %2.").arg(m_resolver.toString(), m_authority.zone.display()),
            tr("Ask the zone's administrator to publish NS records.")));
        return;
    }
    for (int i = 0; i < m_authority.nameServers.size(); ++i) {
        const QString host = m_authority.nameServers.at(i).name.ace();
        for (const DnsRecordType type : {DnsRecordType::A, DnsRecordType::AAAA}) {
            ++m_outstanding;
            m_pending << m_client->lookup(m_resolver, host, type, this, [this, i](const auto &r) {
                onAddress(i, r);
            });
        }
    }
}

void ZoneDiscovery::onAddress(int index, const Result<DnsAnswer> &result)
{
    // A missing AAAA (or even A) for one name server is normal; only "none at all" fails. A
    // lookup that failed (timeout, SERVFAIL) may have hidden a server: such a set is not cached.
    if (!result && result.problem().code != QLatin1String("dns.nxdomain")) {
        m_incomplete = true;
    }
    if (result) {
        ZoneAuthority::NameServer &ns = m_authority.nameServers[index];
        for (const DnsRecordType type : {DnsRecordType::A, DnsRecordType::AAAA}) {
            for (const DnsRecord &record : result->records(type)) {
                const QHostAddress address(record.data);
                if (!address.isNull() && !ns.addresses.contains(address)) {
                    ns.addresses << address;
                    m_minTtl = std::min(m_minTtl, record.ttl);
                }
            }
        }
    }
    if (--m_outstanding == 0) {
        addressesDone();
    }
}

void ZoneDiscovery::addressesDone()
{
    m_pending.clear();
    if (m_authority.servers().isEmpty()) {
        QStringList names;
        for (const ZoneAuthority::NameServer &ns : std::as_const(m_authority.nameServers)) {
            names << ns.name.display();
        }
        complete(Problem::make(Problem::Category::Dns,
                               QStringLiteral("dns.zone.nameservers-unresolved"),
                               tr("The zone's name servers have no addresses."),
                               tr("None of %1 (zone %2) resolves to an address.")
                                   .arg(names.join(QStringLiteral(", ")), m_authority.zone.display()),
                               tr("Check the name servers' A and AAAA records and their glue at the parent zone.")));
        return;
    }
    if (m_cache && !m_incomplete) {
        m_cache->insert(m_authority, std::chrono::seconds(m_minTtl));
    }
    complete(m_authority);
}

void ZoneDiscovery::complete(const Result<ZoneAuthority> &result)
{
    if (m_result) {
        return;
    }
    m_result.emplace(result);
    Q_EMIT finished(this);
}
