#include "PrivateKey.h"

#include "Base64Url.h"
#include "OpenSsl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <cstring>
#include <openssl/core_names.h>
#include <openssl/pem.h>

namespace {

Problem cryptoProblem(const QString &title)
{
    return Problem::make(Problem::Category::Internal,
                         QStringLiteral("crypto.key-failed"),
                         title,
                         QCoreApplication::translate("PrivateKey", "The cryptographic library reported an error."),
                         QCoreApplication::translate("PrivateKey", "See the log for details and report this as a bug."))
        .withTechnical(OpenSsl::takeErrors());
}

int coordinateSize(PrivateKey::Type type)
{
    return type == PrivateKey::Type::EcP384 ? 48 : 32;
}

bool isEc(PrivateKey::Type type)
{
    return type == PrivateKey::Type::EcP256 || type == PrivateKey::Type::EcP384;
}

QByteArray bnParam(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        return {};
    }
    OpenSsl::Bignum bn(raw);
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn.get());
    QByteArray out(size, '\0');
    if (BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char *>(out.data()), size) != size) {
        return {};
    }
    return out;
}

} // namespace

PrivateKey::PrivateKey(std::shared_ptr<EVP_PKEY> key, Type type)
    : m_key(std::move(key))
    , m_type(type)
{
}

Result<PrivateKey> PrivateKey::generate(Type type)
{
    EVP_PKEY *raw = nullptr;
    switch (type) {
    case Type::EcP256:
        raw = EVP_EC_gen("P-256");
        break;
    case Type::EcP384:
        raw = EVP_EC_gen("P-384");
        break;
    case Type::Rsa2048:
        raw = EVP_RSA_gen(2048);
        break;
    case Type::Rsa3072:
        raw = EVP_RSA_gen(3072);
        break;
    case Type::Rsa4096:
        raw = EVP_RSA_gen(4096);
        break;
    }
    if (!raw) {
        return cryptoProblem(
            QCoreApplication::translate("PrivateKey", "Could not generate a %1 key").arg(typeName(type)));
    }
    return PrivateKey(std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free), type);
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray &pem)
{
    const auto unreadable = [](const QString &detail) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("crypto.key-unreadable"),
                             QCoreApplication::translate("PrivateKey", "The private key cannot be used"),
                             detail,
                             QCoreApplication::translate("PrivateKey",
                                                         "Provide an unencrypted PEM private key (EC P-256, EC "
                                                         "P-384 or RSA 2048–4096 bits)."))
            .withTechnical(OpenSsl::takeErrors());
    };
    OpenSsl::Bio bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    // A null passphrase callback with an empty password makes encrypted keys fail instead of
    // prompting on the terminal.
    EVP_PKEY *raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, const_cast<char *>(""));
    if (!raw) {
        return unreadable(QCoreApplication::translate("PrivateKey", "The data is not a readable PEM private key."));
    }
    std::shared_ptr<EVP_PKEY> key(raw, EVP_PKEY_free);
    if (EVP_PKEY_is_a(raw, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(raw, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) == 1) {
            const QByteArray name(group, static_cast<qsizetype>(length));
            if (name == "prime256v1" || name == "P-256") {
                return PrivateKey(key, Type::EcP256);
            }
            if (name == "secp384r1" || name == "P-384") {
                return PrivateKey(key, Type::EcP384);
            }
        }
        return unreadable(QCoreApplication::translate("PrivateKey", "Only the P-256 and P-384 curves are supported."));
    }
    if (EVP_PKEY_is_a(raw, "RSA")) {
        switch (EVP_PKEY_get_bits(raw)) {
        case 2048:
            return PrivateKey(key, Type::Rsa2048);
        case 3072:
            return PrivateKey(key, Type::Rsa3072);
        case 4096:
            return PrivateKey(key, Type::Rsa4096);
        default:
            return unreadable(QCoreApplication::translate("PrivateKey", "RSA keys must have 2048, 3072 or 4096 bits."));
        }
    }
    return unreadable(QCoreApplication::translate("PrivateKey", "Only EC and RSA keys are supported."));
}

QByteArray PrivateKey::toPem() const
{
    if (!m_key) {
        return {};
    }
    // Secure-heap BIO: OpenSSL cleanses the buffer when it is freed.
    OpenSsl::Bio bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        OpenSsl::takeErrors();
        return {};
    }
    return OpenSsl::bioContents(bio.get());
}

QByteArray PrivateKey::publicKeyDer() const
{
    if (!m_key) {
        return {};
    }
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(m_key.get(), &der);
    if (size <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

QJsonObject PrivateKey::publicJwk() const
{
    if (!m_key) {
        return {};
    }
    if (isEc(m_type)) {
        // RFC 7518 §6.2.1.2: coordinates are the full field size, left-padded with zeros.
        const int size = coordinateSize(m_type);
        return QJsonObject{
            {QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), m_type == Type::EcP384 ? QStringLiteral("P-384") : QStringLiteral("P-256")},
            {QStringLiteral("x"), Base64Url::encodeToString(bnParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, size))},
            {QStringLiteral("y"), Base64Url::encodeToString(bnParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, size))},
        };
    }
    // RFC 7518 §6.3.1: unsigned big-endian, no leading zero octets.
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("n"), Base64Url::encodeToString(bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N))},
        {QStringLiteral("e"), Base64Url::encodeToString(bnParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E))},
    };
}

QByteArray PrivateKey::thumbprint() const
{
    return thumbprint(publicJwk());
}

QByteArray PrivateKey::thumbprint(const QJsonObject &jwk)
{
    // RFC 7638 §3.2: only the required members, sorted, no whitespace. QJsonObject keeps
    // keys sorted and compact JSON has no whitespace, which is exactly that form.
    QStringList members;
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    if (kty == QLatin1String("EC")) {
        members = {QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"), QStringLiteral("y")};
    } else if (kty == QLatin1String("RSA")) {
        members = {QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")};
    } else if (kty == QLatin1String("oct")) {
        members = {QStringLiteral("k"), QStringLiteral("kty")};
    } else {
        return {};
    }
    QJsonObject required;
    for (const QString &member : std::as_const(members)) {
        required.insert(member, jwk.value(member));
    }
    return QCryptographicHash::hash(QJsonDocument(required).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
}

QString PrivateKey::jwsAlgorithm() const
{
    switch (m_type) {
    case Type::EcP256:
        return QStringLiteral("ES256");
    case Type::EcP384:
        return QStringLiteral("ES384");
    case Type::Rsa2048:
    case Type::Rsa3072:
    case Type::Rsa4096:
        return QStringLiteral("RS256");
    }
    return {};
}

Result<QByteArray> PrivateKey::sign(const QByteArray &data) const
{
    if (!m_key) {
        return cryptoProblem(QCoreApplication::translate("PrivateKey", "No key to sign with"));
    }
    const EVP_MD *digest = m_type == Type::EcP384 ? EVP_sha384() : EVP_sha256();
    OpenSsl::MdCtx ctx(EVP_MD_CTX_new());
    size_t size = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, digest, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(),
                          nullptr,
                          &size,
                          reinterpret_cast<const unsigned char *>(data.constData()),
                          static_cast<size_t>(data.size()))
               != 1) {
        return cryptoProblem(QCoreApplication::translate("PrivateKey", "Signing failed"));
    }
    QByteArray signature(static_cast<qsizetype>(size), '\0');
    if (EVP_DigestSign(ctx.get(),
                       reinterpret_cast<unsigned char *>(signature.data()),
                       &size,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<size_t>(data.size()))
        != 1) {
        return cryptoProblem(QCoreApplication::translate("PrivateKey", "Signing failed"));
    }
    signature.resize(static_cast<qsizetype>(size));
    if (!isEc(m_type)) {
        return signature;
    }
    // OpenSSL produces a DER ECDSA-Sig-Value; JWS wants the two integers as fixed-size
    // big-endian octets concatenated (RFC 7518 §3.4).
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    OpenSsl::EcdsaSig sig(d2i_ECDSA_SIG(nullptr, &der, static_cast<long>(signature.size())));
    if (!sig) {
        return cryptoProblem(QCoreApplication::translate("PrivateKey", "Signing failed"));
    }
    const int half = coordinateSize(m_type);
    QByteArray raw(2 * half, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, half) != half
        || BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + half, half) != half) {
        return cryptoProblem(QCoreApplication::translate("PrivateKey", "Signing failed"));
    }
    return raw;
}

QString PrivateKey::typeName(Type type)
{
    switch (type) {
    case Type::EcP256:
        return QStringLiteral("ec-p256");
    case Type::EcP384:
        return QStringLiteral("ec-p384");
    case Type::Rsa2048:
        return QStringLiteral("rsa-2048");
    case Type::Rsa3072:
        return QStringLiteral("rsa-3072");
    case Type::Rsa4096:
        return QStringLiteral("rsa-4096");
    }
    return {};
}

std::optional<PrivateKey::Type> PrivateKey::typeFromName(const QString &name)
{
    for (const Type type : {Type::EcP256, Type::EcP384, Type::Rsa2048, Type::Rsa3072, Type::Rsa4096}) {
        if (typeName(type) == name) {
            return type;
        }
    }
    return std::nullopt;
}
