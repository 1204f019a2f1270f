#include "Jws.h"

#include "core/crypto/Base64Url.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace Jws {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> sign(const PrivateKey &key, const QJsonObject &protectedHeader, const QByteArray &payload)
{
    const QByteArray encodedHeader = Base64Url::encode(compact(protectedHeader));
    const QByteArray encodedPayload = Base64Url::encode(payload);
    const auto signature = key.sign(encodedHeader + '.' + encodedPayload);
    if (!signature) {
        return signature.problem();
    }
    return QJsonObject{
        {QStringLiteral("protected"), QString::fromLatin1(encodedHeader)},
        {QStringLiteral("payload"), QString::fromLatin1(encodedPayload)},
        {QStringLiteral("signature"), Base64Url::encodeToString(signature.value())},
    };
}

} // namespace

Result<QJsonObject>
signWithJwk(const PrivateKey &key, const QUrl &url, const QByteArray &nonce, const QByteArray &payload)
{
    QJsonObject header{
        {QStringLiteral("alg"), key.jwsAlgorithm()},
        {QStringLiteral("jwk"), key.publicJwk()},
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
    };
    if (!nonce.isEmpty()) {
        header.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce));
    }
    return sign(key, header, payload);
}

Result<QJsonObject> signWithKid(
    const PrivateKey &key, const QUrl &accountUrl, const QUrl &url, const QByteArray &nonce, const QByteArray &payload)
{
    const QJsonObject header{
        {QStringLiteral("alg"), key.jwsAlgorithm()},
        {QStringLiteral("kid"), accountUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce)},
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
    };
    return sign(key, header, payload);
}

Result<QJsonObject> externalAccountBinding(const QString &keyId,
                                           const QByteArray &macKey,
                                           const PrivateKey &accountKey,
                                           const QUrl &newAccountUrl)
{
    if (keyId.isEmpty() || macKey.isEmpty()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("acme.eab-missing"),
                             QCoreApplication::translate("Jws", "External account binding is incomplete"),
                             QCoreApplication::translate("Jws", "Both the key ID and the MAC key are needed."),
                             QCoreApplication::translate("Jws",
                                                         "Copy both values from the CA's account page into the "
                                                         "account settings."));
    }
    const QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("HS256")},
        {QStringLiteral("kid"), keyId},
        {QStringLiteral("url"), newAccountUrl.toString(QUrl::FullyEncoded)},
    };
    const QByteArray encodedHeader = Base64Url::encode(compact(header));
    const QByteArray encodedPayload = Base64Url::encode(compact(accountKey.publicJwk()));
    const QByteArray mac =
        QMessageAuthenticationCode::hash(encodedHeader + '.' + encodedPayload, macKey, QCryptographicHash::Sha256);
    return QJsonObject{
        {QStringLiteral("protected"), QString::fromLatin1(encodedHeader)},
        {QStringLiteral("payload"), QString::fromLatin1(encodedPayload)},
        {QStringLiteral("signature"), Base64Url::encodeToString(mac)},
    };
}

Result<QJsonObject>
keyChangeInner(const PrivateKey &newKey, const PrivateKey &oldKey, const QUrl &accountUrl, const QUrl &keyChangeUrl)
{
    const QJsonObject payload{
        {QStringLiteral("account"), accountUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("oldKey"), oldKey.publicJwk()},
    };
    return signWithJwk(newKey, keyChangeUrl, QByteArray(), compact(payload));
}

QByteArray serialize(const QJsonObject &jws)
{
    return compact(jws);
}

} // namespace Jws
