#include "DnsRecord.h"

QString dnsRecordTypeName(DnsRecordType type)
{
    switch (type) {
    case DnsRecordType::A:
        return QStringLiteral("A");
    case DnsRecordType::NS:
        return QStringLiteral("NS");
    case DnsRecordType::CNAME:
        return QStringLiteral("CNAME");
    case DnsRecordType::SOA:
        return QStringLiteral("SOA");
    case DnsRecordType::TXT:
        return QStringLiteral("TXT");
    case DnsRecordType::AAAA:
        return QStringLiteral("AAAA");
    case DnsRecordType::OPT:
        return QStringLiteral("OPT");
    case DnsRecordType::ANY:
        return QStringLiteral("ANY");
    case DnsRecordType::CAA:
        return QStringLiteral("CAA");
    }
    return QStringLiteral("TYPE%1").arg(quint16(type));
}
