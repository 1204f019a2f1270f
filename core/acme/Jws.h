#pragma once

#include "core/Result.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

// JWS objects in the flattened JSON serialization (RFC 7515 §7.2.2) as ACME requires them
// (RFC 8555 §6.2): the protected header always carries alg, nonce and url, and exactly one
// of jwk (newAccount, revocation by certificate key) or kid (everything else).
namespace Jws {

// Signed with `key`, identifying it by its public JWK.
Result<QJsonObject>
signWithJwk(const PrivateKey &key, const QUrl &url, const QByteArray &nonce, const QByteArray &payload);
// Signed with the account key, identifying it by the account URL (`kid`).
Result<QJsonObject> signWithKid(
    const PrivateKey &key, const QUrl &accountUrl, const QUrl &url, const QByteArray &nonce, const QByteArray &payload);

// POST-as-GET (RFC 8555 §6.3): the payload is the empty string, not "{}".
inline Result<QJsonObject>
postAsGet(const PrivateKey &key, const QUrl &accountUrl, const QUrl &url, const QByteArray &nonce)
{
    return signWithKid(key, accountUrl, url, nonce, QByteArray());
}

// The externalAccountBinding member of a newAccount request (RFC 8555 §7.3.4): an HS256
// JWS over the account's public JWK, keyed by the CA-issued MAC key, with no nonce.
Result<QJsonObject> externalAccountBinding(const QString &keyId,
                                           const QByteArray &macKey,
                                           const PrivateKey &accountKey,
                                           const QUrl &newAccountUrl);

// The inner JWS of a key rollover (RFC 8555 §7.3.5): signed by the new key, carrying its
// jwk, no nonce, and a payload naming the account and its old key.
Result<QJsonObject>
keyChangeInner(const PrivateKey &newKey, const PrivateKey &oldKey, const QUrl &accountUrl, const QUrl &keyChangeUrl);

QByteArray serialize(const QJsonObject &jws);

} // namespace Jws
