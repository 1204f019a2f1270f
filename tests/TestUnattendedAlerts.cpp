#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/HttpReceiver.h"
#include "support/SmtpSink.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// The service nobody watches: `certdesk --headless` renews on its own, and when a renewal
// fails it says so by email and webhook.
class TestUnattendedAlerts : public QObject
{
    Q_OBJECT

private:
    static int certdesk(const QString &dataDir, const QStringList &arguments, QString *err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(CERTDESK_BINARY), QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
        process.waitForFinished(60000);
        if (err) {
            *err = QString::fromUtf8(process.readAllStandardError());
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    static bool exec(const QString &database, const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        return ok;
    }

private Q_SLOTS:

    void aFailedRenewalSendsAnEmailAndAWebhook()
    {
        Lab lab;
        LAB_VERIFY_OK(lab.start());
        SmtpSink sink;
        const QString sinkError = sink.start();
        QVERIFY2(sinkError.isEmpty(), qPrintable(sinkError));
        HttpReceiver receiver;
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));

        QString err;
        QCOMPARE(certdesk(profile,
                          {QStringLiteral("account"),
                           QStringLiteral("add"),
                           QStringLiteral("--directory"),
                           lab.directoryUrl().toString(),
                           QStringLiteral("--agree-tos"),
                           QStringLiteral("--ca-bundle"),
                           lab.caBundlePath()},
                          &err),
                 0);
        QCOMPARE(certdesk(profile,
                          {QStringLiteral("endpoint"),
                           QStringLiteral("add"),
                           QStringLiteral("www.example.test"),
                           QStringLiteral("--http-listen"),
                           QStringLiteral("127.0.0.1:%1").arg(lab.httpValidationPort())}),
                 0);
        QCOMPARE(certdesk(profile, {QStringLiteral("issue"), QStringLiteral("--all")}, &err), 0);
        QCOMPARE(certdesk(profile,
                          {QStringLiteral("notify"),
                           QStringLiteral("set"),
                           QStringLiteral("--smtp-host"),
                           QStringLiteral("127.0.0.1"),
                           QStringLiteral("--smtp-port"),
                           QString::number(sink.port()),
                           QStringLiteral("--smtp-user"),
                           QString::fromLatin1(SmtpSink::User),
                           QStringLiteral("--smtp-password-file"),
                           sink.passwordPath(),
                           QStringLiteral("--smtp-ca-bundle"),
                           sink.certificatePath(),
                           QStringLiteral("--email-from"),
                           QStringLiteral("certdesk@example.test"),
                           QStringLiteral("--email-to"),
                           QStringLiteral("admin@example.test"),
                           QStringLiteral("--webhook-url"),
                           QStringLiteral("http://127.0.0.1:%1/hook").arg(receiver.port())},
                          &err),
                 0);
        // The password went to the keychain, not to the settings file.
        QFile settings(QDir(profile).filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(SmtpSink::Password));

        // The certificate is due, and its renewal cannot succeed: the responder now listens
        // where the CA does not look.
        const QString database = QDir(profile).filePath(QStringLiteral("certdesk.sqlite"));
        QVERIFY(exec(database,
                     QStringLiteral("UPDATE certificates SET not_before = '2020-01-01T00:00:00.000Z', "
                                    "not_after = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day')")));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 wrongPort = probe.serverPort();
        probe.close();
        QVERIFY(exec(
            database,
            QStringLiteral("UPDATE endpoints SET solver_settings = '{\"listen\":\"127.0.0.1:%1\"}'").arg(wrongPort)));

        QProcess headless;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CERTDESK_RENEWAL_CHECK_SECONDS"), QStringLiteral("1"));
        headless.setProcessEnvironment(environment);
        headless.start(QStringLiteral(CERTDESK_BINARY),
                       {QStringLiteral("--data-dir"), profile, QStringLiteral("--headless")});
        QVERIFY(headless.waitForStarted());
        // Other alerts may come first (the certificate expires tomorrow); the failed renewal's is
        // the one this test is about.
        const QString subject = QStringLiteral("Subject: CertDesk: renewal of www.example.test failed");
        const auto failureMail = [&sink, &subject] {
            const QStringList messages = sink.messages();
            const auto found = std::find_if(messages.cbegin(), messages.cend(), [&subject](const QString &message) {
                return message.contains(subject);
            });
            return found == messages.cend() ? QString() : *found;
        };
        const auto failureHook = [&receiver] {
            for (const QByteArray &request : receiver.requests()) {
                const QJsonObject hook = QJsonDocument::fromJson(HttpReceiver::body(request)).object();
                if (hook.value(QStringLiteral("event")).toString() == QLatin1String("renewal-failed")) {
                    return hook;
                }
            }
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!failureMail().isEmpty() && !failureHook().isEmpty(), 60000);
        headless.terminate();
        QVERIFY(headless.waitForFinished(15000));
        QCOMPARE(headless.exitCode(), 0);

        const QString mail = failureMail();
        QVERIFY(mail.contains(QStringLiteral("Reason:")));
        QVERIFY(mail.contains(QStringLiteral("X-Authenticated: True")));
        const QJsonObject hook = failureHook();
        QCOMPARE(hook.value(QStringLiteral("event")).toString(), QStringLiteral("renewal-failed"));
        QCOMPARE(hook.value(QStringLiteral("names")).toArray().first().toString(), QStringLiteral("www.example.test"));
        QVERIFY(!hook.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(!hook.value(QStringLiteral("nextAttempt")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnattendedAlerts)
#include "TestUnattendedAlerts.moc"
