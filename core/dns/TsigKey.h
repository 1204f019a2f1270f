#pragma once

#include "core/Result.h"
#include "core/dns/DnsName.h"

#include <QByteArray>
#include <QString>

// A TSIG key (RFC 8945) for signing RFC 2136 updates: a key name, an HMAC algorithm and a
// shared secret. The secret comes from the keychain and goes only to the signer: never into a
// Problem, a log line or a command line.
class TsigKey
{
public:
    // RFC 8945 §6: HMAC-SHA256 is mandatory to implement; the longer ones are common in BIND
    // and PowerDNS configurations. MD5 and SHA-1 are deliberately not offered.
    enum class Algorithm {
        HmacSha256,
        HmacSha384,
        HmacSha512,
    };

    TsigKey() = default;

    // `secret` is the base64 text from a BIND key file or a provider's console; whitespace is
    // ignored. Fails, naming the key but never the secret, if the secret is not base64.
    static Result<TsigKey> create(const QString &name, Algorithm algorithm, const QByteArray &secret);

    // "hmac-sha256", "HMAC-SHA256.", "hmac-sha256.": the spellings key files and UIs use.
    static Result<Algorithm> algorithmFromName(const QString &name);
    static QString algorithmName(Algorithm algorithm);

    DnsName name() const { return m_name; }

    Algorithm algorithm() const { return m_algorithm; }

    // Canonical base64 of the secret, for the signer only.
    QByteArray secretBase64() const { return m_secret; }

private:
    DnsName m_name;
    Algorithm m_algorithm = Algorithm::HmacSha256;
    QByteArray m_secret;
};
