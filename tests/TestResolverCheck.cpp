#include "Lab.h"
#include "LabVerify.h"

#include "core/dns/ResolverCheck.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

// The settings dialog's "Test Resolvers", against the lab's BIND (which answers for the lab's
// zones) and a loopback port where nothing answers.
class TestResolverCheck final : public QObject
{
    Q_OBJECT

private:
    Lab m_lab{Lab::Options{.pebble = false, .bind = true}};

    DnsServer bind() const { return DnsServer::parse(QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort())).value(); }

    // Runs a check to its end; the job deletes itself, so the outcomes are copied out.
    static QList<ResolverCheck::Outcome> run(ResolverCheck *check, int *finishedCount = nullptr)
    {
        QList<ResolverCheck::Outcome> outcomes;
        int count = 0;
        QObject::connect(check, &ResolverCheck::finished, check, [&outcomes, &count](ResolverCheck *finished) {
            outcomes = finished->outcomes();
            ++count;
        });
        QPointer<ResolverCheck> alive(check);
        check->start();
        check->start(); // a second start changes nothing
        if (count != 0) {
            qWarning("finished inside start()");
            return {};
        }
        if (!QTest::qWaitFor(
                [&alive] {
                    return !alive;
                },
                15000)) {
            qWarning("the check did not finish and go");
            return {};
        }
        if (finishedCount) {
            *finishedCount = count;
        }
        return outcomes;
    }

    static QString describe(const ResolverCheck::Outcome &outcome)
    {
        return outcome.problem ? outcome.problem->message() : QStringLiteral("answered");
    }

private Q_SLOTS:

    void initTestCase() { LAB_VERIFY_OK(m_lab.start()); }

    void aResolverThatServesTheZoneAnswers()
    {
        int finished = 0;
        const QList<ResolverCheck::Outcome> outcomes =
            run(new ResolverCheck({bind()}, DnsName::parse(m_lab.delegationZone()).value()), &finished);
        QCOMPARE(finished, 1);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().server, bind());
        QVERIFY2(outcomes.first().ok(), qPrintable(describe(outcomes.first())));
        QVERIFY(outcomes.first().milliseconds < 5000);
    }

    void aSilentResolverFailsWithoutHoldingUpTheOthers()
    {
        // A bound socket that never answers: the query times out (no ICMP shortcut).
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        const DnsServer mute = DnsServer::parse(QStringLiteral("127.0.0.1:%1").arg(silent.localPort())).value();
        const QList<ResolverCheck::Outcome> outcomes =
            run(new ResolverCheck({mute, bind()}, DnsName::parse(m_lab.customerZone()).value()));
        QCOMPARE(outcomes.size(), 2);
        // In the order given, whatever order the answers came in.
        QCOMPARE(outcomes.at(0).server, mute);
        QVERIFY(!outcomes.at(0).ok());
        QCOMPARE(outcomes.at(0).problem->code, QStringLiteral("dns.timeout"));
        QVERIFY(outcomes.at(1).ok());
        QVERIFY(outcomes.at(1).milliseconds < outcomes.at(0).milliseconds);
    }

    void anAnswerWithoutTheZonesSoaIsAProblem()
    {
        // www.example.test is a host, not a zone: NOERROR, but no SOA in the answer.
        const QList<ResolverCheck::Outcome> outcomes =
            run(new ResolverCheck({bind()}, DnsName::parse(QStringLiteral("www.") + m_lab.customerZone()).value()));
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(!outcomes.first().ok());
        QCOMPARE(outcomes.first().problem->code, QStringLiteral("dns.resolver.no-soa"));
        QVERIFY(outcomes.first().problem->detail.contains(bind().toString()));
    }

    void noResolversFinishesLaterWithNoOutcomes()
    {
        int finished = 0;
        const QList<ResolverCheck::Outcome> outcomes = run(new ResolverCheck({}, DnsName()), &finished);
        QCOMPARE(finished, 1);
        QVERIFY(outcomes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResolverCheck)
#include "TestResolverCheck.moc"
