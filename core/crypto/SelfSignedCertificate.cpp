#include "SelfSignedCertificate.h"

#include "OpenSsl.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/pem.h>
#include <openssl/rand.h>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCertificate)
};

Problem certificateProblem(const QString &detail, Problem::Category category = Problem::Category::Internal)
{
    return Problem::make(category,
                         QStringLiteral("crypto.self-signed"),
                         Text::tr("The hub's certificate could not be created."),
                         detail,
                         Text::tr("Check the hub's listen address and host names in Settings."))
        .withTechnical(OpenSsl::takeErrors());
}

bool isHostname(const QString &name)
{
    static const QRegularExpression hostname(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    return hostname.match(name).hasMatch();
}

void freeGeneralNames(GENERAL_NAMES *names)
{
    GENERAL_NAMES_free(names);
}

using GeneralNames = std::unique_ptr<GENERAL_NAMES, OpenSsl::Deleter<freeGeneralNames>>;

bool addDnsName(GENERAL_NAMES *names, const QByteArray &ascii)
{
    ASN1_IA5STRING *value = ASN1_IA5STRING_new();
    GENERAL_NAME *general = GENERAL_NAME_new();
    if (!value || !general || ASN1_STRING_set(value, ascii.constData(), static_cast<int>(ascii.size())) != 1) {
        ASN1_IA5STRING_free(value);
        GENERAL_NAME_free(general);
        return false;
    }
    GENERAL_NAME_set0_value(general, GEN_DNS, value);
    return sk_GENERAL_NAME_push(names, general) > 0;
}

bool addAddress(GENERAL_NAMES *names, const QHostAddress &address)
{
    QByteArray bytes;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        bytes = QByteArray(4, Qt::Uninitialized);
        for (int i = 0; i < 4; ++i) {
            bytes[i] = char((v4 >> (24 - 8 * i)) & 0xff);
        }
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        bytes = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    }
    ASN1_OCTET_STRING *value = ASN1_OCTET_STRING_new();
    GENERAL_NAME *general = GENERAL_NAME_new();
    if (!value || !general
        || ASN1_OCTET_STRING_set(
               value, reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<int>(bytes.size()))
               != 1) {
        ASN1_OCTET_STRING_free(value);
        GENERAL_NAME_free(general);
        return false;
    }
    GENERAL_NAME_set0_value(general, GEN_IPADD, value);
    return sk_GENERAL_NAME_push(names, general) > 0;
}

// Extensions given in OpenSSL's configuration syntax; the values are constants of ours.
bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension) {
        return false;
    }
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

} // namespace

Result<QByteArray> SelfSignedCertificate::create(const PrivateKey &key, const Request &request)
{
    if (key.isNull()) {
        return certificateProblem(Text::tr("No key was given."));
    }
    if (!request.notBefore.isValid() || !request.notAfter.isValid() || request.notAfter <= request.notBefore) {
        return certificateProblem(Text::tr("The validity period is empty."));
    }
    QStringList dnsNames;
    for (const QString &name : request.dnsNames) {
        const QString normalised = name.trimmed().toLower();
        if (!isHostname(normalised)) {
            return certificateProblem(Text::tr("\"%1\" is not a host name.").arg(name), Problem::Category::Input);
        }
        if (!dnsNames.contains(normalised)) {
            dnsNames << normalised;
        }
    }
    QList<QHostAddress> addresses;
    for (const QHostAddress &address : request.addresses) {
        if (address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6) {
            continue; // an unspecified address cannot be connected to, so it names nothing
        }
        if (!addresses.contains(address)) {
            addresses << address;
        }
    }
    if (dnsNames.isEmpty() && addresses.isEmpty()) {
        return certificateProblem(Text::tr("The certificate needs at least one host name or address."),
                                  Problem::Category::Input);
    }
    const QByteArray commonName =
        (request.commonName.isEmpty() ? QStringLiteral("CertDesk hub") : request.commonName).left(64).toUtf8();

    OpenSsl::X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1) {
        return certificateProblem({});
    }
    // RFC 5280 4.1.2.2: a positive serial of at most 20 octets; 128 random bits keep two
    // certificates of one key distinguishable for clients that cache by issuer and serial.
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1) {
        return certificateProblem({});
    }
    serialBytes[0] &= 0x7f;
    serialBytes[0] |= 0x01;
    OpenSsl::Bignum serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))) {
        return certificateProblem({});
    }
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(request.notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(request.notAfter.toSecsSinceEpoch()))) {
        return certificateProblem({});
    }
    OpenSsl::X509Name name(X509_NAME_new());
    if (!name
        || X509_NAME_add_entry_by_NID(name.get(),
                                      NID_commonName,
                                      MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(commonName.constData()),
                                      static_cast<int>(commonName.size()),
                                      -1,
                                      0)
               != 1
        || X509_set_subject_name(certificate.get(), name.get()) != 1
        || X509_set_issuer_name(certificate.get(), name.get()) != 1
        || X509_set_pubkey(certificate.get(), key.handle()) != 1) {
        return certificateProblem({});
    }

    GeneralNames altNames(GENERAL_NAMES_new());
    for (const QString &dnsName : std::as_const(dnsNames)) {
        if (!addDnsName(altNames.get(), dnsName.toLatin1())) {
            return certificateProblem({});
        }
    }
    for (const QHostAddress &address : std::as_const(addresses)) {
        if (!addAddress(altNames.get(), address)) {
            return certificateProblem({});
        }
    }
    const bool rsa = key.type() == PrivateKey::Type::Rsa2048 || key.type() == PrivateKey::Type::Rsa3072
                     || key.type() == PrivateKey::Type::Rsa4096;
    if (X509_add1_ext_i2d(certificate.get(), NID_subject_alt_name, altNames.get(), 0, X509V3_ADD_DEFAULT) != 1
        || !addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(),
                         NID_key_usage,
                         rsa ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")) {
        return certificateProblem({});
    }
    const EVP_MD *digest = key.type() == PrivateKey::Type::EcP384 ? EVP_sha384() : EVP_sha256();
    if (X509_sign(certificate.get(), key.handle(), digest) <= 0) {
        return certificateProblem({});
    }
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate.get()) != 1) {
        return certificateProblem({});
    }
    return OpenSsl::bioContents(bio.get());
}
