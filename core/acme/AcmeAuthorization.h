#pragma once

#include "core/acme/AcmeChallenge.h"
#include "core/acme/AcmeIdentifier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

// An authorization object (RFC 8555 §7.1.4): proof of control over one identifier.
struct AcmeAuthorization
{
    QUrl url;
    AcmeIdentifier identifier; // for a wildcard, the base name (§7.1.4), with `wildcard` set
    QString status;            // pending, valid, invalid, deactivated, expired, revoked
    QDateTime expires;
    bool wildcard = false;
    QList<AcmeChallenge> challenges;

    static AcmeAuthorization fromJson(const QJsonObject &object, const QUrl &url);

    std::optional<AcmeChallenge> challenge(const QString &type) const;
    // The first challenge error, the reason an invalid authorization failed.
    std::optional<Problem> error() const;
    bool isFinal() const;
};
