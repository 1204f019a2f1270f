#include "tests/support/TestData.h"

#include "core/acme/AcmeAuthorization.h"

#include <QJsonDocument>
#include <QTest>

class TestAcmeAuthorization final : public QObject
{
    Q_OBJECT

private:
    static AcmeAuthorization load(const char *fixture)
    {
        return AcmeAuthorization::fromJson(QJsonDocument::fromJson(testData(fixture)).object(),
                                           QUrl(QStringLiteral("https://example.com/acme/authz/1")));
    }

private Q_SLOTS:

    void wildcardAuthorizationNamesTheBaseDomain()
    {
        // RFC 8555 §7.1.4: the identifier of a wildcard authorization omits "*.".
        const AcmeAuthorization authorization = load("acme/authorization-wildcard.json");
        QCOMPARE(authorization.identifier.value, QStringLiteral("example.org"));
        QVERIFY(authorization.wildcard);
        QVERIFY(!authorization.isFinal());
        QVERIFY(authorization.challenge(QStringLiteral("dns-01")).has_value());
        QVERIFY(!authorization.challenge(QStringLiteral("http-01")).has_value());
        QCOMPARE(authorization.challenge(QStringLiteral("dns-01"))->token, QStringLiteral("DGyRejmCefe7v4NfDGDKfA"));
    }

    void invalidAuthorizationExplainsWhy()
    {
        const AcmeAuthorization authorization = load("acme/authorization-invalid.json");
        QVERIFY(authorization.isFinal());
        const auto error = authorization.error();
        QVERIFY(error.has_value());
        QCOMPARE(error->code, QStringLiteral("acme.incorrectResponse"));
        QVERIFY(error->detail.contains(QStringLiteral("www.example.org: Wrong key authorization")));
    }
};

QTEST_GUILESS_MAIN(TestAcmeAuthorization)
#include "TestAcmeAuthorization.moc"
