#pragma once

#include "core/dns/TsigKey.h"

#include <QByteArray>
#include <QDateTime>

// TSIG (RFC 8945) for one request and its reply, computed here with OpenSSL rather than by
// ldns: ldns 1.8.3 (Debian 12) looks hmac-sha384 up as "hmac-shac384." and so can neither sign
// nor verify with it. The wire work is small and fully specified by RFC 8945 §4.
class TsigSignature
{
public:
    // RFC 8945 §5.2.3: the time window both sides accept; 300 s is what BIND and nsupdate use.
    static constexpr quint16 FudgeSeconds = 300;

    struct Signed
    {
        QByteArray message; // the request with the TSIG record appended (ARCOUNT + 1)
        QByteArray mac;     // the request MAC, which the reply's MAC covers
    };

    // Signs a complete DNS message (wire format, no TSIG yet; its ID is the "original ID").
    // Empty Signed::message when `message` is shorter than a DNS header or the key unusable.
    static Signed sign(const QByteArray &message, const TsigKey &key, const QDateTime &now);

    enum class Verdict {
        Valid,
        Unsigned,    // no TSIG record at the end of the additional section
        WrongKey,    // signed with another key name or algorithm
        BadMac,      // the MAC does not match: forged, altered, or another secret
        BadTime,     // signed outside the fudge window
        Malformed,   // the reply cannot be parsed far enough to find the TSIG record
        ServerError, // the TSIG record carries an error (BADSIG, BADKEY, BADTIME…) and no MAC
    };

    // Checks the TSIG record of `reply`, the answer to a request signed with `requestMac`.
    static Verdict
    verify(const QByteArray &reply, const TsigKey &key, const QByteArray &requestMac, const QDateTime &now);

    // The key name or algorithm name in canonical wire format (lower case, uncompressed).
    static QByteArray canonicalName(const QString &name);
};
