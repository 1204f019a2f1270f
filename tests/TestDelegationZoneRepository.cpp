#include "support/ManualClock.h"

#include "core/endpoints/DelegationZoneRepository.h"
#include "core/store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The one delegation zone: set, replaced, read back with its provider's kind, refused when the
// provider does not exist or the zone is not a zone name.
class TestDelegationZoneRepository final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC)};
    std::shared_ptr<Store> m_store;

    qint64 addProvider(const QString &kind, const QString &settings)
    {
        QSqlQuery query(m_store->connection());
        query.prepare(QStringLiteral("INSERT INTO dns_providers (title, kind, settings, created_at, updated_at) "
                                     "VALUES ('p', ?, ?, '2026-01-01', '2026-01-01')"));
        query.addBindValue(kind);
        query.addBindValue(settings);
        return query.exec() ? query.lastInsertId().toLongLong() : 0;
    }

private Q_SLOTS:

    void initTestCase() { m_store = Store::open(m_dir.filePath(QStringLiteral("certdesk.sqlite"))).value(); }

    void setsReadsReplacesAndClears()
    {
        DelegationZoneRepository repository(m_store, m_clock);
        QVERIFY(repository.current().ok());
        QVERIFY(!repository.current().value().has_value());

        const qint64 bind = addProvider(QStringLiteral("rfc2136"), QStringLiteral("{}"));
        QVERIFY(repository.set(DnsName::parse(QStringLiteral("ACME.Corp.Example.")).value(), bind).ok());
        auto current = repository.current().value();
        QVERIFY(current.has_value());
        QCOMPARE(current->zone.ace(), QStringLiteral("acme.corp.example"));
        QCOMPARE(current->providerId, bind);
        QCOMPARE(current->providerKind, QStringLiteral("rfc2136"));
        QVERIFY(current->fixedTarget.isNull());
        QCOMPARE(current->updatedAt, m_clock.now());

        const qint64 acmeDns =
            addProvider(QStringLiteral("acme-dns"), QStringLiteral(R"({"fulldomain":"abc.auth.example.org"})"));
        m_clock.advance(60);
        QVERIFY(repository.set(DnsName::parse(QStringLiteral("auth.example.org")).value(), acmeDns).ok());
        current = repository.current().value();
        QCOMPARE(current->providerId, acmeDns);
        QCOMPARE(current->fixedTarget.ace(), QStringLiteral("abc.auth.example.org"));
        QCOMPARE(current->targetFor(DnsName::parse(QStringLiteral("x.example.com")).value()).ace(),
                 QStringLiteral("abc.auth.example.org"));

        QVERIFY(repository.clear().ok());
        QVERIFY(!repository.current().value().has_value());
    }

    void refusesAMissingProviderOrANonZone()
    {
        DelegationZoneRepository repository(m_store, m_clock);
        QCOMPARE(repository.set(DnsName::parse(QStringLiteral("acme.example.com")).value(), 4242).problem().code,
                 QStringLiteral("delegation.storage"));
        const qint64 bind = addProvider(QStringLiteral("rfc2136"), QStringLiteral("{}"));
        QCOMPARE(repository.set(DnsName::parse(QStringLiteral("*.example.com")).value(), bind).problem().code,
                 QStringLiteral("delegation.bad-zone"));
        QCOMPARE(repository.set(DnsName::parse(QStringLiteral("com")).value(), bind).problem().code,
                 QStringLiteral("delegation.bad-zone"));
        QVERIFY(!repository.current().value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestDelegationZoneRepository)
#include "TestDelegationZoneRepository.moc"
