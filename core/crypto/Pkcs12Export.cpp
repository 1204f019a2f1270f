#include "Pkcs12Export.h"

#include "OpenSsl.h"

#include <QCoreApplication>

#include <openssl/pem.h>

namespace Pkcs12Export {

namespace {

Problem exportProblem(const QString &detail, Problem::Category category = Problem::Category::Internal)
{
    return Problem::make(category,
                         QStringLiteral("crypto.pkcs12-failed"),
                         QCoreApplication::translate("Pkcs12Export", "Cannot create the PFX file"),
                         detail,
                         QCoreApplication::translate("Pkcs12Export", "Check the certificate and key, then try again."))
        .withTechnical(OpenSsl::takeErrors());
}

constexpr int Iterations = 2048; // PKCS12_DEFAULT_ITER in OpenSSL 3

} // namespace

Result<QByteArray>
build(const PrivateKey &key, const QByteArray &pemChain, const QString &password, const QString &friendlyName)
{
    if (key.isNull()) {
        return exportProblem(QCoreApplication::translate("Pkcs12Export", "There is no private key."));
    }
    OpenSsl::Bio bio(BIO_new_mem_buf(pemChain.constData(), static_cast<int>(pemChain.size())));
    OpenSsl::X509Ptr leaf(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!leaf) {
        return exportProblem(QCoreApplication::translate("Pkcs12Export", "The certificate chain is not readable PEM."),
                             Problem::Category::Input);
    }
    if (X509_check_private_key(leaf.get(), key.handle()) != 1) {
        return exportProblem(
            QCoreApplication::translate("Pkcs12Export", "The certificate does not belong to this private key."),
            Problem::Category::Input);
    }
    OpenSsl::X509Stack extra(sk_X509_new_null());
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        sk_X509_push(extra.get(), cert);
    }
    OpenSsl::takeErrors(); // end-of-input "no start line"

    QByteArray pass = password.toUtf8();
    const QByteArray name = friendlyName.toUtf8();
    // mac_iter -1 skips PKCS12_create's MAC so the digest can be chosen below.
    OpenSsl::Pkcs12 p12(PKCS12_create_ex(pass.constData(),
                                         name.isEmpty() ? nullptr : name.constData(),
                                         key.handle(),
                                         leaf.get(),
                                         extra.get(),
                                         NID_aes_256_cbc,
                                         NID_aes_256_cbc,
                                         Iterations,
                                         -1,
                                         0,
                                         nullptr,
                                         nullptr));
    bool ok = p12
              && PKCS12_set_mac(
                     p12.get(), pass.constData(), static_cast<int>(pass.size()), nullptr, 0, Iterations, EVP_sha256())
                     == 1;
    OpenSsl::wipe(pass);
    if (!ok) {
        return exportProblem({});
    }
    OpenSsl::Bio out(BIO_new(BIO_s_mem()));
    if (i2d_PKCS12_bio(out.get(), p12.get()) != 1) {
        return exportProblem({});
    }
    return OpenSsl::bioContents(out.get());
}

} // namespace Pkcs12Export
