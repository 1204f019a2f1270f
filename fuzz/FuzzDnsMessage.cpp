#include "FuzzInput.h"

#include "core/dns/CaaPolicy.h"
#include "core/dns/DnsMessage.h"

#include <QStringList>

#include <cstdlib>

// DNS replies from the wire (ldns decodes, LdnsCodec turns records into plain values), what the
// record checks then read from them (CAA policy), and the way back out: a name taken from a
// reply, as a CNAME target is when a lookup follows the chain, must build a query that decodes
// to the same name and type.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray wire = FuzzInput::bytes(data, size);
    (void)DnsMessage::peekId(wire);
    const Result<DnsMessage> parsed = DnsMessage::parse(wire);
    if (!parsed) {
        return 0;
    }
    const DnsMessage &message = parsed.value();
    const QList<DnsRecord> caa = message.answers(DnsRecordType::CAA);
    const QStringList identities{QStringLiteral("pebble.letsencrypt.org")};
    (void)CaaPolicy::evaluate(caa, false, identities);
    (void)CaaPolicy::evaluate(caa, true, identities);
    (void)dnsRcodeName(message.rcode());

    QStringList names{message.questionName()};
    for (const DnsRecord &record : message.answers(DnsRecordType::CNAME)) {
        names << record.data;
    }
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty()) {
            continue;
        }
        const Result<QByteArray> query = DnsMessage::buildQuery(0x1234, name, message.questionType());
        if (!query) {
            continue; // refused with a Problem: fine, it never reaches the wire
        }
        const Result<DnsMessage> echoed = DnsMessage::parse(query.value());
        if (!echoed || echoed.value().questionName() != name
            || echoed.value().questionType() != message.questionType()) {
            std::abort(); // a name read from a reply does not survive being asked for
        }
    }
    return 0;
}
