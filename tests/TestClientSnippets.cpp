#include "core/hub/ClientSnippets.h"
#include "core/hub/HubSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

    void legoAcmeDnsGetsItsAccountFileFilledIn()
    {
        QVERIFY(ClientSnippets::legoAcmeDns(input()).contains(QLatin1String("--acme-dns")));
        ClientSnippets::Input account = input();
        account.acmeDnsSubdomain = QStringLiteral("d420c923-bbd7-4056-ab64-c3ca54c9b3cf");
        const QString text = ClientSnippets::legoAcmeDns(account);
        QVERIFY(text.contains(QLatin1String("export ACME_DNS_API_BASE=\"https://certdesk.example.test:8443\"")));
        QVERIFY(text.contains(QLatin1String("export ACME_DNS_STORAGE_PATH=")));
        QVERIFY(text.contains(QLatin1String("--dns acme-dns --domains \"www.example.test\"")));
        QVERIFY(text.contains(QLatin1String(
            "_acme-challenge.www.example.test. CNAME d420c923-bbd7-4056-ab64-c3ca54c9b3cf.acme.example.test.")));
        // The storage file is goacmedns' format, keyed by the domain, without the real secret.
        const qsizetype start = text.indexOf(QLatin1Char('{'));
        const qsizetype end = text.lastIndexOf(QLatin1Char('}'));
        const QJsonObject storage = QJsonDocument::fromJson(text.mid(start, end - start + 1).toUtf8()).object();
        const QJsonObject entry = storage.value(QStringLiteral("www.example.test")).toObject();
        QCOMPARE(entry.value(QStringLiteral("username")).toString(), account.clientId);
        QCOMPARE(entry.value(QStringLiteral("password")).toString(), ClientSnippets::SecretPlaceholder);
        QCOMPARE(entry.value(QStringLiteral("subdomain")).toString(), account.acmeDnsSubdomain);
        QCOMPARE(entry.value(QStringLiteral("fulldomain")).toString(),
                 QStringLiteral("d420c923-bbd7-4056-ab64-c3ca54c9b3cf.acme.example.test"));
        QCOMPARE(entry.value(QStringLiteral("server_url")).toString(),
                 QStringLiteral("https://certdesk.example.test:8443"));
    }

    void theHubsSideComesFromItsSettings()
    {
        QTemporaryDir dir;
        HubSettings hub;
        hub.dataDir = dir.path();
        hub.publicUrl = QUrl(QStringLiteral("https://certdesk.example.test:8443"));
        hub.acmeDnsZone = QStringLiteral("acme.example.test");
        ClientSnippets::Input input = ClientSnippets::forHub(hub);
        QCOMPARE(input.hubUrl, hub.publicUrl);
        QCOMPARE(input.acmeDnsZone, hub.acmeDnsZone);
        QCOMPARE(input.certificatePath, hub.selfSignedCertificatePath());
        QVERIFY(input.certificateFingerprint.contains(QLatin1String("not made yet"))); // no certificate yet

        hub.certificateSource = HubSettings::CertificateSource::Endpoint;
        hub.endpointId = 1;
        input = ClientSnippets::forHub(hub);
        QVERIFY(input.certificatePath.isEmpty()); // an endpoint's certificate is publicly trusted
        QVERIFY(input.certificateFingerprint.isEmpty());
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
