#pragma once

#include "core/Result.h"

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// Where to send a DNS message: an explicit address and port. CertDesk never asks the system
// resolver; it names every server it talks to, so checks are reproducible and lab servers can
// run on loopback ports other than 53.
struct DnsServer
{
    QHostAddress address;
    quint16 port = 53;

    // "192.0.2.53", "192.0.2.53:5353", "2001:db8::53", "[2001:db8::53]:5353": how people write
    // a server in settings and on command lines. Addresses only: a host name would need the
    // system resolver, which CertDesk never asks.
    static Result<DnsServer> parse(const QString &text, quint16 defaultPort = 53);

    bool isNull() const { return address.isNull(); }

    // "192.0.2.53:53" or "[2001:db8::53]:53", for messages and logs.
    QString toString() const
    {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                 : address.toString();
        return host + QLatin1Char(':') + QString::number(port);
    }

    friend bool operator==(const DnsServer &a, const DnsServer &b)
    {
        return a.port == b.port && a.address.isEqual(b.address, QHostAddress::ConvertV4MappedToIPv4);
    }

    friend bool operator!=(const DnsServer &a, const DnsServer &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(DnsServer)
