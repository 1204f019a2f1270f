#include "core/dns/DelegationLabel.h"

#include <QRegularExpression>
#include <QTest>

class TestDelegationLabel final : public QObject
{
    Q_OBJECT

private:
    static DnsName name(const QString &text) { return DnsName::parse(text).value(); }

    static bool isDnsSafeLabel(const QString &label)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
        return label.size() <= 63 && pattern.match(label).hasMatch() && !label.contains(QLatin1String("--"));
    }

private Q_SLOTS:

    void isReproducible()
    {
        // Pinned: a deployed CNAME points at this label, so it must never change.
        QCOMPARE(DelegationLabel::forName(name(QStringLiteral("example.com"))),
                 DelegationLabel::forName(name(QStringLiteral("EXAMPLE.com."))));
        QCOMPARE(DelegationLabel::forName(name(QStringLiteral("example.com"))),
                 QStringLiteral("example-com-") + DelegationLabel::hashSuffix(name(QStringLiteral("example.com"))));
    }

    void matchesPinnedValue()
    {
        // Computed independently: base32(sha256("www.example.com"))[:16], lower-cased.
        QCOMPARE(DelegationLabel::forName(name(QStringLiteral("www.example.com"))),
                 QStringLiteral("www-example-com-qd6a7ojgnw33qp4f"));
    }

    void wildcardSharesLabelWithBase()
    {
        QCOMPARE(DelegationLabel::forName(name(QStringLiteral("*.example.com"))),
                 DelegationLabel::forName(name(QStringLiteral("example.com"))));
    }

    void differsForDifferentNames()
    {
        QVERIFY(DelegationLabel::forName(name(QStringLiteral("a-b.example.com")))
                != DelegationLabel::forName(name(QStringLiteral("a.b.example.com"))));
    }

    void isDnsSafeForUnicodeNames()
    {
        const QString label = DelegationLabel::forName(name(QStringLiteral("bücher.example")));
        QVERIFY2(isDnsSafeLabel(label), qPrintable(label));
        QVERIFY(label.startsWith(QStringLiteral("xn-bcher-kva-example-")));
    }

    void isDnsSafeForServiceLabels()
    {
        const QString label = DelegationLabel::forName(name(QStringLiteral("_sip._tcp.example.com")));
        QVERIFY2(isDnsSafeLabel(label), qPrintable(label));
    }

    void staysWithin63CharactersForLongNames()
    {
        const QString longLabel(63, QLatin1Char('a'));
        const DnsName longName = name(longLabel + QLatin1Char('.') + longLabel + QStringLiteral(".example"));
        const QString label = DelegationLabel::forName(longName);
        QVERIFY2(isDnsSafeLabel(label), qPrintable(label));
        QCOMPARE(label.size(), 63);
    }

    void truncatedPrefixesStillDiffer()
    {
        const QString longLabel(63, QLatin1Char('a'));
        QVERIFY(DelegationLabel::forName(name(longLabel + QStringLiteral(".one.example")))
                != DelegationLabel::forName(name(longLabel + QStringLiteral(".two.example"))));
    }
};

QTEST_GUILESS_MAIN(TestDelegationLabel)
#include "TestDelegationLabel.moc"
