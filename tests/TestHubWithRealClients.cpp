#include "Lab.h"
#include "LabVerify.h"
#include "support/HubFixture.h"
#include "support/NsupdatePublisher.h"
#include "support/TestCertificates.h"

#include "core/hub/AcmeDnsController.h"
#include "core/hub/CertifyController.h"
#include "core/hub/HttpReqController.h"
#include "core/hub/HubServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>

// The hub end to end with unmodified outside clients: lego (httpreq and acme-dns providers)
// asks the hub over verified HTTPS to publish its dns-01 TXT records; the hub writes them to the
// lab's BIND with TSIG-signed RFC 2136 updates; Pebble validates through that BIND and issues.
class TestHubWithRealClients : public QObject
{
    Q_OBJECT

private:
    struct LegoRun
    {
        bool ok = false;
        QString output;
    };

    HubFixture m_hub;
    std::unique_ptr<Lab> m_lab;
    QTemporaryDir m_work;
    TestCertificates m_certs;
    std::unique_ptr<NsupdatePublisher> m_publisher;
    std::unique_ptr<ChallengeRelay> m_relay;
    std::unique_ptr<HttpReqController> m_httpReq;
    std::unique_ptr<AcmeDnsController> m_acmeDns;
    std::unique_ptr<CertifyController> m_certify;
    std::unique_ptr<HubServer> m_server;
    qint64 m_customerChallenge = 0;
    qint64 m_delegationChallenge = 0;
    QString m_trustBundle;
    QNetworkAccessManager m_network;

    struct Reply
    {
        int status = 0;
        QJsonObject json;
    };

    Reply
    postJson(const QString &path, const QJsonObject &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(QUrl(endpoint() + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_certs.ca});
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        QNetworkReply *reply = m_network.post(request, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(15000);
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    QString endpoint() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()); }

    // lego's own HTTP client for the hub uses Go's default roots, which honour SSL_CERT_FILE:
    // trust exactly the lab CA (Pebble) and the hub's test CA, nothing else.
    LegoRun lego(const QProcessEnvironment &extra, const QString &domain, const QString &provider)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        environment.insert(QStringLiteral("HOME"), m_work.path());
        environment.insert(QStringLiteral("LEGO_CA_CERTIFICATES"), m_lab->caBundlePath());
        environment.insert(QStringLiteral("SSL_CERT_FILE"), m_trustBundle);
        environment.insert(extra);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("lego"),
                      {QStringLiteral("--server"),
                       m_lab->directoryUrl().toString(),
                       QStringLiteral("--email"),
                       QStringLiteral("hub@example.test"),
                       QStringLiteral("--accept-tos"),
                       QStringLiteral("--path"),
                       m_work.filePath(QStringLiteral("lego")),
                       QStringLiteral("--dns"),
                       provider,
                       QStringLiteral("--dns.disable-cp"),
                       QStringLiteral("--dns.resolvers"),
                       QStringLiteral("127.0.0.1:%1").arg(m_lab->bindPort()),
                       QStringLiteral("--domains"),
                       domain,
                       QStringLiteral("run")});
        // The hub answers lego from this thread's event loop: wait without blocking it.
        QSignalSpy finished(&process, &QProcess::finished);
        LegoRun run;
        run.ok = finished.wait(90000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        run.output = QString::fromUtf8(process.readAll());
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        return run;
    }

    QStringList txtAt(const QString &name) const
    {
        QProcess dig;
        dig.start(QStringLiteral("dig"),
                  {QStringLiteral("@127.0.0.1"),
                   QStringLiteral("-p"),
                   QString::number(m_lab->bindPort()),
                   QStringLiteral("+short"),
                   QStringLiteral("+norecurse"),
                   QStringLiteral("TXT"),
                   name});
        dig.waitForFinished(10000);
        QStringList values;
        for (const QString &line : QString::fromUtf8(dig.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            values << line.trimmed().remove(QLatin1Char('"'));
        }
        return values;
    }

    QProcessEnvironment httpReq(const ApiTokenStore::Issued &token, const QString &mode = {}) const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HTTPREQ_ENDPOINT"), endpoint());
        environment.insert(QStringLiteral("HTTPREQ_USERNAME"), token.token.clientId);
        environment.insert(QStringLiteral("HTTPREQ_PASSWORD"), QString::fromLatin1(token.secret));
        environment.insert(QStringLiteral("HTTPREQ_POLLING_INTERVAL"), QStringLiteral("1"));
        environment.insert(QStringLiteral("HTTPREQ_PROPAGATION_TIMEOUT"), QStringLiteral("30"));
        if (!mode.isEmpty()) {
            environment.insert(QStringLiteral("HTTPREQ_MODE"), mode);
        }
        return environment;
    }

    bool auditHas(const QString &api, const QString &action, const QString &name, bool allowed)
    {
        for (const HubAuditLog::Entry &entry : m_hub.auditEntries()) {
            if (entry.api == api && entry.action == action && entry.name == name && entry.allowed == allowed) {
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:

    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lego")).isEmpty()) {
            QSKIP("lego is not installed (Debian package lego)");
        }
        QVERIFY(m_hub.setUp());
        m_lab = std::make_unique<Lab>(Lab::Options{.pebble = true, .bind = true, .powerDns = false});
        LAB_VERIFY_OK(m_lab->start());
        QVERIFY2(m_certs.make(m_work.path()), qPrintable(m_certs.error));
        QFile bundle(m_work.filePath(QStringLiteral("trust.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(TestCertificates::read(m_lab->caBundlePath()));
        bundle.write(m_certs.ca.toPem());
        bundle.close();
        m_trustBundle = bundle.fileName();

        m_customerChallenge = m_hub.addChallenge(QStringLiteral("Customer zone"), QStringLiteral("*.example.test"));
        m_delegationChallenge =
            m_hub.addChallenge(QStringLiteral("Delegation zone"), QStringLiteral("*.acme-delegation.test"));
        m_publisher = std::make_unique<NsupdatePublisher>(*m_lab);
        m_relay = std::make_unique<ChallengeRelay>(
            *m_hub.tokens, *m_hub.challenges, *m_hub.audit, *m_publisher, Clock::system());
        m_httpReq = std::make_unique<HttpReqController>(*m_relay);
        AcmeDnsController::Settings acmeDns;
        acmeDns.zone = m_lab->delegationZone();
        acmeDns.registrationEnabled = true;
        acmeDns.registrationChallengeIds = {m_delegationChallenge};
        m_acmeDns = std::make_unique<AcmeDnsController>(*m_relay, *m_hub.tokens, *m_hub.acmeDns, acmeDns);
        m_certify = std::make_unique<CertifyController>(*m_relay, Clock::system());
        m_server = std::make_unique<HubServer>(Clock::system());
        m_server->addController(m_httpReq.get());
        m_server->addController(m_acmeDns.get());
        m_server->addController(m_certify.get());
        HubServer::Options options;
        options.certificate = m_certs.server;
        options.privateKey = m_certs.serverKey;
        LAB_VERIFY_OK(m_server->listen(options));
    }

    void legoHttpReqObtainsACertificateThroughTheHub()
    {
        const ApiTokenStore::Issued token = m_hub.issue(QStringLiteral("lego-httpreq"), {m_customerChallenge});
        const LegoRun run = lego(httpReq(token), QStringLiteral("www.example.test"), QStringLiteral("httpreq"));
        QVERIFY2(run.ok, qPrintable(run.output));
        QVERIFY(run.output.contains(QLatin1String("Server responded with a certificate")));
        QVERIFY(!run.output.contains(QString::fromLatin1(token.secret)));
        QVERIFY(
            auditHas(QStringLiteral("httpreq"), QStringLiteral("present"), QStringLiteral("www.example.test"), true));
        QVERIFY(
            auditHas(QStringLiteral("httpreq"), QStringLiteral("cleanup"), QStringLiteral("www.example.test"), true));
        QTRY_VERIFY(txtAt(QStringLiteral("_acme-challenge.www.example.test")).isEmpty()); // cleaned up
    }

    void legoHttpReqRawModeObtainsACertificate()
    {
        const ApiTokenStore::Issued token = m_hub.issue(QStringLiteral("lego-raw"), {m_customerChallenge});
        const LegoRun run =
            lego(httpReq(token, QStringLiteral("RAW")), QStringLiteral("api.example.test"), QStringLiteral("httpreq"));
        QVERIFY2(run.ok, qPrintable(run.output));
        QVERIFY(
            auditHas(QStringLiteral("httpreq"), QStringLiteral("present"), QStringLiteral("api.example.test"), true));
    }

    void legoFollowsCnameDelegationAndTheHubWritesTheTarget()
    {
        // _acme-challenge.delegated.example.test is a CNAME into the delegation zone; lego posts
        // the target, which only the delegation zone's challenge may write.
        const ApiTokenStore::Issued token = m_hub.issue(QStringLiteral("lego-delegated"), {m_delegationChallenge});
        const LegoRun run = lego(httpReq(token), QStringLiteral("delegated.example.test"), QStringLiteral("httpreq"));
        QVERIFY2(run.ok, qPrintable(run.output));
        QVERIFY(auditHas(QStringLiteral("httpreq"),
                         QStringLiteral("present"),
                         QStringLiteral("delegated.acme-delegation.test"),
                         true));
    }

    void legoOutsideTheTokensScopeIsRefusedAndNothingIsWritten()
    {
        const ApiTokenStore::Issued token = m_hub.issue(QStringLiteral("lego-narrow"), {m_delegationChallenge});
        const int updatesBefore = m_publisher->updates;
        const LegoRun run = lego(httpReq(token), QStringLiteral("example.test"), QStringLiteral("httpreq"));
        QVERIFY(!run.ok);
        QVERIFY2(run.output.contains(QLatin1String("403")), qPrintable(run.output));
        QVERIFY2(run.output.contains(QLatin1String("may write names matching *.acme-delegation.test")),
                 qPrintable(run.output));
        QCOMPARE(m_publisher->updates, updatesBefore);
        QVERIFY(txtAt(QStringLiteral("_acme-challenge.example.test")).isEmpty());
    }

    void acmeDnsClientKeepsTwoRollingValuesInBind()
    {
        // The acme-dns wire protocol as its clients speak it, over verified TLS, with the result
        // observed in the lab's BIND.
        const QJsonObject account = postJson(QStringLiteral("/register"), {}, {}).json;
        const QString user = account.value(QStringLiteral("username")).toString();
        const QByteArray key = account.value(QStringLiteral("password")).toString().toLatin1();
        const QString subdomain = account.value(QStringLiteral("subdomain")).toString();
        const QString fulldomain = account.value(QStringLiteral("fulldomain")).toString();
        QCOMPARE(fulldomain, subdomain + QLatin1Char('.') + m_lab->delegationZone());
        const QList<std::pair<QByteArray, QByteArray>> auth{{"X-Api-User", user.toUtf8()}, {"X-Api-Key", key}};
        const QStringList values{
            QString(43, QLatin1Char('a')), QString(43, QLatin1Char('b')), QString(43, QLatin1Char('c'))};
        for (const QString &value : values) {
            const Reply reply =
                postJson(QStringLiteral("/update"),
                         QJsonObject{{QStringLiteral("subdomain"), subdomain}, {QStringLiteral("txt"), value}},
                         auth);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(QStringLiteral("txt")).toString(), value);
        }
        const auto published = [this, &fulldomain]() {
            const QStringList found = txtAt(fulldomain);
            return QSet<QString>(found.begin(), found.end());
        };
        QTRY_COMPARE(published(), QSet<QString>({values.at(1), values.at(2)}));

        const Reply wrong =
            postJson(QStringLiteral("/update"),
                     QJsonObject{{QStringLiteral("subdomain"), subdomain}, {QStringLiteral("txt"), values.at(0)}},
                     {{"X-Api-User", user.toUtf8()}, {"X-Api-Key", "nope"}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json.value(QStringLiteral("error")).toString(), QStringLiteral("forbidden"));
    }

    void legoAcmeDnsRegistersThenObtainsAfterTheCnameExists()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("ACME_DNS_API_BASE"), endpoint());
        environment.insert(QStringLiteral("ACME_DNS_STORAGE_PATH"), m_work.filePath(QStringLiteral("acme-dns.json")));
        // First run: lego registers an account with the hub and asks for the CNAME.
        const LegoRun first = lego(environment, QStringLiteral("api.example.test"), QStringLiteral("acme-dns"));
        if (first.output.contains(QLatin1String("unrecognized DNS provider"))) {
            // Debian's lego 4.9.1-1 leaves acme-dns out of the binary: debian/rules puts it on its
            // "nodns" list until github.com/cpu/goacmedns is packaged (see the package's
            // changelog). `lego dnshelp -c acme-dns` still prints its help, which is generated
            // separately, but `--dns acme-dns` answers "unrecognized DNS provider: acme-dns".
            // The environment above is lego's documented one for the provider (ACME_DNS_API_BASE,
            // ACME_DNS_STORAGE_PATH for goacmedns' JSON file of domain -> fulldomain, subdomain,
            // username, password, server_url; the hub's CA through SSL_CERT_FILE); with a lego
            // that has the provider this test runs instead of skipping (not tried here: no Go
            // toolchain on the build machines). acmeDnsClientKeepsTwoRollingValuesInBind covers
            // the acme-dns API itself.
            QSKIP("Debian's lego is built without the acme-dns provider (unrecognized DNS provider: acme-dns)");
        }
        QVERIFY(!first.ok);
        QVERIFY2(first.output.contains(QLatin1String("CNAME")), qPrintable(first.output));
        QFile storage(m_work.filePath(QStringLiteral("acme-dns.json")));
        QVERIFY(storage.open(QIODevice::ReadOnly));
        const QJsonObject account =
            QJsonDocument::fromJson(storage.readAll()).object().value(QStringLiteral("api.example.test")).toObject();
        const QString fulldomain = account.value(QStringLiteral("fulldomain")).toString();
        QVERIFY2(fulldomain.endsWith(QStringLiteral(".acme-delegation.test")), qPrintable(fulldomain));
        QVERIFY(auditHas(QStringLiteral("acme-dns"), QStringLiteral("register"), fulldomain, true));

        LAB_VERIFY_OK(m_lab->bindAddRecord(QStringLiteral("_acme-challenge.api.example.test"),
                                           QStringLiteral("CNAME"),
                                           fulldomain + QLatin1Char('.')));
        const LegoRun second = lego(environment, QStringLiteral("api.example.test"), QStringLiteral("acme-dns"));
        QVERIFY2(second.ok, qPrintable(second.output));
        QVERIFY(second.output.contains(QLatin1String("Server responded with a certificate")));
        QVERIFY(auditHas(QStringLiteral("acme-dns"), QStringLiteral("present"), fulldomain, true));
        QVERIFY(!txtAt(fulldomain).isEmpty()); // acme-dns keeps the latest values; no cleanup call
    }
};

QTEST_GUILESS_MAIN(TestHubWithRealClients)
#include "TestHubWithRealClients.moc"
