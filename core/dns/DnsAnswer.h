#pragma once

#include "core/dns/DnsMessage.h"
#include "core/dns/DnsServer.h"

// What a server said to one query: the whole message (answers, authority, rcode, flags), who
// said it, and whether it took the TCP fallback.
struct DnsAnswer
{
    DnsMessage message;
    DnsServer server;
    bool overTcp = false;

    DnsRcode rcode() const { return message.rcode(); }

    const QList<DnsRecord> &records() const { return message.answers(); }

    QList<DnsRecord> records(DnsRecordType type) const { return message.answers(type); }
};

Q_DECLARE_METATYPE(DnsAnswer)
