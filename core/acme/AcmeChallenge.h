#pragma once

#include "core/Problem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

class PrivateKey;

// One challenge of an authorization (RFC 8555 §7.1.5, §8).
struct AcmeChallenge
{
    QString type; // "http-01", "dns-01", …
    QUrl url;
    QString status; // pending, processing, valid, invalid
    QString token;
    QDateTime validated;
    std::optional<Problem> error;

    static AcmeChallenge fromJson(const QJsonObject &object);

    // RFC 8555 §8.1: token "." base64url(JWK thumbprint of the account key).
    static QString keyAuthorization(const QString &token, const PrivateKey &accountKey);
    // RFC 8555 §8.4: the TXT record value, base64url(SHA-256(key authorization)).
    static QString dns01TxtValue(const QString &keyAuthorization);
    // RFC 8555 §8.3: where the key authorization must be served.
    static QString http01Path(const QString &token);
};
