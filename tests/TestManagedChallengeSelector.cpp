#include "core/challenges/ManagedChallengeSelector.h"

#include <QTest>

namespace {

ManagedChallenge challenge(qint64 id, const QString &rule)
{
    ManagedChallenge c;
    c.id = id;
    c.title = QStringLiteral("challenge %1").arg(id);
    c.matchRule = DomainMatchRule(rule);
    return c;
}

} // namespace

class TestManagedChallengeSelector : public QObject
{
    Q_OBJECT

private:
    const QList<ManagedChallenge> m_all{challenge(1, QString()),
                                        challenge(2, QStringLiteral("*.example.test")),
                                        challenge(3, QStringLiteral("www.example.test")),
                                        challenge(4, QStringLiteral("*.dev.example.test")),
                                        challenge(5, QStringLiteral("example.org; *.api.example.test"))};

private Q_SLOTS:

    void exactRuleWinsOverWildcards()
    {
        QCOMPARE(ManagedChallengeSelector(m_all).select(QStringLiteral("www.example.test"))->id, 3);
    }

    void wildcardOfTheNameWinsOverParentWildcard()
    {
        // "*.api.example.test" serves api.example.test itself, more specifically than *.example.test.
        QCOMPARE(ManagedChallengeSelector(m_all).select(QStringLiteral("api.example.test"))->id, 5);
    }

    void longestWildcardWins()
    {
        QCOMPARE(ManagedChallengeSelector(m_all).select(QStringLiteral("x.dev.example.test"))->id, 4);
        QCOMPARE(ManagedChallengeSelector(m_all).select(QStringLiteral("mail.example.test"))->id, 2);
    }

    void fallbackServesNamesNothingElseMatches()
    {
        QCOMPARE(ManagedChallengeSelector(m_all).select(QStringLiteral("other.test"))->id, 1);
        QCOMPARE(ManagedChallengeSelector(m_all).select(QStringLiteral("a.b.example.test"))->id, 1);
    }

    void noMatchWithoutFallback()
    {
        const QList<ManagedChallenge> some = m_all.mid(1);
        QVERIFY(!ManagedChallengeSelector(some).select(QStringLiteral("other.test")).has_value());
    }

    void tieGoesToTheOlderChallenge()
    {
        const QList<ManagedChallenge> twins{challenge(9, QStringLiteral("*.example.test")),
                                            challenge(7, QStringLiteral("*.example.test"))};
        QCOMPARE(ManagedChallengeSelector(twins).select(QStringLiteral("a.example.test"))->id, 7);
    }

    void candidatesAreOrderedBestFirst()
    {
        const QList<ManagedChallenge> candidates =
            ManagedChallengeSelector(m_all).candidates(QStringLiteral("www.example.test"));
        QCOMPARE(candidates.size(), 3);
        QCOMPARE(candidates.at(0).id, 3);
        QCOMPARE(candidates.at(1).id, 2);
        QCOMPARE(candidates.at(2).id, 1);
    }
};

QTEST_GUILESS_MAIN(TestManagedChallengeSelector)
#include "TestManagedChallengeSelector.moc"
