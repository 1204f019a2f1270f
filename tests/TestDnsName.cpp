#include "core/dns/DnsName.h"

#include <QTest>

class TestDnsName final : public QObject
{
    Q_OBJECT

private:
    static DnsName parsed(const QString &text)
    {
        const Result<DnsName> result = DnsName::parse(text);
        if (!result) {
            qWarning() << result.problem().code << result.problem().message();
            return {};
        }
        return result.value();
    }

    static QString problemCode(const QString &text)
    {
        const Result<DnsName> result = DnsName::parse(text);
        return result ? QString() : result.problem().code;
    }

private Q_SLOTS:

    void lowerCasesAndDropsTrailingDot()
    {
        QCOMPARE(parsed(QStringLiteral("WWW.Example.COM.")).ace(), QStringLiteral("www.example.com"));
        QCOMPARE(parsed(QStringLiteral("  example.com  ")).ace(), QStringLiteral("example.com"));
    }

    void givesFqdnWithTrailingDot()
    {
        QCOMPARE(parsed(QStringLiteral("example.com")).fqdn(), QStringLiteral("example.com."));
    }

    void convertsUnicodeToPunycode()
    {
        QCOMPARE(parsed(QStringLiteral("Bücher.example")).ace(), QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(parsed(QStringLiteral("xn--bcher-kva.example")).ace(), QStringLiteral("xn--bcher-kva.example"));
    }

    void rejectsInvalidPunycode()
    {
        QCOMPARE(problemCode(QStringLiteral("xn--a.example")), QStringLiteral("dns.name.idna"));
        QCOMPARE(problemCode(QStringLiteral("xn--999999999999999.example")), QStringLiteral("dns.name.idna"));
        QCOMPARE(problemCode(QStringLiteral("xn--abc-.example")), QStringLiteral("dns.name.idna"));
    }

    void treatsIdeographicFullStopAsDot()
    {
        QCOMPARE(parsed(QStringLiteral("bücher\u3002example")).ace(), QStringLiteral("xn--bcher-kva.example"));
    }

    void displaysPunycodeAsUnicode()
    {
        QCOMPARE(parsed(QStringLiteral("xn--bcher-kva.example")).display(), QStringLiteral("bücher.example"));
        QCOMPARE(parsed(QStringLiteral("*.bücher.example")).display(), QStringLiteral("*.bücher.example"));
        QCOMPARE(parsed(QStringLiteral("_acme-challenge.bücher.example")).display(),
                 QStringLiteral("_acme-challenge.bücher.example"));
    }

    void rejectsEmptyName()
    {
        QCOMPARE(problemCode(QString()), QStringLiteral("dns.name.empty"));
        QCOMPARE(problemCode(QStringLiteral(".")), QStringLiteral("dns.name.empty"));
    }

    void rejectsEmptyLabels()
    {
        QCOMPARE(problemCode(QStringLiteral("www..example.com")), QStringLiteral("dns.name.empty-label"));
        QCOMPARE(problemCode(QStringLiteral(".example.com")), QStringLiteral("dns.name.empty-label"));
        QCOMPARE(problemCode(QStringLiteral("example.com..")), QStringLiteral("dns.name.empty-label"));
    }

    void rejectsLabelLongerThan63()
    {
        const QString ok = QString(63, QLatin1Char('a')) + QStringLiteral(".example");
        const QString tooLong = QString(64, QLatin1Char('a')) + QStringLiteral(".example");
        QVERIFY(DnsName::parse(ok).ok());
        QCOMPARE(problemCode(tooLong), QStringLiteral("dns.name.label-too-long"));
    }

    void rejectsNameLongerThan253()
    {
        // Four 62-character labels and dots: 4 * 63 - 1 = 251 characters, then grow past 253.
        const QString label(62, QLatin1Char('a'));
        const QString name251 = QStringList{label, label, label, label}.join(QLatin1Char('.'));
        QCOMPARE(name251.size(), 251);
        QVERIFY(DnsName::parse(name251 + QStringLiteral(".b")).ok()); // 253
        QCOMPARE(problemCode(name251 + QStringLiteral(".bc")), QStringLiteral("dns.name.too-long"));
    }

    void rejectsIllegalCharacters()
    {
        QCOMPARE(problemCode(QStringLiteral("exa mple.com")), QStringLiteral("dns.name.illegal-character"));
        QCOMPARE(problemCode(QStringLiteral("user@example.com")), QStringLiteral("dns.name.illegal-character"));
        QCOMPARE(problemCode(QStringLiteral("example.com/path")), QStringLiteral("dns.name.illegal-character"));
    }

    void rejectsLabelStartingOrEndingWithHyphen()
    {
        QCOMPARE(problemCode(QStringLiteral("-www.example.com")), QStringLiteral("dns.name.hyphen"));
        QCOMPARE(problemCode(QStringLiteral("www-.example.com")), QStringLiteral("dns.name.hyphen"));
    }

    void acceptsUnderscoreInServiceLabels()
    {
        QCOMPARE(parsed(QStringLiteral("_acme-challenge.example.com")).ace(),
                 QStringLiteral("_acme-challenge.example.com"));
    }

    void acceptsWildcardAsFirstLabel()
    {
        const DnsName name = parsed(QStringLiteral("*.Example.com"));
        QVERIFY(name.isWildcard());
        QCOMPARE(name.ace(), QStringLiteral("*.example.com"));
    }

    void rejectsWildcardBelowFirstLabel()
    {
        QCOMPARE(problemCode(QStringLiteral("www.*.example.com")), QStringLiteral("dns.name.wildcard-position"));
        QCOMPARE(problemCode(QStringLiteral("*.*.example.com")), QStringLiteral("dns.name.wildcard-position"));
    }

    void rejectsPartialWildcardLabel()
    {
        QCOMPARE(problemCode(QStringLiteral("w*.example.com")), QStringLiteral("dns.name.wildcard-position"));
    }

    void rejectsBareWildcard()
    {
        QCOMPARE(problemCode(QStringLiteral("*")), QStringLiteral("dns.name.bare-wildcard"));
        QCOMPARE(problemCode(QStringLiteral("*.")), QStringLiteral("dns.name.bare-wildcard"));
    }

    void problemsCarryTitleAndHint()
    {
        const Result<DnsName> result = DnsName::parse(QStringLiteral("www.*.example.com"));
        QVERIFY(!result);
        QCOMPARE(result.problem().category, Problem::Category::Input);
        QVERIFY(!result.problem().title.isEmpty());
        QVERIFY(result.problem().detail.contains(QStringLiteral("www.*.example.com")));
        QVERIFY(!result.problem().hint.isEmpty());
    }

    void wildcardBaseIsTheNameBelowIt()
    {
        QCOMPARE(parsed(QStringLiteral("*.example.com")).base(), parsed(QStringLiteral("example.com")));
        QCOMPARE(parsed(QStringLiteral("www.example.com")).base(), parsed(QStringLiteral("www.example.com")));
    }

    void wildcardSharesChallengeNameWithBase()
    {
        const DnsName expected = parsed(QStringLiteral("_acme-challenge.example.com"));
        QCOMPARE(parsed(QStringLiteral("example.com")).challengeName(), expected);
        QCOMPARE(parsed(QStringLiteral("*.example.com")).challengeName(), expected);
    }

    void parentDropsFirstLabel()
    {
        QCOMPARE(parsed(QStringLiteral("a.b.example.com")).parent(), parsed(QStringLiteral("b.example.com")));
        QVERIFY(parsed(QStringLiteral("com")).parent().isNull());
    }

    void withinComparesWholeLabels()
    {
        const DnsName zone = parsed(QStringLiteral("example.com"));
        QVERIFY(parsed(QStringLiteral("www.example.com")).isWithin(zone));
        QVERIFY(zone.isWithin(zone));
        QVERIFY(!parsed(QStringLiteral("badexample.com")).isWithin(zone));
        QVERIFY(!parsed(QStringLiteral("example.org")).isWithin(zone));
    }

    void relativeToGivesRecordNameInZone()
    {
        const DnsName zone = parsed(QStringLiteral("example.com"));
        QCOMPARE(parsed(QStringLiteral("_acme-challenge.www.example.com")).relativeTo(zone),
                 QStringLiteral("_acme-challenge.www"));
        QCOMPARE(zone.relativeTo(zone), QStringLiteral("@"));
        QCOMPARE(parsed(QStringLiteral("example.org")).relativeTo(zone), QString());
    }

    void countsLabels()
    {
        QCOMPARE(parsed(QStringLiteral("*.example.com")).labelCount(), 3);
        QCOMPARE(DnsName().labelCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDnsName)
#include "TestDnsName.moc"
