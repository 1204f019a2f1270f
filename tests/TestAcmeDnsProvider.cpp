#include "Lab.h"
#include "LabVerify.h"
#include "support/HubFixture.h"
#include "support/NsupdatePublisher.h"
#include "support/ProviderRun.h"
#include "support/TestCertificates.h"

#include "core/hub/AcmeDnsController.h"
#include "core/hub/HubServer.h"
#include "core/providers/DnsProviderFactory.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace std::chrono_literals;

// The acme-dns client against a real implementation of acme-dns' published API: CertDesk's
// own hub (AcmeDnsController behind HubServer, over verified TLS), which writes to the lab's
// BIND. Registration, updates, the two rolling values, and the failures a client meets.
class TestAcmeDnsProvider final : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    QTemporaryDir m_work;
    TestCertificates m_certs;
    QString m_caBundle;
    std::unique_ptr<NsupdatePublisher> m_publisher;
    std::unique_ptr<ChallengeRelay> m_relay;
    std::unique_ptr<AcmeDnsController> m_acmeDns;
    std::unique_ptr<HubServer> m_server;
    DnsClient m_client;
    DnsServer m_bind;
    QJsonObject m_account; // the /register answer

    QString serverUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()); }

    QJsonObject registerAccount()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(serverUrl() + QStringLiteral("/register")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_certs.ca});
        request.setSslConfiguration(tls);
        QNetworkReply *reply = network.post(request, QByteArray());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    std::unique_ptr<DnsProvider>
    provider(const QByteArray &password, bool trustHubCa = true, const QString &fulldomain = {})
    {
        QJsonObject settings{
            {QStringLiteral("serverUrl"), serverUrl()},
            {QStringLiteral("username"), m_account.value(QStringLiteral("username"))},
            {QStringLiteral("subdomain"), m_account.value(QStringLiteral("subdomain"))},
            {QStringLiteral("fulldomain"),
             fulldomain.isEmpty() ? m_account.value(QStringLiteral("fulldomain")).toString() : fulldomain}};
        if (trustHubCa) {
            settings.insert(QStringLiteral("caBundle"), m_caBundle);
        }
        DnsProvider::Context context;
        context.client = &m_client;
        context.settings.resolvers = {m_bind};
        context.settings.authoritativePort = m_lab.bindPort();
        context.settings.confirmTimeout = 20s;
        Result<DnsProvider *> created =
            DnsProviderFactory::create(QStringLiteral("acme-dns"), settings, password, context);
        if (!created) {
            qWarning() << created.problem().message();
            return nullptr;
        }
        return std::unique_ptr<DnsProvider>(created.value());
    }

    QString fulldomain() const { return m_account.value(QStringLiteral("fulldomain")).toString(); }

    QByteArray password() const { return m_account.value(QStringLiteral("password")).toString().toLatin1(); }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_hub.setUp());
        LAB_VERIFY_OK(m_lab.start());
        m_bind = DnsServer{QHostAddress::LocalHost, m_lab.bindPort()};
        QVERIFY2(m_certs.make(m_work.path()), qPrintable(m_certs.error));
        QFile bundle(m_work.filePath(QStringLiteral("hub-ca.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(m_certs.ca.toPem());
        bundle.close();
        m_caBundle = bundle.fileName();

        const qint64 challenge =
            m_hub.addChallenge(QStringLiteral("Delegation zone"), QStringLiteral("*.") + m_lab.delegationZone());
        m_publisher = std::make_unique<NsupdatePublisher>(m_lab);
        m_relay = std::make_unique<ChallengeRelay>(
            *m_hub.tokens, *m_hub.challenges, *m_hub.audit, *m_publisher, Clock::system());
        AcmeDnsController::Settings settings;
        settings.zone = m_lab.delegationZone();
        settings.registrationEnabled = true;
        settings.registrationChallengeIds = {challenge};
        m_acmeDns = std::make_unique<AcmeDnsController>(*m_relay, *m_hub.tokens, *m_hub.acmeDns, settings);
        m_server = std::make_unique<HubServer>(Clock::system());
        m_server->addController(m_acmeDns.get());
        HubServer::Options options;
        options.certificate = m_certs.server;
        options.privateKey = m_certs.serverKey;
        LAB_VERIFY_OK(m_server->listen(options));
        m_account = registerAccount();
        QVERIFY2(!fulldomain().isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(m_account).toJson())));
    }

    void testsTheServer()
    {
        auto acmeDns = provider(password());
        QVERIFY(acmeDns);
        const Result<QString> tested = ProviderRun::test(*acmeDns);
        LAB_VERIFY_OK(tested);
        QVERIFY2(tested->contains(fulldomain()), qPrintable(tested.value()));
    }

    void publishesAndConfirmsTwoRollingValues()
    {
        auto acmeDns = provider(password());
        QVERIFY(acmeDns);
        const QString first = ProviderRun::challengeValue();
        const QString second = ProviderRun::challengeValue();
        const QString third = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::present(*acmeDns, fulldomain(), first));
        QCOMPARE(ProviderRun::txtAt(m_bind, fulldomain()), QStringList{first});
        LAB_VERIFY_OK(ProviderRun::present(*acmeDns, fulldomain(), second));
        QStringList both{first, second};
        both.sort();
        QCOMPARE(ProviderRun::txtAt(m_bind, fulldomain()), both); // a name and its wildcard
        LAB_VERIFY_OK(ProviderRun::present(*acmeDns, fulldomain(), third));
        QStringList latest{second, third};
        latest.sort();
        // acme-dns keeps two; the hub drops the oldest right after answering, so give it a moment.
        QTRY_COMPARE_WITH_TIMEOUT(ProviderRun::txtAt(m_bind, fulldomain()), latest, 10000);
        // acme-dns cannot delete: cleanup succeeds and leaves the values to roll out.
        LAB_VERIFY_OK(ProviderRun::cleanup(*acmeDns, fulldomain(), third));
        QCOMPARE(ProviderRun::txtAt(m_bind, fulldomain()), latest);
    }

    void wrongPasswordIsRejectedAndChangesNothing()
    {
        auto wrong = provider("not-the-password-at-all-0123456789abcdef");
        QVERIFY(wrong);
        const QStringList before = ProviderRun::txtAt(m_bind, fulldomain());
        const Result<void> presented = ProviderRun::present(*wrong, fulldomain(), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.credential-rejected"));
        QVERIFY(!presented.problem().message().contains(QStringLiteral("not-the-password")));
        QCOMPARE(ProviderRun::txtAt(m_bind, fulldomain()), before);
    }

    void refusesANameOtherThanTheAccountsOwn()
    {
        auto acmeDns = provider(password());
        QVERIFY(acmeDns);
        const Result<void> presented = ProviderRun::present(
            *acmeDns, QStringLiteral("_acme-challenge.www.") + m_lab.customerZone(), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.acme-dns.other-name"));
        QVERIFY(presented.problem().hint.contains(fulldomain()));
    }

    void untrustedCertificateIsATlsProblem()
    {
        auto untrusting = provider(password(), false);
        QVERIFY(untrusting);
        const Result<QString> tested = ProviderRun::test(*untrusting);
        QVERIFY(!tested.ok());
        QCOMPARE(tested.problem().code, QStringLiteral("provider.tls"));
    }
};

QTEST_GUILESS_MAIN(TestAcmeDnsProvider)
#include "TestAcmeDnsProvider.moc"
