#include "FuzzInput.h"

#include "core/acme/PreferredChain.h"
#include "core/crypto/CertificateInfo.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/Pkcs12Export.h"
#include "core/crypto/PrivateKey.h"

#include <QDateTime>

// Certificates and keys from outside: the chain a CA returns (PEM, leaf first; every DER
// certificate inside it), a key or certificate an administrator imports, and the choice among
// alternate chains. The same bytes are tried as a chain and as a key, so a bundle holding both
// reaches the key-match and PFX paths too.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    const Result<CertificateInfo> chain = CertificateInfo::fromPem(input);
    if (chain) {
        const CertificateInfo &info = chain.value();
        (void)info.ariCertId();
        (void)info.sha256FingerprintHex();
        (void)info.topIssuerCommonName();
        (void)info.covers(QStringLiteral("a.example.test"));
        (void)info.covers(QStringLiteral("*.example.test"));
        (void)info.checkValidAt(QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
        (void)info.defaultRenewalTime();
    }
    (void)PreferredChain::choose(input.split('\0'), QStringLiteral("Pebble Root CA"));

    const Result<PrivateKey> key = PrivateKey::fromPem(input);
    if (!key) {
        return 0;
    }
    (void)key.value().publicJwk();
    (void)key.value().thumbprint();
    (void)key.value().sign("fuzz");
    QByteArray pem = key.value().toPem();
    OpenSsl::wipe(pem);
    if (chain && chain.value().matchesKey(key.value())) {
        (void)Pkcs12Export::build(key.value(), input, QStringLiteral("fuzz"));
    }
    return 0;
}
