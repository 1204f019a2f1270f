#include "lab/Lab.h"
#include "lab/LabPorts.h"
#include "lab/LabVerify.h"
#include "support/CertdeskProcess.h"

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
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The management hub through the real `certdesk` binary, as an administrator drives it: managed
// challenges and tokens made with the command line, `certdesk hub` running in the background,
// and the unmodified `lego` (Debian package) obtaining a certificate from the lab's Pebble
// through it. Runs in a private Secret Service session (the token pepper and the hub's TLS key).
//
// DNS writes: until core/providers lands there is no provider-backed publisher, so the binary
// is pointed at the lab's BIND through its documented test hook (CERTDESK_TEST_NSUPDATE_*, see
// docs/hub.md and app/testhooks/NsupdateTestPublisher.h), and the DNS provider row a managed
// challenge names is inserted with SQL (there is no `certdesk provider add` yet).
class TestHubCommandLine final : public QObject
{
    Q_OBJECT

private:
    using Run = CertdeskProcess::Run;

    struct Reply
    {
        int status = 0;
        QJsonObject json;
    };

    QTemporaryDir m_dir;
    Lab m_lab{Lab::Options{.pebble = true, .bind = true}};
    QString m_profile;
    QString m_trustBundle;
    QProcess m_hub;
    QString m_hubUrl;
    qint64 m_customerChallenge = 0;
    qint64 m_delegationChallenge = 0;
    QNetworkAccessManager m_network;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CERTDESK_TEST_NSUPDATE_SERVER"),
                           QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()));
        environment.insert(QStringLiteral("CERTDESK_TEST_NSUPDATE_KEY"), m_lab.tsigKeyPath());
        environment.insert(QStringLiteral("CERTDESK_TEST_NSUPDATE_ZONES"),
                           m_lab.customerZone() + QLatin1Char(',') + m_lab.delegationZone());
        return environment;
    }

    Run certdesk(const QStringList &arguments, int timeoutMs = 60000) const
    {
        return CertdeskProcess::run(m_profile, arguments, timeoutMs, {}, environment());
    }

    QString scalar(const QString &sql) const
    {
        return CertdeskProcess::scalar(
            CertdeskProcess::databaseOf(m_profile), sql, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }

    // Token create --json; {clientId, secret, token{id,…}}.
    QJsonObject createToken(const QStringList &extra)
    {
        const Run run = certdesk(QStringList{QStringLiteral("token"),
                                             QStringLiteral("create"),
                                             QStringLiteral("--role"),
                                             QStringLiteral("managed-challenge-consumer"),
                                             QStringLiteral("--json")}
                                 + extra);
        if (run.code != 0) {
            qWarning().noquote() << run.out << run.err;
            return {};
        }
        return run.json();
    }

    QJsonObject tokenRow(const QString &clientId)
    {
        const Run list = certdesk({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &row : list.json().value(QStringLiteral("tokens")).toArray()) {
            if (row.toObject().value(QStringLiteral("clientId")).toString() == clientId) {
                return row.toObject();
            }
        }
        return {};
    }

    Reply present(const QJsonObject &token, const QString &fqdn)
    {
        QNetworkRequest request(QUrl(m_hubUrl + QStringLiteral("/present")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_trustBundle));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray credentials = token.value(QStringLiteral("clientId")).toString().toLatin1() + ':'
                                       + token.value(QStringLiteral("secret")).toString().toLatin1();
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        const QJsonObject body{
            {QStringLiteral("fqdn"), fqdn},
            {QStringLiteral("value"), QStringLiteral("LPsIwTo7o8BoG0-vjCyGQGBWSVIPxI-i_X336eUOQZo")}};
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            finished.wait(30000);
        }
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
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
        for (const QString &line : QString::fromUtf8(dig.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            values << line.trimmed().remove(QLatin1Char('"'));
        }
        return values;
    }

    struct LegoRun
    {
        bool ok = false;
        QString output;
    };

    // lego's HTTP client uses Go's roots, which honour SSL_CERT_FILE: exactly the lab CA and
    // the hub's self-signed certificate, nothing else.
    LegoRun lego(const QJsonObject &token, const QString &domain)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        environment.insert(QStringLiteral("LEGO_CA_CERTIFICATES"), m_lab.caBundlePath());
        environment.insert(QStringLiteral("SSL_CERT_FILE"), m_trustBundle);
        environment.insert(QStringLiteral("HTTPREQ_ENDPOINT"), m_hubUrl);
        environment.insert(QStringLiteral("HTTPREQ_USERNAME"), token.value(QStringLiteral("clientId")).toString());
        environment.insert(QStringLiteral("HTTPREQ_PASSWORD"), token.value(QStringLiteral("secret")).toString());
        environment.insert(QStringLiteral("HTTPREQ_POLLING_INTERVAL"), QStringLiteral("1"));
        environment.insert(QStringLiteral("HTTPREQ_PROPAGATION_TIMEOUT"), QStringLiteral("30"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("lego"),
                      {QStringLiteral("--server"),
                       m_lab.directoryUrl().toString(),
                       QStringLiteral("--email"),
                       QStringLiteral("hub@example.test"),
                       QStringLiteral("--accept-tos"),
                       QStringLiteral("--path"),
                       m_dir.filePath(QStringLiteral("lego")),
                       QStringLiteral("--dns"),
                       QStringLiteral("httpreq"),
                       QStringLiteral("--dns.disable-cp"),
                       QStringLiteral("--dns.resolvers"),
                       QStringLiteral("127.0.0.1:%1").arg(m_lab.bindPort()),
                       QStringLiteral("--domains"),
                       domain,
                       QStringLiteral("run")});
        LegoRun run;
        run.ok =
            process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        run.output = QString::fromUtf8(process.readAll());
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        return run;
    }

    // Starts `certdesk hub` (or --headless) in the background and waits for `ready` in its output.
    static bool waitForOutput(QProcess &process, const QRegularExpression &ready, QRegularExpressionMatch *match)
    {
        QString seen;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(100);
            seen += QString::fromUtf8(process.readAllStandardOutput());
            *match = ready.match(seen);
            if (match->hasMatch()) {
                return true;
            }
        }
        qWarning().noquote() << "never saw" << ready.pattern() << "in:" << seen
                             << QString::fromUtf8(process.readAllStandardError());
        return false;
    }

private Q_SLOTS:

    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lego")).isEmpty()) {
            QSKIP("lego is not installed (Debian package lego)");
        }
        QVERIFY(m_dir.isValid());
        LAB_VERIFY_OK(m_lab.start());
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        QCOMPARE(certdesk({QStringLiteral("info")}).code, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(QDir(m_profile).filePath(QStringLiteral("certdesk.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO dns_providers (id, title, kind, created_at, updated_at) "
                                              "VALUES (1, 'lab BIND', 'rfc2136', '2026-01-01', '2026-01-01')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));

        const Run customer = certdesk({QStringLiteral("challenge"),
                                       QStringLiteral("add"),
                                       QStringLiteral("--title"),
                                       QStringLiteral("Customer zone"),
                                       QStringLiteral("--provider-id"),
                                       QStringLiteral("1"),
                                       QStringLiteral("--match"),
                                       QStringLiteral("*.example.test"),
                                       QStringLiteral("--tag"),
                                       QStringLiteral("Lab"),
                                       QStringLiteral("--json")});
        QVERIFY2(customer.code == 0, qPrintable(customer.out + customer.err));
        const QJsonObject added = customer.json().value(QStringLiteral("challenge")).toObject();
        m_customerChallenge = added.value(QStringLiteral("id")).toInteger();
        QCOMPARE(added.value(QStringLiteral("match")).toString(), QStringLiteral("*.example.test"));
        QCOMPARE(added.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("lab"));
        const Run delegation = certdesk({QStringLiteral("challenge"),
                                         QStringLiteral("add"),
                                         QStringLiteral("--title"),
                                         QStringLiteral("Delegation zone"),
                                         QStringLiteral("--provider-id"),
                                         QStringLiteral("1"),
                                         QStringLiteral("--match"),
                                         QStringLiteral("*.acme-delegation.test"),
                                         QStringLiteral("--json")});
        QVERIFY2(delegation.code == 0, qPrintable(delegation.err));
        m_delegationChallenge =
            delegation.json().value(QStringLiteral("challenge")).toObject().value(QStringLiteral("id")).toInteger();

        const Run configured = certdesk({QStringLiteral("hub"),
                                         QStringLiteral("configure"),
                                         QStringLiteral("--acme-dns-zone"),
                                         m_lab.delegationZone()});
        QVERIFY2(configured.code == 0, qPrintable(configured.err));

        m_hub.setProcessEnvironment(environment());
        m_hub.start(QStringLiteral(CERTDESK_BINARY),
                    {QStringLiteral("--data-dir"),
                     m_profile,
                     QStringLiteral("hub"),
                     QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0")});
        QRegularExpressionMatch match;
        QVERIFY(waitForOutput(
            m_hub, QRegularExpression(QStringLiteral("listening at (https://127\\.0\\.0\\.1:\\d+)")), &match));
        m_hubUrl = match.captured(1);

        // Clients trust the lab CA (Pebble) and the hub's own self-signed certificate.
        QFile bundle(m_dir.filePath(QStringLiteral("trust.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        QFile labCa(m_lab.caBundlePath());
        QFile hubCertificate(QDir(m_profile).filePath(QStringLiteral("hub-certificate.pem")));
        QVERIFY(labCa.open(QIODevice::ReadOnly));
        QVERIFY(hubCertificate.open(QIODevice::ReadOnly));
        bundle.write(labCa.readAll());
        bundle.write(hubCertificate.readAll());
        bundle.close();
        m_trustBundle = bundle.fileName();
    }

    void challengeCommandsAddListAndRemove()
    {
        const Run added = certdesk({QStringLiteral("challenge"),
                                    QStringLiteral("add"),
                                    QStringLiteral("--title"),
                                    QStringLiteral("Short-lived"),
                                    QStringLiteral("--provider-id"),
                                    QStringLiteral("1"),
                                    QStringLiteral("--match"),
                                    QStringLiteral("Example.ORG, *.example.net")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QLatin1String("example.org; *.example.net")));
        const Run list = certdesk({QStringLiteral("challenge"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray challenges = list.json().value(QStringLiteral("challenges")).toArray();
        QCOMPARE(challenges.size(), 3);
        const qint64 id = challenges.at(2).toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(certdesk({QStringLiteral("challenge"), QStringLiteral("remove"), QString::number(id)}).code, 0);
        QCOMPARE(certdesk({QStringLiteral("challenge"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("challenges"))
                     .toArray()
                     .size(),
                 2);
        const Run missing = certdesk({QStringLiteral("challenge"), QStringLiteral("remove"), QString::number(id)});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("no longer exists")));
        const Run noProvider = certdesk({QStringLiteral("challenge"),
                                         QStringLiteral("add"),
                                         QStringLiteral("--title"),
                                         QStringLiteral("Nowhere"),
                                         QStringLiteral("--provider-id"),
                                         QStringLiteral("99")});
        QCOMPARE(noProvider.code, 1);
        QVERIFY(noProvider.err.contains(QLatin1String("DNS provider of this managed challenge does not exist")));
    }

    void tokenCreatePrintsTheSecretExactlyOnce()
    {
        const Run created = certdesk({QStringLiteral("token"),
                                      QStringLiteral("create"),
                                      QStringLiteral("--name"),
                                      QStringLiteral("build-01"),
                                      QStringLiteral("--role"),
                                      QStringLiteral("managed-challenge-consumer"),
                                      QStringLiteral("--challenge"),
                                      QString::number(m_customerChallenge)});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QRegularExpressionMatch id =
            QRegularExpression(QStringLiteral("client id +([0-9a-f-]{36})")).match(created.out);
        const QRegularExpressionMatch secret =
            QRegularExpression(QStringLiteral("secret +([A-Za-z0-9_-]{43})\\n")).match(created.out);
        QVERIFY2(id.hasMatch() && secret.hasMatch(), qPrintable(created.out));
        QCOMPARE(created.out.count(secret.captured(1)), 1);
        QVERIFY(!created.err.contains(secret.captured(1))); // not in the log lines either

        // Never again: not in the list, a snippet, or the database.
        const Run list = certdesk({QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY(list.out.contains(id.captured(1)));
        QVERIFY(list.out.contains(QLatin1String("build-01")));
        QVERIFY(list.out.contains(QLatin1String("last used never")));
        QVERIFY(!list.out.contains(secret.captured(1)));
        for (const QString &client : {QStringLiteral("lego"), QStringLiteral("certify"), QStringLiteral("acme.sh")}) {
            const Run snippet = certdesk(
                {QStringLiteral("token"), QStringLiteral("snippet"), id.captured(1), QStringLiteral("--for"), client});
            QCOMPARE(snippet.code, 0);
            QVERIFY(!snippet.out.contains(secret.captured(1)));
        }
        QFile database(QDir(m_profile).filePath(QStringLiteral("certdesk.sqlite")));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(secret.captured(1).toLatin1()));

        const QJsonObject json = createToken({QStringLiteral("--name"),
                                              QStringLiteral("build-02"),
                                              QStringLiteral("--tag"),
                                              QStringLiteral("lab"),
                                              QStringLiteral("--expires"),
                                              QStringLiteral("2099-01-01")});
        QCOMPARE(json.value(QStringLiteral("secret")).toString().size(), 43);
        QCOMPARE(json.value(QStringLiteral("token")).toObject().value(QStringLiteral("expiresAt")).toString(),
                 QStringLiteral("2099-01-01T00:00:00Z"));

        const Run unscoped = certdesk(
            {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("nothing")});
        QCOMPARE(unscoped.code, 2);
        QVERIFY(unscoped.err.contains(QLatin1String("needs a scope")));
        const Run past = certdesk({QStringLiteral("token"),
                                   QStringLiteral("create"),
                                   QStringLiteral("--name"),
                                   QStringLiteral("late"),
                                   QStringLiteral("--challenge"),
                                   QString::number(m_customerChallenge),
                                   QStringLiteral("--expires"),
                                   QStringLiteral("2001-01-01")});
        QCOMPARE(past.code, 1);
        QVERIFY(past.err.contains(QLatin1String("has already passed")));
    }

    void legoObtainsACertificateThroughTheHubAndTheTokenShowsItsLastUse()
    {
        const QJsonObject token = createToken({QStringLiteral("--name"),
                                               QStringLiteral("lego-www"),
                                               QStringLiteral("--challenge"),
                                               QString::number(m_customerChallenge)});
        const QJsonObject unused = createToken({QStringLiteral("--name"),
                                                QStringLiteral("never-used"),
                                                QStringLiteral("--challenge"),
                                                QString::number(m_customerChallenge)});
        QVERIFY(!token.isEmpty() && !unused.isEmpty());
        const QString clientId = token.value(QStringLiteral("clientId")).toString();
        QVERIFY(tokenRow(clientId).value(QStringLiteral("lastUsedAt")).toString().isEmpty());

        const LegoRun run = lego(token, QStringLiteral("www.example.test"));
        QVERIFY2(run.ok, qPrintable(run.output));
        QVERIFY(run.output.contains(QLatin1String("Server responded with a certificate")));
        QVERIFY(!run.output.contains(token.value(QStringLiteral("secret")).toString()));
        // The record went to BIND and was removed again.
        QTRY_VERIFY(txtAt(QStringLiteral("_acme-challenge.www.example.test")).isEmpty());
        // The hub writes its audit log a few milliseconds after each answer (HubAuditLog::record).
        QTRY_COMPARE(scalar(QStringLiteral("SELECT count(*) FROM hub_audit_log WHERE client_id = '%1' AND api = "
                                           "'httpreq' AND action IN ('present', 'cleanup') AND allowed = 1")
                                .arg(clientId)),
                     QStringLiteral("2"));

        const QJsonObject used = tokenRow(clientId);
        const QDateTime lastUsed =
            QDateTime::fromString(used.value(QStringLiteral("lastUsedAt")).toString(), Qt::ISODate);
        QVERIFY2(lastUsed.isValid(), QJsonDocument(used).toJson().constData());
        QVERIFY(qAbs(lastUsed.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QVERIFY(tokenRow(unused.value(QStringLiteral("clientId")).toString())
                    .value(QStringLiteral("lastUsedAt"))
                    .toString()
                    .isEmpty());
        const Run list = certdesk({QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("last used %1").arg(lastUsed.toString(Qt::ISODate))));
    }

    void aTokenForStarExampleTestIsRefusedOtherNamesAndNothingIsWritten()
    {
        const QJsonObject token = createToken({QStringLiteral("--name"),
                                               QStringLiteral("narrow"),
                                               QStringLiteral("--challenge"),
                                               QString::number(m_customerChallenge)});
        const QString clientId = token.value(QStringLiteral("clientId")).toString();
        for (const QString &name :
             {QStringLiteral("_acme-challenge.other.test"), QStringLiteral("_acme-challenge.a.b.example.test")}) {
            const Reply reply = present(token, name);
            QCOMPARE(reply.status, 403);
            QVERIFY2(reply.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("*.example.test")),
                     QJsonDocument(reply.json).toJson().constData());
            QVERIFY(txtAt(name).isEmpty());
        }
        // The real client is refused the same way, and says why.
        const LegoRun run = lego(token, QStringLiteral("a.b.example.test"));
        QVERIFY(!run.ok);
        QVERIFY2(run.output.contains(QLatin1String("403")), qPrintable(run.output));
        QVERIFY(txtAt(QStringLiteral("_acme-challenge.a.b.example.test")).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM hub_audit_log WHERE client_id = '%1' AND allowed = 1")
                            .arg(clientId)),
                 QStringLiteral("0"));
        QTRY_VERIFY(scalar(QStringLiteral("SELECT count(*) FROM hub_audit_log WHERE client_id = '%1' AND allowed = 0 "
                                          "AND name = 'a.b.example.test'")
                               .arg(clientId))
                        .toInt()
                    >= 2);
    }

    void expiredAndRevokedTokensGet401()
    {
        // Room for a slow `certdesk token create` and one request before it expires; milliseconds
        // kept, or the window would shrink by up to a second.
        const QString soon = QDateTime::currentDateTimeUtc().addSecs(15).toString(Qt::ISODateWithMs);
        const QJsonObject expiring = createToken({QStringLiteral("--name"),
                                                  QStringLiteral("expiring"),
                                                  QStringLiteral("--challenge"),
                                                  QString::number(m_customerChallenge),
                                                  QStringLiteral("--expires"),
                                                  soon});
        QVERIFY(!expiring.isEmpty());
        QCOMPARE(present(expiring, QStringLiteral("_acme-challenge.soon.example.test")).status, 200);
        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(QDateTime::fromString(soon, Qt::ISODate))) + 500);
        const Reply expired = present(expiring, QStringLiteral("_acme-challenge.soon.example.test"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(
            tokenRow(expiring.value(QStringLiteral("clientId")).toString()).value(QStringLiteral("status")).toString(),
            QStringLiteral("expired"));

        const QJsonObject revoked = createToken({QStringLiteral("--name"),
                                                 QStringLiteral("revoked"),
                                                 QStringLiteral("--challenge"),
                                                 QString::number(m_customerChallenge)});
        QCOMPARE(present(revoked, QStringLiteral("_acme-challenge.gone.example.test")).status, 200);
        const QString number =
            QString::number(revoked.value(QStringLiteral("token")).toObject().value(QStringLiteral("id")).toInteger());
        const Run revoke = certdesk({QStringLiteral("token"), QStringLiteral("revoke"), number});
        QVERIFY2(revoke.code == 0, qPrintable(revoke.err));
        const Reply refused = present(revoked, QStringLiteral("_acme-challenge.gone.example.test"));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json.value(QStringLiteral("title")).toString(), QStringLiteral("Invalid client credentials."));
        QCOMPARE(
            tokenRow(revoked.value(QStringLiteral("clientId")).toString()).value(QStringLiteral("status")).toString(),
            QStringLiteral("revoked"));
        // The audit log keeps the precise reasons the answers hide.
        QTRY_VERIFY(!scalar(QStringLiteral("SELECT reason FROM hub_audit_log WHERE client_id = '%1' AND reason LIKE "
                                           "'token expired%'")
                                .arg(expiring.value(QStringLiteral("clientId")).toString()))
                         .isEmpty());
        QTRY_VERIFY(!scalar(QStringLiteral("SELECT reason FROM hub_audit_log WHERE client_id = '%1' AND reason LIKE "
                                           "'token revoked%'")
                                .arg(revoked.value(QStringLiteral("clientId")).toString()))
                         .isEmpty());
        const QJsonObject unknown{{QStringLiteral("clientId"), QStringLiteral("00000000-0000-4000-8000-000000000000")},
                                  {QStringLiteral("secret"), QStringLiteral("guess")}};
        QCOMPARE(present(unknown, QStringLiteral("_acme-challenge.www.example.test")).status, 401);
    }

    void anAcmeDnsAccountMadeWithTheCommandLineWritesItsSubdomain()
    {
        const QJsonObject token =
            createToken({QStringLiteral("--name"), QStringLiteral("acme.sh box"), QStringLiteral("--acme-dns")});
        const QJsonObject account = token.value(QStringLiteral("acmeDns")).toObject();
        const QString subdomain = account.value(QStringLiteral("subdomain")).toString();
        const QString fulldomain = account.value(QStringLiteral("fulldomain")).toString();
        QCOMPARE(fulldomain, subdomain + QLatin1Char('.') + m_lab.delegationZone());
        QCOMPARE(token.value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("challenges"))
                     .toArray()
                     .first()
                     .toInteger(),
                 m_delegationChallenge);

        const Run snippet = certdesk({QStringLiteral("token"),
                                      QStringLiteral("snippet"),
                                      token.value(QStringLiteral("clientId")).toString(),
                                      QStringLiteral("--for"),
                                      QStringLiteral("acme.sh"),
                                      QStringLiteral("--domain"),
                                      QStringLiteral("api.example.test")});
        QVERIFY(snippet.out.contains(QStringLiteral("export ACMEDNS_SUBDOMAIN=\"%1\"").arg(subdomain)));
        QVERIFY(snippet.out.contains(QStringLiteral("_acme-challenge.api.example.test. CNAME %1.").arg(fulldomain)));
        QVERIFY(!snippet.out.contains(token.value(QStringLiteral("secret")).toString()));

        // What acme.sh's dns_acmedns sends.
        QNetworkRequest request(QUrl(m_hubUrl + QStringLiteral("/update")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_trustBundle));
        request.setSslConfiguration(tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Api-User", token.value(QStringLiteral("clientId")).toString().toLatin1());
        request.setRawHeader("X-Api-Key", token.value(QStringLiteral("secret")).toString().toLatin1());
        const QString value = QString(43, QLatin1Char('z'));
        QNetworkReply *reply = m_network.post(
            request,
            QJsonDocument(QJsonObject{{QStringLiteral("subdomain"), subdomain}, {QStringLiteral("txt"), value}})
                .toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        QTRY_COMPARE(txtAt(fulldomain), QStringList{value});
    }

    void plainHttpOffLoopbackIsRefused()
    {
        const Run run = certdesk({QStringLiteral("hub"),
                                  QStringLiteral("--listen"),
                                  QStringLiteral("0.0.0.0:0"),
                                  QStringLiteral("--plain-http-loopback")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("Plain HTTP is only allowed on this computer")), qPrintable(run.err));
    }

    void theForegroundHubExitsCleanlyOnSigterm()
    {
        QVERIFY(m_hub.state() == QProcess::Running);
        ::kill(static_cast<pid_t>(m_hub.processId()), SIGTERM);
        QVERIFY(m_hub.waitForFinished(15000));
        QCOMPARE(m_hub.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_hub.exitCode(), 0);
        QVERIFY(QString::fromUtf8(m_hub.readAllStandardError()).contains(QLatin1String("hub stopped")));
    }

    void headlessStartsTheHubWhenEnabledInSettings()
    {
        const quint16 port = LabPorts::freeTcpPort();
        QVERIFY(port != 0);
        const Run configured = certdesk({QStringLiteral("hub"),
                                         QStringLiteral("configure"),
                                         QStringLiteral("--enable"),
                                         QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY2(configured.code == 0, qPrintable(configured.err));
        QVERIFY(configured.out.contains(QLatin1String("enabled")));
        QProcess headless;
        headless.setProcessEnvironment(environment());
        headless.setProcessChannelMode(QProcess::MergedChannels);
        headless.start(QStringLiteral(CERTDESK_BINARY),
                       {QStringLiteral("--data-dir"), m_profile, QStringLiteral("--headless")});
        QRegularExpressionMatch match;
        QVERIFY(
            waitForOutput(headless,
                          QRegularExpression(QStringLiteral("hub listening at https://127\\.0\\.0\\.1:%1").arg(port)),
                          &match));

        const QJsonObject token = createToken({QStringLiteral("--name"),
                                               QStringLiteral("headless"),
                                               QStringLiteral("--challenge"),
                                               QString::number(m_customerChallenge)});
        m_hubUrl = QStringLiteral("https://127.0.0.1:%1").arg(port);
        QCOMPARE(present(token, QStringLiteral("_acme-challenge.headless.example.test")).status, 200);
        QTRY_COMPARE(txtAt(QStringLiteral("_acme-challenge.headless.example.test")),
                     QStringList{QStringLiteral("LPsIwTo7o8BoG0-vjCyGQGBWSVIPxI-i_X336eUOQZo")});

        ::kill(static_cast<pid_t>(headless.processId()), SIGTERM);
        QVERIFY(headless.waitForFinished(15000));
        QCOMPARE(headless.exitCode(), 0);

        // Disabled again, --headless runs without it.
        QCOMPARE(certdesk({QStringLiteral("hub"), QStringLiteral("configure"), QStringLiteral("--disable")}).code, 0);
        headless.start(QStringLiteral(CERTDESK_BINARY),
                       {QStringLiteral("--data-dir"), m_profile, QStringLiteral("--headless")});
        QVERIFY(headless.waitForStarted());
        QDeadlineTimer deadline(30000); // the loop ends as soon as the line is there
        QString output;
        while (!deadline.hasExpired() && !output.contains(QLatin1String("not enabled"))) {
            headless.waitForReadyRead(100);
            output += QString::fromUtf8(headless.readAll());
        }
        QVERIFY2(output.contains(QLatin1String("the hub is not enabled in settings")), qPrintable(output));
        ::kill(static_cast<pid_t>(headless.processId()), SIGTERM);
        QVERIFY(headless.waitForFinished(15000));
        QCOMPARE(headless.exitCode(), 0);
    }

    void cleanupTestCase()
    {
        if (m_hub.state() != QProcess::NotRunning) {
            m_hub.kill();
            m_hub.waitForFinished();
        }
    }
};

QTEST_GUILESS_MAIN(TestHubCommandLine)
#include "TestHubCommandLine.moc"
