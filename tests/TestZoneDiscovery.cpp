#include "Lab.h"

#include "core/dns/ZoneAuthorityCache.h"
#include "core/dns/ZoneDiscovery.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

// Zone discovery through the lab's recursive BIND, which is also the authoritative server for
// both lab zones (on a port that is not 53, as in every lab).
class TestZoneDiscovery final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    DnsServer m_resolver;
    DnsClient m_client;

    ZoneDiscovery *discover(const QString &name, const DnsServer &resolver, ZoneAuthorityCache *cache = nullptr)
    {
        auto *discovery = new ZoneDiscovery(&m_client, resolver, DnsName::parse(name).value(), this);
        discovery->setAuthoritativePort(m_lab.bindPort());
        discovery->setCache(cache);
        QSignalSpy spy(discovery, &ZoneDiscovery::finished);
        discovery->start();
        if (spy.count() != 0) {
            qWarning() << "finished synchronously";
        }
        if (!spy.wait(10000)) {
            qWarning() << "discovery did not finish for" << name;
        }
        return discovery;
    }

    ZoneDiscovery *discover(const QString &name) { return discover(name, m_resolver); }

    static QString describe(const ZoneDiscovery *discovery)
    {
        return discovery->failed() ? discovery->problem().code + QLatin1Char(' ') + discovery->problem().message()
                                   : QString();
    }

private Q_SLOTS:

    void initTestCase()
    {
        const Result<void> started = m_lab.start();
        if (!started) {
            QFAIL(qPrintable(started.problem().message()));
        }
        m_resolver = DnsServer{QHostAddress::LocalHost, m_lab.bindPort()};
    }

    void findsApexAndNameServersForHost()
    {
        ZoneDiscovery *discovery = discover(QStringLiteral("www.example.test"));
        QVERIFY2(!discovery->failed(), qPrintable(describe(discovery)));
        const ZoneAuthority &authority = discovery->authority();
        QCOMPARE(authority.zone.ace(), QStringLiteral("example.test"));
        QCOMPARE(authority.nameServers.size(), 1);
        QCOMPARE(authority.nameServers.constFirst().name.ace(), QStringLiteral("ns.example.test"));
        QCOMPARE(authority.servers(), (QList<DnsServer>{DnsServer{QHostAddress::LocalHost, m_lab.bindPort()}}));
    }

    void aCacheKeepsTheZonesServersButStillAsksWhichZoneEachNameIsIn()
    {
        ZoneAuthorityCache cache;
        ZoneDiscovery *first = discover(QStringLiteral("_acme-challenge.one.example.test"), m_resolver, &cache);
        QVERIFY2(!first->failed(), qPrintable(describe(first)));
        QVERIFY(!first->fromCache());
        QCOMPARE(cache.size(), 1);

        ZoneDiscovery *second = discover(QStringLiteral("_acme-challenge.two.example.test"), m_resolver, &cache);
        QVERIFY2(!second->failed(), qPrintable(describe(second)));
        QVERIFY(second->fromCache());
        QCOMPARE(second->authority().zone.ace(), QStringLiteral("example.test"));
        QCOMPARE(second->authority().servers(), first->authority().servers());

        // Another zone is found by SOA, not taken from the entry of the first.
        ZoneDiscovery *other = discover(QStringLiteral("x.acme-delegation.test"), m_resolver, &cache);
        QVERIFY2(!other->failed(), qPrintable(describe(other)));
        QVERIFY(!other->fromCache());
        QCOMPARE(other->authority().zone.ace(), QStringLiteral("acme-delegation.test"));
        QCOMPARE(cache.size(), 2);
    }

    void theCacheKeepsNothingPastItsTtl()
    {
        ZoneAuthorityCache cache;
        ZoneAuthority authority;
        authority.zone = DnsName::parse(QStringLiteral("example.test")).value();
        authority.nameServers = {
            {DnsName::parse(QStringLiteral("ns.example.test")).value(), {QHostAddress::LocalHost}}};
        cache.insert(authority, std::chrono::seconds(0));
        QVERIFY(!cache.find(authority.zone, 53));
        cache.insert(authority, std::chrono::seconds(1));
        QVERIFY(cache.find(authority.zone, 53));
        QVERIFY(!cache.find(authority.zone, 5353)); // servers on another port are another entry
        QTRY_VERIFY_WITH_TIMEOUT(!cache.find(authority.zone, 53), 3000);
    }

    void findsApexWhenAskedForTheApex()
    {
        ZoneDiscovery *discovery = discover(QStringLiteral("acme-delegation.test"));
        QVERIFY2(!discovery->failed(), qPrintable(describe(discovery)));
        QCOMPARE(discovery->authority().zone.ace(), QStringLiteral("acme-delegation.test"));
    }

    void walksUpFromNamesThatDoNotExist()
    {
        ZoneDiscovery *discovery = discover(QStringLiteral("_acme-challenge.not.there.example.test"));
        QVERIFY2(!discovery->failed(), qPrintable(describe(discovery)));
        QCOMPARE(discovery->authority().zone.ace(), QStringLiteral("example.test"));
    }

    void findsZoneOfCnameOwnerNotOfItsTarget()
    {
        // _acme-challenge.delegated.example.test is a CNAME into acme-delegation.test; the
        // record to check or create lives in example.test.
        ZoneDiscovery *discovery = discover(QStringLiteral("_acme-challenge.delegated.example.test"));
        QVERIFY2(!discovery->failed(), qPrintable(describe(discovery)));
        QCOMPARE(discovery->authority().zone.ace(), QStringLiteral("example.test"));
    }

    void findsZoneOfWildcardFromItsBase()
    {
        ZoneDiscovery *discovery = discover(QStringLiteral("*.example.test"));
        QVERIFY2(!discovery->failed(), qPrintable(describe(discovery)));
        QCOMPARE(discovery->authority().zone.ace(), QStringLiteral("example.test"));
    }

    void reportsNameWithoutZone()
    {
        // The lab's local root zone answers NXDOMAIN for any other TLD.
        ZoneDiscovery *discovery = discover(QStringLiteral("www.example.invalid"));
        QVERIFY(discovery->failed());
        QCOMPARE(discovery->problem().code, QStringLiteral("dns.zone.not-found"));
        QVERIFY(discovery->problem().detail.contains(QStringLiteral("www.example.invalid")));
    }

    void reportsUnreachableResolver()
    {
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        DnsClient::Options options;
        options.timeout = std::chrono::milliseconds(100);
        options.attempts = 1;
        const DnsClient::Options saved = m_client.defaultOptions();
        m_client.setDefaultOptions(options);
        ZoneDiscovery *discovery =
            discover(QStringLiteral("www.example.test"), DnsServer{QHostAddress::LocalHost, silent.localPort()});
        m_client.setDefaultOptions(saved);
        QVERIFY(discovery->failed());
        QCOMPARE(discovery->problem().code, QStringLiteral("dns.timeout"));
    }
};

QTEST_GUILESS_MAIN(TestZoneDiscovery)
#include "TestZoneDiscovery.moc"
