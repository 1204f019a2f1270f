#pragma once

#include "core/Result.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QStringList>

// Builds the PKCS#10 request ACME's finalize step sends (RFC 8555 §7.4). Names must be
// ASCII (A-labels); IDNA conversion belongs to core/dns.
class CsrBuilder final
{
public:
    CsrBuilder() = default;

    CsrBuilder &setNames(const QStringList &names);
    CsrBuilder &setKey(const PrivateKey &key);

    // DER, as RFC 8555 §7.4 wants it (base64url-encoded by the caller).
    Result<QByteArray> buildDer() const;

private:
    QStringList m_names;
    PrivateKey m_key;
};
