#pragma once

#include "core/dns/DnsName.h"
#include "core/dns/DnsServer.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>

// Who answers authoritatively for a name: the zone apex, its NS names and their addresses.
// Record checks ask these servers directly, so nothing is judged from a resolver's cache.
struct ZoneAuthority
{
    struct NameServer
    {
        DnsName name;
        QList<QHostAddress> addresses;
    };

    DnsName zone;
    QList<NameServer> nameServers;
    quint16 port = 53; // labs run authoritative servers on other ports

    // Every address of every name server, with the port; IPv4 first, then IPv6.
    QList<DnsServer> servers() const
    {
        QList<DnsServer> v4;
        QList<DnsServer> v6;
        for (const NameServer &ns : nameServers) {
            for (const QHostAddress &address : ns.addresses) {
                const DnsServer server{address, port};
                QList<DnsServer> &list = address.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4;
                if (!list.contains(server)) {
                    list << server;
                }
            }
        }
        return v4 + v6;
    }
};

Q_DECLARE_METATYPE(ZoneAuthority)
