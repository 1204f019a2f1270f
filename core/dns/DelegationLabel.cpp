#include "DelegationLabel.h"

#include <QCryptographicHash>

namespace {

constexpr int MaxLabelLength = 63;
// 16 base32 characters carry 80 bits of the digest: collisions among one administrator's names
// are out of reach, and the label stays short enough for a readable prefix.
constexpr int SuffixLength = 16;

// RFC 4648 §6 base32 alphabet, lower-cased because DNS names are compared case-insensitively
// and we store them in lower case.
QString base32(const QByteArray &data, int characters)
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    out.reserve(characters);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5 && out.size() < characters) {
            out += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
        if (out.size() >= characters) {
            break;
        }
    }
    return out;
}

} // namespace

QString DelegationLabel::hashSuffix(const DnsName &name)
{
    const QByteArray digest = QCryptographicHash::hash(name.base().ace().toUtf8(), QCryptographicHash::Sha256);
    return base32(digest, SuffixLength);
}

QString DelegationLabel::forName(const DnsName &name)
{
    const QString suffix = hashSuffix(name);

    // Readable part: the base name with dots as hyphens, anything but [a-z0-9] dropped, and no
    // double hyphens, so a punycode name never yields a label that looks like an A-label
    // (`xn--…`, RFC 5891 §4.2.3.1) but is not one.
    QString prefix;
    for (const QChar c : name.base().ace()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            prefix += c;
        } else if ((c == u'.' || c == u'-') && !prefix.isEmpty() && !prefix.endsWith(QLatin1Char('-'))) {
            prefix += QLatin1Char('-');
        }
    }
    prefix.truncate(MaxLabelLength - SuffixLength - 1);
    while (prefix.endsWith(QLatin1Char('-'))) {
        prefix.chop(1);
    }
    return prefix.isEmpty() ? suffix : prefix + QLatin1Char('-') + suffix;
}
