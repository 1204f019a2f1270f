#pragma once

#include "core/dns/DnsName.h"
#include "core/dns/DnsRecord.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One DNS record an endpoint needs (DESIGN.md, "Required records"), as the administrator must
// create it and as RecordCheck checks it:
//   challenge: _acme-challenge.<name>  CNAME  <label>.<delegation zone>.
//   traffic:   <name>                  CNAME  <target host>.    (external endpoints)
// A traffic record at a zone apex cannot be a CNAME (RFC 1034 §3.6.2, RFC 2181 §10.1): it is
// then an ALIAS/ANAME, or A/AAAA records copied from the target, and checked by address.
struct RequiredRecord
{
    enum class Purpose {
        Challenge,
        Traffic,
    };

    qint64 endpointId = 0;
    Purpose purpose = Purpose::Challenge;
    DnsName owner;
    DnsRecordType type = DnsRecordType::CNAME;
    DnsName target;
    bool atApex = false;  // traffic record at a zone apex: no CNAME possible
    QList<DnsName> names; // the certificate names this record serves (both x and *.x share one)
    QString note;         // translated: why, or what to do instead (the apex alternatives)

    // "CNAME", or "ALIAS" for an apex traffic record.
    QString typeText() const { return atApex ? QStringLiteral("ALIAS") : dnsRecordTypeName(type); }

    static QString purposeName(Purpose purpose)
    {
        return purpose == Purpose::Challenge ? QStringLiteral("challenge") : QStringLiteral("traffic");
    }

    friend bool operator==(const RequiredRecord &a, const RequiredRecord &b)
    {
        return a.endpointId == b.endpointId && a.purpose == b.purpose && a.owner == b.owner && a.type == b.type
               && a.target == b.target && a.atApex == b.atApex;
    }
};

Q_DECLARE_METATYPE(RequiredRecord)
