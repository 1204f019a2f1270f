#include "tests/support/TestData.h"

#include "core/acme/AcmeDirectory.h"

#include <QTest>

class TestAcmeDirectory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void readsResourcesAndMeta()
    {
        // RFC 8555 §7.1.1's example, plus ARI's renewalInfo and a profiles meta field.
        const QByteArray json = testData("acme/directory-full.json");
        const auto directory = AcmeDirectory::fromJson(json);
        QVERIFY(directory.ok());
        QCOMPARE(directory->newNonce(), QUrl(QStringLiteral("https://example.com/acme/new-nonce")));
        QCOMPARE(directory->newAccount(), QUrl(QStringLiteral("https://example.com/acme/new-account")));
        QCOMPARE(directory->newOrder(), QUrl(QStringLiteral("https://example.com/acme/new-order")));
        QCOMPARE(directory->newAuthz(), QUrl(QStringLiteral("https://example.com/acme/new-authz")));
        QCOMPARE(directory->revokeCert(), QUrl(QStringLiteral("https://example.com/acme/revoke-cert")));
        QCOMPARE(directory->keyChange(), QUrl(QStringLiteral("https://example.com/acme/key-change")));
        QCOMPARE(directory->renewalInfo(), QUrl(QStringLiteral("https://example.com/acme/renewal-info")));
        QCOMPARE(directory->termsOfService(), QUrl(QStringLiteral("https://example.com/acme/terms/2017-5-30")));
        QCOMPARE(directory->caaIdentities(), QStringList{QStringLiteral("example.com")});
        QVERIFY(!directory->externalAccountRequired());
        QCOMPARE(directory->profiles().size(), 2);
        QCOMPARE(directory->profiles().value(QStringLiteral("shortlived")), QStringLiteral("Six days"));
    }

    void treatsRenewalInfoAndMetaAsOptional()
    {
        const auto directory = AcmeDirectory::fromJson(testData("acme/directory-minimal-eab.json"));
        QVERIFY(directory.ok());
        QVERIFY(directory->renewalInfo().isEmpty());
        QVERIFY(directory->externalAccountRequired());
        QVERIFY(directory->profiles().isEmpty());
    }

    void rejectsADirectoryWithoutNewOrder()
    {
        const auto directory = AcmeDirectory::fromJson(testData("acme/directory-without-neworder.json"),
                                                       QUrl(QStringLiteral("https://ca.test/dir")));
        QVERIFY(!directory.ok());
        QCOMPARE(directory.problem().code, QStringLiteral("acme.directory-invalid"));
        QVERIFY(directory.problem().detail.contains(QStringLiteral("newOrder")));
    }

    void rejectsHtml()
    {
        const auto directory =
            AcmeDirectory::fromJson("<html>Welcome</html>", QUrl(QStringLiteral("https://ca.test/")));
        QVERIFY(!directory.ok());
        QVERIFY(!directory.problem().hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAcmeDirectory)
#include "TestAcmeDirectory.moc"
