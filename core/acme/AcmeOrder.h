#pragma once

#include "core/Problem.h"
#include "core/acme/AcmeIdentifier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <optional>

// An order object (RFC 8555 §7.1.3).
struct AcmeOrder
{
    QUrl url;
    QString status; // pending, ready, processing, valid, invalid
    QDateTime expires;
    QList<AcmeIdentifier> identifiers;
    QList<QUrl> authorizations;
    QUrl finalize;
    QUrl certificate;
    QString profile;  // draft-ietf-acme-profiles
    QString replaces; // RFC 9773 §5
    std::optional<Problem> error;

    static AcmeOrder fromJson(const QJsonObject &object, const QUrl &url);

    // Statuses the server moves on from by itself (§7.1.6): keep polling.
    bool isInProgress() const;
};

// What to ask for in newOrder (§7.4).
struct AcmeOrderRequest
{
    QList<AcmeIdentifier> identifiers;
    QString replaces; // an ARI certID (RFC 9773 §5); sent only when the CA offers renewalInfo
    QString profile;  // sent only when not empty
    QDateTime notBefore;
    QDateTime notAfter;
};
