#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

// An asymmetric key for ACME accounts and certificates. A value type: copies share the
// same immutable OpenSSL key. The secret never leaves this object except through toPem(),
// whose result the caller must wipe (OpenSsl::wipe) once it is stored.
class PrivateKey final
{
public:
    enum class Type {
        EcP256, // ES256, the default: small, fast, accepted by every public ACME CA
        EcP384, // ES384
        Rsa2048,
        Rsa3072,
        Rsa4096,
    };

    PrivateKey() = default;

    static Result<PrivateKey> generate(Type type = Type::EcP256);
    // PKCS#8 ("BEGIN PRIVATE KEY"); traditional EC/RSA PEM is accepted too.
    static Result<PrivateKey> fromPem(const QByteArray &pem);

    bool isNull() const { return !m_key; }

    Type type() const { return m_type; }

    // Unencrypted PKCS#8 PEM. Secret: wipe the returned bytes after use.
    QByteArray toPem() const;
    // SubjectPublicKeyInfo DER, to compare with a certificate's key.
    QByteArray publicKeyDer() const;

    // The public key as a JWK (RFC 7517, members per RFC 7518 §6.2 / §6.3).
    QJsonObject publicJwk() const;
    // RFC 7638 thumbprint: SHA-256 over the required members in lexicographic order.
    QByteArray thumbprint() const;
    static QByteArray thumbprint(const QJsonObject &jwk);

    // "ES256", "ES384" or "RS256" (RFC 7518 §3.1).
    QString jwsAlgorithm() const;
    // A JWS signature over `data`: raw r||s for ECDSA (RFC 7518 §3.4), PKCS#1 v1.5 for RSA.
    Result<QByteArray> sign(const QByteArray &data) const;

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);

    // For core/crypto and core/acme internals; never null when !isNull().
    EVP_PKEY *handle() const { return m_key.get(); }

private:
    PrivateKey(std::shared_ptr<EVP_PKEY> key, Type type);

    std::shared_ptr<EVP_PKEY> m_key;
    Type m_type = Type::EcP256;
};

Q_DECLARE_METATYPE(PrivateKey)
