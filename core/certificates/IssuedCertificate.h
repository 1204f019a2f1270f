#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A certificate CertDesk obtained, as stored: the chain in clear (it is public), the private
// key only as an envelope sealed with the profile's data key from the keychain.
struct IssuedCertificate
{
    qint64 id = 0;
    qint64 endpointId = 0;
    qint64 orderId = 0;
    QString serial;
    QString issuer;
    QStringList names;
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyType;
    QString fingerprintSha256;
    QByteArray chainPem; // leaf first
    QByteArray privateKeyEnvelope;
    QString ariCertId;
    QDateTime renewalWindowStart;
    QDateTime renewalWindowEnd;
    QDateTime revokedAt;
};
