#include "Lab.h"
#include "LabVerify.h"
#include "support/ProviderRun.h"

#include "core/providers/DnsProviderFactory.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;

// The PowerDNS provider against the lab's real PowerDNS Authoritative: its HTTP API writes,
// its DNS port serves (and confirms) what was written.
class TestPowerDnsProvider final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = false, .powerDns = true}};
    DnsClient m_client;
    DnsServer m_dns;

    std::unique_ptr<DnsProvider> provider(const QJsonObject &extra = {}, const QByteArray &key = {})
    {
        QJsonObject settings{{QStringLiteral("apiUrl"), m_lab.powerDnsApiUrl().toString()}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            settings.insert(it.key(), it.value());
        }
        DnsProvider::Context context;
        context.client = &m_client;
        context.settings.resolvers = {m_dns};
        context.settings.authoritativePort = m_lab.powerDnsPort();
        context.settings.confirmTimeout = 20s;
        Result<DnsProvider *> created = DnsProviderFactory::create(
            QStringLiteral("powerdns"), settings, key.isEmpty() ? m_lab.powerDnsApiKey() : key, context);
        if (!created) {
            qWarning() << created.problem().message();
            return nullptr;
        }
        return std::unique_ptr<DnsProvider>(created.value());
    }

    QString name(const QString &label) const { return label + QLatin1Char('.') + m_lab.powerDnsZone(); }

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        m_dns = DnsServer{QHostAddress::LocalHost, m_lab.powerDnsPort()};
    }

    void presentsTwoValuesAtOneNameAndConfirmsThem()
    {
        auto pdns = provider();
        QVERIFY(pdns);
        const QString owner = name(QStringLiteral("_acme-challenge.www"));
        const QString first = ProviderRun::challengeValue();
        const QString second = ProviderRun::challengeValue();
        // Started together: the read-modify-write of the record set must not lose one.
        auto a = std::make_shared<std::optional<Result<void>>>();
        auto b = std::make_shared<std::optional<Result<void>>>();
        pdns->present(DnsName::parse(owner).value(), first, [a](Result<void> r) {
            a->emplace(r);
        });
        pdns->present(DnsName::parse(owner).value(), second, [b](Result<void> r) {
            b->emplace(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(a->has_value() && b->has_value(), 30000);
        LAB_VERIFY_OK(**a);
        LAB_VERIFY_OK(**b);
        QStringList both{first, second};
        both.sort();
        QCOMPARE(ProviderRun::txtAt(m_dns, owner), both);

        LAB_VERIFY_OK(ProviderRun::cleanup(*pdns, owner, first));
        QTRY_COMPARE_WITH_TIMEOUT(ProviderRun::txtAt(m_dns, owner), QStringList{second}, 10000);
        LAB_VERIFY_OK(ProviderRun::cleanup(*pdns, owner, second));
        LAB_VERIFY_OK(ProviderRun::cleanup(*pdns, owner, second)); // idempotent
        QTRY_COMPARE_WITH_TIMEOUT(ProviderRun::txtAt(m_dns, owner), QStringList(), 10000);
    }

    void usesTheConfiguredZone()
    {
        auto pdns = provider({{QStringLiteral("zone"), m_lab.powerDnsZone()}});
        QVERIFY(pdns);
        const Result<QString> tested = ProviderRun::test(*pdns);
        LAB_VERIFY_OK(tested);
        QVERIFY2(tested->contains(m_lab.powerDnsZone()), qPrintable(tested.value()));
        const QString owner = name(QStringLiteral("configured"));
        const QString value = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::present(*pdns, owner, value));
        QCOMPARE(ProviderRun::txtAt(m_dns, owner), QStringList{value});
        LAB_VERIFY_OK(ProviderRun::cleanup(*pdns, owner, value));
    }

    void rejectedApiKeyIsAClearProblemAndChangesNothing()
    {
        auto wrong = provider({}, "not-the-key");
        QVERIFY(wrong);
        const Result<QString> tested = ProviderRun::test(*wrong);
        QVERIFY(!tested.ok());
        QCOMPARE(tested.problem().code, QStringLiteral("provider.credential-rejected"));
        QVERIFY(!tested.problem().message().contains(QStringLiteral("not-the-key")));
        const QString owner = name(QStringLiteral("rejected"));
        const Result<void> presented = ProviderRun::present(*wrong, owner, ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.credential-rejected"));
        QCOMPARE(ProviderRun::txtAt(m_dns, owner), QStringList());
    }

    void unknownZoneIsNamed()
    {
        auto pdns = provider();
        QVERIFY(pdns);
        const Result<void> presented = ProviderRun::present(
            *pdns, QStringLiteral("_acme-challenge.elsewhere.test"), ProviderRun::challengeValue());
        QVERIFY(!presented.ok());
        QCOMPARE(presented.problem().code, QStringLiteral("provider.zone-not-found"));
        QVERIFY(presented.problem().detail.contains(QStringLiteral("elsewhere.test")));
    }

    void unreachableApiIsNamed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        auto down = provider({{QStringLiteral("apiUrl"), QStringLiteral("http://127.0.0.1:%1").arg(port)}});
        QVERIFY(down);
        const Result<QString> tested = ProviderRun::test(*down);
        QVERIFY(!tested.ok());
        QCOMPARE(tested.problem().code, QStringLiteral("provider.unreachable"));
        QVERIFY(tested.problem().title.contains(QStringLiteral("PowerDNS")));
    }
};

QTEST_GUILESS_MAIN(TestPowerDnsProvider)
#include "TestPowerDnsProvider.moc"
