#include "support/HttpReceiver.h"
#include "support/SmtpSink.h"

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
    SmtpSink m_sink;

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
        s.port = m_sink.port();
        s.username = QString::fromLatin1(SmtpSink::User);
        s.password = SmtpSink::Password;
        s.from = QStringLiteral("certdesk@example.test");
        s.to = {QStringLiteral("admin@example.test"), QStringLiteral("oncall@example.test")};
        s.caBundlePath = m_sink.certificatePath();
        return s;
    }

    QStringList messages() const { return m_sink.messages(); }

private Q_SLOTS:

    void initTestCase()
    {
        const QString error = m_sink.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
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
        HttpReceiver receiver;
        QNetworkAccessManager network;
        Notification notification;
        notification.kind = Notification::Kind::RenewalFailed;
        notification.endpointId = 3;
        notification.names = {QStringLiteral("app.example.test")};
        notification.reason = QStringLiteral("DNS record missing");
        WebhookJob::Target target;
        target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/certdesk").arg(receiver.port()));
        target.secret = "webhook-secret";
        const auto [failed, problem] = run(new WebhookJob(&network, target, notification.toJson()));
        QVERIFY2(!failed, qPrintable(problem.message()));
        QCOMPARE(receiver.requests().size(), 1);
        const QByteArray request = receiver.requests().first();
        const QByteArray body = HttpReceiver::body(request);
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
        HttpReceiver receiver(500);
        QNetworkAccessManager network;
        WebhookJob::Target target;
        target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(receiver.port()));
        const auto [failed, problem] = run(new WebhookJob(&network, target, {}));
        QVERIFY(failed);
        QVERIFY(problem.detail.contains(QStringLiteral("500")));
    }
};

QTEST_GUILESS_MAIN(TestNotifiers)
#include "TestNotifiers.moc"
