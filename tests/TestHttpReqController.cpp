#include "support/HubFixture.h"

#include "core/hub/HttpReqController.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QTranslator>

// Controller-level tests with a recording publisher; TestHubServer covers the same API over
// real TLS sockets.
class TestHttpReqController : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;
    std::unique_ptr<HttpReqController> m_controller;
    ApiTokenStore::Issued m_token;
    const QString m_value = QStringLiteral("LHDhK3oGRvkiefQnx7OOczTY5Tic_xZ6HcMOc_gmtoM");

    HubRequest post(const QString &path, const QByteArray &body, const ApiTokenStore::Issued &token)
    {
        HubRequest request;
        request.method = "POST";
        request.path = path;
        request.body = body;
        request.remoteAddress = QHostAddress::LocalHost;
        const QByteArray basic = QByteArray(token.token.clientId.toUtf8() + ':' + token.secret).toBase64();
        request.headers.append({"Authorization", "Basic " + basic});
        return request;
    }

    QByteArray fqdnBody(const QString &fqdn) const
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("fqdn"), fqdn}, {QStringLiteral("value"), m_value}})
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_hub.setUp());
        m_hub.addChallenge(QStringLiteral("Fallback"), QString());
        const qint64 example = m_hub.addChallenge(QStringLiteral("Example"), QStringLiteral("*.example.test"));
        m_token = m_hub.issue(QStringLiteral("build-01"), {example});
        m_controller = std::make_unique<HttpReqController>(*m_hub.relay);
    }

    void init() { m_hub.publisher.calls.clear(); }

    void presentWritesTheRecordAndEchoesTheBody()
    {
        const QByteArray body = fqdnBody(QStringLiteral("_acme-challenge.a.example.test."));
        const HubResponse response = call(*m_controller, post(QStringLiteral("/present"), body, m_token));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, body);
        QCOMPARE(m_hub.publisher.calls.size(), 1);
        QCOMPARE(m_hub.publisher.calls.first().action, QStringLiteral("present"));
        QCOMPARE(m_hub.publisher.calls.first().fqdn, QStringLiteral("_acme-challenge.a.example.test"));
        QCOMPARE(m_hub.publisher.calls.first().value, m_value);
    }

    void cleanupRemovesTheRecord()
    {
        const HubResponse response = call(
            *m_controller,
            post(QStringLiteral("/cleanup"), fqdnBody(QStringLiteral("_acme-challenge.a.example.test.")), m_token));
        QCOMPARE(response.status, 200);
        QCOMPARE(m_hub.publisher.calls.first().action, QStringLiteral("cleanup"));
        QVERIFY(!m_hub.publisher.published.contains(QStringLiteral("_acme-challenge.a.example.test")));
    }

    void rawModeComputesTheTxtValueFromKeyAuth()
    {
        const QByteArray body = R"({"domain":"b.example.test","token":"tok","keyAuth":"tok.thumbprint"})";
        const HubResponse response = call(*m_controller, post(QStringLiteral("/present"), body, m_token));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, body);
        QCOMPARE(m_hub.publisher.calls.first().fqdn, QStringLiteral("_acme-challenge.b.example.test"));
        // RFC 8555 8.4: base64url(SHA-256("tok.thumbprint"))
        QCOMPARE(m_hub.publisher.calls.first().value, HttpReqController::txtValueFor(QStringLiteral("tok.thumbprint")));
        QCOMPARE(HttpReqController::txtValueFor(QStringLiteral("tok.thumbprint")).size(), 43);
    }

    void wrongSecretIs401WithoutSayingWhy()
    {
        ApiTokenStore::Issued wrong = m_token;
        wrong.secret = "not-the-secret";
        const HubResponse response =
            call(*m_controller,
                 post(QStringLiteral("/present"), fqdnBody(QStringLiteral("_acme-challenge.a.example.test.")), wrong));
        QCOMPARE(response.status, 401);
        QVERIFY(!response.body.contains("wrong"));
        QCOMPARE(response.headers.first().first, QByteArray("WWW-Authenticate"));
        QVERIFY(m_hub.publisher.calls.isEmpty());
        QCOMPARE(m_hub.auditEntries().first().reason, QStringLiteral("wrong secret"));
    }

    void missingAuthorizationIs401()
    {
        HubRequest request = post(QStringLiteral("/present"), fqdnBody(QStringLiteral("a.example.test")), m_token);
        request.headers.clear();
        QCOMPARE(call(*m_controller, request).status, 401);
    }

    void nameOutsideScopeIs403WithReason()
    {
        const HubResponse response = call(
            *m_controller,
            post(QStringLiteral("/present"), fqdnBody(QStringLiteral("_acme-challenge.a.b.example.test.")), m_token));
        QCOMPARE(response.status, 403);
        QVERIFY2(
            response.jsonBody().value(QStringLiteral("detail")).toString().contains(QStringLiteral("*.example.test")),
            response.body.constData());
        QVERIFY(m_hub.publisher.calls.isEmpty());
    }

    void injectedNamesAre400AndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("fqdn");
        QTest::newRow("space") << QStringLiteral("_acme-challenge.a b.example.test.");
        QTest::newRow("quote") << QStringLiteral("_acme-challenge.a\".example.test.");
        QTest::newRow("newline") << QStringLiteral("_acme-challenge.a.example.test.\nupdate add evil.test 1 TXT x");
        QTest::newRow("dots") << QStringLiteral("_acme-challenge.a..example.test.");
        QTest::newRow("overlong") << (QStringLiteral("_acme-challenge.") + QString(70, QLatin1Char('a'))
                                      + QStringLiteral(".example.test."));
    }

    void injectedNamesAre400AndNothingIsWritten()
    {
        QFETCH(QString, fqdn);
        const HubResponse response = call(*m_controller, post(QStringLiteral("/present"), fqdnBody(fqdn), m_token));
        QCOMPARE(response.status, 400);
        QVERIFY(m_hub.publisher.calls.isEmpty());
    }

    void malformedBodiesAre400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("fqdn=a");
        QTest::newRow("array") << QByteArray(R"([{"fqdn":"a","value":"b"}])");
        QTest::newRow("wrong type") << QByteArray(R"({"fqdn":1,"value":"b"})");
        QTest::newRow("unknown field") << QByteArray(R"({"fqdn":"a.example.test","value":"b","ttl":"60"})");
        QTest::newRow("short value") << QByteArray(R"({"fqdn":"a.example.test","value":"b"})");
    }

    void malformedBodiesAre400()
    {
        QFETCH(QByteArray, body);
        const HubResponse response = call(*m_controller, post(QStringLiteral("/present"), body, m_token));
        QCOMPARE(response.status, 400);
        QVERIFY(!response.jsonBody().value(QStringLiteral("detail")).toString().isEmpty());
        QVERIFY(m_hub.publisher.calls.isEmpty());
    }

    // The provider's problem (in the desktop's language, naming its servers) stays in the
    // audit log; the client gets a stable English sentence for its kind and the code.
    void dnsFailureIs502InStableEnglishWithTheProvidersCode()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/certdesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto restore = qScopeGuard([&german] {
            QCoreApplication::removeTranslator(&german);
        });
        m_hub.publisher.fail = true;
        const HubResponse response = call(
            *m_controller,
            post(QStringLiteral("/present"), fqdnBody(QStringLiteral("_acme-challenge.c.example.test.")), m_token));
        m_hub.publisher.fail = false;
        QCOMPARE(response.status, 502);
        const QJsonObject problem = response.jsonBody();
        QCOMPARE(problem.value(QStringLiteral("title")).toString(),
                 QStringLiteral("The DNS provider did not accept the change."));
        QCOMPARE(problem.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("The hub's administrator finds the provider's answer in the hub's audit log. "
                                "(code dns.update-refused)"));
        QVERIFY(!response.body.contains("REFUSED") && !response.body.contains("refused the update"));
    }

    void otherPathsAndMethodsAreNotTaken()
    {
        bool handled = true;
        HubRequest request = post(QStringLiteral("/elsewhere"), {}, m_token);
        call(*m_controller, request, &handled);
        QVERIFY(!handled);
        request.path = QStringLiteral("/present");
        request.method = "GET";
        QCOMPARE(call(*m_controller, request).status, 405);
    }

    void secretNeverAppearsInTheAuditLog()
    {
        for (const HubAuditLog::Entry &entry : m_hub.auditEntries()) {
            QVERIFY(!entry.reason.contains(QString::fromLatin1(m_token.secret)));
            QVERIFY(!entry.name.contains(QString::fromLatin1(m_token.secret)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpReqController)
#include "TestHttpReqController.moc"
