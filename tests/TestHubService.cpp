#include "support/RecordingPublisher.h"

#include "core/Clock.h"
#include "core/certificates/CertificateRepository.h"
#include "core/challenges/ManagedChallengeRepository.h"
#include "core/crypto/CertificateInfo.h"
#include "core/crypto/Envelope.h"
#include "core/crypto/SelfSignedCertificate.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/hub/ApiTokenStore.h"
#include "core/hub/HubService.h"
#include "core/secrets/DataKey.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Store.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <utility>

// A DNS provider that takes its time: the write lands, but its answer waits until the test
// releases it (a timer would race the test's own steps on a loaded machine).
class SlowPublisher final : public ChallengePublisher
{
public:
    void present(const ManagedChallenge &, const QString &fqdn, const QString &value, Done done) override
    {
        started << fqdn;
        m_held.append([this, fqdn, value, done = std::move(done)] {
            published << fqdn + QLatin1Char(' ') + value;
            done(Result<void>());
        });
    }

    void cleanup(const ManagedChallenge &, const QString &, const QString &, Done done) override
    {
        QTimer::singleShot(0, [done = std::move(done)] {
            done(Result<void>());
        });
    }

    // Lets the held answers arrive, from the event loop as a provider's would.
    void release()
    {
        for (std::function<void()> &answer : std::exchange(m_held, {})) {
            QTimer::singleShot(0, std::move(answer));
        }
    }

    QStringList started;
    QStringList published;

private:
    QList<std::function<void()>> m_held;
};

// The hub as a service, against the real Secret Service (tools/with-secret-service.sh): it
// loads its token key, makes and keeps its self-signed certificate (key in the keychain only),
// or serves an endpoint's certificate and its renewal, over real TLS sockets that verify it.
class TestHubService final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Store> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::shared_ptr<RecordingPublisher> m_publisher = std::make_shared<RecordingPublisher>();
    qint64 m_challengeId = 0;
    QNetworkAccessManager m_network;

    HubSettings settings() const
    {
        HubSettings settings;
        settings.address = QHostAddress::LocalHost;
        settings.port = 0;
        settings.dataDir = m_dir.path();
        return settings;
    }

    std::unique_ptr<HubService> service()
    {
        auto publisher = m_publisher;
        return std::make_unique<HubService>(
            m_store, m_secrets.get(), Clock::system(), [publisher](const ManagedChallenge &) {
                return publisher;
            });
    }

    // Starts and waits; `started` must not come from inside start().
    static bool start(HubService &hub, const HubSettings &settings, Problem *problem = nullptr)
    {
        QSignalSpy started(&hub, &HubService::started);
        QSignalSpy failed(&hub, &HubService::failed);
        hub.start(settings);
        if (started.count() + failed.count() != 0) {
            qWarning("the hub answered synchronously");
            return false;
        }
        QDeadlineTimer deadline(20000);
        while (started.isEmpty() && failed.isEmpty() && !deadline.hasExpired()) {
            QTest::qWait(20);
        }
        if (!failed.isEmpty() && problem) {
            *problem = failed.first().first().value<Problem>();
        }
        return !started.isEmpty();
    }

    // The certificate the hub presents to a client that trusts exactly `trusted`; null if the
    // handshake fails (for example because the hub presents something else).
    static QSslCertificate presented(quint16 port, const QSslCertificate &trusted)
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({trusted});
        socket.setSslConfiguration(tls);
        // The hub answers from this thread's event loop: wait without blocking it.
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!encrypted.wait(10000)) {
            qWarning() << "TLS:" << socket.errorString() << socket.sslHandshakeErrors();
            return QSslCertificate();
        }
        return socket.peerCertificate();
    }

    struct Reply
    {
        int status = 0;
        QJsonObject json;
    };

    Reply post(const QUrl &url,
               const QByteArray &path,
               const QByteArray &body,
               const QByteArray &user,
               const QByteArray &password,
               const QSslCertificate &trusted)
    {
        QNetworkRequest request(QUrl(url.toString() + QString::fromLatin1(path)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({trusted});
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Basic " + QByteArray(user + ':' + password).toBase64());
        QNetworkReply *reply = m_network.post(request, body);
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

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<std::shared_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("certdesk.sqlite")));
        QVERIFY(store.ok());
        m_store = store.value();
        m_secrets = std::make_unique<SecretStore>(m_store->profileId());
        QSqlQuery query(m_store->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO dns_providers (title, kind, created_at, updated_at) "
                                          "VALUES ('lab', 'rfc2136', '2026-01-01', '2026-01-01')")));
        ManagedChallenge challenge;
        challenge.title = QStringLiteral("Customer zone");
        challenge.providerId = query.lastInsertId().toLongLong();
        challenge.matchRule = DomainMatchRule(QStringLiteral("*.example.test"));
        const Result<qint64> id = ManagedChallengeRepository(m_store, Clock::system()).add(challenge);
        QVERIFY(id.ok());
        m_challengeId = id.value();
    }

    void makesASelfSignedCertificateOnceAndKeepsItAcrossRestarts()
    {
        auto hub = service();
        QVERIFY(start(*hub, settings()));
        QVERIFY(hub->isRunning());
        QVERIFY(hub->isTls());
        QCOMPARE(hub->certificateSource(), QStringLiteral("self-signed"));
        const QSslCertificate first = hub->certificate();
        QVERIFY(!first.isNull());
        QCOMPARE(QSslCertificate(readFile(m_dir.filePath(QStringLiteral("hub-certificate.pem"))), QSsl::Pem), first);
        QCOMPARE(presented(hub->port(), first), first);

        const quint16 port = hub->port();
        QSignalSpy stopped(hub.get(), &HubService::stopped);
        hub->stop();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!hub->isRunning());
        QTcpSocket closed;
        QSignalSpy refused(&closed, &QTcpSocket::errorOccurred);
        closed.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(refused.wait(5000));
        QCOMPARE(closed.error(), QAbstractSocket::ConnectionRefusedError);

        auto again = service();
        QVERIFY(start(*again, settings()));
        QCOMPARE(again->certificate(), first);
        QCOMPARE(presented(again->port(), first), first);
    }

    void keepsTheKeyOnlyInTheKeychain()
    {
        // Whatever the profile folder holds (database, settings, certificate), no private key.
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QByteArray content = readFile(files.next());
            QVERIFY2(!content.contains("PRIVATE KEY"), qPrintable(files.filePath()));
            ++checked;
        }
        QVERIFY(checked >= 2);
        bool read = false;
        QByteArray key;
        m_secrets->fetch(SecretRef(QStringLiteral("hub-tls-key"), QStringLiteral("self-signed")),
                         this,
                         [&](Result<QByteArray> fetched) {
                             read = true;
                             key = fetched.ok() ? fetched.value() : QByteArray();
                         });
        QTRY_VERIFY(read);
        QVERIFY(key.startsWith("-----BEGIN PRIVATE KEY-----"));
        const Result<PrivateKey> parsed = PrivateKey::fromPem(key);
        QVERIFY(parsed.ok());
        QVERIFY(CertificateInfo::fromPem(readFile(m_dir.filePath(QStringLiteral("hub-certificate.pem"))))
                    ->matchesKey(parsed.value()));
    }

    void makesANewCertificateWhenItsKeyIsGoneFromTheKeychain()
    {
        const QByteArray before = readFile(m_dir.filePath(QStringLiteral("hub-certificate.pem")));
        bool erased = false;
        m_secrets->erase(
            SecretRef(QStringLiteral("hub-tls-key"), QStringLiteral("self-signed")), this, [&](Result<void>) {
                erased = true;
            });
        QTRY_VERIFY(erased);
        auto hub = service();
        QVERIFY(start(*hub, settings()));
        QVERIFY(hub->certificate() != QSslCertificate(before, QSsl::Pem));
        QCOMPARE(presented(hub->port(), hub->certificate()), hub->certificate());
    }

    void servesTheClientApisWithTokensFromTheKeychainKey()
    {
        auto hub = service();
        QVERIFY(start(*hub, settings()));
        ApiTokenStore::NewToken request;
        request.consumer = QStringLiteral("lego-test");
        request.scopeChallengeIds = {m_challengeId};
        const Result<ApiTokenStore::Issued> token = hub->tokens()->create(request);
        QVERIFY(token.ok());
        const QByteArray body =
            R"({"fqdn":"_acme-challenge.www.example.test.","value":"LPsIwTo7o8BoG0-vjCyGQGBWSVIPxI-i_X336eUOQZo"})";
        const int before = int(m_publisher->calls.size());
        const Reply ok =
            post(hub->url(), "/present", body, token->token.clientId.toLatin1(), token->secret, hub->certificate());
        QCOMPARE(ok.status, 200);
        QCOMPARE(int(m_publisher->calls.size()), before + 1);
        QCOMPARE(m_publisher->calls.last().fqdn, QStringLiteral("_acme-challenge.www.example.test"));
        const Reply wrong =
            post(hub->url(), "/present", body, token->token.clientId.toLatin1(), "not-the-secret", hub->certificate());
        QCOMPARE(wrong.status, 401);
        QCOMPARE(int(m_publisher->calls.size()), before + 1);
    }

    void answersWritesWith502WhenNoPublisherExists()
    {
        HubService hub(m_store, m_secrets.get(), Clock::system(), {});
        QVERIFY(start(hub, settings()));
        ApiTokenStore::NewToken request;
        request.consumer = QStringLiteral("no-provider");
        request.scopeChallengeIds = {m_challengeId};
        const Result<ApiTokenStore::Issued> token = hub.tokens()->create(request);
        QVERIFY(token.ok());
        const Reply reply =
            post(hub.url(),
                 "/present",
                 R"({"fqdn":"_acme-challenge.www.example.test","value":"LPsIwTo7o8BoG0-vjCyGQGBWSVIPxI-i_X336eUOQZo"})",
                 token->token.clientId.toLatin1(),
                 token->secret,
                 hub.certificate());
        QCOMPARE(reply.status, 502);
        QCOMPARE(reply.json.value(QStringLiteral("title")).toString(),
                 QStringLiteral("The DNS provider is not set up for this name."));
        QVERIFY(
            reply.json.value(QStringLiteral("detail")).toString().endsWith(QLatin1String("(code hub.no-publisher)")));
    }

    void refusesPlainHttpOffLoopbackWithoutListening()
    {
        auto hub = service();
        HubSettings plain = settings();
        plain.plainHttp = true;
        plain.address = QHostAddress::AnyIPv4;
        Problem problem;
        QVERIFY(!start(*hub, plain, &problem));
        QCOMPARE(problem.code, QStringLiteral("hub.plain-http-not-loopback"));
        QVERIFY(!hub->isRunning());
    }

    void speaksPlainHttpOnLoopbackWhenAskedTo()
    {
        auto hub = service();
        HubSettings plain = settings();
        plain.plainHttp = true;
        QVERIFY(start(*hub, plain));
        QVERIFY(!hub->isTls());
        QVERIFY(hub->certificate().isNull());
        QCOMPARE(hub->url().scheme(), QStringLiteral("http"));
        QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(hub->url().toString() + QStringLiteral("/health"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    void failsWithAnActionableProblemWhenThePortIsTaken()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        auto hub = service();
        HubSettings taken = settings();
        taken.port = occupant.serverPort();
        Problem problem;
        QVERIFY(!start(*hub, taken, &problem));
        QCOMPARE(problem.code, QStringLiteral("hub.listen-failed"));
        QVERIFY(!problem.hint.isEmpty());
        QVERIFY(!hub->isRunning());
    }

    void presentsAnEndpointCertificateAndPicksUpItsRenewal()
    {
        Endpoint endpoint;
        endpoint.names = {QStringLiteral("hub.example.test")};
        const Result<Endpoint> added = EndpointRepository(m_store).add(endpoint);
        QVERIFY(added.ok());
        DataKey dataKey(m_secrets.get());
        QByteArray key;
        dataKey.withKey([&](Result<QByteArray> k) {
            key = k.ok() ? k.value() : QByteArray("failed");
        });
        QTRY_VERIFY(!key.isEmpty());
        QCOMPARE(key.size(), Envelope::KeySize);

        // What an order leaves behind: the chain in clear, the key sealed with the data key.
        auto issue = [&](int days) -> QSslCertificate {
            const PrivateKey certificateKey = PrivateKey::generate().value();
            SelfSignedCertificate::Request request;
            request.dnsNames = {QStringLiteral("hub.example.test")};
            request.addresses = {QHostAddress::LocalHost};
            request.notBefore = QDateTime::currentDateTimeUtc().addSecs(-60);
            request.notAfter = QDateTime::currentDateTimeUtc().addDays(days);
            const QByteArray pem = SelfSignedCertificate::create(certificateKey, request).value();
            const CertificateInfo info = CertificateInfo::fromPem(pem).value();
            IssuedCertificate issued;
            issued.endpointId = added->id;
            issued.serial = info.serialHex();
            issued.issuer = info.issuer();
            issued.names = info.names();
            issued.notBefore = info.notBefore();
            issued.notAfter = info.notAfter();
            issued.keyType = info.keyType();
            issued.fingerprintSha256 = info.sha256FingerprintHex();
            issued.chainPem = pem;
            issued.privateKeyEnvelope =
                Envelope::seal(key, certificateKey.toPem(), "certdesk-certificate-key:" + QByteArray::number(added->id))
                    .value();
            if (const Result<qint64> stored = CertificateRepository(m_store).add(issued); !stored) {
                qWarning() << stored.problem().message() << stored.problem().technical;
                return QSslCertificate();
            }
            return QSslCertificate(pem, QSsl::Pem);
        };
        const QSslCertificate first = issue(30);
        QVERIFY(!first.isNull());

        auto hub = service();
        HubSettings fromEndpoint = settings();
        fromEndpoint.certificateSource = HubSettings::CertificateSource::Endpoint;
        fromEndpoint.endpointId = added->id;
        QVERIFY(start(*hub, fromEndpoint));
        QCOMPARE(hub->certificate(), first);
        QCOMPARE(hub->certificateSource(), QStringLiteral("endpoint hub.example.test"));
        QCOMPARE(presented(hub->port(), first), first);

        // Renewed: new connections get the new certificate without a restart.
        const QSslCertificate renewed = issue(60);
        QSignalSpy changed(hub.get(), &HubService::certificateChanged);
        hub->refreshCertificate();
        QVERIFY(changed.wait(10000));
        QCOMPARE(hub->certificate(), renewed);
        QCOMPARE(presented(hub->port(), renewed), renewed);
        QVERIFY(hub->isRunning());
    }

    void refusesAnEndpointWithoutACertificate()
    {
        Endpoint endpoint;
        endpoint.names = {QStringLiteral("new.example.test")};
        const Result<Endpoint> added = EndpointRepository(m_store).add(endpoint);
        QVERIFY(added.ok());
        auto hub = service();
        HubSettings fromEndpoint = settings();
        fromEndpoint.certificateSource = HubSettings::CertificateSource::Endpoint;
        fromEndpoint.endpointId = added->id;
        Problem problem;
        QVERIFY(!start(*hub, fromEndpoint, &problem));
        QCOMPARE(problem.code, QStringLiteral("hub.endpoint-no-certificate"));
        QVERIFY(problem.hint.contains(QLatin1String("certdesk issue new.example.test")));
    }

    void stoppingWhileAWriteIsInFlightLetsItFinish()
    {
        auto slow = std::make_shared<SlowPublisher>();
        HubService hub(m_store, m_secrets.get(), Clock::system(), [slow](const ManagedChallenge &) {
            return slow;
        });
        QVERIFY(start(hub, settings()));
        ApiTokenStore::NewToken request;
        request.consumer = QStringLiteral("interrupted");
        request.scopeChallengeIds = {m_challengeId};
        const Result<ApiTokenStore::Issued> token = hub.tokens()->create(request);
        QVERIFY(token.ok());
        QNetworkRequest httpRequest(QUrl(hub.url().toString() + QStringLiteral("/present")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({hub.certificate()});
        httpRequest.setSslConfiguration(tls);
        httpRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        httpRequest.setRawHeader(
            "Authorization", "Basic " + QByteArray(token->token.clientId.toLatin1() + ':' + token->secret).toBase64());
        QNetworkReply *reply = m_network.post(
            httpRequest,
            QByteArray(
                R"({"fqdn":"_acme-challenge.slow.example.test","value":"LPsIwTo7o8BoG0-vjCyGQGBWSVIPxI-i_X336eUOQZo"})"));
        // Stop the moment the provider has the write, before it answers.
        QTRY_COMPARE(slow->started.size(), 1);
        hub.stop();
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QVERIFY(reply->error() != QNetworkReply::NoError); // its connection closed with the listener
        reply->deleteLater();
        // The provider's answer still arrives, into the relay kept alive for it.
        QVERIFY(slow->published.isEmpty());
        slow->release();
        QTRY_COMPARE(slow->published.size(), 1);
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestHubService)
#include "TestHubService.moc"
