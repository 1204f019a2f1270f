#include "RequiredRecordSet.h"

#include "core/endpoints/DelegationZoneRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/endpoints/RequiredRecords.h"

RequiredRecordSet RequiredRecordSet::derive(const QList<Endpoint> &endpoints,
                                            const std::optional<DelegationZone> &delegation)
{
    RequiredRecordSet set;
    for (const Endpoint &endpoint : endpoints) {
        set.endpointNames.insert(endpoint.id, endpoint.names.value(0));
        Result<QList<RequiredRecord>> required = RequiredRecords::forEndpoint(endpoint, delegation);
        if (!required && required.problem().code == QLatin1String("delegation.not-set")) {
            if (!set.delegationMissing) {
                set.delegationMissing = required.problem();
            }
            // Without a delegation zone only the traffic records can be listed and checked.
            Endpoint withoutChallenge = endpoint;
            withoutChallenge.challengeType = QStringLiteral("http-01");
            required = RequiredRecords::forEndpoint(withoutChallenge, delegation);
        }
        if (!required) {
            set.problems.insert(endpoint.id, required.problem());
            continue;
        }
        set.endpointIds.insert(endpoint.id);
        set.records += required.value();
    }
    return set;
}

namespace {

// Up to this many endpoints are read one by one; more, and one scan of the tables is cheaper.
constexpr qsizetype FewEndpoints = 32;

} // namespace

Result<RequiredRecordSet>
RequiredRecordSet::load(const std::shared_ptr<Store> &store, const Clock &clock, const QList<qint64> &endpointIds)
{
    const Result<std::optional<DelegationZone>> delegation = DelegationZoneRepository(store, clock).current();
    if (!delegation) {
        return delegation.problem();
    }
    EndpointRepository endpoints(store);
    QList<Endpoint> chosen;
    const bool few = !endpointIds.isEmpty() && endpointIds.size() <= FewEndpoints;
    if (few) {
        for (const qint64 id : endpointIds) {
            const Result<Endpoint> endpoint = endpoints.find(id);
            if (endpoint) {
                chosen << endpoint.value();
            } else if (endpoint.problem().category != Problem::Category::NotFound) {
                return endpoint.problem();
            } // a deleted endpoint simply has no records
        }
    } else {
        Result<QList<Endpoint>> all = endpoints.list();
        if (!all) {
            return all.problem();
        }
        if (endpointIds.isEmpty()) {
            chosen = std::move(all).value();
        } else {
            const QSet<qint64> wanted(endpointIds.cbegin(), endpointIds.cend());
            for (const Endpoint &endpoint : all.value()) {
                if (wanted.contains(endpoint.id)) {
                    chosen << endpoint;
                }
            }
        }
    }
    RequiredRecordSet set = derive(chosen, delegation.value());

    RecordStatusRepository repository(store);
    QHash<QString, RecordStatusRepository::Entry> stored;
    if (few) {
        for (const Endpoint &endpoint : std::as_const(chosen)) {
            const Result<QList<RecordStatusRepository::Entry>> entries = repository.forEndpoint(endpoint.id);
            if (!entries) {
                return entries.problem();
            }
            for (const RecordStatusRepository::Entry &entry : entries.value()) {
                stored.insert(RecordStatusRepository::keyOf(entry.endpointId, entry.owner, entry.type), entry);
            }
        }
    } else {
        Result<QHash<QString, RecordStatusRepository::Entry>> all = repository.all();
        if (!all) {
            return all.problem();
        }
        stored = std::move(all).value();
    }
    for (const RequiredRecord &record : std::as_const(set.records)) {
        const QString key = RecordStatusRepository::keyOf(
            record.endpointId, record.owner.ace(), RequiredRecord::purposeName(record.purpose));
        const auto found = stored.constFind(key);
        // A stored result for another value (the target changed since) says nothing about this one.
        if (found != stored.constEnd()
            && found->expected == record.typeText() + QLatin1Char(' ') + record.target.ace()) {
            set.lastChecks.insert(key, *found);
        }
    }
    return set;
}
