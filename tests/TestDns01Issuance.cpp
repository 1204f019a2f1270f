#include "Lab.h"
#include "LabVerify.h"
#include "support/ProviderRun.h"

#include "core/Clock.h"
#include "core/acme/AccountRegistration.h"
#include "core/certificates/CertificateRepository.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/jobs/OrderQueue.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace std::chrono_literals;

// dns-01 end to end: Pebble validates through the lab's BIND, which follows each name's
// `_acme-challenge` CNAME into the delegation zone, where the Dns01Solver wrote the TXT value
// with a TSIG-signed RFC 2136 update and confirmed it at the authoritative server first.
class TestDns01Issuance final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = true, .bind = true}};
    QTemporaryDir m_dir;
    std::shared_ptr<Store> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    DelegationZone m_delegation;
    qint64 m_customerProvider = 0;

    Result<qint64> addProvider(const QString &title, const QString &zone)
    {
        DnsProviderConfig config;
        config.title = title;
        config.kind = QStringLiteral("rfc2136");
        config.settings = {{QStringLiteral("server"), QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort())},
                           {QStringLiteral("keyName"), m_lab.tsigKeyName()},
                           {QStringLiteral("algorithm"), m_lab.tsigAlgorithm()},
                           {QStringLiteral("zone"), zone}};
        const Result<qint64> id = DnsProviderRepository(m_store, Clock::system()).add(config, true);
        if (!id) {
            return id;
        }
        const Result<void> stored = ProviderRun::wait<void>([&](std::function<void(Result<void>)> done) {
            m_secrets->store(
                DnsProviderRepository::secretRefFor(id.value()), m_lab.tsigSecret(), this, std::move(done));
        });
        if (!stored) {
            return stored.problem();
        }
        return id;
    }

    Result<qint64> addEndpoint(const QStringList &names)
    {
        Endpoint endpoint;
        endpoint.names = names;
        endpoint.challengeType = QStringLiteral("dns-01");
        const Result<Endpoint> added = EndpointRepository(m_store).add(endpoint);
        return added ? Result<qint64>(added->id) : Result<qint64>(added.problem());
    }

    QString targetOf(const QString &name) const { return m_delegation.targetFor(DnsName::parse(name).value()).ace(); }

    struct Issued
    {
        bool succeeded = false;
        Problem problem;
    };

    Issued issue(qint64 endpointId)
    {
        OrderQueue queue(m_store, m_secrets.get());
        QSignalSpy finished(&queue, &OrderQueue::orderFinished);
        QSignalSpy idle(&queue, &OrderQueue::idle);
        queue.issue({endpointId});
        // Idle comes after the order's result and the solver's cleanup (which the queue's end
        // would cut short).
        if (!idle.wait(90000) || finished.isEmpty()) {
            return {false,
                    Problem::make(
                        Problem::Category::Timeout, QStringLiteral("test.timeout"), QStringLiteral("no order result"))};
        }
        return {finished.first().at(1).toBool(), finished.first().at(2).value<Problem>()};
    }

    QStringList certificateNames(qint64 endpointId) const
    {
        const Result<std::optional<IssuedCertificate>> current = CertificateRepository(m_store).current(endpointId);
        return current && current.value() ? current.value()->names : QStringList();
    }

    DnsServer bind() const { return DnsServer{QHostAddress::LocalHost, m_lab.bindPort()}; }

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        m_store = Store::open(m_dir.filePath(QStringLiteral("certdesk.sqlite"))).value();
        m_secrets = std::make_unique<SecretStore>(m_store->profileId());

        AccountRegistration::Request request;
        request.directoryUrl = m_lab.directoryUrl();
        request.email = QStringLiteral("dns01@example.test");
        request.agreeToTerms = true;
        request.caBundlePath = m_lab.caBundlePath();
        QNetworkAccessManager network;
        auto *registration = new AccountRegistration(m_store, m_secrets.get(), &network, request);
        QSignalSpy registered(registration, &AccountRegistration::finished);
        registration->start();
        QVERIFY(registered.wait(30000));
        QVERIFY2(!registration->failed(), qPrintable(registration->problem().message()));

        const Result<qint64> delegationProvider =
            addProvider(QStringLiteral("Delegation zone"), m_lab.delegationZone());
        LAB_VERIFY_OK(delegationProvider);
        m_delegation.zone = DnsName::parse(m_lab.delegationZone()).value();
        m_delegation.providerId = delegationProvider.value();
        LAB_VERIFY_OK(
            DelegationZoneRepository(m_store, Clock::system()).set(m_delegation.zone, m_delegation.providerId));
        const Result<qint64> customer = addProvider(QStringLiteral("Customer zone"), m_lab.customerZone());
        LAB_VERIFY_OK(customer);
        m_customerProvider = customer.value();

        DnsSettings settings;
        settings.resolvers = {bind()};
        settings.authoritativePort = m_lab.bindPort();
        settings.confirmTimeout = 30s;
        LAB_VERIFY_OK(settings.save(m_store));
    }

    void issuesForADelegatedInternalEndpoint()
    {
        const QString name = QStringLiteral("delegated.") + m_lab.customerZone();
        // The owner of the name delegates once: the CNAME CertDesk asks for.
        LAB_VERIFY_OK(m_lab.bindReplaceRecords(
            QStringLiteral("_acme-challenge.") + name, QStringLiteral("CNAME"), targetOf(name) + QLatin1Char('.')));
        const Result<qint64> endpoint = addEndpoint({name});
        LAB_VERIFY_OK(endpoint);
        const Issued issued = issue(endpoint.value());
        QVERIFY2(issued.succeeded, qPrintable(issued.problem.message() + QLatin1Char('\n') + issued.problem.technical));
        QCOMPARE(certificateNames(endpoint.value()), QStringList{name});
        // Cleaned up before the queue said it was idle (and so before a command would exit).
        QCOMPARE(ProviderRun::txtAt(bind(), targetOf(name)), QStringList());
    }

    void issuesForAWildcardAndItsBaseWithTwoValuesAtOneName()
    {
        const QString base = QStringLiteral("wild.") + m_lab.customerZone();
        LAB_VERIFY_OK(m_lab.bindReplaceRecords(
            QStringLiteral("_acme-challenge.") + base, QStringLiteral("CNAME"), targetOf(base) + QLatin1Char('.')));
        const Result<qint64> endpoint = addEndpoint({base, QStringLiteral("*.") + base});
        LAB_VERIFY_OK(endpoint);

        // Watch the shared TXT name while the order runs: both values must be there together.
        // Each answer asks again at once (a timer could sleep through the window on a busy
        // machine: the values coexist only from the second present until the order's cleanup).
        int most = 0;
        bool watching = true;
        DnsClient watcher;
        DnsClient::Options noRecursion;
        noRecursion.recursionDesired = false;
        std::function<void()> ask = [&] {
            watcher.lookup(
                bind(), targetOf(base), DnsRecordType::TXT, noRecursion, this, [&](const Result<DnsAnswer> &a) {
                    if (a) {
                        most = std::max(most, int(a->records(DnsRecordType::TXT).size()));
                    }
                    if (watching) {
                        ask();
                    }
                });
        };
        ask();
        const Issued issued = issue(endpoint.value());
        watching = false;
        QVERIFY2(issued.succeeded, qPrintable(issued.problem.message() + QLatin1Char('\n') + issued.problem.technical));
        QCOMPARE(certificateNames(endpoint.value()), (QStringList{base, QStringLiteral("*.") + base}));
        QCOMPARE(most, 2);
        QCOMPARE(ProviderRun::txtAt(bind(), targetOf(base)), QStringList());
    }

    void issuesThroughAManagedChallengeForANameThatIsNotDelegated()
    {
        ManagedChallenge challenge;
        challenge.title = QStringLiteral("Customer zone directly");
        challenge.providerId = m_customerProvider;
        challenge.matchRule = DomainMatchRule(QStringLiteral("api.") + m_lab.customerZone());
        LAB_VERIFY_OK(ManagedChallengeRepository(m_store, Clock::system()).add(challenge));
        const QString name = QStringLiteral("api.") + m_lab.customerZone();
        const Result<qint64> endpoint = addEndpoint({name});
        LAB_VERIFY_OK(endpoint);
        const Issued issued = issue(endpoint.value());
        QVERIFY2(issued.succeeded, qPrintable(issued.problem.message() + QLatin1Char('\n') + issued.problem.technical));
        QCOMPARE(certificateNames(endpoint.value()), QStringList{name});
        QTRY_COMPARE_WITH_TIMEOUT(
            ProviderRun::txtAt(bind(), QStringLiteral("_acme-challenge.") + name), QStringList(), 10000);
    }

    void aNameThatIsNotDelegatedFailsWithTheRecordToCreate()
    {
        const QString name = QStringLiteral("www.") + m_lab.customerZone();
        const Result<qint64> endpoint = addEndpoint({name});
        LAB_VERIFY_OK(endpoint);
        const Issued issued = issue(endpoint.value());
        QVERIFY(!issued.succeeded);
        QCOMPARE(issued.problem.code, QStringLiteral("dns01.not-delegated"));
        QVERIFY2(
            issued.problem.hint.contains(QStringLiteral("_acme-challenge.%1. CNAME %2.").arg(name, targetOf(name))),
            qPrintable(issued.problem.hint));
        QCOMPARE(ProviderRun::txtAt(bind(), targetOf(name)), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDns01Issuance)
#include "TestDns01Issuance.moc"
