#include "RecordCheck.h"

#include "core/dns/RecordVerdict.h"
#include "core/dns/ZoneDiscovery.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheck, "certdesk.core.dns.check")

namespace {

// Discoveries in flight at once: enough to overlap a few slow zones, few enough that names of
// one zone mostly wait for its first discovery instead of repeating it.
constexpr int MaxDiscoveries = 4;

} // namespace

RecordCheck::RecordCheck(DnsClient *client, QList<RequiredRecord> records, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    for (RequiredRecord &record : records) {
        m_items << Item{std::move(record), {}, 0, false, false, false};
    }
}

RecordCheck::~RecordCheck()
{
    if (m_client) {
        for (const DnsClient::Handle handle : std::as_const(m_handles)) {
            m_client->cancel(handle);
        }
    }
}

void RecordCheck::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (!m_client || m_options.resolvers.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_result.emplace(Problem::make(Problem::Category::Configuration,
                                               QStringLiteral("dns.check.no-resolver"),
                                               tr("The records cannot be checked."),
                                               tr("No recursive resolver is configured."),
                                               tr("Give one with --resolver ADDRESS[:PORT] or set it in the DNS "
                                                  "settings (certdesk dns set --resolver …).")));
                Q_EMIT finished(this);
            },
            Qt::QueuedConnection);
        return;
    }
    m_remaining = int(m_items.size());
    if (m_remaining == 0) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_result.emplace(QList<RecordStatus>());
                Q_EMIT finished(this);
            },
            Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        QMetaObject::invokeMethod(
            this,
            [this, i] {
                checkItem(i);
            },
            Qt::QueuedConnection);
    }
}

const ZoneAuthority *RecordCheck::knownZoneFor(const DnsName &name) const
{
    const ZoneAuthority *best = nullptr;
    for (const ZoneAuthority &zone : m_zones) {
        if (name.base().isWithin(zone.zone) && (!best || zone.zone.labelCount() > best->zone.labelCount())) {
            best = &zone;
        }
    }
    return best;
}

void RecordCheck::zoneFor(const DnsName &name, bool force, ZoneReady ready)
{
    if (!force) {
        if (const ZoneAuthority *known = knownZoneFor(name)) {
            ready(*known);
            return;
        }
        m_zoneWaiting.emplace_back(name, std::move(ready));
        // With every discovery slot taken, the one that finishes next goes through the queue;
        // going through it here for each of thousands of names would be quadratic.
        if (m_discoveries < MaxDiscoveries) {
            startDiscoveries();
        }
        return;
    }
    ++m_discoveries;
    auto *discovery = new ZoneDiscovery(m_client, m_options.resolvers.constFirst(), name, this);
    discovery->setAuthoritativePort(m_options.authoritativePort);
    connect(discovery, &ZoneDiscovery::finished, this, [this, discovery, ready] {
        discovery->deleteLater();
        --m_discoveries;
        if (!discovery->failed()) {
            const ZoneAuthority found = discovery->authority();
            bool known = false;
            for (const ZoneAuthority &zone : std::as_const(m_zones)) {
                known = known || zone.zone == found.zone;
            }
            if (!known) {
                m_zones << found;
            }
        }
        ready(discovery->result());
        startDiscoveries();
    });
    discovery->start();
}

void RecordCheck::startDiscoveries()
{
    // Names a finished discovery now covers go ahead; the first uncovered one is discovered.
    std::deque<std::pair<DnsName, ZoneReady>> still;
    while (!m_zoneWaiting.empty()) {
        // Plain variables, not a structured binding: clang before 16 cannot capture bindings (P1091).
        DnsName name = std::move(m_zoneWaiting.front().first);
        ZoneReady ready = std::move(m_zoneWaiting.front().second);
        m_zoneWaiting.pop_front();
        if (const ZoneAuthority *known = knownZoneFor(name)) {
            ready(*known);
        } else if (m_discoveries < MaxDiscoveries) {
            zoneFor(name, true, [this, name, ready](Result<ZoneAuthority> zone) {
                if (!zone) {
                    ready(zone);
                    return;
                }
                // The discovery may have found the zone of the alias target or a parent; ask again.
                if (const ZoneAuthority *covering = knownZoneFor(name)) {
                    ready(*covering);
                } else {
                    ready(zone);
                }
            });
        } else {
            still.emplace_back(std::move(name), std::move(ready));
        }
    }
    m_zoneWaiting = std::move(still);
}

void RecordCheck::checkItem(int index)
{
    const RequiredRecord &record = m_items.at(index).record;
    const bool force = m_items.at(index).rediscovered;
    // The owner of a required record is a CNAME, or must become one, and may even loop; its
    // parent lies in the same zone (a zone cut at the owner shows up as a referral and is then
    // discovered at the owner itself), so discovery starts there.
    const DnsName start =
        !force && !record.atApex && record.owner.labelCount() > 2 ? record.owner.parent() : record.owner;
    zoneFor(start, force, [this, index](Result<ZoneAuthority> zone) {
        Item &item = m_items[index];
        if (!zone) {
            item.observation.zoneFailure = zone.problem();
            item.observation.zoneResolver = m_options.resolvers.constFirst();
            itemDone(index);
            return;
        }
        ask(index, zone.value());
    });
}

void RecordCheck::lookup(int index,
                         const DnsServer &server,
                         const DnsName &name,
                         DnsRecordType type,
                         bool recursive,
                         QList<RecordObservation::Reply> RecordObservation::*into)
{
    DnsClient::Options options = m_client->defaultOptions();
    options.recursionDesired = recursive;
    options.everyRcode = true;
    options.timeout = m_options.timeout;
    options.attempts = m_options.attempts;
    ++m_items[index].outstanding;
    m_handles << m_client->lookup(
        server, name.ace(), type, options, this, [this, index, server, type, into](const Result<DnsAnswer> &answer) {
            (m_items[index].observation.*into) << RecordObservation::Reply{server, type, answer};
            replied(index);
        });
}

void RecordCheck::ask(int index, const ZoneAuthority &zone)
{
    Item &item = m_items[index];
    item.observation = RecordObservation();
    item.observation.zone = zone.zone;
    if (item.record.purpose == RequiredRecord::Purpose::Traffic) {
        // Whether the name is its zone's apex was a guess until now (RequiredRecords).
        item.record.atApex = item.record.owner == zone.zone;
    }
    const RequiredRecord &record = item.record;
    ++item.outstanding; // held until every question below is sent
    for (const DnsServer &server : zone.servers()) {
        if (record.atApex) {
            lookup(index, server, record.owner, DnsRecordType::A, false, &RecordObservation::authoritative);
            lookup(index, server, record.owner, DnsRecordType::AAAA, false, &RecordObservation::authoritative);
        } else {
            lookup(index, server, record.owner, DnsRecordType::CNAME, false, &RecordObservation::authoritative);
        }
    }
    if (record.atApex) {
        const DnsServer &resolver = m_options.resolvers.constFirst();
        lookup(index, resolver, record.target, DnsRecordType::A, true, &RecordObservation::targetAddresses);
        lookup(index, resolver, record.target, DnsRecordType::AAAA, true, &RecordObservation::targetAddresses);
    } else {
        for (const DnsServer &resolver : std::as_const(m_options.resolvers)) {
            lookup(index, resolver, record.owner, DnsRecordType::CNAME, true, &RecordObservation::resolver);
            if (record.purpose == RequiredRecord::Purpose::Challenge) {
                lookup(index, resolver, record.owner, DnsRecordType::TXT, true, &RecordObservation::resolverTxt);
            }
        }
    }
    if (record.purpose == RequiredRecord::Purpose::Challenge && !m_options.caIdentities.isEmpty()) {
        for (const DnsName &name : record.names) {
            ++item.outstanding;
            caaFor(name, [this, index](const RecordObservation::Caa &caa) {
                m_items[index].observation.caa << caa;
                replied(index);
            });
        }
    }
    replied(index);
}

bool RecordCheck::isReferral(const RecordObservation::Reply &reply, const ZoneAuthority &zone) const
{
    if (!reply.answer || reply.answer->rcode() != DnsRcode::NoError || reply.answer->message.isAuthoritative()
        || !reply.answer->records().isEmpty()) {
        return false;
    }
    for (const DnsRecord &record : reply.answer->message.authority()) {
        if (record.type == DnsRecordType::NS && DnsName::fromNormalised(record.name) != zone.zone) {
            return true;
        }
    }
    return false;
}

void RecordCheck::replied(int index)
{
    Item &item = m_items[index];
    if (--item.outstanding > 0) {
        return;
    }
    // A referral means the owner lies in a deeper zone than the one assumed: find it, once.
    if (!item.rediscovered) {
        ZoneAuthority assumed;
        assumed.zone = item.observation.zone;
        for (const RecordObservation::Reply &reply : std::as_const(item.observation.authoritative)) {
            if (isReferral(reply, assumed)) {
                item.rediscovered = true;
                checkItem(index);
                return;
            }
        }
    }
    // No CNAME anywhere but the name exists: ask what is in the way.
    if (!item.askedAny && !item.record.atApex) {
        bool anyCname = false;
        bool noData = false;
        for (const RecordObservation::Reply &reply : std::as_const(item.observation.authoritative)) {
            if (!reply.answer) {
                continue;
            }
            for (const DnsRecord &record : reply.answer->records(DnsRecordType::CNAME)) {
                anyCname = anyCname || record.name == item.record.owner.ace();
            }
            noData = noData || reply.answer->rcode() == DnsRcode::NoError;
        }
        if (!anyCname && noData) {
            item.askedAny = true;
            askAny(index);
            return;
        }
    }
    itemDone(index);
}

void RecordCheck::askAny(int index)
{
    Item &item = m_items[index];
    QList<DnsServer> servers;
    for (const RecordObservation::Reply &reply : std::as_const(item.observation.authoritative)) {
        if (!servers.contains(reply.server)) {
            servers << reply.server;
        }
    }
    ++item.outstanding;
    for (const DnsServer &server : std::as_const(servers)) {
        lookup(index, server, item.record.owner, DnsRecordType::ANY, false, &RecordObservation::authoritativeAny);
    }
    replied(index);
}

void RecordCheck::caaFor(const DnsName &name, std::function<void(const RecordObservation::Caa &)> done)
{
    // RFC 8659 §3: the relevant set is at the name or its closest ancestor that has one; a
    // wildcard is looked up at its base.
    const QString key = name.ace();
    CaaLookup &lookup = m_caa[key];
    if (lookup.done) {
        done(lookup.found);
        return;
    }
    lookup.waiting << std::move(done);
    if (lookup.waiting.size() > 1) {
        return;
    }
    lookup.found.name = name;
    caaStep(key, name.base());
}

void RecordCheck::caaStep(const QString &key, const DnsName &candidate)
{
    const auto finish = [this, key](const RecordObservation::Caa &found) {
        CaaLookup &lookup = m_caa[key];
        lookup.found = found;
        lookup.done = true;
        const auto waiting = std::move(lookup.waiting);
        lookup.waiting.clear();
        for (const auto &done : waiting) {
            done(found);
        }
    };
    if (candidate.isNull()) {
        finish(m_caa.value(key).found); // nothing up to the root
        return;
    }
    // The parent's result is shared with every other name below it.
    const QString parentKey = QStringLiteral("@") + candidate.ace();
    CaaLookup &shared = m_caa[parentKey];
    const auto useShared = [this, key, candidate, finish](const RecordObservation::Caa &atCandidate) {
        RecordObservation::Caa found = m_caa.value(key).found;
        if (atCandidate.failure) {
            found.failure = atCandidate.failure;
            finish(found);
        } else if (!atCandidate.records.isEmpty()) {
            found.relevant = atCandidate.relevant;
            found.records = atCandidate.records;
            finish(found);
        } else {
            caaStep(key, candidate.parent());
        }
    };
    if (shared.done) {
        useShared(shared.found);
        return;
    }
    shared.waiting << useShared;
    if (shared.waiting.size() > 1) {
        return;
    }
    DnsClient::Options options = m_client->defaultOptions();
    options.everyRcode = true;
    options.timeout = m_options.timeout;
    options.attempts = m_options.attempts;
    m_handles << m_client->lookup(
        m_options.resolvers.constFirst(),
        candidate.ace(),
        DnsRecordType::CAA,
        options,
        this,
        [this, parentKey, candidate](const Result<DnsAnswer> &answer) {
            RecordObservation::Caa atCandidate;
            atCandidate.name = candidate;
            if (!answer) {
                atCandidate.failure = answer.problem();
            } else if (answer->rcode() != DnsRcode::NoError && answer->rcode() != DnsRcode::NxDomain) {
                atCandidate.failure = Problem::make(
                    Problem::Category::Dns,
                    QStringLiteral("dns.check.caa"),
                    tr("The CAA lookup failed."),
                    tr("%1 answered %2 for the CAA records of %3.")
                        .arg(answer->server.toString(), dnsRcodeName(answer->rcode()), candidate.display()));
            } else {
                // Through an alias the set is the target's (RFC 8659 §3); any owner counts.
                atCandidate.records = answer->records(DnsRecordType::CAA);
                if (!atCandidate.records.isEmpty()) {
                    atCandidate.relevant = candidate;
                }
            }
            CaaLookup &lookup = m_caa[parentKey];
            lookup.found = atCandidate;
            lookup.done = true;
            const auto waiting = std::move(lookup.waiting);
            lookup.waiting.clear();
            for (const auto &done : waiting) {
                done(atCandidate);
            }
        });
}

void RecordCheck::itemDone(int index)
{
    Item &item = m_items[index];
    if (item.done) {
        return;
    }
    item.done = true;
    if (--m_remaining > 0) {
        return;
    }
    QList<RecordStatus> statuses;
    statuses.reserve(m_items.size());
    for (const Item &done : std::as_const(m_items)) {
        statuses << RecordVerdict::judge(done.record, done.observation, m_options.caIdentities);
    }
    m_handles.clear();
    qCDebug(lcCheck) << "checked" << statuses.size() << "record(s) in" << m_zones.size() << "zone(s)";
    m_result.emplace(statuses);
    Q_EMIT finished(this);
}
