#include "Lab.h"
#include "LabVerify.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Proves the shared lab fixture: every server answers on loopback as documented, updates
// really change zones, TLS is verified against the lab CA only, and nothing outlives the Lab.
class TestLab : public QObject
{
    Q_OBJECT

private:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
    };

    // Plain Qt networking as a product client would use it; verification stays on.
    static Reply get(const QUrl &url, const QSslConfiguration &ssl, const QByteArray &apiKey = {})
    {
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(url);
        request.setSslConfiguration(ssl);
        request.setTransferTimeout(10000);
        if (!apiKey.isEmpty()) {
            request.setRawHeader("X-API-Key", apiKey);
        }
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(), reply->readAll()};
    }

    struct Dig
    {
        QString status; // NOERROR, NXDOMAIN, ... or empty when no answer came
        QStringList answers;
        qint64 elapsedMs = 0;
    };

    // dig against an explicit loopback server and port: never the system resolver.
    static Dig dig(quint16 port, const QString &name, const QString &type, bool recurse = true)
    {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral("dig"),
                      {QStringLiteral("@127.0.0.1"),
                       QStringLiteral("-p"),
                       QString::number(port),
                       recurse ? QStringLiteral("+recurse") : QStringLiteral("+norecurse"),
                       QStringLiteral("+time=2"),
                       QStringLiteral("+tries=1"),
                       QStringLiteral("+noall"),
                       QStringLiteral("+comments"),
                       QStringLiteral("+answer"),
                       name,
                       type});
        process.waitForFinished(10000);
        Dig result;
        result.elapsedMs = timer.elapsed();
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const int at = line.indexOf(QLatin1String("status: "));
            if (at >= 0) {
                result.status = line.mid(at + 8).section(QLatin1Char(','), 0, 0);
            } else if (!line.isEmpty() && !line.startsWith(QLatin1Char(';'))) {
                result.answers << line.simplified();
            }
        }
        return result;
    }

    struct LegoRun
    {
        bool ok = false;
        QString output;
    };

    // The unmodified lego client against the lab: proves Pebble validates through the lab's
    // BIND and reaches the validation ports. Secrets travel in lego's environment only.
    static LegoRun lego(const Lab &lab, const QProcessEnvironment &extra, const QStringList &arguments)
    {
        QTemporaryDir home;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("LEGO_CA_CERTIFICATES"), lab.caBundlePath());
        environment.insert(extra);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("lego"),
                      QStringList{QStringLiteral("--server"),
                                  lab.directoryUrl().toString(),
                                  QStringLiteral("--email"),
                                  QStringLiteral("lab@example.test"),
                                  QStringLiteral("--accept-tos"),
                                  QStringLiteral("--path"),
                                  home.filePath(QStringLiteral("lego"))}
                          + arguments + QStringList{QStringLiteral("run")});
        LegoRun run;
        run.ok =
            process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        run.output = QString::fromUtf8(process.readAll());
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        return run;
    }

    static bool processExists(qint64 pid) { return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)); }

    std::unique_ptr<Lab> m_lab;

private Q_SLOTS:

    void initTestCase()
    {
        m_lab = std::make_unique<Lab>(Lab::Options{.pebble = true, .bind = true, .powerDns = true});
        QElapsedTimer timer;
        timer.start();
        const auto started = m_lab->start();
        LAB_VERIFY_OK(started);
        qInfo("full lab (BIND, Pebble, PowerDNS) started in %lld ms", timer.elapsed());
    }

    void cleanupTestCase() { m_lab.reset(); }

    void bindAnswersARecordsForTheCustomerZone()
    {
        for (const QString &host : m_lab->hostNames()) {
            const Dig answer = dig(m_lab->bindPort(), host, QStringLiteral("A"), false);
            QCOMPARE(answer.status, QStringLiteral("NOERROR"));
            QCOMPARE(answer.answers.size(), 1);
            QVERIFY(answer.answers.first().endsWith(QLatin1String("IN A 127.0.0.1")));
        }
    }

    void bindHasNoAaaaRecordsForTestHosts()
    {
        const Dig answer =
            dig(m_lab->bindPort(), QStringLiteral("www.") + m_lab->customerZone(), QStringLiteral("AAAA"));
        QCOMPARE(answer.status, QStringLiteral("NOERROR"));
        QVERIFY(answer.answers.isEmpty());
    }

    void bindAddsAndRemovesTxtThroughSignedUpdates()
    {
        const QString name = QStringLiteral("txt-test.") + m_lab->delegationZone();
        QVERIFY(dig(m_lab->bindPort(), name, QStringLiteral("TXT")).answers.isEmpty());

        const auto added = m_lab->bindAddRecord(name, QStringLiteral("TXT"), QStringLiteral("token-123"));
        LAB_VERIFY_OK(added);
        const Dig present = dig(m_lab->bindPort(), name, QStringLiteral("TXT"));
        QCOMPARE(present.answers.size(), 1);
        QVERIFY(present.answers.first().endsWith(QLatin1String("TXT \"token-123\"")));

        const auto removed = m_lab->bindRemoveRecords(name, QStringLiteral("TXT"));
        LAB_VERIFY_OK(removed);
        QCOMPARE(dig(m_lab->bindPort(), name, QStringLiteral("TXT")).status, QStringLiteral("NXDOMAIN"));
    }

    void bindRefusesUnsignedUpdates()
    {
        QProcess nsupdate;
        nsupdate.start(QStringLiteral("nsupdate"), {QStringLiteral("-t"), QStringLiteral("5")});
        nsupdate.write(QStringLiteral("server 127.0.0.1 %1\nzone %2\nupdate add evil.%2 60 TXT \"x\"\nsend\n")
                           .arg(m_lab->bindPort())
                           .arg(m_lab->customerZone())
                           .toUtf8());
        nsupdate.closeWriteChannel();
        QVERIFY(nsupdate.waitForFinished(15000));
        QVERIFY(nsupdate.exitCode() != 0);
        QVERIFY(QString::fromUtf8(nsupdate.readAllStandardError()).contains(QLatin1String("REFUSED")));
    }

    void bindFollowsChallengeCnameIntoDelegationZone()
    {
        const QString owner = QStringLiteral("_acme-challenge.api.") + m_lab->customerZone();
        const QString target = QStringLiteral("api-label.") + m_lab->delegationZone();
        LAB_VERIFY_OK(m_lab->bindAddRecord(owner, QStringLiteral("CNAME"), target + QLatin1Char('.')));
        LAB_VERIFY_OK(m_lab->bindAddRecord(target, QStringLiteral("TXT"), QStringLiteral("delegated-token")));

        const Dig answer = dig(m_lab->bindPort(), owner, QStringLiteral("TXT"));
        QCOMPARE(answer.status, QStringLiteral("NOERROR"));
        QCOMPARE(answer.answers.size(), 2);
        QVERIFY(answer.answers.at(0).contains(QLatin1String("CNAME ") + target));
        QVERIFY(answer.answers.at(1).endsWith(QLatin1String("TXT \"delegated-token\"")));

        LAB_VERIFY_OK(m_lab->bindRemoveRecords(owner, QStringLiteral("CNAME")));
        LAB_VERIFY_OK(m_lab->bindRemoveRecords(target, QStringLiteral("TXT")));
    }

    void bindReplacesRecords()
    {
        const QString name = QStringLiteral("moving.") + m_lab->customerZone();
        LAB_VERIFY_OK(m_lab->bindAddRecord(name, QStringLiteral("CNAME"), QStringLiteral("old.example.test.")));
        LAB_VERIFY_OK(m_lab->bindReplaceRecords(name, QStringLiteral("CNAME"), QStringLiteral("new.example.test.")));
        const Dig answer = dig(m_lab->bindPort(), name, QStringLiteral("CNAME"));
        QCOMPARE(answer.answers.size(), 1);
        QVERIFY(answer.answers.first().endsWith(QLatin1String("new.example.test.")));
        LAB_VERIFY_OK(m_lab->bindRemoveRecords(name, QStringLiteral("CNAME")));
    }

    void bindAcceptsCaaRecords()
    {
        const QString zone = m_lab->customerZone();
        LAB_VERIFY_OK(m_lab->bindAddRecord(zone, QStringLiteral("CAA"), QStringLiteral("0 issue \"pebble.test\"")));
        const Dig answer = dig(m_lab->bindPort(), zone, QStringLiteral("CAA"));
        QCOMPARE(answer.answers.size(), 1);
        QVERIFY(answer.answers.first().contains(QLatin1String("issue \"pebble.test\"")));
        LAB_VERIFY_OK(m_lab->bindRemoveRecords(zone, QStringLiteral("CAA")));
    }

    void bindRejectsNamesOutsideItsZones()
    {
        const auto added =
            m_lab->bindAddRecord(QStringLiteral("www.example.com"), QStringLiteral("A"), QStringLiteral("127.0.0.1"));
        QVERIFY(!added.ok());
        QCOMPARE(added.problem().code, QStringLiteral("lab.not-in-zone"));
    }

    // The root zone is local, so recursion never needs the internet and answers at once.
    void bindRecursionForOutsideNamesFailsFastWithoutNetwork()
    {
        for (const QString &name : {QStringLiteral("example.com"), QStringLiteral("acme-v02.api.letsencrypt.org")}) {
            const Dig answer = dig(m_lab->bindPort(), name, QStringLiteral("A"));
            QCOMPARE(answer.status, QStringLiteral("NXDOMAIN"));
            QVERIFY(answer.answers.isEmpty());
            QVERIFY2(answer.elapsedMs < 1000, qPrintable(QString::number(answer.elapsedMs)));
        }
    }

    void bindCanBeStoppedAndStartedKeepingZoneData()
    {
        const QString name = QStringLiteral("survivor.") + m_lab->customerZone();
        LAB_VERIFY_OK(m_lab->bindAddRecord(name, QStringLiteral("A"), QStringLiteral("127.0.0.1")));
        const quint16 port = m_lab->bindPort();

        m_lab->stopBind();
        QVERIFY(!m_lab->isBindRunning());
        QVERIFY(dig(port, name, QStringLiteral("A")).status.isEmpty());
        QVERIFY(!m_lab->bindAddRecord(name, QStringLiteral("TXT"), QStringLiteral("x")).ok());

        const auto started = m_lab->startBind();
        LAB_VERIFY_OK(started);
        QCOMPARE(m_lab->bindPort(), port);
        QCOMPARE(dig(port, name, QStringLiteral("A")).answers.size(), 1);
        LAB_VERIFY_OK(m_lab->bindRemoveRecords(name, QStringLiteral("A")));
    }

    void secretsAreOwnerOnlyFiles()
    {
        for (const QString &path : {m_lab->tsigKeyPath(), m_lab->tsigSecretPath(), m_lab->powerDnsApiKeyPath()}) {
            const QFileInfo info(path);
            QVERIFY2(info.exists(), qPrintable(path));
            QCOMPARE(info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                     QFile::Permissions());
        }
        QFile secret(m_lab->tsigSecretPath());
        QVERIFY(secret.open(QIODevice::ReadOnly));
        QCOMPARE(secret.readAll().trimmed(), m_lab->tsigSecret());
    }

    void pebbleDirectoryAnswersOverTlsVerifiedWithTheLabCa()
    {
        const Reply reply = get(m_lab->directoryUrl(), m_lab->sslConfiguration());
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QCOMPARE(reply.status, 200);
        const QJsonObject directory = QJsonDocument::fromJson(reply.body).object();
        QVERIFY(directory.contains(QLatin1String("newAccount")));
        QVERIFY(directory.contains(QLatin1String("newOrder")));
        QCOMPARE(
            directory.value(QLatin1String("meta")).toObject().value(QLatin1String("externalAccountRequired")).toBool(),
            false);
    }

    void pebbleIsNotTrustedWithoutTheLabCa()
    {
        QSslConfiguration systemOnly = QSslConfiguration::defaultConfiguration();
        const Reply reply = get(m_lab->directoryUrl(), systemOnly);
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    }

    void pebbleManagementServesRootsAndIntermediates()
    {
        for (const char *path : {"/roots/0", "/intermediates/0"}) {
            QUrl url = m_lab->managementUrl();
            url.setPath(QLatin1String(path));
            const Reply reply = get(url, m_lab->sslConfiguration());
            QCOMPARE(reply.status, 200);
            QCOMPARE(QSslCertificate::fromData(reply.body, QSsl::Pem).size(), 1);
        }
    }

    void pebbleValidationPortsAreChosen()
    {
        QVERIFY(m_lab->httpValidationPort() != 0);
        QVERIFY(m_lab->tlsValidationPort() != 0);
        QVERIFY(m_lab->httpValidationPort() != m_lab->tlsValidationPort());
    }

    void pebbleRestartsWithANewCaOnTheSameUrl()
    {
        QUrl rootUrl = m_lab->managementUrl();
        rootUrl.setPath(QStringLiteral("/roots/0"));
        const QByteArray rootBefore = get(rootUrl, m_lab->sslConfiguration()).body;
        const QUrl directory = m_lab->directoryUrl();

        const auto restarted = m_lab->restartPebble();
        LAB_VERIFY_OK(restarted);
        QCOMPARE(m_lab->directoryUrl(), directory);
        QCOMPARE(get(directory, m_lab->sslConfiguration()).status, 200);
        const QByteArray rootAfter = get(rootUrl, m_lab->sslConfiguration()).body;
        QVERIFY(!rootAfter.isEmpty());
        QVERIFY(rootAfter != rootBefore); // a fresh Pebble: new CA, no accounts
    }

    void pebbleValidatesDelegatedDns01ThroughLabBind()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lego")).isEmpty()) {
            QSKIP("lego is not installed (Debian package lego)");
        }
        QProcessEnvironment rfc2136;
        rfc2136.insert(QStringLiteral("RFC2136_NAMESERVER"), QStringLiteral("127.0.0.1:%1").arg(m_lab->bindPort()));
        rfc2136.insert(QStringLiteral("RFC2136_TSIG_KEY"), m_lab->tsigKeyName());
        rfc2136.insert(QStringLiteral("RFC2136_TSIG_ALGORITHM"), m_lab->tsigAlgorithm() + QLatin1Char('.'));
        rfc2136.insert(QStringLiteral("RFC2136_TSIG_SECRET"), QString::fromLatin1(m_lab->tsigSecret()));
        rfc2136.insert(QStringLiteral("RFC2136_POLLING_INTERVAL"), QStringLiteral("1"));
        // The zone file delegates _acme-challenge.delegated.example.test to the delegation zone.
        const LegoRun run = lego(*m_lab,
                                 rfc2136,
                                 {QStringLiteral("--dns"),
                                  QStringLiteral("rfc2136"),
                                  QStringLiteral("--dns.disable-cp"),
                                  QStringLiteral("--dns.resolvers"),
                                  QStringLiteral("127.0.0.1:%1").arg(m_lab->bindPort()),
                                  QStringLiteral("--domains"),
                                  QStringLiteral("delegated.") + m_lab->customerZone()});
        QVERIFY2(run.ok, qPrintable(run.output));
        QVERIFY(run.output.contains(QLatin1String("Found CNAME entry")));
        QVERIFY(run.output.contains(QLatin1String("Server responded with a certificate")));
    }

    void pebbleValidatesHttp01OnTheChosenPort()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lego")).isEmpty()) {
            QSKIP("lego is not installed (Debian package lego)");
        }
        const LegoRun run = lego(*m_lab,
                                 {},
                                 {QStringLiteral("--http"),
                                  QStringLiteral("--http.port"),
                                  QStringLiteral("127.0.0.1:%1").arg(m_lab->httpValidationPort()),
                                  QStringLiteral("--domains"),
                                  QStringLiteral("www.") + m_lab->customerZone()});
        QVERIFY2(run.ok, qPrintable(run.output));
        QVERIFY(run.output.contains(QLatin1String("Server responded with a certificate")));
    }

    void powerDnsApiListsItsZoneWithTheApiKey()
    {
        QUrl url = m_lab->powerDnsApiUrl();
        url.setPath(QStringLiteral("/api/v1/servers/%1/zones").arg(m_lab->powerDnsServerId()));
        const Reply reply = get(url, {}, m_lab->powerDnsApiKey());
        QCOMPARE(reply.status, 200);
        const QJsonArray zones = QJsonDocument::fromJson(reply.body).array();
        QCOMPARE(zones.size(), 1);
        QCOMPARE(zones.first().toObject().value(QLatin1String("name")).toString(),
                 m_lab->powerDnsZone() + QLatin1Char('.'));
    }

    void powerDnsApiRefusesRequestsWithoutTheKey()
    {
        QUrl url = m_lab->powerDnsApiUrl();
        url.setPath(QStringLiteral("/api/v1/servers/%1/zones").arg(m_lab->powerDnsServerId()));
        QCOMPARE(get(url, {}).status, 401);
        QCOMPARE(get(url, {}, "wrong-key").status, 401);
    }

    void powerDnsAnswersOnItsDnsPort()
    {
        const Dig answer = dig(m_lab->powerDnsPort(), m_lab->powerDnsZone(), QStringLiteral("SOA"), false);
        QCOMPARE(answer.status, QStringLiteral("NOERROR"));
        QCOMPARE(answer.answers.size(), 1);
        const Dig ns =
            dig(m_lab->powerDnsPort(), QStringLiteral("ns1.") + m_lab->powerDnsZone(), QStringLiteral("A"), false);
        QCOMPARE(ns.answers.size(), 1);
        QVERIFY(ns.answers.first().endsWith(QLatin1String("127.0.0.1")));
    }

    void bindAndPebbleStart()
    {
        QElapsedTimer timer;
        timer.start();
        Lab lab(Lab::Options{.pebble = true, .bind = true});
        LAB_VERIFY_OK(lab.start());
        const qint64 elapsed = timer.elapsed();
        // A figure, not a limit: on a loaded machine it is several times this (docs/hardening.md);
        // a lab that does not start at all fails within its own start timeout.
        qInfo("BIND + Pebble started in %lld ms", elapsed);
    }

    void powerDnsStartsAlone()
    {
        QElapsedTimer timer;
        timer.start();
        Lab lab(Lab::Options{.pebble = false, .bind = false, .powerDns = true});
        LAB_VERIFY_OK(lab.start());
        const qint64 elapsed = timer.elapsed();
        qInfo("PowerDNS started in %lld ms", elapsed); // a figure, not a limit (see above)
    }

    void eabRequiredIsAdvertisedWithAKey()
    {
        Lab lab(Lab::Options{.pebble = true, .bind = false, .pebbleEabRequired = true});
        const auto started = lab.start();
        LAB_VERIFY_OK(started);
        QVERIFY(!lab.eabKeyId().isEmpty());
        QCOMPARE(lab.eabHmacKey().size(), 64);
        const Reply reply = get(lab.directoryUrl(), lab.sslConfiguration());
        const QJsonObject meta = QJsonDocument::fromJson(reply.body).object().value(QLatin1String("meta")).toObject();
        QCOMPARE(meta.value(QLatin1String("externalAccountRequired")).toBool(), true);
    }

    void pebbleAcceptsTheGeneratedEabKey()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("certbot")).isEmpty()) {
            QSKIP("certbot is not installed (Debian package certbot)");
        }
        Lab lab(Lab::Options{.pebble = true, .bind = false, .pebbleEabRequired = true});
        LAB_VERIFY_OK(lab.start());
        // certbot reads the HMAC from its config file: the key never reaches a command line.
        QTemporaryDir home;
        QFile config(home.filePath(QStringLiteral("cli.ini")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        config.write("eab-hmac-key = " + lab.eabHmacKey() + '\n');
        config.close();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("REQUESTS_CA_BUNDLE"), lab.caBundlePath());
        QProcess certbot;
        certbot.setProcessEnvironment(environment);
        certbot.setProcessChannelMode(QProcess::MergedChannels);
        certbot.start(QStringLiteral("certbot"),
                      {QStringLiteral("--config"),
                       config.fileName(),
                       QStringLiteral("--config-dir"),
                       home.filePath(QStringLiteral("config")),
                       QStringLiteral("--work-dir"),
                       home.filePath(QStringLiteral("work")),
                       QStringLiteral("--logs-dir"),
                       home.filePath(QStringLiteral("logs")),
                       QStringLiteral("--server"),
                       lab.directoryUrl().toString(),
                       QStringLiteral("--non-interactive"),
                       QStringLiteral("register"),
                       QStringLiteral("--agree-tos"),
                       QStringLiteral("--no-eff-email"),
                       QStringLiteral("-m"),
                       QStringLiteral("lab@example.test"),
                       QStringLiteral("--eab-kid"),
                       lab.eabKeyId()});
        QVERIFY(certbot.waitForFinished(60000));
        const QString output = QString::fromUtf8(certbot.readAll());
        QVERIFY2(certbot.exitCode() == 0, qPrintable(output));
        QVERIFY(output.contains(QLatin1String("Account registered")));
    }

    void alternateRootsAreServedByManagement()
    {
        Lab lab(Lab::Options{.pebble = true, .bind = false, .pebbleAlternateRoots = 1});
        LAB_VERIFY_OK(lab.start());
        for (const char *path : {"/roots/0", "/roots/1"}) {
            QUrl url = lab.managementUrl();
            url.setPath(QLatin1String(path));
            QCOMPARE(get(url, lab.sslConfiguration()).status, 200);
        }
    }

    void parallelLabsUseDistinctPortsAndDirectories()
    {
        Lab first(Lab::Options{.pebble = false, .bind = true});
        Lab second(Lab::Options{.pebble = false, .bind = true});
        LAB_VERIFY_OK(first.start());
        LAB_VERIFY_OK(second.start());
        QVERIFY(first.bindPort() != second.bindPort());
        QVERIFY(first.directory() != second.directory());
        QVERIFY(first.tsigSecret() != second.tsigSecret());
        QCOMPARE(dig(second.bindPort(), QStringLiteral("www.example.test"), QStringLiteral("A")).answers.size(), 1);
    }

    void failedStartStopsEverythingAndSaysWhy()
    {
        // PowerDNS refuses to create a zone with this name; BIND is already running by then.
        Lab lab(
            Lab::Options{.pebble = false, .bind = true, .powerDns = true, .powerDnsZone = QStringLiteral("bad..zone")});
        const auto started = lab.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.problem().code, QStringLiteral("lab.pdns-zone"));
        QVERIFY(!started.problem().technical.isEmpty());
        QVERIFY(lab.processIds().isEmpty());
        QVERIFY(lab.directory().isEmpty());
        QVERIFY(!lab.bindAddRecord(QStringLiteral("www.example.test"), QStringLiteral("A"), QStringLiteral("127.0.0.1"))
                     .ok());
    }

    void processesAndDirectoryAreGoneAfterTheLabIsDestroyed()
    {
        QList<qint64> pids;
        QString directory;
        {
            Lab lab(Lab::Options{.pebble = true, .bind = true, .powerDns = true});
            LAB_VERIFY_OK(lab.start());
            pids = lab.processIds();
            directory = lab.directory();
            QCOMPARE(pids.size(), 3);
            for (qint64 pid : pids) {
                QVERIFY(processExists(pid));
            }
        }
        for (qint64 pid : pids) {
            QVERIFY2(!processExists(pid), qPrintable(QString::number(pid)));
        }
        QVERIFY(!QDir(directory).exists());
    }

    void childrenDieWithTheTestProcess()
    {
        // A child process that starts a lab and is then SIGKILLed: no destructor runs, so
        // only PR_SET_PDEATHSIG can take the servers down with it.
        QProcess holder;
        holder.setProgram(QStringLiteral(CERTDESK_LAB_BINARY));
        holder.setArguments({QStringLiteral("--no-pebble")});
        holder.start();
        QVERIFY(holder.waitForStarted());
        QString output;
        while (!output.contains(QLatin1String("CERTDESK_LAB_TSIG_SECRET_FILE"))) {
            if (!holder.waitForReadyRead(20000)) {
                break;
            }
            output += QString::fromUtf8(holder.readAllStandardOutput());
        }
        output += QString::fromUtf8(holder.readAllStandardOutput());
        const QString portLine =
            output.section(QLatin1String("CERTDESK_LAB_BIND_PORT='"), 1).section(QLatin1Char('\''), 0, 0);
        const quint16 port = quint16(portLine.toUInt());
        QVERIFY2(port != 0, qPrintable(output));
        QCOMPARE(dig(port, QStringLiteral("www.example.test"), QStringLiteral("A")).answers.size(), 1);
        // The secret itself is not printed without --show-secrets.
        QVERIFY(!output.contains(QLatin1String("CERTDESK_LAB_TSIG_SECRET=")));

        holder.kill();
        QVERIFY(holder.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(dig(port, QStringLiteral("www.example.test"), QStringLiteral("A")).status.isEmpty(),
                                 5000);
        // Nobody ran QTemporaryDir's destructor either: the next lab removes the directory.
        const QString directory =
            output.section(QLatin1String("CERTDESK_LAB_DIR='"), 1).section(QLatin1Char('\''), 0, 0);
        QVERIFY(directory.contains(QLatin1String("certdesk-lab-")));
        Lab next(Lab::Options{.pebble = false, .bind = false});
        LAB_VERIFY_OK(next.start());
        QVERIFY(!QDir(directory).exists());
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "TestLab.moc"
