#pragma once

#include "core/Result.h"
#include "core/crypto/PrivateKey.h"

#include <QByteArray>
#include <QString>

// A PKCS#12 (PFX) file for servers that import one (IIS, Windows certificate store, Java).
// Uses OpenSSL 3's modern defaults explicitly: PBES2 with AES-256-CBC and PBKDF2 for key
// and certificates, and an HMAC-SHA-256 integrity MAC. Windows Server 2019+ and Java 11+
// read this; older importers that need 3DES/RC2 are deliberately not supported.
namespace Pkcs12Export {

// `pemChain` is leaf first. `friendlyName` is what certificate stores display.
Result<QByteArray>
build(const PrivateKey &key, const QByteArray &pemChain, const QString &password, const QString &friendlyName = {});

} // namespace Pkcs12Export
