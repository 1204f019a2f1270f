#include "core/jobs/Provisioning.h"

#include <QTest>

// The rules that decide which endpoints get a first certificate without anyone asking, and
// when a dns-01 endpoint's records let it go ahead.
class TestProvisioning final : public QObject
{
    Q_OBJECT

private:
    static Endpoint endpoint(qint64 id, const QString &challenge = QStringLiteral("http-01"))
    {
        Endpoint endpoint;
        endpoint.id = id;
        endpoint.names = {QStringLiteral("e%1.example.test").arg(id)};
        endpoint.challengeType = challenge;
        return endpoint;
    }

    static QList<qint64> ids(const QList<Endpoint> &endpoints)
    {
        QList<qint64> result;
        for (const Endpoint &endpoint : endpoints) {
            result << endpoint.id;
        }
        return result;
    }

    static RecordStatus status(qint64 endpointId, RequiredRecord::Purpose purpose, RecordStatus::State state)
    {
        RecordStatus status;
        status.record.endpointId = endpointId;
        status.record.purpose = purpose;
        status.record.owner =
            DnsName::parse(QStringLiteral("_acme-challenge.e%1.example.test").arg(endpointId)).value();
        status.record.target = DnsName::parse(QStringLiteral("x%1.acme-delegation.test").arg(endpointId)).value();
        status.state = state;
        status.summary = RecordStatus::stateName(state);
        return status;
    }

    const QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

private Q_SLOTS:

    void newAutomaticEndpointsAwaitTheirFirstCertificate()
    {
        Endpoint fresh = endpoint(1);
        Endpoint certified = endpoint(2);
        certified.certificateExpiresAt = m_now.addDays(60);
        Endpoint manual = endpoint(3);
        manual.orderAutomatically = false;
        Endpoint expiredOnly = endpoint(4); // its certificate expired: a renewal, not a first order
        expiredOnly.certificateExpiresAt = m_now.addDays(-1);
        QCOMPARE(ids(Provisioning::awaitingFirstCertificate({fresh, certified, manual, expiredOnly}, m_now)),
                 QList<qint64>{1});
    }

    void manualEndpointsAreThoseNotOrderedAutomatically()
    {
        Endpoint automatic = endpoint(1);
        Endpoint manual = endpoint(2);
        manual.orderAutomatically = false;
        Endpoint manualWithCertificate = endpoint(3); // renewals stop too, not only first orders
        manualWithCertificate.orderAutomatically = false;
        manualWithCertificate.certificateExpiresAt = m_now.addDays(60);
        QCOMPARE(Provisioning::manualOnly({automatic, manual, manualWithCertificate}), (QSet<qint64>{2, 3}));
        QVERIFY(Provisioning::manualOnly({}).isEmpty());
    }

    void aFailedFirstOrderWaitsForItsNextAttempt()
    {
        Endpoint backingOff = endpoint(1);
        backingOff.status = QStringLiteral("failed");
        backingOff.nextRenewalAt = m_now.addSecs(300);
        Endpoint due = endpoint(2);
        due.status = QStringLiteral("failed");
        due.nextRenewalAt = m_now.addSecs(-1);
        Endpoint failedElsewhere = endpoint(3); // failed in a process that set no next attempt
        failedElsewhere.status = QStringLiteral("failed");
        QCOMPARE(ids(Provisioning::awaitingFirstCertificate({backingOff, due, failedElsewhere}, m_now)),
                 (QList<qint64>{2, 3}));
    }

    void onlyDns01WaitsForARecordCheck()
    {
        QVERIFY(Provisioning::needsRecordCheck(endpoint(1, QStringLiteral("dns-01"))));
        QVERIFY(!Provisioning::needsRecordCheck(endpoint(1, QStringLiteral("http-01"))));
    }

    void readyOnlyWhenEveryChallengeRecordIsOk()
    {
        using Purpose = RequiredRecord::Purpose;
        using State = RecordStatus::State;
        RecordWatcher::Report report;
        report.endpointIds = {1, 2, 3, 4};
        report.statuses = {
            status(1, Purpose::Challenge, State::Ok),
            status(1, Purpose::Traffic, State::Missing), // traffic records do not hold up issuance
            status(2, Purpose::Challenge, State::Ok),
            status(2, Purpose::Challenge, State::Missing),
            status(3, Purpose::Challenge, State::Propagating),
            // 4: no challenge record derived (no delegation zone): the order itself will say why
        };
        const Provisioning::Readiness readiness = Provisioning::judge({1, 2, 3, 4, 5}, report);
        QCOMPARE(readiness.ready, (QList<qint64>{1, 4}));
        QCOMPARE(readiness.waiting.size(), 3);
        QVERIFY2(readiness.waiting.value(2).startsWith(QStringLiteral("_acme-challenge.e2.example.test CNAME "
                                                                      "x2.acme-delegation.test: missing")),
                 qPrintable(readiness.waiting.value(2)));
        QVERIFY(readiness.waiting.value(3).contains(QStringLiteral("propagating")));
        // 5 was not covered by the check (its records could not be derived).
        QVERIFY(!readiness.waiting.value(5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "TestProvisioning.moc"
