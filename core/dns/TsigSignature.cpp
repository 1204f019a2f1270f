#include "TsigSignature.h"

#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <optional>

namespace {

constexpr quint16 TypeTsig = 250;
constexpr quint16 ClassAny = 255;
constexpr int HeaderSize = 12;

const EVP_MD *digest(TsigKey::Algorithm algorithm)
{
    switch (algorithm) {
    case TsigKey::Algorithm::HmacSha256:
        return EVP_sha256();
    case TsigKey::Algorithm::HmacSha384:
        return EVP_sha384();
    case TsigKey::Algorithm::HmacSha512:
        return EVP_sha512();
    }
    return nullptr;
}

void append16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

void append48(QByteArray &out, quint64 value)
{
    for (int shift = 40; shift >= 0; shift -= 8) {
        out.append(char((value >> shift) & 0xff));
    }
}

quint16 read16(const QByteArray &data, qsizetype at)
{
    return quint16((quint8(data.at(at)) << 8) | quint8(data.at(at + 1)));
}

// RFC 8945 §4.3.3: the variables the MAC covers besides the message.
QByteArray variables(const QByteArray &keyName,
                     const QByteArray &algorithmName,
                     quint64 timeSigned,
                     quint16 fudge,
                     quint16 error,
                     const QByteArray &otherData)
{
    QByteArray out = keyName;
    append16(out, ClassAny);
    out.append(4, '\0'); // TTL
    out += algorithmName;
    append48(out, timeSigned);
    append16(out, fudge);
    append16(out, error);
    append16(out, quint16(otherData.size()));
    out += otherData;
    return out;
}

QByteArray hmac(const TsigKey &key, const QByteArray &data)
{
    const QByteArray secret = QByteArray::fromBase64(key.secretBase64());
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(digest(key.algorithm()),
              secret.constData(),
              int(secret.size()),
              reinterpret_cast<const unsigned char *>(data.constData()),
              size_t(data.size()),
              out,
              &length)) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

// Reads a (possibly compressed) name at `at`: its text in lower case, and where the record
// continues. std::nullopt for a malformed name (loops, out of bounds, bad label types).
struct ReadName
{
    QByteArray lowerText;
    qsizetype next = 0;
};

std::optional<ReadName> readName(const QByteArray &wire, qsizetype at)
{
    ReadName result;
    qsizetype position = at;
    bool jumped = false;
    for (int hops = 0; hops < 128; ++hops) {
        if (position >= wire.size()) {
            return std::nullopt;
        }
        const quint8 length = quint8(wire.at(position));
        if (length == 0) {
            if (!jumped) {
                result.next = position + 1;
            }
            return result;
        }
        if ((length & 0xc0) == 0xc0) {
            if (position + 1 >= wire.size()) {
                return std::nullopt;
            }
            if (!jumped) {
                result.next = position + 2;
            }
            jumped = true;
            position = ((length & 0x3f) << 8) | quint8(wire.at(position + 1));
            continue;
        }
        if ((length & 0xc0) != 0 || position + 1 + length > wire.size()) {
            return std::nullopt;
        }
        result.lowerText += wire.mid(position + 1, length).toLower() + '.';
        position += 1 + length;
    }
    return std::nullopt;
}

std::optional<qsizetype> skipRecord(const QByteArray &wire, qsizetype at, bool question)
{
    const auto name = readName(wire, at);
    if (!name) {
        return std::nullopt;
    }
    qsizetype next = name->next + (question ? 4 : 10);
    if (next > wire.size()) {
        return std::nullopt;
    }
    if (!question) {
        next += read16(wire, next - 2);
        if (next > wire.size()) {
            return std::nullopt;
        }
    }
    return next;
}

} // namespace

QByteArray TsigSignature::canonicalName(const QString &name)
{
    QByteArray out;
    for (const QString &label : name.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toLatin1();
        out.append(char(bytes.size()));
        out += bytes;
    }
    out.append('\0');
    return out;
}

TsigSignature::Signed TsigSignature::sign(const QByteArray &message, const TsigKey &key, const QDateTime &now)
{
    if (message.size() < HeaderSize || !digest(key.algorithm())) {
        return {};
    }
    const QByteArray keyName = canonicalName(key.name().fqdn());
    const QByteArray algorithmName = canonicalName(TsigKey::algorithmName(key.algorithm()));
    const quint64 timeSigned = quint64(now.toSecsSinceEpoch());
    const QByteArray mac = hmac(key, message + variables(keyName, algorithmName, timeSigned, FudgeSeconds, 0, {}));
    if (mac.isEmpty()) {
        return {};
    }

    QByteArray rdata = algorithmName;
    append48(rdata, timeSigned);
    append16(rdata, FudgeSeconds);
    append16(rdata, quint16(mac.size()));
    rdata += mac;
    rdata += message.left(2); // original ID
    append16(rdata, 0);       // error
    append16(rdata, 0);       // other len

    Signed result;
    result.mac = mac;
    result.message = message;
    result.message += keyName;
    append16(result.message, TypeTsig);
    append16(result.message, ClassAny);
    result.message.append(4, '\0');
    append16(result.message, quint16(rdata.size()));
    result.message += rdata;
    const quint16 additional = read16(message, 10) + 1;
    result.message[10] = char(additional >> 8);
    result.message[11] = char(additional & 0xff);
    return result;
}

TsigSignature::Verdict
TsigSignature::verify(const QByteArray &reply, const TsigKey &key, const QByteArray &requestMac, const QDateTime &now)
{
    if (reply.size() < HeaderSize) {
        return Verdict::Malformed;
    }
    const quint16 additional = read16(reply, 10);
    if (additional == 0) {
        return Verdict::Unsigned;
    }
    // RFC 8945 §5.1: the TSIG record is the last record of the additional section.
    qsizetype position = HeaderSize;
    const int before = read16(reply, 4) + read16(reply, 6) + read16(reply, 8) + additional - 1;
    for (int i = 0; i < before; ++i) {
        const auto next = skipRecord(reply, position, i < read16(reply, 4));
        if (!next) {
            return Verdict::Malformed;
        }
        position = *next;
    }
    const qsizetype tsigStart = position;
    const auto owner = readName(reply, tsigStart);
    if (!owner || owner->next + 10 > reply.size()) {
        return Verdict::Malformed;
    }
    qsizetype at = owner->next;
    if (read16(reply, at) != TypeTsig) {
        return Verdict::Unsigned;
    }
    const qsizetype rdataEnd = at + 10 + read16(reply, at + 8);
    if (rdataEnd != reply.size()) {
        return Verdict::Malformed;
    }
    at += 10;
    const auto algorithm = readName(reply, at);
    if (!algorithm || algorithm->next + 10 > rdataEnd) {
        return Verdict::Malformed;
    }
    at = algorithm->next;
    quint64 timeSigned = 0;
    for (int i = 0; i < 6; ++i) {
        timeSigned = (timeSigned << 8) | quint8(reply.at(at + i));
    }
    const quint16 fudge = read16(reply, at + 6);
    const quint16 macSize = read16(reply, at + 8);
    at += 10;
    if (at + macSize + 6 > rdataEnd) {
        return Verdict::Malformed;
    }
    const QByteArray mac = reply.mid(at, macSize);
    at += macSize;
    const QByteArray originalId = reply.mid(at, 2);
    const quint16 error = read16(reply, at + 2);
    const quint16 otherSize = read16(reply, at + 4);
    at += 6;
    if (at + otherSize != rdataEnd) {
        return Verdict::Malformed;
    }
    const QByteArray otherData = reply.mid(at, otherSize);

    const QByteArray keyName = canonicalName(key.name().fqdn());
    const QByteArray algorithmName = canonicalName(TsigKey::algorithmName(key.algorithm()));
    if (canonicalName(QString::fromLatin1(owner->lowerText)) != keyName
        || canonicalName(QString::fromLatin1(algorithm->lowerText)) != algorithmName) {
        return Verdict::WrongKey;
    }
    if (error != 0 && mac.isEmpty()) {
        return Verdict::ServerError;
    }

    // RFC 8945 §4.3.1 and §4.3.2: request MAC, then the reply as it was before the TSIG record
    // was added (original ID, ARCOUNT one less), then the variables.
    QByteArray covered;
    append16(covered, quint16(requestMac.size()));
    covered += requestMac;
    QByteArray unsignedReply = reply.left(tsigStart);
    unsignedReply.replace(0, 2, originalId);
    unsignedReply[10] = char((additional - 1) >> 8);
    unsignedReply[11] = char((additional - 1) & 0xff);
    covered += unsignedReply;
    covered += variables(keyName, algorithmName, timeSigned, fudge, error, otherData);
    const QByteArray expected = hmac(key, covered);
    if (expected.isEmpty() || mac.size() != expected.size()
        || CRYPTO_memcmp(mac.constData(), expected.constData(), size_t(mac.size())) != 0) {
        return Verdict::BadMac;
    }
    if (error != 0) {
        return Verdict::ServerError;
    }
    const qint64 skew = qAbs(now.toSecsSinceEpoch() - qint64(timeSigned));
    if (skew > fudge) {
        return Verdict::BadTime;
    }
    return Verdict::Valid;
}
