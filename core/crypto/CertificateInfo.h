#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class PrivateKey;

// What CertDesk needs to know about an issued certificate chain: the leaf's names,
// lifetime and identity, and the chain's issuers (for preferred-chain choice).
class CertificateInfo final
{
public:
    CertificateInfo() = default;

    // A PEM chain, leaf first (the order ACME's application/pem-certificate-chain uses).
    static Result<CertificateInfo> fromPem(const QByteArray &pemChain);

    QStringList names() const { return m_names; } // SAN dNSNames (and IP addresses) of the leaf

    QString subjectCommonName() const { return m_subjectCommonName; }

    QString issuerCommonName() const { return m_issuerCommonName; }

    QString issuer() const { return m_issuer; } // RFC 2253 form

    QString serialHex() const { return m_serialHex; } // lower case, no separators

    QByteArray serialDer() const { return m_serialDer; } // INTEGER content octets

    QDateTime notBefore() const { return m_notBefore; }

    QDateTime notAfter() const { return m_notAfter; }

    QString keyType() const { return m_keyType; } // "ec-p256", "rsa-2048", …

    QByteArray sha256Fingerprint() const { return m_fingerprint; }

    QString sha256FingerprintHex() const; // "AB:CD:…" as browsers show it

    QByteArray authorityKeyIdentifier() const { return m_authorityKeyId; }

    QByteArray leafDer() const { return m_leafDer; }

    // RFC 9773 §4.1: base64url(AKI keyIdentifier) "." base64url(serial). Empty without AKI.
    QString ariCertId() const;

    // The chain, leaf first, as individual PEM blocks, and each one's issuer common name.
    QList<QByteArray> chainPem() const { return m_chainPem; }

    QStringList chainIssuerCommonNames() const { return m_chainIssuers; }

    // The issuer of the top of the chain: what "preferred chain" options match.
    QString topIssuerCommonName() const;

    bool isValidAt(const QDateTime &when) const;
    Result<void> checkValidAt(const QDateTime &when) const;
    bool covers(const QString &name) const;
    bool matchesKey(const PrivateKey &key) const;
    // Two thirds of the lifetime, the default renewal moment when no ARI window is known.
    QDateTime defaultRenewalTime() const;

private:
    QStringList m_names;
    QString m_subjectCommonName;
    QString m_issuerCommonName;
    QString m_issuer;
    QString m_serialHex;
    QByteArray m_serialDer;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QString m_keyType;
    QByteArray m_fingerprint;
    QByteArray m_authorityKeyId;
    QByteArray m_leafDer;
    QByteArray m_publicKeyDer;
    QList<QByteArray> m_chainPem;
    QStringList m_chainIssuers;
};
