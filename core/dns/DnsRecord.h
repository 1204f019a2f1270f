#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Resource record types CertDesk reads or writes (RFC 1035 §3.2.2, RFC 3596, RFC 8659). Other
// types arrive as their number and print as TYPEnnn (RFC 3597 §5).
enum class DnsRecordType : quint16 {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    TXT = 16,
    AAAA = 28,
    OPT = 41,
    ANY = 255,
    CAA = 257,
};

QString dnsRecordTypeName(DnsRecordType type);

// One resource record as plain values, so no ldns type leaks out of core/dns.
struct DnsRecord
{
    QString name; // owner, ASCII-compatible, lower case, no trailing dot
    DnsRecordType type = DnsRecordType::A;
    quint32 ttl = 0;
    // A/AAAA: the address; CNAME/NS: the target without the trailing dot, lower case;
    // TXT: the character-strings joined without separator (RFC 7208 §3.3 and how ACME CAs read a
    // dns-01 value); CAA: `flags tag "value"`; SOA and others: presentation format.
    QString data;
    // TXT: each character-string (Latin-1 decoded, byte for byte); CAA: {flags, tag, value};
    // SOA: {mname, rname, serial, refresh, retry, expire, minimum}.
    QStringList fields;

    friend bool operator==(const DnsRecord &a, const DnsRecord &b)
    {
        return a.name == b.name && a.type == b.type && a.ttl == b.ttl && a.data == b.data && a.fields == b.fields;
    }
};

Q_DECLARE_METATYPE(DnsRecord)
