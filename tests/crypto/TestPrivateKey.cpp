#include "tests/support/OpenSslCli.h"

#include "core/crypto/Base64Url.h"
#include "core/crypto/PrivateKey.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestPrivateKey final : public QObject
{
    Q_OBJECT

private:
    void verifyWithOpenSsl(PrivateKey::Type type, const QString &digest)
    {
        const auto key = PrivateKey::generate(type);
        QVERIFY(key.ok());
        const QByteArray data = "eyJhbGciOiJFUzI1NiJ9.eyJoZWxsbyI6IndvcmxkIn0";
        const auto signature = key->sign(data);
        QVERIFY(signature.ok());
        QByteArray der = signature.value();
        if (type == PrivateKey::Type::EcP256 || type == PrivateKey::Type::EcP384) {
            QCOMPARE(signature->size(), type == PrivateKey::Type::EcP256 ? 64 : 96);
            der = ecdsaRawToDer(signature.value());
        }
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("pub.der")), key->publicKeyDer()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sig.der")), der));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("data")), data));
        const auto run = runOpenSsl({QStringLiteral("dgst"),
                                     digest,
                                     QStringLiteral("-verify"),
                                     dir.filePath(QStringLiteral("pub.der")),
                                     QStringLiteral("-keyform"),
                                     QStringLiteral("DER"),
                                     QStringLiteral("-signature"),
                                     dir.filePath(QStringLiteral("sig.der")),
                                     dir.filePath(QStringLiteral("data"))});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY(run.out.contains("Verified OK"));

        // A signature over different data must not verify: the check above can fail.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("data")), data + "x"));
        const auto tampered = runOpenSsl({QStringLiteral("dgst"),
                                          digest,
                                          QStringLiteral("-verify"),
                                          dir.filePath(QStringLiteral("pub.der")),
                                          QStringLiteral("-keyform"),
                                          QStringLiteral("DER"),
                                          QStringLiteral("-signature"),
                                          dir.filePath(QStringLiteral("sig.der")),
                                          dir.filePath(QStringLiteral("data"))});
        QVERIFY(!tampered.ok());
    }

private Q_SLOTS:

    void defaultsToEcP256WithEs256()
    {
        const auto key = PrivateKey::generate();
        QVERIFY(key.ok());
        QCOMPARE(key->type(), PrivateKey::Type::EcP256);
        QCOMPARE(key->jwsAlgorithm(), QStringLiteral("ES256"));
    }

    void namesTheJwsAlgorithmPerKeyType()
    {
        QCOMPARE(PrivateKey::generate(PrivateKey::Type::EcP384)->jwsAlgorithm(), QStringLiteral("ES384"));
        QCOMPARE(PrivateKey::generate(PrivateKey::Type::Rsa2048)->jwsAlgorithm(), QStringLiteral("RS256"));
    }

    void generatesEveryRsaSize()
    {
        for (const auto type : {PrivateKey::Type::Rsa2048, PrivateKey::Type::Rsa3072, PrivateKey::Type::Rsa4096}) {
            const auto key = PrivateKey::generate(type);
            QVERIFY(key.ok());
            QCOMPARE(key->type(), type);
        }
    }

    void pkcs8PemRoundTripKeepsTheKey()
    {
        for (const auto type : {PrivateKey::Type::EcP256, PrivateKey::Type::EcP384, PrivateKey::Type::Rsa2048}) {
            const auto key = PrivateKey::generate(type);
            QVERIFY(key.ok());
            const QByteArray pem = key->toPem();
            QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
            const auto again = PrivateKey::fromPem(pem);
            QVERIFY(again.ok());
            QCOMPARE(again->type(), type);
            QCOMPARE(again->publicJwk(), key->publicJwk());
        }
    }

    void readsKeysWrittenByOpenSsl()
    {
        const auto ec = runOpenSsl({QStringLiteral("ecparam"),
                                    QStringLiteral("-name"),
                                    QStringLiteral("secp384r1"),
                                    QStringLiteral("-genkey"),
                                    QStringLiteral("-noout")});
        QVERIFY(ec.ok());
        QVERIFY(ec.out.contains("BEGIN EC PRIVATE KEY"));
        const auto key = PrivateKey::fromPem(ec.out);
        QVERIFY(key.ok());
        QCOMPARE(key->type(), PrivateKey::Type::EcP384);
    }

    void rejectsUnsupportedCurve()
    {
        const auto p521 = runOpenSsl({QStringLiteral("genpkey"),
                                      QStringLiteral("-algorithm"),
                                      QStringLiteral("EC"),
                                      QStringLiteral("-pkeyopt"),
                                      QStringLiteral("ec_paramgen_curve:P-521")});
        QVERIFY(p521.ok());
        const auto key = PrivateKey::fromPem(p521.out);
        QVERIFY(!key.ok());
        QCOMPARE(key.problem().code, QStringLiteral("crypto.key-unreadable"));
    }

    void rejectsEncryptedKeyWithoutPrompting()
    {
        const auto encrypted = runOpenSsl({QStringLiteral("genpkey"),
                                           QStringLiteral("-algorithm"),
                                           QStringLiteral("EC"),
                                           QStringLiteral("-pkeyopt"),
                                           QStringLiteral("ec_paramgen_curve:P-256"),
                                           QStringLiteral("-aes256"),
                                           QStringLiteral("-pass"),
                                           QStringLiteral("stdin")},
                                          "test-only-passphrase\n");
        QVERIFY2(encrypted.ok(), encrypted.err.constData());
        QVERIFY(encrypted.out.contains("ENCRYPTED"));
        QVERIFY(!PrivateKey::fromPem(encrypted.out).ok());
    }

    void rejectsGarbage()
    {
        const auto key = PrivateKey::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        QVERIFY(!key.ok());
        QVERIFY(!key.problem().title.isEmpty());
        QVERIFY(!key.problem().hint.isEmpty());
    }

    void ecJwkHasFixedSizeCoordinatesOfThePublicKey()
    {
        for (const auto type : {PrivateKey::Type::EcP256, PrivateKey::Type::EcP384}) {
            const auto key = PrivateKey::generate(type);
            const QJsonObject jwk = key->publicJwk();
            const int size = type == PrivateKey::Type::EcP256 ? 32 : 48;
            QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("EC"));
            QCOMPARE(jwk.value(QStringLiteral("crv")).toString(),
                     type == PrivateKey::Type::EcP256 ? QStringLiteral("P-256") : QStringLiteral("P-384"));
            const QByteArray x = Base64Url::decode(jwk.value(QStringLiteral("x")).toString().toLatin1()).value();
            const QByteArray y = Base64Url::decode(jwk.value(QStringLiteral("y")).toString().toLatin1()).value();
            QCOMPARE(x.size(), size);
            QCOMPARE(y.size(), size);
            // SubjectPublicKeyInfo ends with the uncompressed point 04 || x || y.
            QCOMPARE(key->publicKeyDer().right(2 * size + 1), QByteArray(1, 0x04) + x + y);
            QVERIFY(!jwk.contains(QStringLiteral("d")));
        }
    }

    void rsaJwkCarriesModulusAndExponent()
    {
        const auto key = PrivateKey::generate(PrivateKey::Type::Rsa2048);
        const QJsonObject jwk = key->publicJwk();
        QCOMPARE(jwk.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
        QCOMPARE(Base64Url::decode(jwk.value(QStringLiteral("n")).toString().toLatin1())->size(), 256);
        QVERIFY(!jwk.contains(QStringLiteral("d")));
    }

    void thumbprintMatchesRfc7638Example()
    {
        // RFC 7638 §3.1; "alg" and "kid" are not required members and must not count.
        const QJsonObject jwk{
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("n"),
             QStringLiteral(
                 "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_"
                 "BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-"
                 "65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdk"
                 "t-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")},
            {QStringLiteral("e"), QStringLiteral("AQAB")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("kid"), QStringLiteral("2011-04-29")},
        };
        QCOMPARE(Base64Url::encode(PrivateKey::thumbprint(jwk)),
                 QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    }

    void es256SignatureVerifiesWithOpenSsl() { verifyWithOpenSsl(PrivateKey::Type::EcP256, QStringLiteral("-sha256")); }

    void es384SignatureVerifiesWithOpenSsl() { verifyWithOpenSsl(PrivateKey::Type::EcP384, QStringLiteral("-sha384")); }

    void rs256SignatureVerifiesWithOpenSsl()
    {
        verifyWithOpenSsl(PrivateKey::Type::Rsa2048, QStringLiteral("-sha256"));
    }

    void typeNamesRoundTrip()
    {
        for (const auto type : {PrivateKey::Type::EcP256,
                                PrivateKey::Type::EcP384,
                                PrivateKey::Type::Rsa2048,
                                PrivateKey::Type::Rsa3072,
                                PrivateKey::Type::Rsa4096}) {
            QCOMPARE(PrivateKey::typeFromName(PrivateKey::typeName(type)), type);
        }
        QVERIFY(!PrivateKey::typeFromName(QStringLiteral("dsa")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "TestPrivateKey.moc"
