#include "support/ManualClock.h"

#include "core/hub/HubRateLimiter.h"

#include <QTest>

class TestHubRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void allowsABurstThenRefusesWithRetryAfter()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        HubRateLimiter limiter(clock, 3, 6); // one token every 10 s
        for (int i = 0; i < 3; ++i) {
            QVERIFY(limiter.take(QStringLiteral("client")).allowed);
        }
        const HubRateLimiter::Decision refused = limiter.take(QStringLiteral("client"));
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 10);
    }

    void refillsOverTime()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        HubRateLimiter limiter(clock, 1, 60);
        QVERIFY(limiter.take(QStringLiteral("c")).allowed);
        QVERIFY(!limiter.take(QStringLiteral("c")).allowed);
        clock.advance(1);
        QVERIFY(limiter.take(QStringLiteral("c")).allowed);
    }

    void bucketsAreKeyedSeparately()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        HubRateLimiter limiter(clock, 1, 1);
        QVERIFY(limiter.take(QStringLiteral("a")).allowed);
        QVERIFY(!limiter.take(QStringLiteral("a")).allowed);
        QVERIFY(limiter.take(QStringLiteral("b")).allowed);
    }

    void clockGoingBackwardsDoesNotMintTokens()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        HubRateLimiter limiter(clock, 1, 1);
        QVERIFY(limiter.take(QStringLiteral("a")).allowed);
        clock.advance(-3600);
        QVERIFY(!limiter.take(QStringLiteral("a")).allowed);
    }
};

QTEST_GUILESS_MAIN(TestHubRateLimiter)
#include "TestHubRateLimiter.moc"
