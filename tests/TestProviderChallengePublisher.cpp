#include "Lab.h"
#include "LabVerify.h"
#include "support/HubFixture.h"
#include "support/ProviderRun.h"

#include "app/ChallengePublishers.h"
#include "core/hub/HttpReqController.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/providers/ProviderChallengePublisher.h"
#include "core/secrets/SecretStore.h"

#include <QJsonDocument>

using namespace std::chrono_literals;

// The hub's ChallengePublisher backed by the real providers: the managed challenge's provider
// row and its keychain credential write to the lab's BIND, and a value is confirmed at the
// authoritative server before the hub answers its client.
class TestProviderChallengePublisher final : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProviderChallengePublisher> m_publisher;
    ManagedChallenge m_challenge;
    DnsServer m_bind;

    Result<void> publish(bool present, const ManagedChallenge &challenge, const QString &fqdn, const QString &value)
    {
        return ProviderRun::wait<void>([&](ChallengePublisher::Done done) {
            if (present) {
                m_publisher->present(challenge, fqdn, value, std::move(done));
            } else {
                m_publisher->cleanup(challenge, fqdn, value, std::move(done));
            }
        });
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_hub.setUp());
        LAB_VERIFY_OK(m_lab.start());
        m_bind = DnsServer{QHostAddress::LocalHost, m_lab.bindPort()};
        m_secrets = std::make_unique<SecretStore>(m_hub.store->profileId());

        DnsProviderConfig config;
        config.title = QStringLiteral("Lab BIND");
        config.kind = QStringLiteral("rfc2136");
        config.settings = {{QStringLiteral("server"), m_bind.toString()},
                           {QStringLiteral("keyName"), m_lab.tsigKeyName()}};
        const Result<qint64> provider = DnsProviderRepository(m_hub.store, m_hub.clock).add(config, true);
        LAB_VERIFY_OK(provider);
        LAB_VERIFY_OK(ProviderRun::wait<void>([&](std::function<void(Result<void>)> done) {
            m_secrets->store(
                DnsProviderRepository::secretRefFor(provider.value()), m_lab.tsigSecret(), this, std::move(done));
        }));
        DnsSettings settings;
        settings.resolvers = {m_bind};
        settings.authoritativePort = m_lab.bindPort();
        settings.confirmTimeout = 20s;
        LAB_VERIFY_OK(settings.save(m_hub.store));

        m_challenge.title = QStringLiteral("Customer zone");
        m_challenge.providerId = provider.value();
        m_challenge.matchRule = DomainMatchRule(QStringLiteral("*.") + m_lab.customerZone());
        const Result<qint64> id = m_hub.challenges->add(m_challenge);
        LAB_VERIFY_OK(id);
        m_challenge.id = id.value();
        m_publisher = std::make_unique<ProviderChallengePublisher>(m_hub.store, m_secrets.get());
    }

    void presentsTwoValuesAndCleansUpOne()
    {
        const QString fqdn = QStringLiteral("_acme-challenge.www.") + m_lab.customerZone();
        const QString first = ProviderRun::challengeValue();
        const QString second = ProviderRun::challengeValue();
        LAB_VERIFY_OK(publish(true, m_challenge, fqdn, first));
        LAB_VERIFY_OK(publish(true, m_challenge, fqdn, second));
        QStringList both{first, second};
        both.sort();
        QCOMPARE(ProviderRun::txtAt(m_bind, fqdn), both);
        LAB_VERIFY_OK(publish(false, m_challenge, fqdn, first));
        QCOMPARE(ProviderRun::txtAt(m_bind, fqdn), QStringList{second});
        LAB_VERIFY_OK(publish(false, m_challenge, fqdn, first)); // idempotent
        LAB_VERIFY_OK(publish(false, m_challenge, fqdn, second));
        QCOMPARE(ProviderRun::txtAt(m_bind, fqdn), QStringList());
    }

    void aChallengeWithoutAWorkingProviderFailsWithoutASecret()
    {
        ManagedChallenge orphan = m_challenge;
        orphan.title = QStringLiteral("Orphan");
        orphan.providerId = 4242;
        const Result<void> presented =
            publish(true, orphan, QStringLiteral("_acme-challenge.x.example.test"), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.not-found"));
        QVERIFY(presented.problem().technical.contains(QStringLiteral("Orphan")));
        QVERIFY(!presented.problem().technical.contains(QString::fromLatin1(m_lab.tsigSecret())));
    }

    void theApplicationsWiringPointMakesProviderBackedPublishers()
    {
        // What the GUI, --headless and `certdesk hub` hand the hub (app/ChallengePublishers).
        const HubService::PublisherFactory factory = challengePublisherFactory(m_hub.store, m_secrets.get());
        QVERIFY(factory);
        const std::shared_ptr<ChallengePublisher> publisher = factory(m_challenge);
        QVERIFY(dynamic_cast<ProviderChallengePublisher *>(publisher.get()));
        const QString fqdn = QStringLiteral("_acme-challenge.factory.") + m_lab.customerZone();
        const QString value = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::wait<void>([&](ChallengePublisher::Done done) {
            publisher->present(m_challenge, fqdn, value, std::move(done));
        }));
        QCOMPARE(ProviderRun::txtAt(m_bind, fqdn), QStringList{value});
        LAB_VERIFY_OK(ProviderRun::wait<void>([&](ChallengePublisher::Done done) {
            publisher->cleanup(m_challenge, fqdn, value, std::move(done));
        }));
    }

    void theHubAnswersOnlyOnceTheRecordIsServed()
    {
        ChallengeRelay relay(*m_hub.tokens, *m_hub.challenges, *m_hub.audit, *m_publisher, m_hub.clock);
        HttpReqController controller(relay);
        const ApiTokenStore::Issued token = m_hub.issue(QStringLiteral("lego-on-build-01"), {m_challenge.id});
        const QString value = ProviderRun::challengeValue();
        const QString fqdn = QStringLiteral("_acme-challenge.api.") + m_lab.customerZone();
        HubRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/present");
        request.remoteAddress = QHostAddress::LocalHost;
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("fqdn"), QString(fqdn + QLatin1Char('.'))},
                                                 {QStringLiteral("value"), value}})
                           .toJson(QJsonDocument::Compact);
        request.headers.append(
            {"Authorization", "Basic " + QByteArray(token.token.clientId.toUtf8() + ':' + token.secret).toBase64()});
        const HubResponse presented = call(controller, request);
        QCOMPARE(presented.status, 200);
        QCOMPARE(ProviderRun::txtAt(m_bind, fqdn), QStringList{value}); // already there: no waiting

        request.path = QStringLiteral("/cleanup");
        QCOMPARE(call(controller, request).status, 200);
        QCOMPARE(ProviderRun::txtAt(m_bind, fqdn), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestProviderChallengePublisher)
#include "TestProviderChallengePublisher.moc"
