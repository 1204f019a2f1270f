#include "core/dns/DnsSettings.h"
#include "core/store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The DNS settings every thread reads from the profile database, and the system's resolvers
// read from resolv.conf as the default (read, never used through the system resolver).
class TestDnsSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:

    void readsNameserverLinesFromResolvConf()
    {
        QFile conf(m_dir.filePath(QStringLiteral("resolv.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("# generated\nsearch example.com\nnameserver 192.0.2.53\nnameserver 2001:db8::53\n"
                   "nameserver 192.0.2.53\noptions edns0\nnameserver not-an-address\n");
        conf.close();
        const QList<DnsServer> servers = DnsSettings::systemResolvers(conf.fileName());
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.at(0).toString(), QStringLiteral("192.0.2.53:53"));
        QCOMPARE(servers.at(1).toString(), QStringLiteral("[2001:db8::53]:53"));
        QVERIFY(DnsSettings::systemResolvers(m_dir.filePath(QStringLiteral("missing"))).isEmpty());
    }

    void savesAndLoadsEveryField()
    {
        const std::shared_ptr<Store> store = Store::open(m_dir.filePath(QStringLiteral("certdesk.sqlite"))).value();
        DnsSettings settings;
        settings.resolvers = {DnsServer::parse(QStringLiteral("127.0.0.1:5353")).value(),
                              DnsServer::parse(QStringLiteral("[::1]:53")).value()};
        settings.authoritativePort = 5353;
        settings.confirmTimeout = std::chrono::seconds(42);
        settings.caaIdentities = {QStringLiteral("letsencrypt.org")};
        settings.watchInterval = std::chrono::seconds(600);
        QVERIFY(settings.save(store).ok());
        const Result<DnsSettings> loaded = DnsSettings::load(store);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->resolvers, settings.resolvers);
        QCOMPARE(loaded->authoritativePort, quint16(5353));
        QCOMPARE(loaded->confirmTimeout.count(), 42);
        QCOMPARE(loaded->caaIdentities, settings.caaIdentities);
        QCOMPARE(loaded->watchInterval.count(), 600);

        // A damaged row is ignored, the rest still applies.
        QSqlQuery damage(store->connection());
        QVERIFY(damage.exec(
            QStringLiteral("UPDATE dns_settings SET value = '\"seventy\"' WHERE key = 'authoritative_port'")));
        QCOMPARE(DnsSettings::load(store)->authoritativePort, quint16(53));
        QCOMPARE(DnsSettings::load(store)->watchInterval.count(), 600);
    }

    void defaultsCheckEverySixHoursOnPort53()
    {
        const DnsSettings defaults;
        QCOMPARE(defaults.authoritativePort, quint16(53));
        QCOMPARE(defaults.watchInterval.count(), 6 * 3600);
        QVERIFY(defaults.caaIdentities.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDnsSettings)
#include "TestDnsSettings.moc"
