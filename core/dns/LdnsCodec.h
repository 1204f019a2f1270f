#pragma once

// Private to core/dns: the only header that includes ldns. Everything public in core/dns speaks
// plain values (DnsRecord, DnsMessage); these helpers translate at the boundary.

#include "core/dns/DnsRecord.h"

#include <QByteArray>

#include <ldns/ldns.h>
#include <memory>

namespace LdnsCodec {

struct PacketDeleter
{
    void operator()(ldns_pkt *packet) const { ldns_pkt_free(packet); }
};

struct RecordDeleter
{
    void operator()(ldns_rr *record) const { ldns_rr_free(record); }
};

struct RecordListDeleter
{
    void operator()(ldns_rr_list *list) const { ldns_rr_list_deep_free(list); }
};

struct RdfDeleter
{
    void operator()(ldns_rdf *rdf) const { ldns_rdf_deep_free(rdf); }
};

using Packet = std::unique_ptr<ldns_pkt, PacketDeleter>;
using Record = std::unique_ptr<ldns_rr, RecordDeleter>;
using RecordList = std::unique_ptr<ldns_rr_list, RecordListDeleter>;
using Rdf = std::unique_ptr<ldns_rdf, RdfDeleter>;

// A domain name rdf from ASCII-compatible text; null if ldns rejects it.
Rdf dname(const QString &ace);

// Lower case, no trailing dot.
QString nameText(const ldns_rdf *rdf);

DnsRecord toRecord(const ldns_rr *rr);

// A TXT rdata split into character-strings of at most 255 octets (RFC 1035 §3.3.14).
void appendTxtStrings(ldns_rr *rr, const QByteArray &value);

QByteArray toWire(const ldns_pkt *packet);

// True when ldns would read a TSIG record anywhere but as the last record of the additional
// section, which RFC 8945 §5.1 calls a format error. ldns_wire2pkt (1.8.3) keeps only the last
// TSIG it reads, leaking the others, and stops reading the section early after one; such a
// message must not reach it. The walk is ldns's own record reader, so it sees the records
// exactly as ldns_wire2pkt would (ldns does not always end a record where RDLENGTH says).
bool hasMisplacedTsig(const QByteArray &wire);

} // namespace LdnsCodec
