#include "support/RecordingPublisher.h"

#include "core/hub/ChallengePublisherPool.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

// The hub's one publisher: one publisher per managed challenge from the injected factory,
// remade when the challenge changes, and a clear failure when there is none.
class TestChallengePublisherPool final : public QObject
{
    Q_OBJECT

private:
    static ManagedChallenge challenge(qint64 id, qint64 providerId = 1)
    {
        ManagedChallenge c;
        c.id = id;
        c.title = QStringLiteral("challenge %1").arg(id);
        c.providerId = providerId;
        c.updatedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        return c;
    }

    static const QString &value()
    {
        static const QString v = QStringLiteral("LPsIwTo7o8BoG0-vjCyGQGBWSVIPxI-i_X336eUOQZo");
        return v;
    }

    // Runs one present and returns its result once `done` ran.
    static Result<void> present(ChallengePublisherPool &pool, const ManagedChallenge &c, bool *synchronous)
    {
        std::optional<Result<void>> result;
        pool.present(c, QStringLiteral("_acme-challenge.www.example.test"), value(), [&](Result<void> r) {
            result = r;
        });
        *synchronous = result.has_value();
        QDeadlineTimer deadline(5000);
        while (!result && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return result ? *result
                      : Result<void>(Problem::make(Problem::Category::Internal,
                                                   QStringLiteral("test.timeout"),
                                                   QStringLiteral("done was never called")));
    }

private Q_SLOTS:

    void makesOnePublisherPerChallengeAndKeepsIt()
    {
        int made = 0;
        auto recording = std::make_shared<RecordingPublisher>();
        ChallengePublisherPool pool([&](const ManagedChallenge &) {
            ++made;
            return recording;
        });
        bool synchronous = true;
        QVERIFY(present(pool, challenge(1), &synchronous).ok());
        QVERIFY(!synchronous);
        QVERIFY(present(pool, challenge(1), &synchronous).ok());
        QCOMPARE(made, 1);
        QVERIFY(present(pool, challenge(2), &synchronous).ok());
        QCOMPARE(made, 2);
        QCOMPARE(pool.size(), 2);
        QCOMPARE(recording->calls.size(), 3);
        QCOMPARE(recording->calls.at(2).challengeId, qint64(2));
    }

    void remakesThePublisherWhenTheChallengeChanged()
    {
        int made = 0;
        ChallengePublisherPool pool([&](const ManagedChallenge &) {
            ++made;
            return std::make_shared<RecordingPublisher>();
        });
        bool synchronous = false;
        QVERIFY(present(pool, challenge(1), &synchronous).ok());
        ManagedChallenge edited = challenge(1, 2); // another DNS provider
        QVERIFY(present(pool, edited, &synchronous).ok());
        edited.updatedAt = edited.updatedAt.addSecs(5); // another credential, same provider
        QVERIFY(present(pool, edited, &synchronous).ok());
        QCOMPARE(made, 3);
    }

    void failsLaterWithAnActionableProblemWithoutAPublisher()
    {
        ChallengePublisherPool none({});
        bool synchronous = true;
        const Result<void> result = present(none, challenge(4), &synchronous);
        QVERIFY(!synchronous);
        QVERIFY(!result.ok());
        QCOMPARE(result.problem().code, QStringLiteral("hub.no-publisher"));
        QVERIFY(!result.problem().hint.isEmpty());
        QVERIFY(result.problem().technical.contains(QLatin1String("managed challenge 4")));

        ChallengePublisherPool declining([](const ManagedChallenge &) {
            return std::shared_ptr<ChallengePublisher>();
        });
        QCOMPARE(present(declining, challenge(5), &synchronous).problem().code, QStringLiteral("hub.no-publisher"));
    }

    void countsWritesInFlightAndSaysWhenIdle()
    {
        auto recording = std::make_shared<RecordingPublisher>();
        ChallengePublisherPool pool([&](const ManagedChallenge &) {
            return recording;
        });
        int done = 0;
        pool.present(challenge(1), QStringLiteral("_acme-challenge.a.example.test"), value(), [&](Result<void>) {
            ++done;
        });
        pool.cleanup(challenge(1), QStringLiteral("_acme-challenge.a.example.test"), value(), [&](Result<void>) {
            ++done;
        });
        QCOMPARE(pool.inFlight(), 2);
        bool idle = false;
        pool.whenIdle([&] {
            idle = true;
        });
        QVERIFY(!idle);
        QTRY_VERIFY(idle);
        QCOMPARE(done, 2);
        QCOMPARE(pool.inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChallengePublisherPool)
#include "TestChallengePublisherPool.moc"
