#include "support/ManualClock.h"

#include "core/jobs/RenewalPlanner.h"

#include <QTest>

class TestRenewalPlanner : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(int day, int hour = 0)
    {
        return QDateTime(QDate(2026, 1, 1).addDays(day), QTime(hour, 0), Qt::UTC);
    }

    static RenewalPlanner::Certificate ninetyDays(const QString &serial = QStringLiteral("01ab"))
    {
        return {serial, at(0), at(90), std::nullopt};
    }

private Q_SLOTS:

    void renewsAtTwoThirdsOfTheLifetimeWithoutAri()
    {
        ManualClock clock(at(10));
        const RenewalPlanner planner(clock);
        const RenewalPlanner::Plan plan = planner.plan(ninetyDays());
        QCOMPARE(plan.renewAt, at(60));
        QVERIFY(!plan.due);
        clock.set(at(60));
        QVERIFY(planner.plan(ninetyDays()).due);
    }

    void handlesSixDayCertificates()
    {
        ManualClock clock(at(0));
        const RenewalPlanner planner(clock);
        const RenewalPlanner::Plan plan = planner.plan({QStringLiteral("02"), at(0), at(6), std::nullopt});
        QCOMPARE(plan.renewAt, at(4));
    }

    void choosesAStablePointInsideTheAriWindow()
    {
        ManualClock clock(at(10));
        const RenewalPlanner planner(clock);
        RenewalPlanner::Certificate certificate = ninetyDays();
        certificate.ariWindow = RenewalPlanner::RenewalWindow{at(40), at(42)};
        const RenewalPlanner::Plan first = planner.plan(certificate);
        QVERIFY(first.renewAt >= at(40) && first.renewAt < at(42));
        QCOMPARE(planner.plan(certificate).renewAt, first.renewAt); // same answer every time
        QVERIFY(first.reason.contains(QStringLiteral("window")));
    }

    void spreadsManyCertificatesAcrossTheWindow()
    {
        ManualClock clock(at(10));
        const RenewalPlanner planner(clock);
        int firstHalf = 0;
        for (int i = 0; i < 400; ++i) {
            RenewalPlanner::Certificate certificate = ninetyDays(QString::number(i, 16));
            certificate.ariWindow = RenewalPlanner::RenewalWindow{at(40), at(42)};
            if (planner.plan(certificate).renewAt < at(41)) {
                ++firstHalf;
            }
        }
        QVERIFY2(firstHalf > 150 && firstHalf < 250, qPrintable(QString::number(firstHalf)));
    }

    void renewsAtOnceWhenTheWindowIsInThePast()
    {
        ManualClock clock(at(50));
        const RenewalPlanner planner(clock);
        RenewalPlanner::Certificate certificate = ninetyDays();
        certificate.ariWindow = RenewalPlanner::RenewalWindow{at(20), at(21)}; // e.g. revocation announced
        const RenewalPlanner::Plan plan = planner.plan(certificate);
        QVERIFY(plan.due);
        QCOMPARE(plan.renewAt, at(50));
    }

    void ignoresAMalformedWindow()
    {
        ManualClock clock(at(10));
        const RenewalPlanner planner(clock);
        RenewalPlanner::Certificate certificate = ninetyDays();
        certificate.ariWindow = RenewalPlanner::RenewalWindow{at(42), at(40)}; // end before start
        QCOMPARE(planner.plan(certificate).renewAt, at(60));
    }

    void backsOffExponentiallyWithBoundedJitter()
    {
        ManualClock clock(at(60));
        const RenewalPlanner planner(clock);
        QCOMPARE(planner.nextRetry(1, {}, at(90), 0.5), at(60).addSecs(5 * 60));
        QCOMPARE(planner.nextRetry(2, {}, at(90), 0.5), at(60).addSecs(10 * 60));
        QCOMPARE(planner.nextRetry(3, {}, at(90), 0.5), at(60).addSecs(20 * 60));
        QCOMPARE(planner.nextRetry(30, {}, at(90), 0.5), at(60).addSecs(6 * 3600)); // capped
        QCOMPARE(planner.nextRetry(1, {}, at(90), 0.0), at(60).addSecs(4 * 60));    // -20 %
        QCOMPARE(planner.nextRetry(1, {}, at(90), 1.0), at(60).addSecs(6 * 60));    // +20 %
    }

    void neverBacksOffPastTheRemainingLifetime()
    {
        ManualClock clock(at(5, 12));
        const RenewalPlanner planner(clock);
        // 12 hours left: at most a tenth of that (72 minutes) even after many failures.
        QCOMPARE(planner.nextRetry(20, {}, at(6), 0.5), at(5, 12).addSecs(72 * 60));
    }

    void staysWithinTheHourlyAttemptBudget()
    {
        ManualClock clock(at(60, 12));
        const RenewalPlanner planner(clock);
        const QList<QDateTime> attempts = {at(60, 12).addSecs(-50 * 60),
                                           at(60, 12).addSecs(-20 * 60),
                                           at(60, 12).addSecs(-1 * 60),
                                           at(60, 12).addSecs(-3 * 3600)}; // outside the hour
        // Three attempts in the last hour: wait until the oldest of them is an hour old.
        QCOMPARE(planner.nextRetry(1, attempts, at(90), 0.5), at(60, 12).addSecs(10 * 60));
        // Two in the hour: the normal back-off applies.
        QCOMPARE(planner.nextRetry(1, attempts.mid(1), at(90), 0.5), at(60, 12).addSecs(5 * 60));
    }
};

QTEST_GUILESS_MAIN(TestRenewalPlanner)
#include "TestRenewalPlanner.moc"
