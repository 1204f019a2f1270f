#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/CertdeskProcess.h"
#include "support/LabProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// The DNS commands through the real `certdesk` binary, as an administrator's script uses them,
// against the lab's BIND (and Pebble for the issuance at the end). Runs in a private Secret
// Service session.
class TestDnsVerbs : public QObject
{
    Q_OBJECT

private:
    using Run = CertdeskProcess::Run;

    static Run certdesk(const QString &dataDir, const QStringList &arguments, const QByteArray &input = {})
    {
        return CertdeskProcess::run(dataDir, arguments, 90000, input);
    }

    static QString scalar(const QString &dataDir, const QString &sql)
    {
        return CertdeskProcess::scalar(CertdeskProcess::databaseOf(dataDir), sql);
    }

    QString newProfile()
    {
        const QString profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++m_profiles));
        const Run set = certdesk(profile, dnsSettings());
        if (set.code != 0) {
            qWarning() << set.all();
        }
        return profile;
    }

    QStringList dnsSettings() const { return LabProfile::dnsSet(m_lab); }

    QStringList delegation(const QStringList &extra = {}) const { return LabProfile::delegationSet(m_lab) + extra; }

    QString secretFile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("secret-%1").arg(++m_files));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QString targetOf(const QString &name) const { return LabProfile::delegationTarget(m_lab, name); }

    void expectNothingStored(const QString &profile)
    {
        QCOMPARE(scalar(profile, QStringLiteral("SELECT count(*) FROM dns_providers")), QStringLiteral("0"));
        QCOMPARE(scalar(profile, QStringLiteral("SELECT count(*) FROM delegation_zone")), QStringLiteral("0"));
    }

    QStringList txtAt(const QString &name) const
    {
        QProcess dig;
        dig.start(QStringLiteral("dig"),
                  {QStringLiteral("@127.0.0.1"),
                   QStringLiteral("-p"),
                   QString::number(m_lab.bindPort()),
                   QStringLiteral("+short"),
                   QStringLiteral("+norecurse"),
                   QStringLiteral("TXT"),
                   name});
        dig.waitForFinished(10000);
        QStringList values;
        for (const QString &line :
             QString::fromUtf8(dig.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            values << line.trimmed().remove(QLatin1Char('"'));
        }
        return values;
    }

    QTemporaryDir m_dir;
    int m_profiles = 0;
    int m_files = 0;
    Lab m_lab;

private Q_SLOTS:

    void initTestCase() { LAB_VERIFY_OK(m_lab.start()); }

    void dnsSetKeepsTheSettings()
    {
        const QString profile = newProfile();
        const Run shown = certdesk(profile, {QStringLiteral("dns"), QStringLiteral("set"), QStringLiteral("--json")});
        QCOMPARE(shown.code, 0);
        const QJsonObject dns = shown.json().value(QStringLiteral("dns")).toObject();
        QCOMPARE(dns.value(QStringLiteral("resolvers")).toArray().first().toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()));
        QCOMPARE(dns.value(QStringLiteral("authoritativePort")).toInt(), int(m_lab.bindPort()));
        QCOMPARE(dns.value(QStringLiteral("caIdentities")).toArray().first().toString(), QStringLiteral("pebble.test"));
        const Run bad = certdesk(profile,
                                 {QStringLiteral("dns"),
                                  QStringLiteral("set"),
                                  QStringLiteral("--resolver"),
                                  QStringLiteral("dns.example")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(QStringLiteral("not an IP address")));
    }

    void delegationSetRefusesBadInputAndChangesNothing()
    {
        const QString profile = newProfile();
        // A TSIG secret that is not base64.
        Run run = certdesk(profile, delegation({QStringLiteral("--secret-file"), secretFile("not base64 at all!")}));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not base64")), qPrintable(run.all()));
        QVERIFY(!run.all().contains(QStringLiteral("not base64 at all!")));
        // A well-formed secret the server does not accept.
        const QByteArray wrong = QByteArray(32, 'x').toBase64();
        run = certdesk(profile, delegation({QStringLiteral("--secret-file"), QStringLiteral("-")}), wrong);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("did not accept the TSIG key")), qPrintable(run.all()));
        QVERIFY(!run.all().contains(QString::fromLatin1(wrong)));
        // An unreachable server.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString nobody = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QStringList unreachable = delegation({QStringLiteral("--secret-file"), secretFile(m_lab.tsigSecret())});
        unreachable[unreachable.indexOf(QStringLiteral("--server")) + 1] = nobody;
        run = certdesk(profile, unreachable);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(nobody), qPrintable(run.all()));
        // A malformed zone, an unknown provider, another provider's option, a missing secret.
        QStringList badZone = delegation({QStringLiteral("--secret-file"), secretFile(m_lab.tsigSecret())});
        badZone[badZone.indexOf(QStringLiteral("--zone")) + 1] = QStringLiteral("acme..example");
        QCOMPARE(certdesk(profile, badZone).code, 1);
        QStringList route53 = delegation();
        route53[route53.indexOf(QStringLiteral("--provider")) + 1] = QStringLiteral("route53");
        run = certdesk(profile, route53);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("rfc2136, powerdns, cloudflare, acme-dns, script")));
        run = certdesk(profile, delegation({QStringLiteral("--api-url"), QStringLiteral("https://x.example")}));
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("--api-url is not a setting of the rfc2136 provider")));
        run = certdesk(profile, delegation());
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("TSIG secret is required")), qPrintable(run.all()));
        // There is no way to give the secret on the command line.
        QCOMPARE(
            certdesk(profile, delegation({QStringLiteral("--secret"), QString::fromLatin1(m_lab.tsigSecret())})).code,
            2);

        expectNothingStored(profile);
        const Run shown =
            certdesk(profile, {QStringLiteral("delegation"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY(shown.json().value(QStringLiteral("delegation")).isNull());
    }

    void delegationSetTestsSavesAndShows()
    {
        const QString profile = newProfile();
        const Run set =
            certdesk(profile,
                     delegation({QStringLiteral("--secret-file"), QStringLiteral("-"), QStringLiteral("--json")}),
                     m_lab.tsigSecret() + '\n');
        QVERIFY2(set.code == 0, qPrintable(set.all()));
        QVERIFY(set.json().value(QStringLiteral("tested")).toString().contains(m_lab.tsigKeyName()));
        const Run shown =
            certdesk(profile, {QStringLiteral("delegation"), QStringLiteral("show"), QStringLiteral("--json")});
        const QJsonObject zone = shown.json().value(QStringLiteral("delegation")).toObject();
        QCOMPARE(zone.value(QStringLiteral("zone")).toString(), m_lab.delegationZone());
        QCOMPARE(zone.value(QStringLiteral("provider")).toString(), QStringLiteral("rfc2136"));
        QCOMPARE(zone.value(QStringLiteral("settings")).toObject().value(QStringLiteral("zone")).toString(),
                 m_lab.delegationZone());
        // The secret is in the keychain, nowhere in the database.
        QFile database(QDir(profile).filePath(QStringLiteral("certdesk.sqlite")));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(m_lab.tsigSecret()));
        QCOMPARE(scalar(profile, QStringLiteral("SELECT secret_ref FROM dns_providers")),
                 QStringLiteral("certdesk/dns-provider/1"));

        // Setting it again replaces the provider (and drops the old row).
        QCOMPARE(certdesk(profile, delegation({QStringLiteral("--secret-file"), secretFile(m_lab.tsigSecret())})).code,
                 0);
        QCOMPARE(scalar(profile, QStringLiteral("SELECT count(*) FROM dns_providers")), QStringLiteral("1"));
        QCOMPARE(scalar(profile, QStringLiteral("SELECT provider_id FROM delegation_zone")), QStringLiteral("2"));
    }

    void recordsShowsWhatToCreate()
    {
        const QString profile = newProfile();
        QCOMPARE(certdesk(profile, delegation({QStringLiteral("--secret-file"), secretFile(m_lab.tsigSecret())})).code,
                 0);
        const QString name = QStringLiteral("shop.example.test");
        Run run = certdesk(profile, {QStringLiteral("records"), name, QStringLiteral("*.") + name});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("_acme-challenge.%1. 3600 IN CNAME %2.\n").arg(name, targetOf(name)));
        run = certdesk(profile, {QStringLiteral("records"), name, QStringLiteral("--text")});
        QVERIFY(run.out.contains(QStringLiteral("Value: %1").arg(targetOf(name))));
        run = certdesk(profile, {QStringLiteral("records"), QStringLiteral("bad..name.example")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("bad..name.example")));

        // An external endpoint also needs its traffic record.
        QCOMPARE(certdesk(profile,
                          {QStringLiteral("endpoint"),
                           QStringLiteral("add"),
                           QStringLiteral("portal.example.test"),
                           QStringLiteral("--external"),
                           QStringLiteral("--target"),
                           QStringLiteral("lb.example.net")})
                     .code,
                 0);
        run = certdesk(profile,
                       {QStringLiteral("records"), QStringLiteral("portal.example.test"), QStringLiteral("--json")});
        const QJsonArray records = run.json().value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("lb.example.net"));
    }

    void recordsCheckSeesTheZoneChange()
    {
        const QString profile = newProfile();
        QCOMPARE(certdesk(profile, delegation({QStringLiteral("--secret-file"), secretFile(m_lab.tsigSecret())})).code,
                 0);
        const QString name = QStringLiteral("checked.example.test");
        Run run =
            certdesk(profile, {QStringLiteral("records"), name, QStringLiteral("--check"), QStringLiteral("--json")});
        QCOMPARE(run.code, 3);
        QCOMPARE(run.json()
                     .value(QStringLiteral("records"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("missing"));
        LAB_VERIFY_OK(m_lab.bindReplaceRecords(
            QStringLiteral("_acme-challenge.") + name, QStringLiteral("CNAME"), targetOf(name) + QLatin1Char('.')));
        // Resolver and port given on the command line win over the settings.
        run = certdesk(profile,
                       {QStringLiteral("records"),
                        name,
                        QStringLiteral("--check"),
                        QStringLiteral("--resolver"),
                        QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()),
                        QStringLiteral("--auth-port"),
                        QString::number(m_lab.bindPort())});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        QVERIFY(run.out.startsWith(QStringLiteral("OK")));
        QVERIFY(run.out.contains(QStringLiteral("CAA for %1").arg(name)));
        run = certdesk(profile,
                       {QStringLiteral("records"),
                        name,
                        QStringLiteral("--check"),
                        QStringLiteral("--auth-port"),
                        QStringLiteral("0")});
        QCOMPARE(run.code, 1);
    }

    void dnsTestWritesConfirmsAndRemovesAProbe()
    {
        const QString profile = newProfile();
        Run run = certdesk(profile, {QStringLiteral("dns"), QStringLiteral("test")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("delegation set")));
        QCOMPARE(certdesk(profile, delegation({QStringLiteral("--secret-file"), secretFile(m_lab.tsigSecret())})).code,
                 0);
        run = certdesk(profile, {QStringLiteral("dns"), QStringLiteral("test"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        const QJsonObject result = run.json();
        QVERIFY(result.value(QStringLiteral("confirmed")).toBool());
        QVERIFY(result.value(QStringLiteral("removed")).toBool());
        QProcess dig;
        dig.start(QStringLiteral("dig"),
                  {QStringLiteral("@127.0.0.1"),
                   QStringLiteral("-p"),
                   QString::number(m_lab.bindPort()),
                   QStringLiteral("+short"),
                   QStringLiteral("+norecurse"),
                   QStringLiteral("TXT"),
                   result.value(QStringLiteral("name")).toString()});
        QVERIFY(dig.waitForFinished(10000));
        QCOMPARE(dig.readAllStandardOutput().trimmed(), QByteArray());
    }

    void providerCommandsAddTestListAndRemove()
    {
        const QString profile = newProfile();
        const QStringList add{QStringLiteral("provider"),
                              QStringLiteral("add"),
                              QStringLiteral("--kind"),
                              QStringLiteral("rfc2136"),
                              QStringLiteral("--title"),
                              QStringLiteral("Customer zone BIND"),
                              QStringLiteral("--server"),
                              QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()),
                              QStringLiteral("--key-name"),
                              m_lab.tsigKeyName(),
                              QStringLiteral("--provider-zone"),
                              m_lab.customerZone()};
        // A credential the server rejects stores nothing.
        Run run = certdesk(
            profile, add + QStringList{QStringLiteral("--secret-file"), secretFile(QByteArray(32, 'y').toBase64())});
        QCOMPARE(run.code, 1);
        expectNothingStored(profile);
        run = certdesk(profile,
                       add
                           + QStringList{QStringLiteral("--secret-file"),
                                         secretFile(m_lab.tsigSecret()),
                                         QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        const qint64 id =
            run.json().value(QStringLiteral("provider")).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        run = certdesk(profile, {QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject listed = run.json().value(QStringLiteral("providers")).toArray().first().toObject();
        QCOMPARE(listed.value(QStringLiteral("title")).toString(), QStringLiteral("Customer zone BIND"));
        QVERIFY(listed.value(QStringLiteral("hasSecret")).toBool());
        QVERIFY(!run.out.contains(QString::fromLatin1(m_lab.tsigSecret())));
        run = certdesk(profile, {QStringLiteral("provider"), QStringLiteral("test"), QString::number(id)});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        QVERIFY(run.out.contains(m_lab.customerZone()));
        // In use by a managed challenge: not removable until the challenge is gone.
        run = certdesk(profile,
                       {QStringLiteral("challenge"),
                        QStringLiteral("add"),
                        QStringLiteral("--title"),
                        QStringLiteral("c"),
                        QStringLiteral("--provider-id"),
                        QString::number(id),
                        QStringLiteral("--match"),
                        QStringLiteral("*.example.test"),
                        QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        const qint64 challenge =
            run.json().value(QStringLiteral("challenge")).toObject().value(QStringLiteral("id")).toInteger();
        run = certdesk(profile, {QStringLiteral("provider"), QStringLiteral("remove"), QString::number(id)});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("still in use")));
        QCOMPARE(
            certdesk(profile, {QStringLiteral("challenge"), QStringLiteral("remove"), QString::number(challenge)}).code,
            0);
        run = certdesk(profile, {QStringLiteral("provider"), QStringLiteral("remove"), QString::number(id)});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        expectNothingStored(profile);
        // Its credential went with it.
        run = certdesk(profile, {QStringLiteral("provider"), QStringLiteral("test"), QString::number(id)});
        QCOMPARE(run.code, 1);
    }

    void theHubWritesThroughAStoredProvider()
    {
        const QString profile = newProfile();
        Run run = certdesk(profile,
                           {QStringLiteral("provider"),
                            QStringLiteral("add"),
                            QStringLiteral("--kind"),
                            QStringLiteral("rfc2136"),
                            QStringLiteral("--server"),
                            QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()),
                            QStringLiteral("--key-name"),
                            m_lab.tsigKeyName(),
                            QStringLiteral("--secret-file"),
                            secretFile(m_lab.tsigSecret()),
                            QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        const qint64 provider =
            run.json().value(QStringLiteral("provider")).toObject().value(QStringLiteral("id")).toInteger();
        run = certdesk(profile,
                       {QStringLiteral("challenge"),
                        QStringLiteral("add"),
                        QStringLiteral("--title"),
                        QStringLiteral("Customer"),
                        QStringLiteral("--provider-id"),
                        QString::number(provider),
                        QStringLiteral("--match"),
                        QStringLiteral("*.example.test"),
                        QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        const qint64 challenge =
            run.json().value(QStringLiteral("challenge")).toObject().value(QStringLiteral("id")).toInteger();
        run = certdesk(profile,
                       {QStringLiteral("token"),
                        QStringLiteral("create"),
                        QStringLiteral("--name"),
                        QStringLiteral("build-01"),
                        QStringLiteral("--role"),
                        QStringLiteral("managed-challenge-consumer"),
                        QStringLiteral("--challenge"),
                        QString::number(challenge),
                        QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        const QByteArray credentials = run.json().value(QStringLiteral("clientId")).toString().toLatin1() + ':'
                                       + run.json().value(QStringLiteral("secret")).toString().toLatin1();

        // The hub in the foreground, with no test hook: its writes go through the stored provider.
        QProcess hub;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CERTDESK_TEST_NSUPDATE_SERVER"));
        hub.setProcessEnvironment(environment);
        hub.start(QStringLiteral(CERTDESK_BINARY),
                  {QStringLiteral("--data-dir"),
                   profile,
                   QStringLiteral("hub"),
                   QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0")});
        QString seen;
        QRegularExpressionMatch match;
        const QRegularExpression ready(QStringLiteral("listening at (https://127\\.0\\.0\\.1:\\d+)"));
        for (int i = 0; i < 300 && !match.hasMatch() && hub.state() != QProcess::NotRunning; ++i) {
            hub.waitForReadyRead(100);
            seen += QString::fromUtf8(hub.readAllStandardOutput());
            match = ready.match(seen);
        }
        QVERIFY2(match.hasMatch(), qPrintable(seen + QString::fromUtf8(hub.readAllStandardError())));

        QNetworkAccessManager network;
        const auto post = [&](const QString &path, const QString &fqdn, const QString &value) {
            QNetworkRequest request(QUrl(match.captured(1) + path));
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(
                QSslCertificate::fromPath(QDir(profile).filePath(QStringLiteral("hub-certificate.pem"))));
            request.setSslConfiguration(tls);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
            QNetworkReply *reply = network.post(
                request,
                QJsonDocument(QJsonObject{{QStringLiteral("fqdn"), fqdn}, {QStringLiteral("value"), value}}).toJson());
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished()) {
                finished.wait(30000);
            }
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        const QString value = QStringLiteral("LPsIwTo7o8BoG0-vjCyGQGBWSVIPxI-i_X336eUOQZo");
        const QString fqdn = QStringLiteral("_acme-challenge.hubbed.example.test");
        QCOMPARE(post(QStringLiteral("/present"), fqdn + QLatin1Char('.'), value), 200);
        QCOMPARE(txtAt(fqdn), QStringList{value}); // confirmed before the hub answered
        QCOMPARE(post(QStringLiteral("/cleanup"), fqdn + QLatin1Char('.'), value), 200);
        QCOMPARE(txtAt(fqdn), QStringList());
        hub.terminate();
        QVERIFY(hub.waitForFinished(10000));
    }

    void issuesForADelegatedEndpointThroughTheBinary()
    {
        const QString profile = newProfile();
        QCOMPARE(certdesk(profile, delegation({QStringLiteral("--secret-file"), secretFile(m_lab.tsigSecret())})).code,
                 0);
        const Run account = certdesk(profile,
                                     {QStringLiteral("account"),
                                      QStringLiteral("add"),
                                      QStringLiteral("--directory"),
                                      m_lab.directoryUrl().toString(),
                                      QStringLiteral("--email"),
                                      QStringLiteral("admin@example.test"),
                                      QStringLiteral("--agree-tos"),
                                      QStringLiteral("--ca-bundle"),
                                      m_lab.caBundlePath()});
        QVERIFY2(account.code == 0, qPrintable(account.all()));
        const QString name = QStringLiteral("delegated.example.test");
        LAB_VERIFY_OK(m_lab.bindReplaceRecords(
            QStringLiteral("_acme-challenge.") + name, QStringLiteral("CNAME"), targetOf(name) + QLatin1Char('.')));
        QCOMPARE(certdesk(profile,
                          {QStringLiteral("endpoint"),
                           QStringLiteral("add"),
                           name,
                           QStringLiteral("--challenge"),
                           QStringLiteral("dns-01")})
                     .code,
                 0);
        const Run checked = certdesk(profile, {QStringLiteral("records"), name, QStringLiteral("--check")});
        QVERIFY2(checked.code == 0, qPrintable(checked.all()));
        const Run issued = certdesk(profile, {QStringLiteral("issue"), name, QStringLiteral("--json")});
        QVERIFY2(issued.code == 0, qPrintable(issued.all()));
        QCOMPARE(issued.json().value(QStringLiteral("failed")).toInt(), 0);
        const Run certs = certdesk(profile, {QStringLiteral("certs"), QStringLiteral("--json")});
        QCOMPARE(certs.json()
                     .value(QStringLiteral("certificates"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("names"))
                     .toArray()
                     .first()
                     .toString(),
                 name);
    }
};

QTEST_GUILESS_MAIN(TestDnsVerbs)
#include "TestDnsVerbs.moc"
