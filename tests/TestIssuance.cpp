#include "lab/Lab.h"
#include "lab/LabProbe.h"
#include "lab/LabVerify.h"
#include "support/CertdeskProcess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Certificates from a real CA (Pebble) through the real `certdesk` binary, the way an
// administrator's script would drive it. Runs in a private Secret Service session.
class TestIssuance : public QObject
{
    Q_OBJECT

private:
    using Run = CertdeskProcess::Run;

    static Run certdesk(const QString &dataDir, const QStringList &arguments, int timeoutMs = 60000)
    {
        return CertdeskProcess::run(dataDir, arguments, timeoutMs);
    }

    // `certdesk issue --all`, killed with SIGKILL by the test hook at crash point `point`
    // (core/CrashPoint.h): code -1 when it died there.
    static Run killedAt(const QString &dataDir, const QString &point)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CERTDESK_TEST_CRASH_AT"), point);
        return CertdeskProcess::run(
            dataDir, {QStringLiteral("issue"), QStringLiteral("--all")}, 60000, {}, environment);
    }

    static QString scalar(const QString &database, const QString &sql)
    {
        return CertdeskProcess::scalar(database, sql);
    }

    static QString openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        process.waitForFinished(20000);
        return QString::fromUtf8(process.readAll()) + QStringLiteral("\nexit=%1").arg(process.exitCode());
    }

    QString newProfile() { return m_dir.filePath(QStringLiteral("profile-%1").arg(++m_profiles)); }

    Run addAccount(const Lab &lab, const QString &dataDir, const QStringList &extra = {})
    {
        return certdesk(dataDir,
                        QStringList{QStringLiteral("account"),
                                    QStringLiteral("add"),
                                    QStringLiteral("--directory"),
                                    lab.directoryUrl().toString(),
                                    QStringLiteral("--email"),
                                    QStringLiteral("admin@example.test"),
                                    QStringLiteral("--agree-tos"),
                                    QStringLiteral("--ca-bundle"),
                                    lab.caBundlePath()}
                            + extra);
    }

    Run addEndpoint(const Lab &lab, const QString &dataDir, const QStringList &names, const QStringList &extra = {})
    {
        return certdesk(dataDir,
                        QStringList{QStringLiteral("endpoint"), QStringLiteral("add")} + names
                            + QStringList{QStringLiteral("--http-listen"),
                                          QStringLiteral("127.0.0.1:%1").arg(lab.httpValidationPort())}
                            + extra);
    }

    QTemporaryDir m_dir;
    int m_profiles = 0;
    Lab m_lab;

private Q_SLOTS:

    void initTestCase()
    {
        qputenv("QT_LOGGING_RULES", "certdesk.core.jobs*=true;certdesk.core.acme*=true");
        LAB_VERIFY_OK(m_lab.start());
    }

    void issuesAMultiNameCertificateOverHttp01()
    {
        const QString profile = newProfile();
        const Run account = addAccount(m_lab, profile);
        QVERIFY2(account.code == 0, qPrintable(account.err));
        const Run endpoint =
            addEndpoint(m_lab, profile, {QStringLiteral("www.example.test"), QStringLiteral("API.Example.Test.")});
        QVERIFY2(endpoint.code == 0, qPrintable(endpoint.err));

        const Run issued =
            certdesk(profile, {QStringLiteral("issue"), QStringLiteral("www.example.test"), QStringLiteral("--json")});
        QVERIFY2(issued.code == 0, qPrintable(issued.out + issued.err));
        QCOMPARE(issued.json().value(QStringLiteral("failed")).toInt(), 0);

        const Run certs = certdesk(profile, {QStringLiteral("certs"), QStringLiteral("--json")});
        const QJsonObject row = certs.json().value(QStringLiteral("certificates")).toArray().first().toObject();
        QVERIFY(!row.value(QStringLiteral("serial")).toString().isEmpty());
        QVERIFY(row.value(QStringLiteral("daysLeft")).toInt() > 0);
        QCOMPARE(row.value(QStringLiteral("names")).toArray().at(1).toString(), QStringLiteral("api.example.test"));

        const QString out = m_dir.filePath(QStringLiteral("export"));
        const Run exported = certdesk(profile,
                                      {QStringLiteral("export"),
                                       QStringLiteral("api.example.test"),
                                       QStringLiteral("--out"),
                                       out,
                                       QStringLiteral("--pfx")});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QDir folder(out);
        // The certificate names both names and chains to Pebble's root; the key belongs to it.
        QVERIFY(openssl({QStringLiteral("x509"),
                         QStringLiteral("-in"),
                         folder.filePath(QStringLiteral("cert.pem")),
                         QStringLiteral("-noout"),
                         QStringLiteral("-ext"),
                         QStringLiteral("subjectAltName")})
                    .contains(QStringLiteral("DNS:www.example.test, DNS:api.example.test")));
        const QString certKey = openssl({QStringLiteral("x509"),
                                         QStringLiteral("-in"),
                                         folder.filePath(QStringLiteral("cert.pem")),
                                         QStringLiteral("-noout"),
                                         QStringLiteral("-pubkey")});
        const QString ownKey = openssl({QStringLiteral("pkey"),
                                        QStringLiteral("-in"),
                                        folder.filePath(QStringLiteral("privkey.pem")),
                                        QStringLiteral("-pubout")});
        QCOMPARE(certKey, ownKey);
        QVERIFY(openssl({QStringLiteral("pkcs12"),
                         QStringLiteral("-in"),
                         folder.filePath(QStringLiteral("certificate.pfx")),
                         QStringLiteral("-passin"),
                         QStringLiteral("pass:"),
                         QStringLiteral("-nokeys")})
                    .contains(QStringLiteral("exit=0")));

        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_lab.managementUrl().toString() + QStringLiteral("/roots/0")));
        request.setSslConfiguration(m_lab.sslConfiguration());
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QFile root(m_dir.filePath(QStringLiteral("pebble-root.pem")));
        QVERIFY(root.open(QIODevice::WriteOnly));
        root.write(reply->readAll());
        root.close();
        reply->deleteLater();
        const QString verified = openssl({QStringLiteral("verify"),
                                          QStringLiteral("-CAfile"),
                                          root.fileName(),
                                          QStringLiteral("-untrusted"),
                                          folder.filePath(QStringLiteral("chain.pem")),
                                          folder.filePath(QStringLiteral("cert.pem"))});
        QVERIFY2(verified.contains(QStringLiteral(": OK")), qPrintable(verified));

        // The stored key is sealed: its PEM never appears in the database.
        QFile key(folder.filePath(QStringLiteral("privkey.pem")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray keyBody = key.readAll().split('\n').value(1);
        QFile database(QDir(profile).filePath(QStringLiteral("certdesk.sqlite")));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(keyBody));

        const Run revoked = certdesk(profile, {QStringLiteral("revoke"), QStringLiteral("www.example.test")});
        QVERIFY2(revoked.code == 0, qPrintable(revoked.err));
        const Run after = certdesk(
            profile, {QStringLiteral("export"), QStringLiteral("www.example.test"), QStringLiteral("--out"), out});
        QCOMPARE(after.code, 1);
        QVERIFY(after.err.contains(QStringLiteral("no certificate")));
    }

    void refusesAWildcardOverHttp01()
    {
        const QString profile = newProfile();
        const Run endpoint = addEndpoint(m_lab, profile, {QStringLiteral("*.example.test")});
        QCOMPARE(endpoint.code, 1);
        QVERIFY2(endpoint.err.contains(QStringLiteral("dns-01")), qPrintable(endpoint.err));
        QCOMPARE(certdesk(profile, {QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("endpoints"))
                     .toArray()
                     .size(),
                 0);
    }

    void reregistersAnAccountTheCaForgot()
    {
        Lab lab;
        LAB_VERIFY_OK(lab.start());
        const QString profile = newProfile();
        QCOMPARE(addAccount(lab, profile).code, 0);
        QCOMPARE(addEndpoint(lab, profile, {QStringLiteral("www.example.test")}).code, 0);
        QCOMPARE(certdesk(profile, {QStringLiteral("issue"), QStringLiteral("--all")}).code, 0);

        LAB_VERIFY_OK(lab.restartPebble()); // Pebble forgets every account
        const Run again =
            certdesk(profile, {QStringLiteral("issue"), QStringLiteral("--all"), QStringLiteral("--json")});
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        const QString database = QDir(profile).filePath(QStringLiteral("certdesk.sqlite"));
        QCOMPARE(scalar(database,
                        QStringLiteral("SELECT count(*) FROM activity_log WHERE severity = 'warning' AND "
                                       "message LIKE '%registered again%'")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM certificates")), QStringLiteral("2"));
    }

    void issuesManyWhileTheCaRejectsHalfTheNonces()
    {
        Lab::Options options;
        options.pebbleNonceRejectPercent = 50;
        Lab lab(options);
        LAB_VERIFY_OK(lab.start());
        const QString profile = newProfile();
        QVERIFY(addAccount(lab, profile).code == 0);
        for (const QString &name : lab.hostNames()) {
            QCOMPARE(addEndpoint(lab, profile, {name}).code, 0);
        }
        const Run issued =
            certdesk(profile, {QStringLiteral("issue"), QStringLiteral("--all"), QStringLiteral("--json")});
        QVERIFY2(issued.code == 0, qPrintable(issued.out + issued.err));
        QCOMPARE(issued.json().value(QStringLiteral("orders")).toArray().size(), lab.hostNames().size());
    }

    void requiresExternalAccountBindingWhenTheCaDoes()
    {
        Lab::Options options;
        options.pebble = true;
        options.bind = true;
        options.pebbleEabRequired = true;
        Lab lab(options);
        LAB_VERIFY_OK(lab.start());
        const QString profile = newProfile();
        const Run without = addAccount(lab, profile);
        QCOMPARE(without.code, 1);
        QVERIFY2(without.err.contains(QStringLiteral("external account binding")), qPrintable(without.err));
        QCOMPARE(certdesk(profile, {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("accounts"))
                     .toArray()
                     .size(),
                 0);

        const Run with = addAccount(
            lab,
            profile,
            {QStringLiteral("--eab-kid"), lab.eabKeyId(), QStringLiteral("--eab-hmac-file"), lab.eabHmacKeyPath()});
        QVERIFY2(with.code == 0, qPrintable(with.err));
        QCOMPARE(addEndpoint(lab, profile, {QStringLiteral("www.example.test")}).code, 0);
        QCOMPARE(certdesk(profile, {QStringLiteral("issue"), QStringLiteral("--all")}).code, 0);
    }

    void explainsAnUnreachableOrUntrustedCa()
    {
        const QString profile = newProfile();
        const Run unreachable = certdesk(profile,
                                         {QStringLiteral("account"),
                                          QStringLiteral("add"),
                                          QStringLiteral("--directory"),
                                          QStringLiteral("https://127.0.0.1:1/dir"),
                                          QStringLiteral("--agree-tos")});
        QCOMPARE(unreachable.code, 1);
        QVERIFY2(unreachable.err.contains(QStringLiteral("127.0.0.1")), qPrintable(unreachable.err));

        // Without the lab's CA bundle the TLS certificate cannot be verified — and is not ignored.
        const Run untrusted = certdesk(profile,
                                       {QStringLiteral("account"),
                                        QStringLiteral("add"),
                                        QStringLiteral("--directory"),
                                        m_lab.directoryUrl().toString(),
                                        QStringLiteral("--agree-tos")});
        QCOMPARE(untrusted.code, 1);
        QVERIFY2(untrusted.err.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(untrusted.err));

        const Run plain = certdesk(profile,
                                   {QStringLiteral("account"),
                                    QStringLiteral("add"),
                                    QStringLiteral("--directory"),
                                    QStringLiteral("http://127.0.0.1/dir"),
                                    QStringLiteral("--agree-tos")});
        QCOMPARE(plain.code, 1);
        QVERIFY(plain.err.contains(QStringLiteral("https://")));
        const Run noTerms = addAccount(m_lab, profile, {});
        QCOMPARE(noTerms.code, 0); // control: the same with the bundle works
    }

    // `certdesk issue` killed (SIGKILL, at the test hook's crash point) right after the CA
    // answered newOrder and the order's URL was stored: the next run resumes that order.
    void resumesAnOrderAfterTheProcessIsKilled()
    {
        Lab lab;
        LAB_VERIFY_OK(lab.start());
        // An existing web server answers http-01 from its webroot, so the challenge stays
        // answerable while CertDesk is dead.
        const QString webroot = m_dir.filePath(QStringLiteral("webroot"));
        QVERIFY(QDir().mkpath(webroot));
        QProcess webServer;
        webServer.start(QStringLiteral("python3"),
                        {QStringLiteral("-m"),
                         QStringLiteral("http.server"),
                         QString::number(lab.httpValidationPort()),
                         QStringLiteral("--bind"),
                         QStringLiteral("127.0.0.1"),
                         QStringLiteral("--directory"),
                         webroot});
        QVERIFY(webServer.waitForStarted());
        // Started is not listening: wait until it serves a file, or Pebble's validation may
        // find the port closed (seen under load).
        {
            QFile ready(QDir(webroot).filePath(QStringLiteral("ready.txt")));
            QVERIFY(ready.open(QIODevice::WriteOnly) && ready.write("ready") == 5);
        }
        const QUrl readyUrl(QStringLiteral("http://127.0.0.1:%1/ready.txt").arg(lab.httpValidationPort()));
        const auto serving = [&] {
            return LabProbe::http("GET", readyUrl, {}, {}, QSslConfiguration(), std::chrono::seconds(1)).status == 200;
        };
        QTRY_VERIFY_WITH_TIMEOUT(serving() || webServer.state() != QProcess::Running, 15000);
        QVERIFY2(webServer.state() == QProcess::Running, webServer.readAllStandardError().constData());
        QVERIFY(serving());
        const QString profile = newProfile();
        QCOMPARE(addAccount(lab, profile).code, 0);
        QCOMPARE(certdesk(profile,
                          {QStringLiteral("endpoint"),
                           QStringLiteral("add"),
                           QStringLiteral("www.example.test"),
                           QStringLiteral("--webroot"),
                           webroot})
                     .code,
                 0);
        const QString database = QDir(profile).filePath(QStringLiteral("certdesk.sqlite"));
        const Run first = killedAt(profile, QStringLiteral("order-placed"));
        QVERIFY2(first.code == -1 && first.err.contains(QStringLiteral("crash point reached")),
                 qPrintable(first.all()));
        const QString orderUrl = scalar(database, QStringLiteral("SELECT order_url FROM orders"));
        QVERIFY(!orderUrl.isEmpty());
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM orders WHERE finished_at IS NULL")),
                 QStringLiteral("1"));

        QVERIFY2(webServer.state() == QProcess::Running, webServer.readAllStandardError().constData());
        const Run second = certdesk(profile, {QStringLiteral("issue"), QStringLiteral("--all")}, 120000);
        webServer.terminate();
        webServer.waitForFinished();
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
        // It picked the order up from its URL, in the same row.
        QVERIFY2(second.err.contains(QStringLiteral("resuming order \"%1\"").arg(orderUrl)), qPrintable(second.err));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("1"));
        QCOMPARE(scalar(database, QStringLiteral("SELECT state FROM orders")), QStringLiteral("valid"));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM certificates")), QStringLiteral("1"));
    }

    // Killed right after answering the challenge with the built-in responder, which dies with
    // it: Pebble (waiting before it validates) finds nobody and invalidates the order.
    void placesANewOrderWhenTheInterruptedOneFailed()
    {
        Lab::Options options;
        options.pebbleSlowValidation = true;
        Lab lab(options);
        LAB_VERIFY_OK(lab.start());
        const QString profile = newProfile();
        QCOMPARE(addAccount(lab, profile).code, 0);
        QCOMPARE(addEndpoint(lab, profile, {QStringLiteral("www.example.test")}).code, 0);
        const QString database = QDir(profile).filePath(QStringLiteral("certdesk.sqlite"));
        const Run first = killedAt(profile, QStringLiteral("challenge-answered"));
        QVERIFY2(first.code == -1 && first.err.contains(QStringLiteral("crash point reached")),
                 qPrintable(first.all()));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM certificates")), QStringLiteral("0"));
        // Whatever the CA made of the abandoned order meanwhile, the next run gets a certificate.
        const Run second = certdesk(profile, {QStringLiteral("issue"), QStringLiteral("--all")}, 120000);
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM certificates")), QStringLiteral("1"));
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM orders WHERE finished_at IS NULL")),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestIssuance)
#include "TestIssuance.moc"
