#include "Lab.h"
#include "LabVerify.h"

#include "core/dns/DelegationLabel.h"
#include "core/dns/RecordCheck.h"
#include "core/endpoints/RequiredRecords.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// Every status of the live check, produced by changing the lab's BIND zones for real.
// A second lab BIND plays a resolver that still serves an old answer: it is authoritative for
// the same zones with the old data, which on the wire is exactly what a stale cache returns.
class TestRecordCheck final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};
    DnsClient m_client;
    DnsServer m_bind;
    DelegationZone m_delegation;
    const QStringList m_ca{QStringLiteral("pebble.test")};

    static DnsName name(const QString &text) { return DnsName::parse(text).value(); }

    QString host(const QString &label) const { return label + QLatin1Char('.') + m_lab.customerZone(); }

    // The challenge record CertDesk requires for `hostName`.
    RequiredRecord challenge(const QString &hostName, const QStringList &extraNames = {}) const
    {
        Endpoint endpoint;
        endpoint.names = QStringList{hostName} + extraNames;
        return RequiredRecords::forEndpoint(endpoint, m_delegation).value().first();
    }

    QString targetOf(const QString &hostName) const { return m_delegation.targetFor(name(hostName)).ace(); }

    RequiredRecord traffic(const QString &hostName, const QString &target, bool apex = false) const
    {
        Endpoint endpoint;
        endpoint.names = {hostName};
        endpoint.challengeType = QStringLiteral("http-01");
        endpoint.exposure = Endpoint::Exposure::External;
        endpoint.targetHost = target;
        return RequiredRecords::forEndpoint(endpoint,
                                            std::nullopt,
                                            [apex](const DnsName &) {
                                                return std::optional<bool>(apex);
                                            })
            .value()
            .first();
    }

    QList<RecordStatus> check(const QList<RequiredRecord> &records,
                              const QList<DnsServer> &resolvers = {},
                              DnsClient *client = nullptr,
                              std::chrono::milliseconds timeout = 1500ms)
    {
        RecordCheck::Options options;
        options.resolvers = resolvers.isEmpty() ? QList<DnsServer>{m_bind} : resolvers;
        options.authoritativePort = m_lab.bindPort();
        options.caIdentities = m_ca;
        options.timeout = timeout;
        RecordCheck job(client ? client : &m_client, records, options);
        QSignalSpy spy(&job, &RecordCheck::finished);
        job.start();
        if (spy.count() != 0 || !spy.wait(20000) || spy.count() != 1 || !job.result().ok()) {
            qWarning() << "check did not finish properly";
            return {};
        }
        return job.result().value();
    }

    RecordStatus checkOne(const RequiredRecord &record, const QList<DnsServer> &resolvers = {})
    {
        const QList<RecordStatus> statuses = check({record}, resolvers);
        return statuses.value(0);
    }

    static QString explain(const RecordStatus &status)
    {
        return RecordStatus::stateName(status.state) + QStringLiteral(": ") + status.summary + QLatin1Char('\n')
               + status.evidence.join(QLatin1Char('\n'));
    }

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        m_bind = DnsServer{QHostAddress::LocalHost, m_lab.bindPort()};
        m_delegation.zone = name(m_lab.delegationZone());
        m_delegation.providerId = 1;
    }

    void okWhenEveryServerServesTheCname()
    {
        const QString h = host(QStringLiteral("ok"));
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            QStringLiteral("_acme-challenge.") + h, QStringLiteral("CNAME"), targetOf(h) + QLatin1Char('.')));
        const RecordStatus status = checkOne(challenge(h));
        QVERIFY2(status.state == RecordStatus::State::Ok, qPrintable(explain(status)));
        QVERIFY(status.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("CNAME %1").arg(targetOf(h))));
        QVERIFY(status.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("CAA for %1").arg(h)));
    }

    void missingWhenTheNameHasNoRecord()
    {
        const RecordStatus status = checkOne(challenge(host(QStringLiteral("missing"))));
        QVERIFY2(status.state == RecordStatus::State::Missing, qPrintable(explain(status)));
        QVERIFY(status.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("NXDOMAIN")));
    }

    void wrongTargetShowsTheActualValue()
    {
        const QString h = host(QStringLiteral("wrong"));
        const QString elsewhere = QStringLiteral("someone-else.") + m_lab.delegationZone();
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            QStringLiteral("_acme-challenge.") + h, QStringLiteral("CNAME"), elsewhere + QLatin1Char('.')));
        const RecordStatus status = checkOne(challenge(h));
        QVERIFY2(status.state == RecordStatus::State::WrongTarget, qPrintable(explain(status)));
        QCOMPARE(status.actual, elsewhere);
        QVERIFY(status.summary.contains(elsewhere));
    }

    void conflictWhenAnOldTxtIsWhereTheCnameMustBe()
    {
        const QString h = host(QStringLiteral("conflict"));
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            QStringLiteral("_acme-challenge.") + h, QStringLiteral("TXT"), QStringLiteral("left-over")));
        const RecordStatus status = checkOne(challenge(h));
        QVERIFY2(status.state == RecordStatus::State::Conflict, qPrintable(explain(status)));
        QVERIFY2(status.actual.contains(QStringLiteral("TXT left-over")), qPrintable(status.actual));
        QCOMPARE(status.conflict, RecordStatus::ConflictKind::OtherRecords);
    }

    void conflictWhenAnAddressIsWhereTheTrafficCnameMustBe()
    {
        // www.example.test has an A record in the lab zone.
        const RecordStatus status = checkOne(traffic(host(QStringLiteral("www")), host(QStringLiteral("lb"))));
        QVERIFY2(status.state == RecordStatus::State::Conflict, qPrintable(explain(status)));
        QVERIFY(status.actual.contains(QStringLiteral("A 127.0.0.1")));
    }

    void conflictWhenTheCnameChainLoops()
    {
        const QString h = host(QStringLiteral("loop"));
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            QStringLiteral("_acme-challenge.") + h, QStringLiteral("CNAME"), targetOf(h) + QLatin1Char('.')));
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            targetOf(h), QStringLiteral("CNAME"), QStringLiteral("_acme-challenge.") + h + QLatin1Char('.')));
        const RecordStatus status = checkOne(challenge(h));
        QVERIFY2(status.state == RecordStatus::State::Conflict, qPrintable(explain(status)));
        QVERIFY2(status.summary.contains(QStringLiteral("loops")), qPrintable(status.summary));
        QVERIFY(status.actual.contains(QStringLiteral(" → ")));
        QCOMPARE(status.conflict, RecordStatus::ConflictKind::Loop);
    }

    void trafficCnameAndApexAlias()
    {
        const QString shop = host(QStringLiteral("shop"));
        const QString lb = host(QStringLiteral("lb"));
        LAB_VERIFY_OK(m_lab.bindAddRecord(lb, QStringLiteral("A"), QStringLiteral("127.0.0.1")));
        LAB_VERIFY_OK(m_lab.bindAddRecord(shop, QStringLiteral("CNAME"), lb + QLatin1Char('.')));
        const RecordStatus cname = checkOne(traffic(shop, lb));
        QVERIFY2(cname.state == RecordStatus::State::Ok, qPrintable(explain(cname)));

        // The apex example.test has A 127.0.0.1: the same as lb, not the same as elsewhere. The
        // check finds the apex itself, even when the record was derived without knowing it.
        const RecordStatus alias = checkOne(traffic(m_lab.customerZone(), lb, false));
        QVERIFY2(alias.state == RecordStatus::State::Ok, qPrintable(explain(alias)));
        QVERIFY(alias.record.atApex);
        QCOMPARE(alias.record.typeText(), QStringLiteral("ALIAS"));
        const QString elsewhere = host(QStringLiteral("elsewhere"));
        LAB_VERIFY_OK(m_lab.bindAddRecord(elsewhere, QStringLiteral("A"), QStringLiteral("127.0.0.9")));
        const RecordStatus wrong = checkOne(traffic(m_lab.customerZone(), elsewhere, true));
        QVERIFY2(wrong.state == RecordStatus::State::WrongTarget, qPrintable(explain(wrong)));
        QCOMPARE(wrong.actual, QStringLiteral("127.0.0.1"));
    }

    void blockedByCaaIncludingIssuewildForWildcards()
    {
        const QString h = host(QStringLiteral("caa"));
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            QStringLiteral("_acme-challenge.") + h, QStringLiteral("CNAME"), targetOf(h) + QLatin1Char('.')));
        LAB_VERIFY_OK(m_lab.bindAddRecord(h, QStringLiteral("CAA"), QStringLiteral("0 issue \"pebble.test\"")));
        LAB_VERIFY_OK(
            m_lab.bindAddRecord(h, QStringLiteral("CAA"), QStringLiteral("0 issuewild \"other-ca.example\"")));
        // The name alone: issue allows the CA.
        const RecordStatus base = checkOne(challenge(h));
        QVERIFY2(base.state == RecordStatus::State::Ok, qPrintable(explain(base)));
        // With its wildcard (same record): issuewild decides for *.caa and names another CA.
        const RecordStatus wild = checkOne(challenge(h, {QStringLiteral("*.") + h}));
        QVERIFY2(wild.state == RecordStatus::State::BlockedByCaa, qPrintable(explain(wild)));
        QVERIFY2(wild.actual.contains(QStringLiteral("other-ca.example")), qPrintable(wild.actual));
        QCOMPARE(wild.caaName.ace(), QStringLiteral("*.") + h);
        QCOMPARE(wild.caaOwner.ace(), h);

        // A parent's CAA set applies below it: a name with none of its own inherits "issue ;".
        const QString strict = host(QStringLiteral("strict"));
        const QString below = QStringLiteral("app.") + strict;
        LAB_VERIFY_OK(m_lab.bindAddRecord(strict, QStringLiteral("CAA"), QStringLiteral("0 issue \";\"")));
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            QStringLiteral("_acme-challenge.") + below, QStringLiteral("CNAME"), targetOf(below) + QLatin1Char('.')));
        const RecordStatus inherited = checkOne(challenge(below));
        QVERIFY2(inherited.state == RecordStatus::State::BlockedByCaa, qPrintable(explain(inherited)));
        QVERIFY(inherited.summary.contains(strict));
        QCOMPARE(inherited.caaOwner.ace(), strict);
        QCOMPARE(inherited.caaName.ace(), below);
    }

    void propagatingWhileAResolverServesTheOldAnswer()
    {
        // The "resolver" is a second BIND that still has the old target (TTL 300).
        Lab stale(Lab::Options{.pebble = false, .bind = true});
        LAB_VERIFY_OK(stale.start());
        const QString h = host(QStringLiteral("moved"));
        const QString old = QStringLiteral("old-target.") + m_lab.delegationZone();
        LAB_VERIFY_OK(stale.bindAddRecord(
            QStringLiteral("_acme-challenge.") + h, QStringLiteral("CNAME"), old + QLatin1Char('.'), 300));
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            QStringLiteral("_acme-challenge.") + h, QStringLiteral("CNAME"), targetOf(h) + QLatin1Char('.')));
        const DnsServer staleResolver{QHostAddress::LocalHost, stale.bindPort()};
        const RecordStatus status = checkOne(challenge(h), {m_bind, staleResolver});
        QVERIFY2(status.state == RecordStatus::State::Propagating, qPrintable(explain(status)));
        QCOMPARE(status.resolverTtl.value_or(0), 300u);
        QVERIFY(status.summary.contains(staleResolver.toString()));
        QVERIFY(status.evidence.join(QLatin1Char('\n')).contains(old));

        // A negative answer is "old" too, for its negative-caching TTL (the lab's SOA: 1 s).
        const QString fresh = host(QStringLiteral("fresh"));
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            QStringLiteral("_acme-challenge.") + fresh, QStringLiteral("CNAME"), targetOf(fresh) + QLatin1Char('.')));
        const RecordStatus negative = checkOne(challenge(fresh), {m_bind, staleResolver});
        QVERIFY2(negative.state == RecordStatus::State::Propagating, qPrintable(explain(negative)));
        QCOMPARE(negative.resolverTtl.value_or(0), 1u);
    }

    void lookupErrorWhenTheServerIsDown()
    {
        const QString h = host(QStringLiteral("ok"));
        // Zones are discovered first, so the authoritative question itself fails: a fresh
        // check with BIND gone names the timeout.
        m_lab.stopBind();
        DnsClient client;
        const QList<RecordStatus> statuses = check({challenge(h)}, {}, &client, 300ms);
        LAB_VERIFY_OK(m_lab.startBind());
        QCOMPARE(statuses.size(), 1);
        QVERIFY2(statuses.first().state == RecordStatus::State::LookupError, qPrintable(explain(statuses.first())));
        QVERIFY2(statuses.first()
                         .evidence.join(QLatin1Char('\n'))
                         .contains(QStringLiteral("did not answer"), Qt::CaseInsensitive)
                     || statuses.first()
                            .evidence.join(QLatin1Char('\n'))
                            .contains(QStringLiteral("timed out"), Qt::CaseInsensitive),
                 qPrintable(explain(statuses.first())));
        // Named for the advice: which server, and that it did not answer.
        QVERIFY2(statuses.first().failure == RecordStatus::Failure::Timeout
                     || statuses.first().failure == RecordStatus::Failure::Unreachable,
                 qPrintable(RecordStatus::failureName(statuses.first().failure)));
        QCOMPARE(statuses.first().failedServer, m_bind.toString());
    }

    void lookupErrorNamesRefused()
    {
        // The lab answers 127.0.0.1 only (allow-query): asked from 127.0.0.2 it says REFUSED.
        DnsClient refused;
        refused.setLocalAddress(QHostAddress(QStringLiteral("127.0.0.2")));
        const QList<RecordStatus> statuses = check({challenge(host(QStringLiteral("ok")))}, {}, &refused);
        QCOMPARE(statuses.size(), 1);
        QVERIFY2(statuses.first().state == RecordStatus::State::LookupError, qPrintable(explain(statuses.first())));
        QVERIFY2(explain(statuses.first()).contains(QStringLiteral("REFUSED")), qPrintable(explain(statuses.first())));
        QCOMPARE(statuses.first().failure, RecordStatus::Failure::Refused);
        QCOMPARE(statuses.first().failedServer, m_bind.toString());
    }

    void lookupErrorNamesServfail()
    {
        // A CNAME into a name whose zone the resolver cannot reach gives SERVFAIL there.
        const QString h = host(QStringLiteral("servfail"));
        LAB_VERIFY_OK(m_lab.bindAddRecord(
            QStringLiteral("_acme-challenge.") + h, QStringLiteral("CNAME"), targetOf(h) + QLatin1Char('.')));
        Lab other(Lab::Options{.pebble = false, .bind = true});
        LAB_VERIFY_OK(other.start());
        const DnsServer otherResolver{QHostAddress::LocalHost, other.bindPort()};
        other.stopBind();
        DnsClient client;
        const QList<RecordStatus> statuses = check({challenge(h)}, {m_bind, otherResolver}, &client, 300ms);
        QCOMPARE(statuses.size(), 1);
        QVERIFY2(statuses.first().state == RecordStatus::State::LookupError, qPrintable(explain(statuses.first())));
        QVERIFY(statuses.first().summary.contains(otherResolver.toString()));
        QCOMPARE(statuses.first().failedServer, otherResolver.toString());
        QVERIFY2(statuses.first().failure == RecordStatus::Failure::Timeout
                     || statuses.first().failure == RecordStatus::Failure::Unreachable,
                 qPrintable(RecordStatus::failureName(statuses.first().failure)));
    }

    void checksManyRecordsInOneGo()
    {
        QList<RequiredRecord> records;
        QStringList commands;
        for (int i = 0; i < 200; ++i) {
            const QString h = host(QStringLiteral("bulk%1").arg(i));
            records << challenge(h);
            commands << QStringLiteral("update add _acme-challenge.%1. 60 CNAME %2.").arg(h, targetOf(h));
        }
        LAB_VERIFY_OK(m_lab.bindUpdate(m_lab.customerZone(), commands));
        const QList<RecordStatus> statuses = check(records);
        QCOMPARE(statuses.size(), 200);
        for (int i = 0; i < statuses.size(); ++i) {
            QVERIFY2(statuses.at(i).state == RecordStatus::State::Ok, qPrintable(explain(statuses.at(i))));
            QCOMPARE(statuses.at(i).record.owner, records.at(i).owner); // in the order given
        }
    }

    void refusesToRunWithoutAResolver()
    {
        RecordCheck::Options options;
        RecordCheck job(&m_client, {challenge(host(QStringLiteral("ok")))}, options);
        QSignalSpy spy(&job, &RecordCheck::finished);
        job.start();
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
        QVERIFY(!job.result().ok());
        QCOMPARE(job.result().problem().code, QStringLiteral("dns.check.no-resolver"));
    }
};

QTEST_GUILESS_MAIN(TestRecordCheck)
#include "TestRecordCheck.moc"
