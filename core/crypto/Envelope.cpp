#include "Envelope.h"

#include "OpenSsl.h"

#include <QCoreApplication>

#include <openssl/rand.h>

namespace Envelope {

namespace {

constexpr int NonceSize = 12;
constexpr int TagSize = 16;

Problem envelopeProblem(const QString &code, const QString &title, const QString &detail, const QString &hint)
{
    return Problem::make(Problem::Category::Storage, code, title, detail, hint).withTechnical(OpenSsl::takeErrors());
}

Problem badKey()
{
    return envelopeProblem(QStringLiteral("crypto.envelope-bad-key"),
                           QCoreApplication::translate("Envelope", "The data key is invalid"),
                           QCoreApplication::translate("Envelope", "A data key must be exactly 32 bytes."),
                           QCoreApplication::translate("Envelope", "Restore the data key from the keychain."));
}

QByteArray header(const QByteArray &aad)
{
    return QByteArray(1, Version1) + aad;
}

} // namespace

QByteArray generateKey()
{
    QByteArray key(KeySize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), KeySize) != 1) {
        return {};
    }
    return key;
}

Result<QByteArray> seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &aad)
{
    if (key.size() != KeySize) {
        return badKey();
    }
    QByteArray out(1 + NonceSize + plaintext.size() + TagSize, '\0');
    out[0] = Version1;
    auto *nonce = reinterpret_cast<unsigned char *>(out.data() + 1);
    auto *cipherText = nonce + NonceSize;
    if (RAND_bytes(nonce, NonceSize) != 1) {
        return envelopeProblem(QStringLiteral("crypto.random-failed"),
                               QCoreApplication::translate("Envelope", "No secure random numbers are available"),
                               {},
                               QCoreApplication::translate("Envelope", "Report this as a bug."));
    }
    const QByteArray authenticated = header(aad);
    OpenSsl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    int total = 0;
    bool ok =
        ctx
        && EVP_EncryptInit_ex2(
               ctx.get(), EVP_aes_256_gcm(), reinterpret_cast<const unsigned char *>(key.constData()), nonce, nullptr)
               == 1
        && EVP_EncryptUpdate(ctx.get(),
                             nullptr,
                             &length,
                             reinterpret_cast<const unsigned char *>(authenticated.constData()),
                             static_cast<int>(authenticated.size()))
               == 1;
    ok = ok
         && EVP_EncryptUpdate(ctx.get(),
                              cipherText,
                              &length,
                              reinterpret_cast<const unsigned char *>(plaintext.constData()),
                              static_cast<int>(plaintext.size()))
                == 1;
    total = length;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), cipherText + total, &length) == 1;
    total += length;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, cipherText + total) == 1;
    if (!ok) {
        return envelopeProblem(QStringLiteral("crypto.envelope-seal-failed"),
                               QCoreApplication::translate("Envelope", "Encryption failed"),
                               {},
                               QCoreApplication::translate("Envelope", "Report this as a bug."));
    }
    return out;
}

Result<QByteArray> open(const QByteArray &key, const QByteArray &envelope, const QByteArray &aad)
{
    if (key.size() != KeySize) {
        return badKey();
    }
    if (envelope.size() < 1 + NonceSize + TagSize) {
        return envelopeProblem(QStringLiteral("crypto.envelope-truncated"),
                               QCoreApplication::translate("Envelope", "The encrypted data is damaged"),
                               QCoreApplication::translate("Envelope", "The data is shorter than any valid envelope."),
                               QCoreApplication::translate("Envelope", "Restore it from a backup."));
    }
    if (envelope.at(0) != Version1) {
        return envelopeProblem(QStringLiteral("crypto.envelope-version"),
                               QCoreApplication::translate("Envelope", "The encrypted data uses an unknown format"),
                               QCoreApplication::translate("Envelope", "Format version %1 is not supported.")
                                   .arg(static_cast<unsigned char>(envelope.at(0))),
                               QCoreApplication::translate("Envelope",
                                                           "It was probably written by a newer CertDesk; update "
                                                           "CertDesk."));
    }
    const auto *nonce = reinterpret_cast<const unsigned char *>(envelope.constData() + 1);
    const auto *cipherText = nonce + NonceSize;
    const int cipherSize = static_cast<int>(envelope.size()) - 1 - NonceSize - TagSize;
    QByteArray tag = envelope.right(TagSize);
    const QByteArray authenticated = header(aad);
    QByteArray plaintext(cipherSize, '\0');
    OpenSsl::CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    bool ok =
        ctx
        && EVP_DecryptInit_ex2(
               ctx.get(), EVP_aes_256_gcm(), reinterpret_cast<const unsigned char *>(key.constData()), nonce, nullptr)
               == 1
        && EVP_DecryptUpdate(ctx.get(),
                             nullptr,
                             &length,
                             reinterpret_cast<const unsigned char *>(authenticated.constData()),
                             static_cast<int>(authenticated.size()))
               == 1
        && EVP_DecryptUpdate(
               ctx.get(), reinterpret_cast<unsigned char *>(plaintext.data()), &length, cipherText, cipherSize)
               == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1;
    int finalLength = 0;
    ok = ok
         && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plaintext.data()) + length, &finalLength)
                == 1;
    if (!ok) {
        OpenSsl::wipe(plaintext);
        return envelopeProblem(QStringLiteral("crypto.envelope-auth-failed"),
                               QCoreApplication::translate("Envelope", "The encrypted data could not be verified"),
                               QCoreApplication::translate("Envelope",
                                                           "Either the data was changed or damaged, or it was "
                                                           "encrypted with a different key."),
                               QCoreApplication::translate("Envelope",
                                                           "Check that the keychain holds this profile's data key, "
                                                           "or restore the data from a backup."));
    }
    return plaintext;
}

} // namespace Envelope
