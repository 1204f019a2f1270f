#include "Lab.h"
#include "LabVerify.h"
#include "support/ManualClock.h"
#include "support/ProviderRun.h"

#include "core/Clock.h"
#include "core/dns/DnsName.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/DnsProviderPool.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace std::chrono_literals;

// Stored DNS providers: settings checked and kept in dns_providers (never the credential), the
// credential in the real keychain (a private Secret Service session), and the pool building a
// working provider from both, here writing to the lab's BIND.
class TestDnsProviderPool final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
    std::shared_ptr<Store> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};

    DnsProviderConfig bindConfig() const
    {
        DnsProviderConfig config;
        config.title = QStringLiteral("Lab BIND");
        config.kind = QStringLiteral("rfc2136");
        config.settings = {{QStringLiteral("server"), QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort())},
                           {QStringLiteral("keyName"), m_lab.tsigKeyName()},
                           {QStringLiteral("zone"), m_lab.delegationZone()}};
        return config;
    }

    Result<void> storeSecret(const SecretRef &ref, const QByteArray &secret)
    {
        return ProviderRun::wait<void>([&](std::function<void(Result<void>)> done) {
            m_secrets->store(ref, secret, this, std::move(done));
        });
    }

private Q_SLOTS:

    void initTestCase()
    {
        Result<std::shared_ptr<Store>> opened = Store::open(m_dir.filePath(QStringLiteral("certdesk.sqlite")));
        QVERIFY(opened.ok());
        m_store = opened.value();
        m_secrets = std::make_unique<SecretStore>(m_store->profileId());
        LAB_VERIFY_OK(m_lab.start());
    }

    void storesCheckedSettingsWithoutTheSecret()
    {
        DnsProviderRepository repository(m_store, m_clock);
        const Result<qint64> id = repository.add(bindConfig(), true);
        LAB_VERIFY_OK(id);
        const Result<DnsProviderConfig> found = repository.find(id.value());
        LAB_VERIFY_OK(found);
        QCOMPARE(found->kind, QStringLiteral("rfc2136"));
        QCOMPARE(found->secretRef, QStringLiteral("certdesk/dns-provider/%1").arg(id.value()));
        QCOMPARE(found->settings.value(QStringLiteral("algorithm")).toString(), QStringLiteral("hmac-sha256"));
        QCOMPARE(found->settings.value(QStringLiteral("ttl")).toInt(), 60);
        QCOMPARE(found->createdAt, m_clock.now());

        DnsProviderConfig changed = found.value();
        changed.settings.insert(QStringLiteral("ttl"), 120);
        m_clock.advance(30);
        LAB_VERIFY_OK(repository.update(changed));
        QCOMPARE(repository.find(id.value())->settings.value(QStringLiteral("ttl")).toInt(), 120);
        QCOMPARE(repository.find(id.value())->updatedAt, m_clock.now());
        LAB_VERIFY_OK(repository.remove(id.value()));
        QCOMPARE(repository.find(id.value()).problem().code, QStringLiteral("provider.not-found"));
    }

    void refusesBadSettingsAndSecretsInTheSettings()
    {
        DnsProviderRepository repository(m_store, m_clock);
        DnsProviderConfig bad = bindConfig();
        bad.settings.insert(QStringLiteral("server"), QStringLiteral("not an address"));
        QCOMPARE(repository.add(bad, true).problem().code, QStringLiteral("provider.invalid-settings"));
        DnsProviderConfig leaking = bindConfig();
        leaking.settings.insert(QStringLiteral("secret"), QString::fromLatin1(m_lab.tsigSecret()));
        QCOMPARE(repository.add(leaking, true).problem().code, QStringLiteral("provider.invalid-settings"));
        DnsProviderConfig unknown = bindConfig();
        unknown.kind = QStringLiteral("route53");
        QCOMPARE(repository.add(unknown, true).problem().code, QStringLiteral("provider.unknown-kind"));
        QSqlQuery count(m_store->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM dns_providers")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    void refusesToRemoveAProviderInUse()
    {
        DnsProviderRepository repository(m_store, m_clock);
        const Result<qint64> id = repository.add(bindConfig(), true);
        LAB_VERIFY_OK(id);
        QSqlQuery use(m_store->connection());
        use.prepare(
            QStringLiteral("INSERT INTO delegation_zone (id, zone, provider_id, updated_at) VALUES (1, ?, ?, ?)"));
        use.addBindValue(m_lab.delegationZone());
        use.addBindValue(id.value());
        use.addBindValue(QStringLiteral("2026-11-23T12:00:00Z"));
        QVERIFY(use.exec());
        QCOMPARE(repository.remove(id.value()).problem().code, QStringLiteral("provider.in-use"));
        QVERIFY(QSqlQuery(m_store->connection()).exec(QStringLiteral("DELETE FROM delegation_zone")));
        LAB_VERIFY_OK(repository.remove(id.value()));
    }

    void poolBuildsAWorkingProviderFromTheRowAndTheKeychain()
    {
        DnsProviderRepository repository(m_store, m_clock);
        const Result<qint64> id = repository.add(bindConfig(), true);
        LAB_VERIFY_OK(id);
        LAB_VERIFY_OK(storeSecret(DnsProviderRepository::secretRefFor(id.value()), m_lab.tsigSecret()));
        // The credential is nowhere in the database file.
        QFile database(m_store->path());
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(m_lab.tsigSecret()));

        DnsProviderPool pool(m_store, m_secrets.get());
        DnsSettings settings;
        settings.resolvers = {DnsServer{QHostAddress::LocalHost, m_lab.bindPort()}};
        settings.authoritativePort = m_lab.bindPort();
        settings.confirmTimeout = 20s;
        pool.setDnsSettings(settings);
        const Result<DnsProvider *> provider = ProviderRun::wait<DnsProvider *>([&](auto done) {
            pool.withProvider(id.value(), std::move(done));
        });
        LAB_VERIFY_OK(provider);
        QCOMPARE(provider.value()->kind(), QStringLiteral("rfc2136"));
        const QString name = QStringLiteral("pool.") + m_lab.delegationZone();
        const QString value = ProviderRun::challengeValue();
        LAB_VERIFY_OK(ProviderRun::present(*provider.value(), name, value));
        QCOMPARE(ProviderRun::txtAt(settings.resolvers.first(), name), QStringList{value});
        LAB_VERIFY_OK(ProviderRun::cleanup(*provider.value(), name, value));

        // The second request is served from the pool: the same object.
        const Result<DnsProvider *> again = ProviderRun::wait<DnsProvider *>([&](auto done) {
            pool.withProvider(id.value(), std::move(done));
        });
        QCOMPARE(again.value(), provider.value());
    }

    // A running hub or worker keeps its pool; an edit in the window or the command line (here:
    // the repository, as another process would) reaches it at the next write, and a write
    // still running on the old provider gets its answer.
    void poolRebuildsAProviderWhoseRowChanged()
    {
        DnsProviderRepository repository(m_store, m_clock);
        const Result<qint64> id = repository.add(bindConfig(), true);
        LAB_VERIFY_OK(id);
        const SecretRef ref = DnsProviderRepository::secretRefFor(id.value());
        LAB_VERIFY_OK(storeSecret(ref, QByteArray(32, 'A').toBase64())); // a key BIND does not know
        DnsProviderPool pool(m_store, m_secrets.get());
        DnsSettings settings;
        settings.resolvers = {DnsServer{QHostAddress::LocalHost, m_lab.bindPort()}};
        settings.authoritativePort = m_lab.bindPort();
        settings.confirmTimeout = 20s;
        pool.setDnsSettings(settings);
        const auto current = [&] {
            return ProviderRun::wait<DnsProvider *>([&](auto done) {
                pool.withProvider(id.value(), std::move(done));
            });
        };
        const Result<DnsProvider *> old = current();
        LAB_VERIFY_OK(old);
        const QString name = QStringLiteral("edited.") + m_lab.delegationZone();
        const QString value = ProviderRun::challengeValue();
        std::optional<Result<void>> oldWrite;
        old.value()->present(DnsName::parse(name).value(), value, [&oldWrite](Result<void> result) {
            oldWrite = result;
        });

        // The administrator fixes the key; the write through the old provider may still run.
        LAB_VERIFY_OK(storeSecret(ref, m_lab.tsigSecret()));
        m_clock.advance(1);
        const Result<DnsProviderConfig> row = repository.find(id.value());
        LAB_VERIFY_OK(row);
        LAB_VERIFY_OK(repository.update(row.value()));
        const Result<DnsProvider *> fixed = current();
        LAB_VERIFY_OK(fixed);
        LAB_VERIFY_OK(ProviderRun::present(*fixed.value(), name, value));
        QCOMPARE(ProviderRun::txtAt(settings.resolvers.first(), name), QStringList{value});
        LAB_VERIFY_OK(ProviderRun::cleanup(*fixed.value(), name, value));
        QTRY_VERIFY_WITH_TIMEOUT(oldWrite.has_value(), 30000);
        QCOMPARE(oldWrite->problem().code, QStringLiteral("dns.update.notauth"));

        // Unchanged, it is kept.
        const Result<DnsProvider *> again = current();
        QCOMPARE(again.value(), fixed.value());
    }

    void poolReportsAMissingCredential()
    {
        DnsProviderRepository repository(m_store, m_clock);
        const Result<qint64> id = repository.add(bindConfig(), true); // secret never stored
        LAB_VERIFY_OK(id);
        DnsProviderPool pool(m_store, m_secrets.get());
        const Result<DnsProvider *> provider = ProviderRun::wait<DnsProvider *>([&](auto done) {
            pool.withProvider(id.value(), std::move(done));
        });
        QVERIFY(!provider.ok());
        QCOMPARE(provider.problem().category, Problem::Category::NotFound);
        const Result<DnsProvider *> unknown = ProviderRun::wait<DnsProvider *>([&](auto done) {
            pool.withProvider(999, std::move(done));
        });
        QCOMPARE(unknown.problem().code, QStringLiteral("provider.not-found"));
    }
};

QTEST_GUILESS_MAIN(TestDnsProviderPool)
#include "TestDnsProviderPool.moc"
