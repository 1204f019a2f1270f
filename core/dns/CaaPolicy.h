#pragma once

#include "core/dns/DnsRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

// Whether a CAA record set lets a CA issue (RFC 8659 §4): the set is the one at the closest
// ancestor that has any (the caller climbs), `issuewild` decides for wildcard names when
// present, otherwise `issue`; a value's issuer domain must equal one of the CA's identities
// (its directory's meta.caaIdentities, RFC 8555 §7.1.1). An unknown tag with the critical flag
// forbids issuance. RFC 8657's validationmethods parameter is honoured for dns-01.
namespace CaaPolicy {

struct Verdict
{
    bool allowed = true;
    QString reason; // translated, for the record check's evidence
};

Verdict evaluate(const QList<DnsRecord> &caaSet, bool wildcard, const QStringList &caIdentities);

} // namespace CaaPolicy
