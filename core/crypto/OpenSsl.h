#pragma once

// Private to core/crypto and core/acme: owning pointers for OpenSSL objects and the
// error queue as log text. Never include this from a public header.

#include <QByteArray>
#include <QString>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace OpenSsl {

template <auto Fn>
struct Deleter
{
    template <typename T>
    void operator()(T *p) const
    {
        Fn(p);
    }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BN_clear_free>>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX_free>>;
using EcdsaSig = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509Req = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using X509Name = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;

inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

using X509Stack = std::unique_ptr<STACK_OF(X509), Deleter<freeX509Stack>>;

// Drains the thread's OpenSSL error queue into one line for Problem::technical.
QString takeErrors();

// Memory BIO contents as a QByteArray (copied).
QByteArray bioContents(BIO *bio);

// Overwrites a buffer that held secret material before it is released.
void wipe(QByteArray &data);

} // namespace OpenSsl
