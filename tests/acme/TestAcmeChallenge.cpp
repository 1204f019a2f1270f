#include "tests/support/OpenSslCli.h"
#include "tests/support/TestData.h"

#include "core/acme/AcmeChallenge.h"
#include "core/crypto/Base64Url.h"
#include "core/crypto/PrivateKey.h"

#include <QJsonDocument>
#include <QTest>

class TestAcmeChallenge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void keyAuthorizationIsTokenDotThumbprint()
    {
        const PrivateKey key = PrivateKey::generate().value();
        const QString token = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA");
        QCOMPARE(AcmeChallenge::keyAuthorization(token, key),
                 token + QLatin1Char('.') + QString::fromLatin1(Base64Url::encode(key.thumbprint())));
    }

    void dns01ValueIsBase64UrlSha256AsOpenSslComputesIt()
    {
        const QString keyAuthorization =
            QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA.NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
        const auto run = runOpenSsl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-binary")},
                                    keyAuthorization.toLatin1());
        QVERIFY(run.ok());
        QCOMPARE(run.out.size(), 32);
        QCOMPARE(AcmeChallenge::dns01TxtValue(keyAuthorization), QString::fromLatin1(Base64Url::encode(run.out)));
        QCOMPARE(AcmeChallenge::dns01TxtValue(keyAuthorization).size(), 43);
    }

    void http01PathIsUnderWellKnown()
    {
        QCOMPARE(AcmeChallenge::http01Path(QStringLiteral("tok")), QStringLiteral("/.well-known/acme-challenge/tok"));
    }

    void readsChallengeWithError()
    {
        const auto challenge =
            AcmeChallenge::fromJson(QJsonDocument::fromJson(testData("acme/challenge-invalid.json")).object());
        QCOMPARE(challenge.type, QStringLiteral("http-01"));
        QCOMPARE(challenge.status, QStringLiteral("invalid"));
        QVERIFY(challenge.error.has_value());
        QCOMPARE(challenge.error->code, QStringLiteral("acme.connection"));
    }
};

QTEST_GUILESS_MAIN(TestAcmeChallenge)
#include "TestAcmeChallenge.moc"
