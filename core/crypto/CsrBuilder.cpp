#include "CsrBuilder.h"

#include "OpenSsl.h"

#include <QCoreApplication>

namespace {

Problem csrProblem(const QString &detail, Problem::Category category = Problem::Category::Input)
{
    return Problem::make(category,
                         QStringLiteral("crypto.csr-invalid"),
                         QCoreApplication::translate("CsrBuilder", "Cannot build the certificate request"),
                         detail,
                         QCoreApplication::translate("CsrBuilder", "Check the endpoint's names and key."))
        .withTechnical(OpenSsl::takeErrors());
}

void freeGeneralNames(GENERAL_NAMES *names)
{
    GENERAL_NAMES_free(names);
}

void freeExtensions(STACK_OF(X509_EXTENSION) * extensions)
{
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
}

} // namespace

CsrBuilder &CsrBuilder::setNames(const QStringList &names)
{
    m_names = names;
    return *this;
}

CsrBuilder &CsrBuilder::setKey(const PrivateKey &key)
{
    m_key = key;
    return *this;
}

Result<QByteArray> CsrBuilder::buildDer() const
{
    if (m_key.isNull()) {
        return csrProblem(QCoreApplication::translate("CsrBuilder", "No certificate key was given."),
                          Problem::Category::Internal);
    }
    QStringList names;
    for (const QString &name : m_names) {
        const QString normalised = name.trimmed().toLower();
        if (normalised.isEmpty()) {
            return csrProblem(QCoreApplication::translate("CsrBuilder", "A name is empty."));
        }
        bool ascii = true;
        for (const QChar c : normalised) {
            ascii = ascii && c.unicode() > 0x20 && c.unicode() < 0x7f;
        }
        if (!ascii) {
            return csrProblem(QCoreApplication::translate("CsrBuilder",
                                                          "“%1” contains characters that are not allowed in a DNS "
                                                          "name; use its ASCII (xn--) form.")
                                  .arg(name));
        }
        if (!names.contains(normalised)) {
            names << normalised;
        }
    }
    if (names.isEmpty()) {
        return csrProblem(QCoreApplication::translate("CsrBuilder", "At least one name is needed."));
    }

    OpenSsl::X509Req request(X509_REQ_new());
    if (!request || X509_REQ_set_version(request.get(), 0) != 1) {
        return csrProblem({}, Problem::Category::Internal);
    }
    // The CN is informational for ACME CAs (they read the SAN), but many servers still show
    // it; RFC 5280's ub-common-name limits it to 64 characters, so a longer first name is
    // left to the SAN alone.
    OpenSsl::X509Name subject(X509_NAME_new());
    const QByteArray first = names.first().toLatin1();
    if (first.size() <= 64
        && X509_NAME_add_entry_by_NID(subject.get(),
                                      NID_commonName,
                                      MBSTRING_ASC,
                                      reinterpret_cast<const unsigned char *>(first.constData()),
                                      static_cast<int>(first.size()),
                                      -1,
                                      0)
               != 1) {
        return csrProblem({}, Problem::Category::Internal);
    }
    if (X509_REQ_set_subject_name(request.get(), subject.get()) != 1
        || X509_REQ_set_pubkey(request.get(), m_key.handle()) != 1) {
        return csrProblem({}, Problem::Category::Internal);
    }

    std::unique_ptr<GENERAL_NAMES, OpenSsl::Deleter<freeGeneralNames>> altNames(GENERAL_NAMES_new());
    for (const QString &name : std::as_const(names)) {
        const QByteArray ascii = name.toLatin1();
        ASN1_IA5STRING *value = ASN1_IA5STRING_new();
        GENERAL_NAME *general = GENERAL_NAME_new();
        if (!value || !general || ASN1_STRING_set(value, ascii.constData(), static_cast<int>(ascii.size())) != 1) {
            ASN1_IA5STRING_free(value);
            GENERAL_NAME_free(general);
            return csrProblem({}, Problem::Category::Internal);
        }
        GENERAL_NAME_set0_value(general, GEN_DNS, value);
        sk_GENERAL_NAME_push(altNames.get(), general);
    }
    STACK_OF(X509_EXTENSION) *rawExtensions = nullptr;
    const int added = X509V3_add1_i2d(&rawExtensions, NID_subject_alt_name, altNames.get(), 0, X509V3_ADD_DEFAULT);
    std::unique_ptr<STACK_OF(X509_EXTENSION), OpenSsl::Deleter<freeExtensions>> extensions(rawExtensions);
    if (added != 1 || X509_REQ_add_extensions(request.get(), extensions.get()) != 1) {
        return csrProblem({}, Problem::Category::Internal);
    }
    const EVP_MD *digest = m_key.type() == PrivateKey::Type::EcP384 ? EVP_sha384() : EVP_sha256();
    if (X509_REQ_sign(request.get(), m_key.handle(), digest) <= 0) {
        return csrProblem({}, Problem::Category::Internal);
    }
    unsigned char *der = nullptr;
    const int size = i2d_X509_REQ(request.get(), &der);
    if (size <= 0) {
        return csrProblem({}, Problem::Category::Internal);
    }
    QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}
