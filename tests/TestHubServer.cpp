#include "support/HubFixture.h"
#include "support/TestCertificates.h"

#include "core/hub/AcmeDnsController.h"
#include "core/hub/CertifyController.h"
#include "core/hub/HttpReqController.h"
#include "core/hub/HubServer.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace {

// Every log line the hub writes during the test, to prove no secret reaches a log.
QStringList s_logLines;
QtMessageHandler s_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_logLines << message;
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
    }
}

} // namespace

// The hub over real sockets: TLS verified against the test's own CA (never ignoreSslErrors),
// QNetworkAccessManager as the client, everything on 127.0.0.1.
class TestHubServer : public QObject
{
    Q_OBJECT

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QList<QSslError> sslErrors;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    HubFixture m_hub;
    QTemporaryDir m_certDir;
    TestCertificates m_certs;
    std::unique_ptr<HttpReqController> m_httpReq;
    std::unique_ptr<AcmeDnsController> m_acmeDns;
    std::unique_ptr<CertifyController> m_certify;
    std::unique_ptr<HubServer> m_server;
    ApiTokenStore::Issued m_token;
    QNetworkAccessManager m_network;
    const QString m_value = QStringLiteral("LHDhK3oGRvkiefQnx7OOczTY5Tic_xZ6HcMOc_gmtoM");

    QUrl url(const QString &path, const HubServer &server, const QString &scheme = QStringLiteral("https")) const
    {
        QUrl u;
        u.setScheme(scheme);
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(server.port());
        u.setPath(path);
        return u;
    }

    Reply send(const QByteArray &method,
               const QUrl &target,
               const QByteArray &body,
               const QList<std::pair<QByteArray, QByteArray>> &headers = {},
               bool trustTestCa = true)
    {
        QNetworkRequest request(target);
        if (target.scheme() == QLatin1String("https")) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(trustTestCa ? QList<QSslCertificate>{m_certs.ca}
                                              : QSslConfiguration::systemCaCertificates());
            request.setSslConfiguration(tls);
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        Reply result;
        connect(reply, &QNetworkReply::sslErrors, reply, [&result](const QList<QSslError> &errors) {
            result.sslErrors = errors;
        });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000)) {
            qWarning("request to %s timed out", qPrintable(target.toString()));
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.retryAfter = reply->rawHeader("Retry-After");
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    QList<std::pair<QByteArray, QByteArray>> basicAuth(const ApiTokenStore::Issued &token) const
    {
        return {
            {"Authorization", "Basic " + QByteArray(token.token.clientId.toUtf8() + ':' + token.secret).toBase64()}};
    }

    QByteArray present(const QString &fqdn) const
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("fqdn"), fqdn}, {QStringLiteral("value"), m_value}})
            .toJson(QJsonDocument::Compact);
    }

    HubServer::Options tlsOptions() const
    {
        HubServer::Options options;
        options.address = QHostAddress::LocalHost;
        options.certificate = m_certs.server;
        options.privateKey = m_certs.serverKey;
        return options;
    }

private Q_SLOTS:

    void initTestCase()
    {
        s_previousHandler = qInstallMessageHandler(recordMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("certdesk.*.debug=true"));
        QVERIFY(m_hub.setUp());
        QVERIFY2(m_certs.make(m_certDir.path()), qPrintable(m_certs.error));
        m_hub.addChallenge(QStringLiteral("Everything else"), QString());
        const qint64 example = m_hub.addChallenge(QStringLiteral("Example"), QStringLiteral("*.example.test"));
        m_token = m_hub.issue(QStringLiteral("build-01"), {example});

        m_httpReq = std::make_unique<HttpReqController>(*m_hub.relay);
        m_acmeDns = std::make_unique<AcmeDnsController>(
            *m_hub.relay, *m_hub.tokens, *m_hub.acmeDns, AcmeDnsController::Settings{});
        m_certify = std::make_unique<CertifyController>(*m_hub.relay, m_hub.clock);
        m_server = std::make_unique<HubServer>(m_hub.clock);
        m_server->setAuditLog(m_hub.audit.get());
        m_server->addController(m_httpReq.get());
        m_server->addController(m_acmeDns.get());
        m_server->addController(m_certify.get());
        const Result<quint16> port = m_server->listen(tlsOptions());
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.problem().message()));
        QVERIFY(m_server->isTls());
    }

    void presentsOverVerifiedTls()
    {
        const QByteArray body = present(QStringLiteral("_acme-challenge.a.example.test."));
        const Reply reply = send("POST", url(QStringLiteral("/present"), *m_server), body, basicAuth(m_token));
        QVERIFY(reply.sslErrors.isEmpty());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, body);
        QVERIFY(m_hub.publisher.published.contains(QStringLiteral("_acme-challenge.a.example.test"), m_value));
    }

    void clientThatDoesNotTrustTheCaCannotConnect()
    {
        m_network.clearConnectionCache(); // or the verified connection of the last test is reused
        const Reply reply = send("GET", url(QStringLiteral("/health"), *m_server), {}, {}, false);
        m_network.clearConnectionCache();
        QCOMPARE(reply.status, 0);
        QVERIFY(!reply.sslErrors.isEmpty());
    }

    void healthAnswersOverTls() { QCOMPARE(send("GET", url(QStringLiteral("/health"), *m_server), {}).status, 200); }

    void wrongSecretIs401()
    {
        ApiTokenStore::Issued wrong = m_token;
        wrong.secret = "guess";
        const Reply reply = send("POST",
                                 url(QStringLiteral("/present"), *m_server),
                                 present(QStringLiteral("_acme-challenge.a.example.test.")),
                                 basicAuth(wrong));
        QCOMPARE(reply.status, 401);
        QVERIFY(!reply.body.contains("wrong secret"));
    }

    void unknownClientGetsTheSameAnswerAsWrongSecret()
    {
        ApiTokenStore::Issued stranger = m_token;
        stranger.token.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ApiTokenStore::Issued wrong = m_token;
        wrong.secret = "guess";
        const QUrl target = url(QStringLiteral("/present"), *m_server);
        const QByteArray body = present(QStringLiteral("_acme-challenge.a.example.test."));
        const Reply a = send("POST", target, body, basicAuth(stranger));
        const Reply b = send("POST", target, body, basicAuth(wrong));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.body, b.body);
    }

    void revokedTokenIs401()
    {
        const ApiTokenStore::Issued revoked = m_hub.issue(QStringLiteral("old"), {m_hub.challenges->all()->last().id});
        QVERIFY(m_hub.tokens->revoke(revoked.token.clientId).ok());
        QCOMPARE(send("POST",
                      url(QStringLiteral("/present"), *m_server),
                      present(QStringLiteral("_acme-challenge.a.example.test.")),
                      basicAuth(revoked))
                     .status,
                 401);
    }

    void otherDomainIs403()
    {
        const Reply reply = send("POST",
                                 url(QStringLiteral("/present"), *m_server),
                                 present(QStringLiteral("_acme-challenge.other.test.")),
                                 basicAuth(m_token));
        QCOMPARE(reply.status, 403);
        QVERIFY2(reply.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("*.example.test")),
                 reply.body.constData());
    }

    void twoLabelsBelowWildcardIs403()
    {
        const Reply reply = send("POST",
                                 url(QStringLiteral("/present"), *m_server),
                                 present(QStringLiteral("_acme-challenge.a.b.example.test.")),
                                 basicAuth(m_token));
        QCOMPARE(reply.status, 403);
        QVERIFY2(reply.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("2 labels below")),
                 reply.body.constData());
    }

    void oversizedBodyIs413()
    {
        QByteArray huge = present(QStringLiteral("_acme-challenge.a.example.test."));
        huge.insert(1, "\"pad\":\"" + QByteArray(70 * 1024, 'x') + "\",");
        const Reply reply = send("POST", url(QStringLiteral("/present"), *m_server), huge, basicAuth(m_token));
        QCOMPARE(reply.status, 413);
        QVERIFY(m_hub.auditEntries().first().reason.startsWith(QStringLiteral("request body over")));
    }

    void malformedJsonIs400WithReason()
    {
        const Reply reply = send("POST", url(QStringLiteral("/present"), *m_server), "{\"fqdn\":", basicAuth(m_token));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("Malformed JSON")));
    }

    void injectedNameIs400()
    {
        const Reply reply = send("POST",
                                 url(QStringLiteral("/present"), *m_server),
                                 present(QStringLiteral("_acme-challenge.a.example.test.\nupdate add x 1 TXT y")),
                                 basicAuth(m_token));
        QCOMPARE(reply.status, 400);
    }

    void certifyRequestOverTls()
    {
        const QJsonObject body{{QStringLiteral("ChallengeType"), QStringLiteral("dns-01")},
                               {QStringLiteral("Identifier"), QStringLiteral("c.example.test")},
                               {QStringLiteral("ResponseKey"), QStringLiteral("_acme-challenge.c.example.test")},
                               {QStringLiteral("ResponseValue"), m_value}};
        const Reply reply =
            send("POST",
                 url(QStringLiteral("/api/v1/managedchallenge/request"), *m_server),
                 QJsonDocument(body).toJson(),
                 {{"X-Client-ID", m_token.token.clientId.toUtf8()}, {"X-Client-Secret", m_token.secret}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("isSuccess")).toBool(), true);
    }

    void unknownPathIs404() { QCOMPARE(send("GET", url(QStringLiteral("/nothing-here"), *m_server), {}).status, 404); }

    void rateLimitAnswers429WithRetryAfter()
    {
        HubServer limited(m_hub.clock);
        limited.addController(m_acmeDns.get());
        HubServer::Options options = tlsOptions();
        options.burstPerAddress = 2;
        options.perMinutePerAddress = 2;
        QVERIFY(limited.listen(options).ok());
        QCOMPARE(send("GET", url(QStringLiteral("/health"), limited), {}).status, 200);
        QCOMPARE(send("GET", url(QStringLiteral("/health"), limited), {}).status, 200);
        const Reply refused = send("GET", url(QStringLiteral("/health"), limited), {});
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.retryAfter, QByteArray("30"));
        m_hub.clock.advance(30);
        QCOMPARE(send("GET", url(QStringLiteral("/health"), limited), {}).status, 200);
    }

    void perClientRateLimitAnswers429()
    {
        m_hub.relay->clientLimiter().setLimits(1, 1);
        const QUrl target = url(QStringLiteral("/present"), *m_server);
        const QByteArray body = present(QStringLiteral("_acme-challenge.d.example.test."));
        QCOMPARE(send("POST", target, body, basicAuth(m_token)).status, 200);
        const Reply refused = send("POST", target, body, basicAuth(m_token));
        m_hub.relay->clientLimiter().setLimits(20, 60);
        QCOMPARE(refused.status, 429);
        QVERIFY(refused.retryAfter.toInt() > 0);
    }

    void refusesToListenWithoutTlsUnlessLoopbackAndAllowed()
    {
        HubServer server(m_hub.clock);
        HubServer::Options options;
        options.address = QHostAddress::LocalHost;
        QCOMPARE(server.listen(options).problem().code, QStringLiteral("hub.no-certificate"));
        options.allowPlainHttp = true;
        options.address = QHostAddress::AnyIPv4;
        QCOMPARE(server.listen(options).problem().code, QStringLiteral("hub.plain-http-not-loopback"));
    }

    void plainHttpOnLoopbackWhenExplicitlyAllowed()
    {
        HubServer plain(m_hub.clock);
        plain.addController(m_acmeDns.get());
        HubServer::Options options;
        options.address = QHostAddress::LocalHost;
        options.allowPlainHttp = true;
        QVERIFY(plain.listen(options).ok());
        QVERIFY(!plain.isTls());
        QCOMPARE(send("GET", url(QStringLiteral("/health"), plain, QStringLiteral("http")), {}).status, 200);
    }

    void logsNeverContainTheSecret()
    {
        QVERIFY(!s_logLines.isEmpty());
        for (const QString &line : std::as_const(s_logLines)) {
            QVERIFY(!line.contains(QString::fromLatin1(m_token.secret)));
        }
    }

    void auditLogNeverContainsTheSecret()
    {
        const QList<HubAuditLog::Entry> entries = m_hub.auditEntries();
        QVERIFY(!entries.isEmpty());
        for (const HubAuditLog::Entry &entry : entries) {
            QVERIFY(!entry.reason.contains(QString::fromLatin1(m_token.secret)));
            QVERIFY(!entry.clientId.contains(QString::fromLatin1(m_token.secret)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHubServer)
#include "TestHubServer.moc"
