#include "Lab.h"
#include "LabVerify.h"
#include "support/ProviderRun.h"

#include "core/dns/TxtConfirmation.h"
#include "core/providers/DnsProviderFactory.h"
#include "core/providers/Rfc2136Provider.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;

// The RFC 2136 provider against the lab's BIND: TSIG-signed updates, the value confirmed at
// the zone's authoritative server (on the lab's port), two values at one name, bad input.
class TestRfc2136Provider final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    DnsClient m_client;
    DnsServer m_bind;

    DnsProvider::Context context(std::chrono::seconds confirmTimeout = 20s)
    {
        DnsProvider::Context context;
        context.client = &m_client;
        context.settings.resolvers = {m_bind};
        context.settings.authoritativePort = m_lab.bindPort();
        context.settings.confirmTimeout = confirmTimeout;
        return context;
    }

    QJsonObject settings(const QString &zone = {}) const
    {
        QJsonObject settings{{QStringLiteral("server"), m_bind.toString()},
                             {QStringLiteral("keyName"), m_lab.tsigKeyName()},
                             {QStringLiteral("algorithm"), m_lab.tsigAlgorithm()}};
        if (!zone.isEmpty()) {
            settings.insert(QStringLiteral("zone"), zone);
        }
        return settings;
    }

    std::unique_ptr<DnsProvider> provider(const QJsonObject &settings, const QByteArray &secret)
    {
        Result<DnsProvider *> created =
            DnsProviderFactory::create(QStringLiteral("rfc2136"), settings, secret, context());
        if (!created) {
            qWarning() << created.problem().message();
            return nullptr;
        }
        return std::unique_ptr<DnsProvider>(created.value());
    }

    QString delegated(const QString &label) const { return label + QLatin1Char('.') + m_lab.delegationZone(); }

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        m_bind = DnsServer{QHostAddress::LocalHost, m_lab.bindPort()};
    }

    void presentsAndConfirmsAtTheAuthoritativeServer()
    {
        auto bind = provider(settings(), m_lab.tsigSecret());
        QVERIFY(bind);
        const QString name = delegated(QStringLiteral("present"));
        const QString value = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::present(*bind, name, value));
        // Done means served: no waiting here.
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList{value});
    }

    void everyOfferedAlgorithmUpdatesTheRealServer_data()
    {
        QTest::addColumn<QString>("algorithm");
        for (const QString &algorithm : m_lab.extraTsigAlgorithms()) {
            QTest::newRow(qPrintable(algorithm)) << algorithm;
        }
    }

    void everyOfferedAlgorithmUpdatesTheRealServer()
    {
        QFETCH(QString, algorithm);
        QJsonObject keyed = settings();
        keyed.insert(QStringLiteral("keyName"), m_lab.extraTsigKeyName(algorithm));
        keyed.insert(QStringLiteral("algorithm"), algorithm);
        auto bind = provider(keyed, m_lab.extraTsigSecret(algorithm));
        QVERIFY(bind);
        LAB_VERIFY_OK(ProviderRun::test(*bind));
        const QString name = delegated(QStringLiteral("algorithm-") + algorithm);
        const QString value = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::present(*bind, name, value));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList{value});
        LAB_VERIFY_OK(ProviderRun::cleanup(*bind, name, value));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList{});

        // The same key name with another algorithm's MAC is refused by BIND (BADKEY/BADSIG).
        keyed.insert(QStringLiteral("algorithm"), QStringLiteral("hmac-sha256"));
        auto mismatched = provider(keyed, m_lab.extraTsigSecret(algorithm));
        QVERIFY(mismatched);
        QVERIFY(!ProviderRun::present(*mismatched, name, ProviderRun::challengeValue()));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList{});
    }

    void keepsTwoValuesAtOneNameAndCleansUpOnlyOne()
    {
        auto bind = provider(settings(m_lab.delegationZone()), m_lab.tsigSecret());
        QVERIFY(bind);
        const QString name = delegated(QStringLiteral("two-values"));
        const QString base = ProviderRun::challengeValue();
        const QString wildcard = ProviderRun::challengeValue();
        // Both at once, as a name and its wildcard in one order.
        auto first = std::make_shared<std::optional<Result<void>>>();
        auto second = std::make_shared<std::optional<Result<void>>>();
        bind->present(DnsName::parse(name).value(), base, [first](Result<void> r) {
            first->emplace(r);
        });
        bind->present(DnsName::parse(name).value(), wildcard, [second](Result<void> r) {
            second->emplace(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(first->has_value() && second->has_value(), 20000);
        LAB_VERIFY_OK(**first);
        LAB_VERIFY_OK(**second);
        QStringList both{base, wildcard};
        both.sort();
        QCOMPARE(ProviderRun::txtAt(m_bind, name), both);

        LAB_VERIFY_OK(ProviderRun::cleanup(*bind, name, base));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList{wildcard});
        // Idempotent: removing it again, or adding the remaining one again, changes nothing.
        LAB_VERIFY_OK(ProviderRun::cleanup(*bind, name, base));
        LAB_VERIFY_OK(ProviderRun::present(*bind, name, wildcard));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList{wildcard});
        LAB_VERIFY_OK(ProviderRun::cleanup(*bind, name, wildcard));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList());
    }

    void manyWritesAtOnceWaitForAConnectionAndAllLand()
    {
        // More than MaxUpdatesInFlight at once: the rest queue, none is lost or answered twice.
        auto bind = provider(settings(), m_lab.tsigSecret());
        QVERIFY(bind);
        const int count = 3 * Rfc2136Provider::MaxUpdatesInFlight + 1;
        auto results = std::make_shared<QList<Result<void>>>();
        QStringList names;
        QStringList values;
        for (int i = 0; i < count; ++i) {
            names << delegated(QStringLiteral("burst%1").arg(i));
            values << ProviderRun::challengeValue();
            bind->present(DnsName::parse(names.last()).value(), values.last(), [results](Result<void> r) {
                *results << r;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(results->size(), count, 30000);
        for (const Result<void> &result : std::as_const(*results)) {
            LAB_VERIFY_OK(result);
        }
        for (int i = 0; i < count; ++i) {
            QCOMPARE(ProviderRun::txtAt(m_bind, names.at(i)), QStringList{values.at(i)});
            LAB_VERIFY_OK(ProviderRun::cleanup(*bind, names.at(i), values.at(i)));
        }
        QTest::qWait(100);
        QCOMPARE(results->size(), count);
    }

    void findsTheZoneOfANameInTheCustomerZone()
    {
        auto bind = provider(settings(), m_lab.tsigSecret());
        QVERIFY(bind);
        const QString name = QStringLiteral("_acme-challenge.www.") + m_lab.customerZone();
        const QString value = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::present(*bind, name, value));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList{value});
        LAB_VERIFY_OK(ProviderRun::cleanup(*bind, name, value));
    }

    void testsTheConnectionWithoutChangingAnything()
    {
        auto bind = provider(settings(m_lab.delegationZone()), m_lab.tsigSecret());
        QVERIFY(bind);
        const Result<QString> tested = ProviderRun::test(*bind);
        LAB_VERIFY_OK(tested);
        QVERIFY2(tested->contains(m_lab.delegationZone()) && tested->contains(m_lab.tsigKeyName()),
                 qPrintable(tested.value()));
    }

    void withoutAZoneTheTestProvesTheServerAnswers()
    {
        auto bind = provider(settings(), m_lab.tsigSecret());
        QVERIFY(bind);
        const Result<QString> tested = ProviderRun::test(*bind);
        LAB_VERIFY_OK(tested);
        QVERIFY2(tested->contains(QStringLiteral("first update")), qPrintable(tested.value()));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QJsonObject down = settings();
        down.insert(QStringLiteral("server"), QStringLiteral("127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        DnsClient quick;
        DnsClient::Options options;
        options.timeout = std::chrono::milliseconds(200);
        options.attempts = 1;
        quick.setDefaultOptions(options);
        DnsProvider::Context fast = context();
        fast.client = &quick;
        Result<DnsProvider *> created =
            DnsProviderFactory::create(QStringLiteral("rfc2136"), down, m_lab.tsigSecret(), fast);
        QVERIFY(created.ok());
        std::unique_ptr<DnsProvider> nobody(created.value());
        QVERIFY(!ProviderRun::test(*nobody).ok());
    }

    void rejectedKeyIsAClearProblemAndChangesNothing()
    {
        auto wrong = provider(settings(m_lab.delegationZone()), QByteArray(32, 'A').toBase64());
        QVERIFY(wrong);
        const Result<QString> tested = ProviderRun::test(*wrong);
        QVERIFY(!tested.ok());
        QCOMPARE(tested.problem().code, QStringLiteral("dns.update.notauth"));
        QVERIFY(!tested.problem().message().contains(QString::fromLatin1(QByteArray(32, 'A').toBase64())));

        const QString name = delegated(QStringLiteral("rejected"));
        const Result<void> presented = ProviderRun::present(*wrong, name, ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("dns.update.notauth"));
        QCOMPARE(ProviderRun::txtAt(m_bind, name), QStringList());
    }

    void secretThatIsNotBase64IsRefusedBeforeAnythingIsSent()
    {
        const Result<DnsProvider *> created =
            DnsProviderFactory::create(QStringLiteral("rfc2136"), settings(), "this is not base64!", context());
        QVERIFY(!created.ok());
        QCOMPARE(created.problem().code, QStringLiteral("provider.invalid-settings"));
        QVERIFY(created.problem().detail.contains(QStringLiteral("base64")));
        QVERIFY(!created.problem().message().contains(QStringLiteral("this is not base64!")));
    }

    void unreachableServerIsNamed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QJsonObject s = settings(m_lab.delegationZone());
        s.insert(QStringLiteral("server"), QStringLiteral("127.0.0.1:%1").arg(port));
        auto down = provider(s, m_lab.tsigSecret());
        QVERIFY(down);
        const Result<void> presented =
            ProviderRun::present(*down, delegated(QStringLiteral("down")), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("dns.network"));
        QVERIFY2(presented.problem().message().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(presented.problem().message()));
    }

    void nameOutsideTheConfiguredZoneIsRefused()
    {
        auto bind = provider(settings(m_lab.delegationZone()), m_lab.tsigSecret());
        QVERIFY(bind);
        const Result<void> presented =
            ProviderRun::present(*bind, QStringLiteral("_acme-challenge.other.test"), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.outside-zone"));
    }

    void nameNoZoneOfTheServerHoldsIsRefused()
    {
        auto bind = provider(settings(), m_lab.tsigSecret());
        QVERIFY(bind);
        const Result<void> presented = ProviderRun::present(
            *bind, QStringLiteral("_acme-challenge.nowhere.invalid"), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.zone-not-found"));
    }

    void badValuesNeverReachTheServer()
    {
        auto bind = provider(settings(), m_lab.tsigSecret());
        QVERIFY(bind);
        for (const QString &value :
             {QString(), QStringLiteral("with space"), QStringLiteral("quote\""), QString(256, QLatin1Char('a'))}) {
            const Result<void> presented = ProviderRun::present(*bind, delegated(QStringLiteral("bad")), value);
            QVERIFY(!presented.ok());
            QCOMPARE(presented.problem().code, QStringLiteral("provider.bad-value"));
        }
    }

    void confirmationGivesUpAfterItsDeadlineNamingTheServers()
    {
        auto *confirmation = new TxtConfirmation(&m_client,
                                                 DnsName::parse(delegated(QStringLiteral("never-written"))).value(),
                                                 QStringLiteral("value"),
                                                 this);
        confirmation->setResolver(m_bind, m_lab.bindPort());
        confirmation->setTimeout(1500ms);
        QSignalSpy spy(confirmation, &TxtConfirmation::finished);
        confirmation->start();
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.count(), 1);
        QVERIFY(confirmation->failed());
        QCOMPARE(confirmation->problem().code, QStringLiteral("dns.confirm.not-visible"));
        QVERIFY2(confirmation->problem().detail.contains(m_bind.toString()),
                 qPrintable(confirmation->problem().detail));
        delete confirmation;
    }

    void confirmationAsksAgainUntilTheValueIsServed()
    {
        const QString name = delegated(QStringLiteral("written-later"));
        const QString value = ProviderRun::challengeValue();
        auto *confirmation = new TxtConfirmation(&m_client, DnsName::parse(name).value(), value, this);
        confirmation->setResolver(m_bind, m_lab.bindPort());
        confirmation->setTimeout(60s);
        QSignalSpy spy(confirmation, &TxtConfirmation::finished);
        confirmation->start();
        // A second round has begun only after the first one found nothing.
        QTRY_VERIFY_WITH_TIMEOUT(confirmation->rounds() >= 2, 30000);
        QCOMPARE(spy.count(), 0);
        auto bind = provider(settings(), m_lab.tsigSecret());
        QVERIFY(bind);
        LAB_VERIFY_OK(ProviderRun::present(*bind, name, value));
        QVERIFY(spy.count() == 1 || spy.wait(30000));
        QVERIFY2(!confirmation->failed(), qPrintable(confirmation->problem().detail));
        delete confirmation;
        LAB_VERIFY_OK(ProviderRun::cleanup(*bind, name, value));
    }

    void confirmationWithoutAResolverSaysWhatToConfigure()
    {
        DnsProvider::Context noResolver = context();
        noResolver.settings.resolvers.clear();
        Result<DnsProvider *> created =
            DnsProviderFactory::create(QStringLiteral("rfc2136"), settings(), m_lab.tsigSecret(), noResolver);
        QVERIFY(created.ok());
        std::unique_ptr<DnsProvider> bind(created.value());
        const Result<void> presented =
            ProviderRun::present(*bind, delegated(QStringLiteral("no-resolver")), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("dns.confirm.no-resolver"));
        QVERIFY(presented.problem().hint.contains(QStringLiteral("--resolver")));
    }
};

QTEST_GUILESS_MAIN(TestRfc2136Provider)
#include "TestRfc2136Provider.moc"
