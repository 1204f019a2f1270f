#include "CertificateInfo.h"

#include "Base64Url.h"
#include "OpenSsl.h"
#include "PrivateKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <vector>

namespace {

Problem unreadable(const QString &detail)
{
    return Problem::make(Problem::Category::Input,
                         QStringLiteral("crypto.certificate-unreadable"),
                         QCoreApplication::translate("CertificateInfo", "The certificate cannot be read"),
                         detail,
                         QCoreApplication::translate("CertificateInfo",
                                                     "Provide the certificate chain in PEM form, the server "
                                                     "certificate first."))
        .withTechnical(OpenSsl::takeErrors());
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) {
        return {};
    }
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, data);
    if (size < 0) {
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

QString oneLine(const X509_NAME *name)
{
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(OpenSsl::bioContents(bio.get()));
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec),
                     Qt::UTC);
}

QString keyTypeOf(EVP_PKEY *key)
{
    if (!key) {
        return {};
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length);
        const QByteArray name(group, static_cast<qsizetype>(length));
        if (name == "prime256v1") {
            return QStringLiteral("ec-p256");
        }
        if (name == "secp384r1") {
            return QStringLiteral("ec-p384");
        }
        return QStringLiteral("ec-") + QString::fromLatin1(name);
    }
    if (EVP_PKEY_is_a(key, "RSA")) {
        return QStringLiteral("rsa-%1").arg(EVP_PKEY_get_bits(key));
    }
    return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

QByteArray derOf(X509 *cert)
{
    unsigned char *der = nullptr;
    const int size = i2d_X509(cert, &der);
    if (size <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

QByteArray pemOf(X509 *cert)
{
    OpenSsl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return OpenSsl::bioContents(bio.get());
}

} // namespace

Result<CertificateInfo> CertificateInfo::fromPem(const QByteArray &pemChain)
{
    OpenSsl::Bio bio(BIO_new_mem_buf(pemChain.constData(), static_cast<int>(pemChain.size())));
    std::vector<OpenSsl::X509Ptr> chain;
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        chain.emplace_back(cert);
    }
    // Reaching the end of the input leaves a "no start line" error that is not a failure.
    OpenSsl::takeErrors();
    if (chain.empty()) {
        return unreadable(QCoreApplication::translate("CertificateInfo", "No PEM certificate was found."));
    }

    CertificateInfo info;
    X509 *leaf = chain.front().get();
    info.m_subjectCommonName = nameEntry(X509_get_subject_name(leaf), NID_commonName);
    info.m_issuerCommonName = nameEntry(X509_get_issuer_name(leaf), NID_commonName);
    info.m_issuer = oneLine(X509_get_issuer_name(leaf));
    info.m_notBefore = toDateTime(X509_get0_notBefore(leaf));
    info.m_notAfter = toDateTime(X509_get0_notAfter(leaf));
    info.m_leafDer = derOf(leaf);
    info.m_fingerprint = QCryptographicHash::hash(info.m_leafDer, QCryptographicHash::Sha256);
    info.m_keyType = keyTypeOf(X509_get0_pubkey(leaf));
    {
        unsigned char *der = nullptr;
        const int size = i2d_PUBKEY(X509_get0_pubkey(leaf), &der);
        if (size > 0) {
            info.m_publicKeyDer = QByteArray(reinterpret_cast<const char *>(der), size);
            OPENSSL_free(der);
        }
    }

    // RFC 9773 §4.1 uses the DER INTEGER's content octets, which keep the leading zero a
    // serial with its top bit set needs; BN_bn2bin drops it, so add it back.
    OpenSsl::Bignum serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(leaf), nullptr));
    if (serial) {
        QByteArray bytes(BN_num_bytes(serial.get()), '\0');
        BN_bn2bin(serial.get(), reinterpret_cast<unsigned char *>(bytes.data()));
        if (bytes.isEmpty() || (static_cast<unsigned char>(bytes.front()) & 0x80)) {
            bytes.prepend('\0');
        }
        info.m_serialDer = bytes;
        info.m_serialHex = QString::fromLatin1(bytes.toHex());
        while (info.m_serialHex.size() > 2 && info.m_serialHex.startsWith(QLatin1String("00"))) {
            info.m_serialHex.remove(0, 2);
        }
    }

    if (const ASN1_OCTET_STRING *aki = X509_get0_authority_key_id(leaf)) {
        info.m_authorityKeyId =
            QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(aki)), ASN1_STRING_length(aki));
    }

    auto *altNames = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(leaf, NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; altNames && i < sk_GENERAL_NAME_num(altNames); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(altNames, i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING *dns = name->d.dNSName;
            info.m_names << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                                                ASN1_STRING_length(dns));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            const auto *data = ASN1_STRING_get0_data(ip);
            QHostAddress address;
            if (ASN1_STRING_length(ip) == 4) {
                address.setAddress(qFromBigEndian<quint32>(data));
            } else if (ASN1_STRING_length(ip) == 16) {
                address.setAddress(data);
            }
            if (!address.isNull()) {
                info.m_names << address.toString();
            }
        }
    }
    GENERAL_NAMES_free(altNames);

    for (const auto &cert : chain) {
        info.m_chainPem << pemOf(cert.get());
        info.m_chainIssuers << nameEntry(X509_get_issuer_name(cert.get()), NID_commonName);
    }
    OpenSsl::takeErrors();
    return info;
}

QString CertificateInfo::sha256FingerprintHex() const
{
    return QString::fromLatin1(m_fingerprint.toHex(':').toUpper());
}

QString CertificateInfo::ariCertId() const
{
    if (m_authorityKeyId.isEmpty() || m_serialDer.isEmpty()) {
        return {};
    }
    return Base64Url::encodeToString(m_authorityKeyId) + QLatin1Char('.') + Base64Url::encodeToString(m_serialDer);
}

QString CertificateInfo::topIssuerCommonName() const
{
    return m_chainIssuers.isEmpty() ? QString() : m_chainIssuers.last();
}

bool CertificateInfo::isValidAt(const QDateTime &when) const
{
    return m_notBefore.isValid() && m_notAfter.isValid() && when >= m_notBefore && when <= m_notAfter;
}

Result<void> CertificateInfo::checkValidAt(const QDateTime &when) const
{
    const QString name = m_names.isEmpty() ? m_subjectCommonName : m_names.first();
    if (when < m_notBefore) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("crypto.certificate-not-yet-valid"),
                             QCoreApplication::translate("CertificateInfo", "The certificate is not valid yet"),
                             QCoreApplication::translate("CertificateInfo", "The certificate for %1 is valid from %2.")
                                 .arg(name, m_notBefore.toString(Qt::ISODate)),
                             QCoreApplication::translate("CertificateInfo", "Check this computer's clock."));
    }
    if (when > m_notAfter) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("crypto.certificate-expired"),
                             QCoreApplication::translate("CertificateInfo", "The certificate has expired"),
                             QCoreApplication::translate("CertificateInfo", "The certificate for %1 expired on %2.")
                                 .arg(name, m_notAfter.toString(Qt::ISODate)),
                             QCoreApplication::translate("CertificateInfo", "Renew the certificate now."));
    }
    return {};
}

bool CertificateInfo::covers(const QString &name) const
{
    const QString wanted = name.toLower();
    for (const QString &san : m_names) {
        const QString candidate = san.toLower();
        if (candidate == wanted) {
            return true;
        }
        // RFC 6125 §6.4.3: a wildcard stands for exactly one left-most label.
        if (candidate.startsWith(QLatin1String("*."))) {
            const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
            if (dot > 0 && wanted.mid(dot) == candidate.mid(1)) {
                return true;
            }
        }
    }
    return false;
}

bool CertificateInfo::matchesKey(const PrivateKey &key) const
{
    return !m_publicKeyDer.isEmpty() && key.publicKeyDer() == m_publicKeyDer;
}

QDateTime CertificateInfo::defaultRenewalTime() const
{
    const qint64 lifetime = m_notBefore.secsTo(m_notAfter);
    return m_notBefore.addSecs(lifetime * 2 / 3);
}
