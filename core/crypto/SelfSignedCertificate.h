#pragma once

#include "core/Result.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// A self-signed TLS server certificate, made in-process with OpenSSL: what the hub presents on
// its first start, before the administrator chooses one of CertDesk's own certificates. Clients
// trust it by pinning this exact certificate (it is its own trust anchor), so it is a leaf
// (CA:FALSE, serverAuth) that can sign nothing else.
namespace SelfSignedCertificate {

struct Request
{
    QString commonName;
    QStringList dnsNames; // A-labels; each is checked to be a hostname
    QList<QHostAddress> addresses;
    QDateTime notBefore;
    QDateTime notAfter;
};

// PEM ("BEGIN CERTIFICATE"), signed by `key` with SHA-256 (SHA-384 for a P-384 key).
Result<QByteArray> create(const PrivateKey &key, const Request &request);

} // namespace SelfSignedCertificate
