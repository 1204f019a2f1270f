#pragma once

#include "core/Result.h"
#include "core/dns/DnsAnswer.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsServer.h"

#include <QList>

#include <optional>

// Everything RecordCheck asked and heard about one required record, as plain values, so the
// verdict (RecordVerdict) is a pure function of it.
struct RecordObservation
{
    struct Reply
    {
        DnsServer server;
        DnsRecordType type = DnsRecordType::CNAME;
        Result<DnsAnswer> answer = Problem(); // any response code (DnsClient::Options::everyRcode)
    };

    struct Caa
    {
        DnsName name;     // the certificate name (wildcards checked with issuewild)
        DnsName relevant; // where the relevant record set was found; null: nowhere
        QList<DnsRecord> records;
        std::optional<Problem> failure;
    };

    std::optional<Problem> zoneFailure;
    DnsServer zoneResolver; // the resolver that was asked for the zone (the first one)
    DnsName zone;
    QList<Reply> authoritative;    // at the owner: CNAME (apex: A and AAAA), no recursion
    QList<Reply> authoritativeAny; // at the owner, only when no CNAME was there: what is in the way
    QList<Reply> resolver;         // at the owner: CNAME, through each recursive resolver
    QList<Reply> resolverTxt;      // challenge records: TXT at the owner (follows the chain: loops)
    QList<Reply> targetAddresses;  // apex: A and AAAA of the target, through the first resolver
    QList<Caa> caa;
};
