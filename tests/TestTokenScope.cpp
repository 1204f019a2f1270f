#include "core/hub/TokenScope.h"

#include <QTest>

namespace {

ManagedChallenge challenge(qint64 id, const QString &title, const QString &rule, const QStringList &tags = {})
{
    ManagedChallenge c;
    c.id = id;
    c.title = title;
    c.matchRule = DomainMatchRule(rule);
    c.tags = tags;
    return c;
}

ApiToken token(const QList<qint64> &ids, const QStringList &tags = {}, const QString &rule = {})
{
    ApiToken t;
    t.clientId = QStringLiteral("0b7c1c2e-0000-4000-8000-000000000001");
    t.consumer = QStringLiteral("build-01");
    t.roles = ApiToken::Role::ManagedChallengeConsumer;
    t.scopeChallengeIds = ids;
    t.scopeTags = tags;
    t.nameRule = rule;
    return t;
}

} // namespace

class TestTokenScope : public QObject
{
    Q_OBJECT

private:
    const QList<ManagedChallenge> m_challenges{
        challenge(1, QStringLiteral("Everything else"), QString()),
        challenge(2, QStringLiteral("Example"), QStringLiteral("*.example.test")),
        challenge(3, QStringLiteral("Web"), QStringLiteral("www.example.test")),
        challenge(4, QStringLiteral("Org"), QStringLiteral("example.org"), {QStringLiteral("prod")})};

private Q_SLOTS:

    void allowsNameMatchedByAUsableChallenge()
    {
        const TokenScope::Decision decision =
            TokenScope(token({2}), m_challenges).authorize(QStringLiteral("a.example.test"));
        QVERIFY2(decision.allowed, qPrintable(decision.reason));
        QCOMPARE(decision.challenge->id, 2);
        QVERIFY(decision.reason.contains(QStringLiteral("*.example.test")));
    }

    void allowsByTag()
    {
        QVERIFY(TokenScope(token({}, {QStringLiteral("PROD")}), m_challenges)
                    .authorize(QStringLiteral("example.org"))
                    .allowed);
    }

    void rejectsTwoLevelsBelowWildcardNamingTheRule()
    {
        const TokenScope::Decision decision =
            TokenScope(token({2}), m_challenges).authorize(QStringLiteral("a.b.example.test"));
        QVERIFY(!decision.allowed);
        QVERIFY2(decision.reason.contains(QStringLiteral("'build-01' may write names matching *.example.test")),
                 qPrintable(decision.reason));
        QVERIFY2(decision.reason.contains(QStringLiteral("a.b.example.test is 2 labels below example.test")),
                 qPrintable(decision.reason));
    }

    void rejectsNameServedByAChallengeTheTokenMayNotUse()
    {
        // www.example.test is served by the more specific challenge 3, not by the token's *.example.test.
        const TokenScope::Decision decision =
            TokenScope(token({2}), m_challenges).authorize(QStringLiteral("www.example.test"));
        QVERIFY(!decision.allowed);
        QVERIFY2(decision.reason.contains(QStringLiteral("'Web'")), qPrintable(decision.reason));
    }

    void rejectsOtherDomain()
    {
        const TokenScope::Decision decision =
            TokenScope(token({2}), m_challenges).authorize(QStringLiteral("other.test"));
        QVERIFY(!decision.allowed);
        QVERIFY(decision.reason.contains(QStringLiteral("other.test")));
    }

    void rejectsWhenNoChallengeMatches()
    {
        const QList<ManagedChallenge> noFallback = m_challenges.mid(1);
        const TokenScope::Decision decision =
            TokenScope(token({2}), noFallback).authorize(QStringLiteral("other.test"));
        QVERIFY(!decision.allowed);
        QVERIFY(decision.reason.contains(QStringLiteral("No managed challenge matches other.test")));
    }

    void tokenWithoutScopeMayWriteNothing()
    {
        const TokenScope::Decision decision =
            TokenScope(token({}), m_challenges).authorize(QStringLiteral("a.example.test"));
        QVERIFY(!decision.allowed);
        QVERIFY(decision.reason.contains(QStringLiteral("no names")));
    }

    void tokenRuleRestrictsFurther()
    {
        const ApiToken restricted = token({2}, {}, QStringLiteral("ci.example.test"));
        QVERIFY(TokenScope(restricted, m_challenges).authorize(QStringLiteral("ci.example.test")).allowed);
        const TokenScope::Decision other =
            TokenScope(restricted, m_challenges).authorize(QStringLiteral("db.example.test"));
        QVERIFY(!other.allowed);
        QVERIFY(other.reason.contains(QStringLiteral("may write names matching ci.example.test")));
    }

    void wildcardIdentifierNeedsExplicitWildcardInTokenRule()
    {
        const ApiToken base = token({2}, {}, QStringLiteral("example.test"));
        const TokenScope::Decision decision =
            TokenScope(base, m_challenges).authorize(QStringLiteral("*.example.test"));
        QVERIFY(!decision.allowed);
        QVERIFY2(decision.reason.contains(QStringLiteral("explicit wildcard")), qPrintable(decision.reason));
        const ApiToken wildcard = token({2}, {}, QStringLiteral("*.example.test"));
        QVERIFY(TokenScope(wildcard, m_challenges).authorize(QStringLiteral("*.example.test")).allowed);
    }

    void roleIsRequired()
    {
        ApiToken certificatesOnly = token({2});
        certificatesOnly.roles = ApiToken::Role::CertificateConsumer;
        const TokenScope::Decision decision =
            TokenScope(certificatesOnly, m_challenges).authorize(QStringLiteral("a.example.test"));
        QVERIFY(!decision.allowed);
        QVERIFY(decision.reason.contains(QStringLiteral("managed-challenge-consumer")));
    }
};

QTEST_GUILESS_MAIN(TestTokenScope)
#include "TestTokenScope.moc"
