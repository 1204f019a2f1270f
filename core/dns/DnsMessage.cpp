#include "DnsMessage.h"

#include "LdnsCodec.h"

#include <QCoreApplication>

namespace {

QList<DnsRecord> section(const ldns_rr_list *list)
{
    QList<DnsRecord> records;
    const size_t count = ldns_rr_list_rr_count(list);
    records.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(list, i);
        // The OPT pseudo-record (RFC 6891 §6.1.1) is not data; ldns already moves it out.
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_OPT) {
            continue;
        }
        records << LdnsCodec::toRecord(rr);
    }
    return records;
}

Problem malformed(const QString &technical)
{
    return Problem::make(
               Problem::Category::Dns,
               QStringLiteral("dns.malformed"),
               QCoreApplication::translate("DnsMessage", "The DNS server sent a malformed answer."),
               {},
               QCoreApplication::translate("DnsMessage", "Try again; if it persists, check the server's software."))
        .withTechnical(technical);
}

} // namespace

QString dnsRcodeName(DnsRcode rcode)
{
    switch (rcode) {
    case DnsRcode::NoError:
        return QStringLiteral("NOERROR");
    case DnsRcode::FormErr:
        return QStringLiteral("FORMERR");
    case DnsRcode::ServFail:
        return QStringLiteral("SERVFAIL");
    case DnsRcode::NxDomain:
        return QStringLiteral("NXDOMAIN");
    case DnsRcode::NotImp:
        return QStringLiteral("NOTIMP");
    case DnsRcode::Refused:
        return QStringLiteral("REFUSED");
    case DnsRcode::YxDomain:
        return QStringLiteral("YXDOMAIN");
    case DnsRcode::YxRrset:
        return QStringLiteral("YXRRSET");
    case DnsRcode::NxRrset:
        return QStringLiteral("NXRRSET");
    case DnsRcode::NotAuth:
        return QStringLiteral("NOTAUTH");
    case DnsRcode::NotZone:
        return QStringLiteral("NOTZONE");
    }
    return QStringLiteral("RCODE%1").arg(quint16(rcode));
}

Result<QByteArray>
DnsMessage::buildQuery(quint16 id, const QString &name, DnsRecordType type, const QueryOptions &options)
{
    // Type 0 is reserved (RFC 6895 §3.1), and ldns would quietly ask for A instead.
    if (quint16(type) == 0) {
        return Problem::make(Problem::Category::Internal,
                             QStringLiteral("dns.query.build"),
                             QCoreApplication::translate("DnsMessage", "A DNS query could not be built."));
    }
    // Always fully qualified, so the name on the wire ends in the root label.
    LdnsCodec::Rdf owner = LdnsCodec::dname(name.endsWith(QLatin1Char('.')) ? name : name + QLatin1Char('.'));
    if (!owner) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("dns.query.bad-name"),
                             QCoreApplication::translate("DnsMessage", "The name cannot be looked up."),
                             QCoreApplication::translate("DnsMessage", "“%1” is not a valid DNS name.").arg(name));
    }
    // ldns_pkt_query_new takes ownership of the name.
    LdnsCodec::Packet packet(ldns_pkt_query_new(
        owner.release(), ldns_rr_type(type), LDNS_RR_CLASS_IN, options.recursionDesired ? LDNS_RD : 0));
    if (!packet) {
        return Problem::make(Problem::Category::Internal,
                             QStringLiteral("dns.query.build"),
                             QCoreApplication::translate("DnsMessage", "A DNS query could not be built."));
    }
    ldns_pkt_set_id(packet.get(), id);
    if (options.ednsUdpSize > 0) {
        ldns_pkt_set_edns_udp_size(packet.get(), options.ednsUdpSize);
    }
    QByteArray wire = LdnsCodec::toWire(packet.get());
    if (wire.isEmpty()) {
        return Problem::make(Problem::Category::Internal,
                             QStringLiteral("dns.query.build"),
                             QCoreApplication::translate("DnsMessage", "A DNS query could not be built."));
    }
    return wire;
}

int DnsMessage::peekId(const QByteArray &wire)
{
    if (wire.size() < 12) {
        return -1;
    }
    return (quint8(wire.at(0)) << 8) | quint8(wire.at(1));
}

Result<DnsMessage> DnsMessage::parse(const QByteArray &wire)
{
    if (LdnsCodec::hasMisplacedTsig(wire)) {
        return malformed(QStringLiteral("TSIG record not last in the message (RFC 8945 §5.1)"));
    }
    ldns_pkt *raw = nullptr;
    const ldns_status status =
        ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()));
    if (status != LDNS_STATUS_OK || !raw) {
        return malformed(QString::fromLatin1(ldns_get_errorstr_by_id(status)));
    }
    LdnsCodec::Packet packet(raw);

    DnsMessage message;
    message.m_id = ldns_pkt_id(raw);
    message.m_response = ldns_pkt_qr(raw);
    message.m_truncated = ldns_pkt_tc(raw);
    message.m_authoritative = ldns_pkt_aa(raw);
    message.m_recursionAvailable = ldns_pkt_ra(raw);
    message.m_edns = ldns_pkt_edns(raw);
    // RFC 6891 §6.1.3: the OPT record carries the upper eight bits of a 12-bit rcode.
    message.m_rcode = DnsRcode(quint16(ldns_pkt_edns_extended_rcode(raw)) << 4 | ldns_pkt_get_rcode(raw));

    const ldns_rr_list *question = ldns_pkt_question(raw);
    if (ldns_rr_list_rr_count(question) > 0) {
        const ldns_rr *q = ldns_rr_list_rr(question, 0);
        message.m_questionName = LdnsCodec::nameText(ldns_rr_owner(q));
        message.m_questionType = DnsRecordType(ldns_rr_get_type(q));
    }
    message.m_answers = section(ldns_pkt_answer(raw));
    message.m_authority = section(ldns_pkt_authority(raw));
    message.m_additional = section(ldns_pkt_additional(raw));
    return message;
}

QList<DnsRecord> DnsMessage::answers(DnsRecordType type) const
{
    QList<DnsRecord> result;
    for (const DnsRecord &record : m_answers) {
        if (record.type == type) {
            result << record;
        }
    }
    return result;
}
