#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// base64url without padding, the encoding every JOSE and ACME field uses
// (RFC 7515 §2, RFC 8555 §6.1). Decoding is strict: padding, whitespace and characters
// outside the URL-safe alphabet are rejected, because a CA or JWK that sends them is
// not following the specification and silently accepting them hides bugs.
namespace Base64Url {

QByteArray encode(QByteArrayView data);
QString encodeToString(QByteArrayView data);
Result<QByteArray> decode(QByteArrayView text);

} // namespace Base64Url
