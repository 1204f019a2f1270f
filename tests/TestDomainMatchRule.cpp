#include "core/challenges/ChallengeName.h"
#include "core/challenges/DomainMatchRule.h"

#include <QTest>

class TestDomainMatchRule : public QObject
{
    Q_OBJECT

    using Use = DomainMatchRule::Use;

private Q_SLOTS:

    void splitsOnSemicolonsAndCommasTrimmedWithoutCase()
    {
        const DomainMatchRule rule(QStringLiteral(" *.Example.com ;example.ORG, , b.test. "));
        QCOMPARE(
            rule.entries(),
            QStringList({QStringLiteral("*.example.com"), QStringLiteral("example.org"), QStringLiteral("b.test")}));
        QVERIFY(rule.matches(QStringLiteral("example.org")));
        QVERIFY(rule.matches(QStringLiteral("b.test")));
    }

    void exactEntryMatchesOnlyThatName()
    {
        const DomainMatchRule rule(QStringLiteral("example.com"));
        QVERIFY(rule.matches(QStringLiteral("example.com")));
        QVERIFY(!rule.matches(QStringLiteral("www.example.com")));
        QVERIFY(!rule.matches(QStringLiteral("notexample.com")));
    }

    void wildcardMatchesBaseAndOneLabelBelow()
    {
        const DomainMatchRule rule(QStringLiteral("*.example.com"));
        QVERIFY(rule.matches(QStringLiteral("example.com")));
        QVERIFY(rule.matches(QStringLiteral("www.example.com")));
        QVERIFY(rule.matches(QStringLiteral("*.example.com")));
    }

    void rejectsTwoLevelsBelowWildcard()
    {
        const DomainMatchRule rule(QStringLiteral("*.example.com"));
        QVERIFY(!rule.matches(QStringLiteral("a.b.example.com")));
        QVERIFY(!rule.matches(QStringLiteral("badexample.com")));
        QVERIFY(!rule.matches(QStringLiteral("example.com.evil.test")));
    }

    void emptyRuleIsFallbackMatchingEverythingLowest()
    {
        const DomainMatchRule rule(QStringLiteral(" ; "));
        QVERIFY(rule.isFallback());
        QVERIFY(rule.matches(QStringLiteral("anything.test")));
        QCOMPARE(rule.specificity(QStringLiteral("anything.test")), DomainMatchRule::FallbackScore);
        QVERIFY(DomainMatchRule(QStringLiteral("*.test")).specificity(QStringLiteral("anything.test"))
                > DomainMatchRule::FallbackScore);
    }

    void specificityRanksExactThenWildcardOfNameThenBaseThenLongestWildcard()
    {
        const QString name = QStringLiteral("www.example.com");
        const int exact = DomainMatchRule(QStringLiteral("www.example.com")).specificity(name);
        const int wildcardOfName = DomainMatchRule(QStringLiteral("*.www.example.com")).specificity(name);
        const int longWildcard = DomainMatchRule(QStringLiteral("*.example.com")).specificity(name);
        const int shortWildcard = DomainMatchRule(QStringLiteral("*.com")).specificity(QStringLiteral("example.com"));
        QVERIFY(exact > wildcardOfName);
        QVERIFY(wildcardOfName > longWildcard);
        QVERIFY(longWildcard > shortWildcard);

        // The base name of a wildcard identifier ranks after "*.<name>" and before parent wildcards.
        const QString wildcard = QStringLiteral("*.example.com");
        const int explicitWildcard = DomainMatchRule(QStringLiteral("*.example.com")).specificity(wildcard);
        const int base = DomainMatchRule(QStringLiteral("example.com")).specificity(wildcard);
        QVERIFY(explicitWildcard > base);
        QVERIFY(base > longWildcard);
    }

    void wildcardOfTheNameIsLongerThanItsParentWildcard()
    {
        const QString name = QStringLiteral("dev.example.com");
        QVERIFY(DomainMatchRule(QStringLiteral("*.dev.example.com")).specificity(name)
                > DomainMatchRule(QStringLiteral("*.example.com")).specificity(name));
        QCOMPARE(DomainMatchRule(QStringLiteral("*.example.com")).specificity(QStringLiteral("a.dev.example.com")),
                 DomainMatchRule::NoMatch);
    }

    void tokenRestrictionNeedsExplicitWildcardEntry()
    {
        const DomainMatchRule base(QStringLiteral("x.com"));
        QVERIFY(base.matches(QStringLiteral("*.x.com"), Use::ChallengeSelection));
        QVERIFY(!base.matches(QStringLiteral("*.x.com"), Use::TokenRestriction));
        QVERIFY(base.matches(QStringLiteral("x.com"), Use::TokenRestriction));
        QVERIFY(DomainMatchRule(QStringLiteral("*.x.com")).matches(QStringLiteral("*.x.com"), Use::TokenRestriction));
    }

    void bestEntryNamesTheWinningEntry()
    {
        const DomainMatchRule rule(QStringLiteral("*.example.com; www.example.com"));
        QCOMPARE(rule.bestEntry(QStringLiteral("www.example.com")), QStringLiteral("www.example.com"));
        QCOMPARE(rule.bestEntry(QStringLiteral("api.example.com")), QStringLiteral("*.example.com"));
    }

    void flagsInvalidEntries()
    {
        const DomainMatchRule rule(QStringLiteral("good.test; bad..test; *.*.x.test; sp ace.test"));
        QCOMPARE(
            rule.invalidEntries(),
            QStringList({QStringLiteral("bad..test"), QStringLiteral("*.*.x.test"), QStringLiteral("sp ace.test")}));
    }

    void challengeNamesMapToTheirHostname()
    {
        QCOMPARE(ChallengeName::normalize(QStringLiteral("_acme-challenge.WWW.Example.test.")).value(),
                 QStringLiteral("www.example.test"));
        QCOMPARE(ChallengeName::normalize(QStringLiteral("*.example.test")).value(), QStringLiteral("*.example.test"));
        QCOMPARE(ChallengeName::recordNameFor(QStringLiteral("*.example.test")),
                 QStringLiteral("_acme-challenge.example.test"));
    }

    void challengeNamesRefuseInjectedCharacters_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("space") << QStringLiteral("a b.example.test");
        QTest::newRow("quote") << QStringLiteral("a\".example.test");
        QTest::newRow("newline") << QStringLiteral("a.example.test\nupdate delete example.test");
        QTest::newRow("double dot") << QStringLiteral("a..example.test");
        QTest::newRow("semicolon") << QStringLiteral("a;b.example.test");
        QTest::newRow("overlong label") << (QString(64, QLatin1Char('a')) + QStringLiteral(".test"));
        QTest::newRow("overlong name") << (QStringLiteral("a.").repeated(127) + QStringLiteral("test"));
        QTest::newRow("single label") << QStringLiteral("localhost");
        QTest::newRow("empty") << QString();
        QTest::newRow("inner wildcard") << QStringLiteral("a.*.example.test");
        QTest::newRow("leading hyphen") << QStringLiteral("-a.example.test");
    }

    void challengeNamesRefuseInjectedCharacters()
    {
        QFETCH(QString, input);
        const Result<QString> result = ChallengeName::normalize(input);
        QVERIFY(!result.ok());
        QCOMPARE(result.problem().code, QStringLiteral("hub.bad-name"));
    }
};

QTEST_GUILESS_MAIN(TestDomainMatchRule)
#include "TestDomainMatchRule.moc"
