#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/dns/RecordStatusRepository.h"
#include "core/dns/RequiredRecord.h"
#include "core/endpoints/DelegationZone.h"
#include "core/endpoints/Endpoint.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>

#include <memory>
#include <optional>

class Clock;
class Store;

// The required records of some endpoints (or of all), as the record watcher checks them and
// the DNS review shows them: every record, the endpoints whose records cannot be derived and
// why, and what the last stored check said about each record.
struct RequiredRecordSet
{
    QList<RequiredRecord> records;
    QSet<qint64> endpointIds;             // the endpoints whose records are all listed
    QHash<qint64, QString> endpointNames; // first name (ACE) of every endpoint asked for
    QHash<qint64, Problem> problems;      // endpoints none of whose records could be derived
    // Set when dns-01 endpoints are among them but no delegation zone is set up: only their
    // traffic records are listed, and this says what to do.
    std::optional<Problem> delegationMissing;
    // The last stored check of each record, by RecordStatusRepository::keyOf (filled by load()).
    QHash<QString, RecordStatusRepository::Entry> lastChecks;

    // Derives the records of `endpoints`. Without a delegation zone, dns-01 endpoints still get
    // their traffic records (an external endpoint's CNAME can be checked on its own).
    static RequiredRecordSet derive(const QList<Endpoint> &endpoints, const std::optional<DelegationZone> &delegation);

    // Reads the endpoints (every one when `endpointIds` is empty), the delegation zone and the
    // last stored checks, and derives the records. Call on the thread whose connection to use.
    static Result<RequiredRecordSet>
    load(const std::shared_ptr<Store> &store, const Clock &clock, const QList<qint64> &endpointIds = {});
};

Q_DECLARE_METATYPE(RequiredRecordSet)
