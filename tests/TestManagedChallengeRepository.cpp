#include "support/HubFixture.h"

class TestManagedChallengeRepository : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;

private Q_SLOTS:

    void initTestCase() { QVERIFY(m_hub.setUp()); }

    void addsAndReadsBackEveryField()
    {
        ManagedChallenge challenge;
        challenge.title = QStringLiteral("Corporate zone");
        challenge.providerId = m_hub.providerId;
        challenge.matchRule = DomainMatchRule(QStringLiteral("*.Corp.test , corp.org"));
        challenge.tags = ManagedChallengeRepository::parseTags(QStringLiteral("Prod; build ,prod"));
        const Result<qint64> id = m_hub.challenges->add(challenge);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.problem().message()));

        const Result<ManagedChallenge> found = m_hub.challenges->find(id.value());
        QVERIFY(found.ok());
        QCOMPARE(found->title, QStringLiteral("Corporate zone"));
        QCOMPARE(found->challengeType, QStringLiteral("dns-01"));
        QCOMPARE(found->providerId, m_hub.providerId);
        QCOMPARE(found->matchRule.entries(), QStringList({QStringLiteral("*.corp.test"), QStringLiteral("corp.org")}));
        QCOMPARE(found->tags, QStringList({QStringLiteral("prod"), QStringLiteral("build")}));
        QCOMPARE(found->createdAt, m_hub.clock.now());
    }

    void updatesAndRemoves()
    {
        const qint64 id = m_hub.addChallenge(QStringLiteral("Temp"), QStringLiteral("a.test"));
        QVERIFY(id > 0);
        Result<ManagedChallenge> found = m_hub.challenges->find(id);
        ManagedChallenge changed = found.value();
        changed.matchRule = DomainMatchRule(QStringLiteral("b.test"));
        m_hub.clock.advance(60);
        QVERIFY(m_hub.challenges->update(changed).ok());
        found = m_hub.challenges->find(id);
        QCOMPARE(found->matchRule.text(), QStringLiteral("b.test"));
        QCOMPARE(found->updatedAt, m_hub.clock.now());

        QVERIFY(m_hub.challenges->remove(id).ok());
        QCOMPARE(m_hub.challenges->find(id).problem().code, QStringLiteral("challenges.not-found"));
    }

    void refusesMalformedRulesWithTheOffendingEntries()
    {
        ManagedChallenge challenge;
        challenge.title = QStringLiteral("Bad");
        challenge.providerId = m_hub.providerId;
        challenge.matchRule = DomainMatchRule(QStringLiteral("ok.test; bad..test"));
        const Result<qint64> id = m_hub.challenges->add(challenge);
        QVERIFY(!id.ok());
        QCOMPARE(id.problem().code, QStringLiteral("challenges.bad-rule"));
        QVERIFY(id.problem().detail.contains(QStringLiteral("bad..test")));
    }

    void refusesOtherChallengeTypesAndMissingTitle()
    {
        ManagedChallenge challenge;
        challenge.providerId = m_hub.providerId;
        QCOMPARE(m_hub.challenges->add(challenge).problem().code, QStringLiteral("challenges.no-title"));
        challenge.title = QStringLiteral("HTTP");
        challenge.challengeType = QStringLiteral("http-01");
        QCOMPARE(m_hub.challenges->add(challenge).problem().code, QStringLiteral("challenges.unsupported-type"));
    }

    void refusesUnknownProvider()
    {
        ManagedChallenge challenge;
        challenge.title = QStringLiteral("Nowhere");
        challenge.providerId = 999;
        QCOMPARE(m_hub.challenges->add(challenge).problem().code, QStringLiteral("challenges.no-provider"));
    }

    void readsTheVersion2Fixture()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("certdesk-v2.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CERTDESK_TEST_DATA_DIR "/certdesk-v2.sqlite"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        Result<std::shared_ptr<Store>> store = Store::open(copy);
        QVERIFY(store.ok());
        ManagedChallengeRepository repository(store.value(), m_hub.clock);
        const Result<QList<ManagedChallenge>> all = repository.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().matchRule.entries(),
                 QStringList({QStringLiteral("*.example.test"), QStringLiteral("example.org")}));
        QCOMPARE(all->first().tags, QStringList({QStringLiteral("prod"), QStringLiteral("build")}));
        QVERIFY(all->last().matchRule.isFallback());
    }

    void listsAllInIdOrder()
    {
        const Result<QList<ManagedChallenge>> all = m_hub.challenges->all();
        QVERIFY(all.ok());
        QVERIFY(!all->isEmpty());
        for (qsizetype i = 1; i < all->size(); ++i) {
            QVERIFY(all->at(i - 1).id < all->at(i).id);
        }
    }
};

QTEST_GUILESS_MAIN(TestManagedChallengeRepository)
#include "TestManagedChallengeRepository.moc"
