#pragma once

#include "core/dns/RecordObservation.h"
#include "core/dns/RecordStatus.h"

#include <QStringList>

// Turns what the servers said about a required record into its status and the evidence for
// it. The authoritative servers are the truth; resolvers only decide between OK and
// "propagating"; CAA only matters once the record itself is right.
namespace RecordVerdict {

RecordStatus judge(const RequiredRecord &record, const RecordObservation &observation, const QStringList &caIdentities);

// "127.0.0.1:5353: CNAME x.example. (TTL 60)" and the like, for evidence lines.
QString describe(const RecordObservation::Reply &reply, const DnsName &owner);

} // namespace RecordVerdict
