#include "app/cli/ClientSnippets.h"

#include <QTest>

// Client configuration the administrator pastes: the right variables for each client, the
// hub's address, and never a secret (only the placeholder).
class TestClientSnippets final : public QObject
{
    Q_OBJECT

private:
    static ClientSnippets::Input input()
    {
        ClientSnippets::Input input;
        input.hubUrl = QUrl(QStringLiteral("https://certdesk.example.test:8443"));
        input.clientId = QStringLiteral("3f1c2a9e-0000-4000-8000-000000000001");
        input.domain = QStringLiteral("www.example.test");
        input.acmeDnsZone = QStringLiteral("acme.example.test");
        return input;
    }

private Q_SLOTS:

    void legoUsesHttpreqWithBasicCredentials()
    {
        const QString text = ClientSnippets::lego(input());
        QVERIFY(text.contains(QLatin1String("export HTTPREQ_ENDPOINT=\"https://certdesk.example.test:8443\"")));
        QVERIFY(text.contains(QLatin1String("export HTTPREQ_USERNAME=\"3f1c2a9e-0000-4000-8000-000000000001\"")));
        QVERIFY(text.contains(QLatin1String("export HTTPREQ_PASSWORD=\"") + ClientSnippets::SecretPlaceholder));
        QVERIFY(text.contains(QLatin1String("--dns httpreq --domains \"www.example.test\"")));
        QVERIFY(!text.contains(QLatin1String("SSL_CERT_FILE"))); // a publicly trusted hub needs nothing
    }

    void aSelfSignedHubIsTrustedBesideTheSystemRoots()
    {
        ClientSnippets::Input selfSigned = input();
        selfSigned.certificateFingerprint = QStringLiteral("AB:CD");
        selfSigned.certificatePath = QStringLiteral("/data/hub-certificate.pem");
        const QString text = ClientSnippets::lego(selfSigned);
        QVERIFY(text.contains(QLatin1String("SHA-256 AB:CD")));
        QVERIFY(text.contains(QLatin1String("cat /etc/ssl/certs/ca-certificates.crt certdesk-hub.pem")));
        QVERIFY(text.contains(QLatin1String("export SSL_CERT_FILE=")));
        QVERIFY(ClientSnippets::certbot([&] {
                    ClientSnippets::Input account = selfSigned;
                    account.acmeDnsSubdomain = QStringLiteral("d420c923-bbd7-4056-ab64-c3ca54c9b3cf");
                    return account;
                }())
                    .contains(QLatin1String("REQUESTS_CA_BUNDLE")));
    }

    void acmeDnsClientsNeedAnAccountAndGetTheirCname()
    {
        QVERIFY(ClientSnippets::acmeSh(input()).contains(QLatin1String("--acme-dns")));
        ClientSnippets::Input account = input();
        account.acmeDnsSubdomain = QStringLiteral("d420c923-bbd7-4056-ab64-c3ca54c9b3cf");
        const QString acmeSh = ClientSnippets::acmeSh(account);
        QVERIFY(acmeSh.contains(QLatin1String("export ACMEDNS_BASE_URL=\"https://certdesk.example.test:8443\"")));
        QVERIFY(acmeSh.contains(QLatin1String("export ACMEDNS_SUBDOMAIN=\"d420c923-bbd7-4056-ab64-c3ca54c9b3cf\"")));
        QVERIFY(acmeSh.contains(QLatin1String(
            "_acme-challenge.www.example.test. CNAME d420c923-bbd7-4056-ab64-c3ca54c9b3cf.acme.example.test.")));
        QVERIFY(acmeSh.contains(QLatin1String("acme.sh --issue --dns dns_acmedns -d \"www.example.test\"")));
        const QString certbot = ClientSnippets::certbot(account);
        QVERIFY(certbot.contains(
            QLatin1String("\"fulldomain\": \"d420c923-bbd7-4056-ab64-c3ca54c9b3cf.acme.example.test\"")));
        QVERIFY(certbot.contains(QLatin1String("\"www.example.test\": {")));
        QVERIFY(certbot.contains(QLatin1String("ACMEDNS_URL = \"https://certdesk.example.test:8443\"")));
    }

    void certifyGetsItsApiUrlAndClientId()
    {
        const QString text = ClientSnippets::certify(input());
        QVERIFY(text.contains(QLatin1String("https://certdesk.example.test:8443/api/v1/managedchallenge/")));
        QVERIFY(text.contains(QLatin1String("3f1c2a9e-0000-4000-8000-000000000001")));
        QVERIFY(text.contains(ClientSnippets::SecretPlaceholder));
    }

    void knowsItsClientsByName()
    {
        for (const QString &client : ClientSnippets::clients()) {
            QVERIFY2(!ClientSnippets::forClient(client, input()).isEmpty(), qPrintable(client));
        }
        QVERIFY(ClientSnippets::forClient(QStringLiteral("win-acme"), input()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientSnippets)
#include "TestClientSnippets.moc"
