#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

// An account object (RFC 8555 §7.1.2) and the URL that identifies it (the JWS "kid").
struct AcmeAccount
{
    QUrl url;
    QString status; // valid, deactivated, revoked
    QStringList contact;
    QUrl orders;
    bool created = false; // 201 from newAccount: this request created it

    static AcmeAccount fromJson(const QJsonObject &object, const QUrl &url);
};

// What newAccount sends (§7.3).
struct AcmeAccountRequest
{
    QStringList contact; // "mailto:" URLs
    bool termsOfServiceAgreed = false;
    bool onlyReturnExisting = false;
    // External account binding (§7.3.4), from the CA's account page. The MAC key is secret:
    // it is used for one HMAC and never logged.
    QString eabKeyId;
    QByteArray eabMacKey;
};
