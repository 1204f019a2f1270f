#include "support/HubFixture.h"

#include "core/hub/CertifyController.h"

#include <QJsonDocument>

class TestCertifyController : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;
    std::unique_ptr<CertifyController> m_controller;
    ApiTokenStore::Issued m_token;
    const QString m_value = QStringLiteral("LHDhK3oGRvkiefQnx7OOczTY5Tic_xZ6HcMOc_gmtoM");

    // As Certify's DnsProviderCertifyManaged serialises it (Newtonsoft, PascalCase).
    HubRequest challengeRequest(const QString &endpoint, const QString &identifier, bool credentialsInBody = true) const
    {
        const QString base = identifier.startsWith(QLatin1String("*.")) ? identifier.mid(2) : identifier;
        QJsonObject body{{QStringLiteral("ChallengeType"), QStringLiteral("dns-01")},
                         {QStringLiteral("Identifier"), identifier},
                         {QStringLiteral("ResponseKey"), QString(QStringLiteral("_acme-challenge.") + base)},
                         {QStringLiteral("ResponseValue"), m_value}};
        HubRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/managedchallenge/") + endpoint;
        request.remoteAddress = QHostAddress::LocalHost;
        if (credentialsInBody) {
            body.insert(QStringLiteral("AuthKey"), m_token.token.clientId);
            body.insert(QStringLiteral("AuthSecret"), QString::fromLatin1(m_token.secret));
        } else {
            request.headers.append({"X-Client-ID", m_token.token.clientId.toUtf8()});
            request.headers.append({"X-Client-Secret", m_token.secret});
        }
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return request;
    }

    HubRequest status(const QString &id) const
    {
        HubRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/api/v1/managedchallenge/requeststatus/") + id;
        request.remoteAddress = QHostAddress::LocalHost;
        return request;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_hub.setUp());
        const qint64 example = m_hub.addChallenge(QStringLiteral("Example"), QStringLiteral("*.example.test"));
        m_token = m_hub.issue(QStringLiteral("certify-01"), {example});
        m_controller = std::make_unique<CertifyController>(*m_hub.relay, m_hub.clock);
    }

    void init() { m_hub.publisher.calls.clear(); }

    void requestPresentsSynchronously()
    {
        const HubResponse response =
            call(*m_controller, challengeRequest(QStringLiteral("request"), QStringLiteral("a.example.test")));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.jsonBody().value(QStringLiteral("isSuccess")).toBool(), true);
        QCOMPARE(m_hub.publisher.calls.size(), 1);
        QCOMPARE(m_hub.publisher.calls.first().fqdn, QStringLiteral("_acme-challenge.a.example.test"));
    }

    void headerCredentialsWorkToo()
    {
        QCOMPARE(
            call(*m_controller, challengeRequest(QStringLiteral("request"), QStringLiteral("b.example.test"), false))
                .status,
            200);
    }

    void requestBeginReturns202ThenStatusCompletes()
    {
        const HubResponse begun =
            call(*m_controller, challengeRequest(QStringLiteral("requestbegin"), QStringLiteral("c.example.test")));
        QCOMPARE(begun.status, 202);
        const QString id = begun.jsonBody().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!begun.body.contains(m_token.secret));

        QTRY_VERIFY(call(*m_controller, status(id)).jsonBody().value(QStringLiteral("isCompleted")).toBool());
        const QJsonObject operation = call(*m_controller, status(id)).jsonBody();
        QCOMPARE(operation.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(operation.value(QStringLiteral("result")).toObject().value(QStringLiteral("isSuccess")).toBool(),
                 true);
    }

    void requestBeginRefusalIsAnsweredAtOnce()
    {
        ApiTokenStore::Issued saved = m_token;
        m_token.secret = "wrong";
        const HubResponse response =
            call(*m_controller, challengeRequest(QStringLiteral("requestbegin"), QStringLiteral("c.example.test")));
        m_token = saved;
        QCOMPARE(response.status, 401);
        QVERIFY(
            response.jsonBody().value(QStringLiteral("detail")).toString().contains(QStringLiteral("not accepted")));
    }

    void unknownOperationIs404()
    {
        QCOMPARE(call(*m_controller, status(QStringLiteral("00000000-0000-0000-0000-000000000000"))).status, 404);
    }

    void cleanupRemovesAndForgetsTheRecord()
    {
        QCOMPARE(
            call(*m_controller, challengeRequest(QStringLiteral("request"), QStringLiteral("d.example.test"))).status,
            200);
        const int before = m_controller->leftoverCount();
        QCOMPARE(
            call(*m_controller, challengeRequest(QStringLiteral("cleanup"), QStringLiteral("d.example.test"))).status,
            200);
        QCOMPARE(m_controller->leftoverCount(), before - 1);
        QVERIFY(!m_hub.publisher.published.contains(QStringLiteral("_acme-challenge.d.example.test")));
    }

    void leftoverRecordsAreCleanedAfterFifteenMinutes()
    {
        QCOMPARE(
            call(*m_controller, challengeRequest(QStringLiteral("request"), QStringLiteral("e.example.test"))).status,
            200);
        QVERIFY(m_hub.publisher.published.contains(QStringLiteral("_acme-challenge.e.example.test")));
        m_hub.clock.advance(CertifyController::LeftoverLifetimeSeconds - 1);
        QCOMPARE(m_controller->sweep(), 0);
        m_hub.clock.advance(1);
        QVERIFY(m_controller->sweep() >= 1);
        QTRY_VERIFY(!m_hub.publisher.published.contains(QStringLiteral("_acme-challenge.e.example.test")));
        QCOMPARE(m_controller->leftoverCount(), 0);
    }

    void wildcardIdentifierIsAuthorised()
    {
        QCOMPARE(
            call(*m_controller, challengeRequest(QStringLiteral("request"), QStringLiteral("*.example.test"))).status,
            200);
        QCOMPARE(m_hub.publisher.calls.first().fqdn, QStringLiteral("_acme-challenge.example.test"));
    }

    void outOfScopeIs403WithProblemDetail()
    {
        const HubResponse response =
            call(*m_controller, challengeRequest(QStringLiteral("request"), QStringLiteral("other.test")));
        QCOMPARE(response.status, 403);
        QVERIFY(response.jsonBody().value(QStringLiteral("detail")).toString().contains(QStringLiteral("other.test")));
        QVERIFY(m_hub.publisher.calls.isEmpty());
    }

    void allowedIdentifierCannotCarryARecordOutsideTheScope()
    {
        HubRequest request = challengeRequest(QStringLiteral("request"), QStringLiteral("a.example.test"));
        request.body.replace("_acme-challenge.a.example.test", "_acme-challenge.victim.other.test");
        const HubResponse response = call(*m_controller, request);
        QCOMPARE(response.status, 403);
        QVERIFY(response.jsonBody()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("victim.other.test")));
        QVERIFY(m_hub.publisher.calls.isEmpty());
    }

    void unknownFieldsAndWrongTypesAre400()
    {
        HubRequest request = challengeRequest(QStringLiteral("request"), QStringLiteral("a.example.test"));
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        body.insert(QStringLiteral("Surprise"), 1);
        request.body = QJsonDocument(body).toJson();
        QCOMPARE(call(*m_controller, request).status, 400);
        request.body = "[]";
        QCOMPARE(call(*m_controller, request).status, 400);
    }

    void otherChallengeTypesAre400()
    {
        HubRequest request = challengeRequest(QStringLiteral("request"), QStringLiteral("a.example.test"));
        request.body.replace("dns-01", "http-01");
        QCOMPARE(call(*m_controller, request).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestCertifyController)
#include "TestCertifyController.moc"
