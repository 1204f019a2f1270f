#include "core/notify/Notification.h"
#include "core/notify/SmtpMessageJob.h"
#include "core/notify/WebhookJob.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Email against a real SMTP server (aiosmtpd with STARTTLS and AUTH), webhooks against a
// local HTTP receiver.
class TestNotifiers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_smtp;
    quint16 m_smtpPort = 0;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    template <typename Job>
    static std::pair<bool, Problem> run(Job *job)
    {
        std::pair<bool, Problem> outcome{true, {}};
        int finishedCount = 0;
        QObject::connect(job, &Job::finished, job, [&](Job *done) {
            ++finishedCount;
            outcome = {done->failed(), done->problem()};
        });
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->start();
        if (finishedCount != 0 || !destroyed.wait(40000) || finishedCount != 1) {
            return {true, Problem::make(Problem::Category::Internal, QStringLiteral("test.contract"), {})};
        }
        return outcome;
    }

    SmtpSettings settings() const
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_smtpPort;
        s.username = QStringLiteral("alerts");
        s.password = "correct horse battery";
        s.from = QStringLiteral("certdesk@example.test");
        s.to = {QStringLiteral("admin@example.test"), QStringLiteral("oncall@example.test")};
        s.caBundlePath = m_dir.filePath(QStringLiteral("smtp.crt"));
        return s;
    }

    QStringList messages() const
    {
        QStringList texts;
        for (const QString &name : QDir(m_dir.filePath(QStringLiteral("mail"))).entryList(QDir::Files, QDir::Name)) {
            QFile file(m_dir.filePath(QStringLiteral("mail/") + name));
            file.open(QIODevice::ReadOnly);
            texts << QString::fromUtf8(file.readAll());
        }
        return texts;
    }

private Q_SLOTS:

    void initTestCase()
    {
        const QString cert = m_dir.filePath(QStringLiteral("smtp.crt"));
        const QString key = m_dir.filePath(QStringLiteral("smtp.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"),
                       QStringLiteral("-x509"),
                       QStringLiteral("-newkey"),
                       QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"),
                       QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"),
                       key,
                       QStringLiteral("-out"),
                       cert,
                       QStringLiteral("-days"),
                       QStringLiteral("2"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(20000) && openssl.exitCode() == 0);
        QFile password(m_dir.filePath(QStringLiteral("password")));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write("correct horse battery");
        password.close();
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("mail")));
        m_smtpPort = freePort();
        m_smtp.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(CERTDESK_TEST_SOURCE_DIR "/support/smtp_sink.py"),
                      QString::number(m_smtpPort),
                      cert,
                      key,
                      QStringLiteral("alerts"),
                      password.fileName(),
                      m_dir.filePath(QStringLiteral("mail"))});
        QVERIFY(m_smtp.waitForStarted());
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += m_smtp.readAllStandardOutput()).contains("ready") || m_smtp.state() != QProcess::Running, 15000);
        QVERIFY2(m_smtp.state() == QProcess::Running, m_smtp.readAllStandardError().constData());
    }

    void cleanupTestCase()
    {
        m_smtp.kill();
        m_smtp.waitForFinished();
    }

    void sendsMailOverStartTlsWithAuthentication()
    {
        Notification notification;
        notification.names = {QStringLiteral("app.example.test")};
        notification.reason = QStringLiteral("The CA could not connect to the server.\n.\nQUIT");
        const auto [failed, problem] = run(new SmtpMessageJob(settings(), notification.subject(), notification.body()));
        QVERIFY2(!failed, qPrintable(problem.message() + problem.technical));
        const QStringList mail = messages();
        QCOMPARE(mail.size(), 1);
        QVERIFY(mail.first().contains(QStringLiteral("X-Envelope-To: admin@example.test,oncall@example.test")));
        QVERIFY(mail.first().contains(QStringLiteral("X-Authenticated: True")));
        QVERIFY(mail.first().contains(QStringLiteral("Subject: CertDesk: renewal of app.example.test failed")));
        // The lone dot in the body was escaped, not taken as the end of the message.
        QVERIFY(mail.first().contains(QStringLiteral("\n.\nQUIT"))
                || mail.first().contains(QStringLiteral("\r\n.\r\nQUIT")));
    }

    void reportsAWrongPassword()
    {
        SmtpSettings wrong = settings();
        wrong.password = "wrong";
        const auto [failed, problem] = run(new SmtpMessageJob(wrong, QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(failed);
        QCOMPARE(problem.code, QStringLiteral("smtp.auth"));
    }

    void refusesAnUntrustedServerCertificate()
    {
        SmtpSettings untrusted = settings();
        untrusted.caBundlePath.clear();
        const int before = static_cast<int>(messages().size());
        const auto [failed, problem] = run(new SmtpMessageJob(untrusted, QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(failed);
        QCOMPARE(problem.category, Problem::Category::Tls);
        QCOMPARE(messages().size(), before);
    }

    void neverSendsAPasswordWithoutTls()
    {
        SmtpSettings plain = settings();
        plain.security = SmtpSettings::Security::None;
        const auto [failed, problem] = run(new SmtpMessageJob(plain, QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(failed);
        QCOMPARE(problem.code, QStringLiteral("smtp.tls-required"));
    }

    void rejectsHeaderInjection()
    {
        SmtpSettings injected = settings();
        injected.to = {QStringLiteral("admin@example.test\r\nBcc: victim@example.test")};
        const auto [failed, problem] = run(new SmtpMessageJob(injected, QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(failed);
        QCOMPARE(problem.code, QStringLiteral("smtp.bad-address"));
    }

    void postsASignedWebhook()
    {
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        QByteArray request;
        connect(&receiver, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = receiver.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                request += socket->readAll();
                const qsizetype headerEnd = request.indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    return;
                }
                const qsizetype length =
                    request.mid(request.toLower().indexOf("content-length:") + 15, 8).trimmed().toInt();
                if (request.size() - headerEnd - 4 >= length) {
                    socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                }
            });
        });
        QNetworkAccessManager network;
        Notification notification;
        notification.kind = Notification::Kind::RenewalFailed;
        notification.endpointId = 3;
        notification.names = {QStringLiteral("app.example.test")};
        notification.reason = QStringLiteral("DNS record missing");
        WebhookJob::Target target;
        target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/certdesk").arg(receiver.serverPort()));
        target.secret = "webhook-secret";
        const auto [failed, problem] = run(new WebhookJob(&network, target, notification.toJson()));
        QVERIFY2(!failed, qPrintable(problem.message()));
        const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QCOMPARE(json.value(QStringLiteral("event")).toString(), QStringLiteral("renewal-failed"));
        QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("DNS record missing"));
        QVERIFY(request.contains(QByteArray("X-CertDesk-Signature: " + WebhookJob::signature("webhook-secret", body))));
        QVERIFY(!request.contains("webhook-secret"));
    }

    void refusesPlainHttpBeyondThisMachine()
    {
        QNetworkAccessManager network;
        WebhookJob::Target target;
        target.url = QUrl(QStringLiteral("http://192.0.2.10/hook")); // never contacted: refused up front
        const auto [failed, problem] = run(new WebhookJob(&network, target, {}));
        QVERIFY(failed);
        QCOMPARE(problem.code, QStringLiteral("webhook.bad-url"));
    }

    void reportsAReceiverError()
    {
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        connect(&receiver, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = receiver.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        QNetworkAccessManager network;
        WebhookJob::Target target;
        target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(receiver.serverPort()));
        const auto [failed, problem] = run(new WebhookJob(&network, target, {}));
        QVERIFY(failed);
        QVERIFY(problem.detail.contains(QStringLiteral("500")));
    }
};

QTEST_GUILESS_MAIN(TestNotifiers)
#include "TestNotifiers.moc"
