#pragma once

#include "core/Result.h"
#include "core/dns/DnsServer.h"

#include <QList>
#include <QStringList>

#include <chrono>
#include <memory>

class Store;

// How CertDesk looks at DNS: which recursive resolvers to ask (to find a zone's authoritative
// servers, and to see what a CA's resolver sees), which port authoritative servers listen on,
// how long a provider may take until a written TXT is visible, the CA identities CAA records
// are judged against, and how often the worker re-checks required records.
//
// Kept in the profile database (dns_settings), so the worker thread reads the same values as
// the window and the command line.
struct DnsSettings
{
    QList<DnsServer> resolvers;
    quint16 authoritativePort = 53; // labs run their authoritative servers elsewhere
    std::chrono::seconds confirmTimeout{180};
    QStringList caaIdentities; // e.g. "letsencrypt.org"; empty: from the CA's directory
    std::chrono::seconds watchInterval{6 * 3600};

    // What a new profile starts with: the system's configured resolvers, port 53.
    static DnsSettings defaults();

    // The `nameserver` lines of /etc/resolv.conf (Linux, macOS, BSD). The addresses are read,
    // never used through the system resolver API: CertDesk names every server it asks.
    // `resolvConfPath` empty: /etc/resolv.conf, or the file CERTDESK_RESOLV_CONF names (the test
    // suite points it at loopback, so no test reaches the machine's resolvers).
    static QList<DnsServer> systemResolvers(const QString &resolvConfPath = {});

    // Stored values over defaults(); rows that do not parse are ignored with a warning.
    static Result<DnsSettings> load(const std::shared_ptr<Store> &store);
    Result<void> save(const std::shared_ptr<Store> &store) const;
};
