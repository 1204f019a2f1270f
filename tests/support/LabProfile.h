#pragma once

#include "lab/Lab.h"

#include "core/dns/DelegationLabel.h"
#include "core/dns/DnsName.h"

#include <QStringList>
#include <QUrl>

// The `certdesk` arguments that point a test profile at the lab, for tests that drive the real
// binary (CertdeskProcess): one account, the DNS settings, the delegation zone.
namespace LabProfile {

// `account add` for the CA at `directory` (the lab's Pebble, or a proxy in front of it).
inline QStringList accountAdd(const QUrl &directory, const Lab &lab)
{
    return {QStringLiteral("account"),
            QStringLiteral("add"),
            QStringLiteral("--directory"),
            directory.toString(),
            QStringLiteral("--email"),
            QStringLiteral("admin@example.test"),
            QStringLiteral("--agree-tos"),
            QStringLiteral("--ca-bundle"),
            lab.caBundlePath()};
}

// `dns set`: resolver and authoritative port at the lab's BIND, Pebble's CAA identity.
inline QStringList dnsSet(const Lab &lab)
{
    return {QStringLiteral("dns"),
            QStringLiteral("set"),
            QStringLiteral("--resolver"),
            QStringLiteral("127.0.0.1:%1").arg(lab.bindPort()),
            QStringLiteral("--auth-port"),
            QString::number(lab.bindPort()),
            QStringLiteral("--ca-identity"),
            QStringLiteral("pebble.test")};
}

// `delegation set` for the lab's delegation zone through its BIND; the caller adds how the
// TSIG secret comes (`--secret-file -` with the secret on standard input, say).
inline QStringList delegationSet(const Lab &lab)
{
    return {QStringLiteral("delegation"),
            QStringLiteral("set"),
            QStringLiteral("--zone"),
            lab.delegationZone(),
            QStringLiteral("--provider"),
            QStringLiteral("rfc2136"),
            QStringLiteral("--server"),
            QStringLiteral("127.0.0.1:%1").arg(lab.bindPort()),
            QStringLiteral("--key-name"),
            lab.tsigKeyName()};
}

// Where `host`'s `_acme-challenge` CNAME points in the delegation zone (no trailing dot).
inline QString delegationTarget(const Lab &lab, const QString &host)
{
    return DelegationLabel::forName(DnsName::parse(host).value()) + QLatin1Char('.') + lab.delegationZone();
}

} // namespace LabProfile
