#pragma once

#include "core/secrets/SecretRef.h"

#include <QString>
#include <QUrl>

// An account at an ACME CA as CertDesk keeps it: where, as whom, and the keychain entries
// that hold its key and (for CAs that require it) the EAB HMAC.
struct CaAccount
{
    qint64 id = 0;
    QString title;
    QUrl directoryUrl;
    QString email;
    QUrl accountUrl; // empty until the CA registered it
    QString keyAlgorithm = QStringLiteral("ES256");
    SecretRef keyRef;
    QString eabKeyId;
    SecretRef eabHmacRef;
    QString caBundlePath; // extra trust for this directory only (private CAs, Pebble)
    QString status = QStringLiteral("new");
};
