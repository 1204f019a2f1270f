#include "Base64Url.h"

#include <QCoreApplication>

namespace Base64Url {

QByteArray encode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString encodeToString(QByteArrayView data)
{
    return QString::fromLatin1(encode(data));
}

Result<QByteArray> decode(QByteArrayView text)
{
    const auto invalid = [&] {
        return Problem::make(
            Problem::Category::Input,
            QStringLiteral("crypto.base64url-invalid"),
            QCoreApplication::translate("Base64Url", "Invalid base64url data"),
            QCoreApplication::translate("Base64Url", "The text is not unpadded base64url (RFC 4648 §5)."),
            QCoreApplication::translate("Base64Url", "Check that the value was copied completely."));
    };
    for (const char c : text) {
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok) {
            return invalid();
        }
    }
    // A single leftover character can never encode a whole byte.
    if (text.size() % 4 == 1) {
        return invalid();
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return invalid();
    }
    return std::move(decoded.decoded);
}

} // namespace Base64Url
