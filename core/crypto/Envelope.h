#pragma once

#include "core/Result.h"

#include <QByteArray>

// Authenticated encryption of small blobs (keys, exported state) with a 32-byte data key:
// AES-256-GCM, a fresh random 96-bit nonce per seal (NIST SP 800-38D §8.2.2), and a version
// byte so the format can change without guessing. Layout: version(1) | nonce(12) |
// ciphertext | tag(16). The version byte is authenticated together with the caller's AAD.
namespace Envelope {

constexpr int KeySize = 32;
constexpr char Version1 = 0x01;

Result<QByteArray> seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad = {});
// Fails with "crypto.envelope-auth-failed" if anything (data, AAD, key) does not match.
Result<QByteArray> open(const QByteArray &key, const QByteArray &envelope, const QByteArray &aad = {});

// A new random data key.
QByteArray generateKey();

} // namespace Envelope
