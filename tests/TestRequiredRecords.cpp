#include "core/dns/DelegationLabel.h"
#include "core/endpoints/RequiredRecords.h"

#include <QTest>

// The records an administrator must create, derived per endpoint (DESIGN.md idea 3), and the
// two ways they are handed over: a zone-file snippet and plain text for a provider's console.
class TestRequiredRecords final : public QObject
{
    Q_OBJECT

private:
    static DnsName name(const QString &text) { return DnsName::parse(text).value(); }

    static DelegationZone delegation()
    {
        DelegationZone zone;
        zone.zone = name(QStringLiteral("acme.corp.example"));
        zone.providerId = 1;
        zone.providerKind = QStringLiteral("rfc2136");
        return zone;
    }

    static Endpoint endpoint(const QStringList &names, bool external = false, const QString &target = {})
    {
        Endpoint endpoint;
        endpoint.id = 7;
        endpoint.names = names;
        endpoint.exposure = external ? Endpoint::Exposure::External : Endpoint::Exposure::Internal;
        endpoint.targetHost = target;
        return endpoint;
    }

private Q_SLOTS:

    void internalEndpointNeedsOneChallengeCnamePerName()
    {
        const auto records = RequiredRecords::forEndpoint(
            endpoint({QStringLiteral("app.example.com"), QStringLiteral("api.example.com")}), delegation());
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2);
        const RequiredRecord &first = records->at(0);
        QCOMPARE(first.endpointId, 7);
        QCOMPARE(first.purpose, RequiredRecord::Purpose::Challenge);
        QCOMPARE(first.owner.ace(), QStringLiteral("_acme-challenge.app.example.com"));
        QCOMPARE(first.type, DnsRecordType::CNAME);
        QCOMPARE(first.target,
                 name(QStringLiteral("acme.corp.example"))
                     .child(DelegationLabel::forName(name(QStringLiteral("app.example.com")))));
        QCOMPARE(first.names, QList<DnsName>{name(QStringLiteral("app.example.com"))});
        QVERIFY(!first.atApex);
    }

    void wildcardSharesTheChallengeRecordOfItsBase()
    {
        const auto records = RequiredRecords::forEndpoint(
            endpoint({QStringLiteral("example.com"), QStringLiteral("*.example.com")}), delegation());
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().owner.ace(), QStringLiteral("_acme-challenge.example.com"));
        QCOMPARE(records->first().names,
                 (QList<DnsName>{name(QStringLiteral("example.com")), name(QStringLiteral("*.example.com"))}));
        // A wildcard alone gets the very same record.
        const auto alone = RequiredRecords::forEndpoint(endpoint({QStringLiteral("*.example.com")}), delegation());
        QCOMPARE(alone->first().owner, records->first().owner);
        QCOMPARE(alone->first().target, records->first().target);
    }

    void externalEndpointAlsoNeedsATrafficCname()
    {
        const auto records = RequiredRecords::forEndpoint(
            endpoint({QStringLiteral("www.example.com")}, true, QStringLiteral("LB.Example.NET.")), delegation());
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 2);
        const RequiredRecord &traffic = records->at(1);
        QCOMPARE(traffic.purpose, RequiredRecord::Purpose::Traffic);
        QCOMPARE(traffic.owner.ace(), QStringLiteral("www.example.com"));
        QCOMPARE(traffic.target.ace(), QStringLiteral("lb.example.net"));
        QCOMPARE(traffic.typeText(), QStringLiteral("CNAME"));
    }

    void zoneApexGetsTheAliasAlternativeInsteadOfACname()
    {
        const auto guessed = RequiredRecords::forEndpoint(
            endpoint({QStringLiteral("example.com")}, true, QStringLiteral("lb.example.net")), delegation());
        QVERIFY(guessed.ok());
        const RequiredRecord &apex = guessed->at(1);
        QVERIFY(apex.atApex);
        QCOMPARE(apex.typeText(), QStringLiteral("ALIAS"));
        QVERIFY(apex.note.contains(QStringLiteral("ALIAS or ANAME")));
        QVERIFY(apex.note.contains(QStringLiteral("A and AAAA")));
        QVERIFY(apex.note.contains(QStringLiteral("Assumed")));

        // What the live check found wins over the guess: example.co.uk is an apex, shop.example.com not.
        const RequiredRecords::ApexTest known = [](const DnsName &n) -> std::optional<bool> {
            return n.ace() == QLatin1String("example.co.uk");
        };
        const auto coUk = RequiredRecords::forEndpoint(
            endpoint({QStringLiteral("example.co.uk")}, true, QStringLiteral("lb.example.net")), delegation(), known);
        QVERIFY(coUk->at(1).atApex);
        QVERIFY(!coUk->at(1).note.contains(QStringLiteral("Assumed")));
        const auto twoLabelsButNotApex = RequiredRecords::forEndpoint(
            endpoint({QStringLiteral("example.com")}, true, QStringLiteral("lb.example.net")), delegation(), known);
        QVERIFY(!twoLabelsButNotApex->at(1).atApex);
    }

    void acmeDnsDelegationPointsEveryNameAtTheAccountsName()
    {
        DelegationZone acmeDns = delegation();
        acmeDns.providerKind = QStringLiteral("acme-dns");
        acmeDns.fixedTarget = name(QStringLiteral("d420c923-bbd7-4056-ab64-c3ca54c9b3cf.auth.example.org"));
        const auto records = RequiredRecords::forEndpoint(
            endpoint({QStringLiteral("a.example.com"), QStringLiteral("b.example.com")}), acmeDns);
        QCOMPARE(records->at(0).target, acmeDns.fixedTarget);
        QCOMPARE(records->at(1).target, acmeDns.fixedTarget);
    }

    void dns01WithoutADelegationZoneSaysHowToSetItUp()
    {
        const auto records = RequiredRecords::forEndpoint(endpoint({QStringLiteral("app.example.com")}), std::nullopt);
        QVERIFY(!records.ok());
        QCOMPARE(records.problem().code, QStringLiteral("delegation.not-set"));
        QVERIFY(records.problem().hint.contains(QStringLiteral("certdesk delegation set")));
    }

    void http01EndpointsNeedNoChallengeRecord()
    {
        Endpoint http = endpoint({QStringLiteral("www.example.com")}, true, QStringLiteral("lb.example.net"));
        http.challengeType = QStringLiteral("http-01");
        const auto records = RequiredRecords::forEndpoint(http, std::nullopt);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().purpose, RequiredRecord::Purpose::Traffic);
    }

    void malformedNamesAndTargetsAreRefused()
    {
        QCOMPARE(RequiredRecords::forName(QStringLiteral("bad..name.example"), delegation()).problem().code,
                 QStringLiteral("endpoint.bad-name"));
        QCOMPARE(RequiredRecords::forName(QStringLiteral("a.*.example.com"), delegation()).problem().code,
                 QStringLiteral("endpoint.bad-name"));
        QCOMPARE(RequiredRecords::forEndpoint(
                     endpoint({QStringLiteral("www.example.com")}, true, QStringLiteral("no target!")), delegation())
                     .problem()
                     .code,
                 QStringLiteral("endpoint.bad-target"));
    }

    void exportsAZoneFileSnippet()
    {
        const auto records =
            RequiredRecords::forEndpoint(endpoint({QStringLiteral("www.example.com"), QStringLiteral("example.com")},
                                                  true,
                                                  QStringLiteral("lb.example.net")),
                                         delegation());
        const QString snippet = RequiredRecords::zoneFileSnippet(records.value());
        const QString label = DelegationLabel::forName(name(QStringLiteral("www.example.com")));
        QVERIFY2(
            snippet.contains(
                QStringLiteral("_acme-challenge.www.example.com. 3600 IN CNAME %1.acme.corp.example.\n").arg(label)),
            qPrintable(snippet));
        QVERIFY(snippet.contains(QStringLiteral("www.example.com. 3600 IN CNAME lb.example.net.\n")));
        // The apex record is only a comment: pasting the snippet must not create an illegal CNAME.
        QVERIFY(!snippet.contains(QStringLiteral("\nexample.com. 3600 IN CNAME")));
        QVERIFY(snippet.contains(QStringLiteral("; example.com. 3600 IN ALIAS lb.example.net.")));
    }

    void exportsPlainTextForAProvidersConsole()
    {
        const auto records = RequiredRecords::forName(QStringLiteral("bücher.example.com"), delegation());
        const QString text = RequiredRecords::plainText(records.value());
        QVERIFY2(text.contains(QStringLiteral(
                     "Name:  _acme-challenge.xn--bcher-kva.example.com (_acme-challenge.bücher.example.com)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Type:  CNAME")));
        QVERIFY(!text.contains(QStringLiteral("Value: xn--"))); // a label never looks like an A-label
        QVERIFY(text.contains(QStringLiteral(".acme.corp.example")));
    }
};

QTEST_GUILESS_MAIN(TestRequiredRecords)
#include "TestRequiredRecords.moc"
