#include "core/endpoints/RequiredRecords.h"
#include "ui/dns/RecordAdvice.h"

#include <QIcon>
#include <QTest>

// What the DNS review tells the administrator to do, per status: the exact record to create,
// change or remove, the CAA record to add, the server that failed and what to look at.
class TestRecordAdvice : public QObject
{
    Q_OBJECT

private:
    using State = RecordStatus::State;

    static RequiredRecord challenge()
    {
        DelegationZone zone;
        zone.zone = DnsName::parse(QStringLiteral("acme-delegation.test")).value();
        zone.providerId = 1;
        Endpoint endpoint;
        endpoint.id = 1;
        endpoint.names = {QStringLiteral("app.example.test"), QStringLiteral("*.app.example.test")};
        return RequiredRecords::forEndpoint(endpoint, zone).value().first();
    }

    static RequiredRecord traffic(const QString &name, bool apex)
    {
        Endpoint endpoint;
        endpoint.id = 2;
        endpoint.names = {name};
        endpoint.exposure = Endpoint::Exposure::External;
        endpoint.challengeType = QStringLiteral("http-01");
        endpoint.targetHost = QStringLiteral("lb.example.net");
        return RequiredRecords::forEndpoint(endpoint,
                                            std::nullopt,
                                            [apex](const DnsName &) {
                                                return std::optional<bool>(apex);
                                            })
            .value()
            .first();
    }

    static RecordStatus status(const RequiredRecord &record, State state)
    {
        RecordStatus status;
        status.record = record;
        status.state = state;
        return status;
    }

private Q_SLOTS:

    void labelsEveryStatusAndTheUnchecked()
    {
        QCOMPARE(RecordAdvice::label(std::nullopt), QStringLiteral("Not checked yet"));
        QCOMPARE(RecordAdvice::label(State::Missing), QStringLiteral("Missing"));
        for (const State state : {State::Ok,
                                  State::Propagating,
                                  State::Missing,
                                  State::WrongTarget,
                                  State::Conflict,
                                  State::BlockedByCaa,
                                  State::LookupError}) {
            QVERIFY(!RecordAdvice::icon(state).isNull());
            QVERIFY(!RecordAdvice::whatToDo(status(challenge(), state), {}).isEmpty());
        }
        QVERIFY(!RecordAdvice::icon(std::nullopt).isNull());
    }

    void missingSaysWhichCnameToCreate()
    {
        const RequiredRecord record = challenge();
        const QString advice = RecordAdvice::whatToDo(status(record, State::Missing), {});
        QVERIFY2(advice.contains(QStringLiteral("Create this CNAME record at your DNS provider")), qPrintable(advice));
        QVERIFY2(advice.contains(QStringLiteral("_acme-challenge.app.example.test  CNAME  ") + record.target.ace()),
                 qPrintable(advice));
        // Before any check: the same record, with a word that it was not checked.
        QVERIFY(RecordAdvice::whatToDo(record).contains(record.target.ace()));
        QVERIFY(RecordAdvice::whatToDo(record).startsWith(QStringLiteral("Not checked yet")));
    }

    void anApexGetsTheAliasOrAddressAlternative()
    {
        const RequiredRecord apex = traffic(QStringLiteral("example.test"), true);
        const QString advice = RecordAdvice::whatToDo(status(apex, State::Missing), {});
        QCOMPARE(advice, apex.note); // core's wording of the alternatives
        QVERIFY(advice.contains(QStringLiteral("ALIAS or ANAME")));
        QVERIFY(advice.contains(QStringLiteral("A and AAAA")));
        RecordStatus wrong = status(apex, State::WrongTarget);
        wrong.actual = QStringLiteral("192.0.2.7");
        QVERIFY(RecordAdvice::whatToDo(wrong, {}).contains(QStringLiteral("192.0.2.7")));
    }

    void wrongTargetSaysWhatToChange()
    {
        RecordStatus wrong = status(traffic(QStringLiteral("www.example.test"), false), State::WrongTarget);
        wrong.actual = QStringLiteral("old-lb.example.net");
        const QString advice = RecordAdvice::whatToDo(wrong, {});
        QVERIFY2(advice.contains(QStringLiteral("www.example.test  CNAME  lb.example.net.")), qPrintable(advice));
        QVERIFY(advice.contains(QStringLiteral("It points at old-lb.example.net now")));
    }

    void conflictSaysWhatToRemove()
    {
        RecordStatus old = status(challenge(), State::Conflict);
        old.conflict = RecordStatus::ConflictKind::OtherRecords;
        old.actual = QStringLiteral("TXT \"left-over\"; A 192.0.2.1");
        const QString advice = RecordAdvice::whatToDo(old, {});
        QVERIFY2(advice.contains(QStringLiteral("Remove these records")), qPrintable(advice));
        QVERIFY(advice.contains(QStringLiteral("_acme-challenge.app.example.test  TXT \"left-over\"")));
        QVERIFY(advice.contains(QStringLiteral("_acme-challenge.app.example.test  A 192.0.2.1")));

        RecordStatus loop = status(challenge(), State::Conflict);
        loop.conflict = RecordStatus::ConflictKind::Loop;
        loop.actual = QStringLiteral("a → b → a");
        QVERIFY(RecordAdvice::whatToDo(loop, {}).contains(QStringLiteral("loop (a → b → a)")));

        RecordStatus alias = status(challenge(), State::Conflict);
        alias.conflict = RecordStatus::ConflictKind::TargetIsAlias;
        alias.actual = QStringLiteral("somewhere.example");
        QVERIFY(RecordAdvice::whatToDo(alias, {}).contains(QStringLiteral("must not be a CNAME itself")));
    }

    void blockedByCaaNamesTheCaAndTheRecordToAdd()
    {
        RecordStatus blocked = status(challenge(), State::BlockedByCaa);
        blocked.caaName = DnsName::parse(QStringLiteral("*.app.example.test")).value();
        blocked.caaOwner = DnsName::parse(QStringLiteral("example.test")).value();
        blocked.actual = QStringLiteral("issuewild names other-ca.example only");
        const QString advice = RecordAdvice::whatToDo(blocked, {QStringLiteral("letsencrypt.org")});
        QVERIFY2(advice.contains(QStringLiteral("Add a CAA record allowing letsencrypt.org")), qPrintable(advice));
        QVERIFY2(advice.contains(QStringLiteral("example.test  CAA  0 issuewild \"letsencrypt.org\"")),
                 qPrintable(advice));
        QVERIFY(advice.contains(blocked.actual));
        // Without the CA's identity, the record to add is still named.
        QVERIFY(RecordAdvice::whatToDo(blocked, {}).contains(QStringLiteral("CAA  0 issuewild")));
    }

    void lookupErrorsNameTheServerAndTheKindOfFailure()
    {
        RecordStatus failed = status(challenge(), State::LookupError);
        failed.failedServer = QStringLiteral("192.0.2.53:53");
        failed.failure = RecordStatus::Failure::Timeout;
        QVERIFY(RecordAdvice::whatToDo(failed, {}).startsWith(QStringLiteral("192.0.2.53:53 did not answer")));
        failed.failure = RecordStatus::Failure::ServFail;
        QVERIFY(RecordAdvice::whatToDo(failed, {}).startsWith(QStringLiteral("192.0.2.53:53 answered SERVFAIL")));
        failed.failure = RecordStatus::Failure::Refused;
        QVERIFY(RecordAdvice::whatToDo(failed, {}).startsWith(QStringLiteral("192.0.2.53:53 answered REFUSED")));
        failed.failure = RecordStatus::Failure::Unreachable;
        QVERIFY(RecordAdvice::whatToDo(failed, {}).contains(QStringLiteral("cannot be reached")));
        failed.failure = RecordStatus::Failure::Other;
        QVERIFY(RecordAdvice::whatToDo(failed, {}).contains(QStringLiteral("CertDesk asks again by itself")));
    }

    void propagatingSaysToWaitAndForHowLong()
    {
        RecordStatus waiting = status(challenge(), State::Propagating);
        waiting.resolverTtl = 300;
        QVERIFY(RecordAdvice::whatToDo(waiting, {}).contains(QStringLiteral("300 second(s)")));
        QVERIFY(RecordAdvice::whatToDo(status(challenge(), State::Ok), {}).startsWith(QStringLiteral("Nothing to do")));
    }
};

QTEST_MAIN(TestRecordAdvice)
#include "TestRecordAdvice.moc"
