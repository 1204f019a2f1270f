#pragma once

#include "core/Result.h"
#include "core/dns/DnsName.h"

#include <QDateTime>

// The one zone the administrator controls for challenges (DESIGN.md, "CNAME delegation"),
// written through one DNS provider. Every endpoint name gets a stable label in it, and the
// name's owner points `_acme-challenge.<name>` there once and for all.
struct DelegationZone
{
    DnsName zone;
    qint64 providerId = 0;
    QString providerKind;
    // Set when the provider publishes at exactly one name (an acme-dns account's fulldomain):
    // every name is then delegated to it instead of to a label of its own.
    DnsName fixedTarget;
    QDateTime updatedAt;

    bool isNull() const { return zone.isNull(); }

    // A name that can be the delegation zone: a valid DNS name (Unicode or punycode), no
    // wildcard, at least two labels. The Problem says why not (delegation.bad-zone).
    static Result<DnsName> parseZone(const QString &input);
    static Result<void> checkZone(const DnsName &zone);

    // Where `name`'s challenge TXT is published: <label>.<zone>, or the fixed target. A wildcard
    // shares its base name's target.
    DnsName targetFor(const DnsName &name) const;
};
