#include "lab/AriProxy.h"
#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/CertdeskProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Renewal against a real CA: Pebble, behind AriProxy, which adds the ACME Renewal Information
// (RFC 9773) and profiles that Pebble 2.4 lacks and shows what CertDesk sent. Drives the real
// `certdesk` binary — `renew --due`, and `--headless` renewing unattended — in a private
// Secret Service session.
class TestRenewal : public QObject
{
    Q_OBJECT

private:
    using Run = CertdeskProcess::Run;

    static Run certdesk(const QString &dataDir, const QStringList &arguments, int timeoutMs = 60000)
    {
        return CertdeskProcess::run(dataDir, arguments, timeoutMs);
    }

    // Rows of a read-only query, each column joined by '|'.
    static QStringList rows(const QString &profile, const QString &sql)
    {
        return CertdeskProcess::rows(CertdeskProcess::databaseOf(profile), sql);
    }

    static QString scalar(const QString &profile, const QString &sql) { return rows(profile, sql).value(0); }

    static int certificateCount(const QString &profile)
    {
        return scalar(profile, QStringLiteral("SELECT count(*) FROM certificates")).toInt();
    }

    QString newProfile() { return m_dir.filePath(QStringLiteral("profile-%1").arg(++m_profiles)); }

    // A profile whose account talks to the CA through the proxy, with one http-01 endpoint
    // that has a certificate. Returns the certificate's ARI certID as the proxy computed it.
    QString profileWithCertificate(const QString &profile, const QStringList &endpointOptions = {})
    {
        const Run account = certdesk(profile,
                                     {QStringLiteral("account"),
                                      QStringLiteral("add"),
                                      QStringLiteral("--directory"),
                                      m_proxy->directoryUrl().toString(),
                                      QStringLiteral("--email"),
                                      QStringLiteral("admin@example.test"),
                                      QStringLiteral("--agree-tos"),
                                      QStringLiteral("--ca-bundle"),
                                      m_lab.caBundlePath()});
        if (account.code != 0) {
            qWarning().noquote() << account.err;
            return {};
        }
        const Run endpoint = certdesk(profile,
                                      QStringList{QStringLiteral("endpoint"),
                                                  QStringLiteral("add"),
                                                  QStringLiteral("www.example.test"),
                                                  QStringLiteral("--http-listen"),
                                                  QStringLiteral("127.0.0.1:%1").arg(m_lab.httpValidationPort())}
                                          + endpointOptions);
        if (endpoint.code != 0) {
            qWarning().noquote() << endpoint.err;
            return {};
        }
        const int before = static_cast<int>(m_proxy->issuedCertIds().size());
        const Run issued = certdesk(profile, {QStringLiteral("issue"), QStringLiteral("--all")});
        if (issued.code != 0 || m_proxy->issuedCertIds().size() != before + 1) {
            qWarning().noquote() << issued.out << issued.err;
            return {};
        }
        return m_proxy->issuedCertIds().constLast();
    }

    // `certdesk --headless` on a profile, renewal checks every second.
    static std::unique_ptr<QProcess> startHeadless(const QString &profile, const QStringList &environment = {})
    {
        return CertdeskProcess::startHeadless(profile,
                                              QStringList{QStringLiteral("CERTDESK_RENEWAL_CHECK_SECONDS=1"),
                                                          QStringLiteral("QT_LOGGING_RULES=certdesk.*=true")}
                                                  + environment);
    }

    static bool stopHeadless(QProcess &process) { return CertdeskProcess::stopHeadless(process); }

    static QStringList activity(const QString &profile, const QString &like)
    {
        return rows(profile,
                    QStringLiteral("SELECT at, severity, message, coalesce(detail, '') FROM activity_log "
                                   "WHERE message LIKE '%1' ORDER BY id")
                        .arg(like));
    }

    static QDateTime entryTime(const QString &row)
    {
        return QDateTime::fromString(row.section(QLatin1Char('|'), 0, 0), Qt::ISODateWithMs);
    }

    AriProxy::Window pastWindow(const QUrl &explanation = {}) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return {now.addDays(-2), now.addDays(-1), explanation, -1};
    }

    AriProxy::Window futureWindow(int retryAfterSeconds = -1) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return {now.addDays(30), now.addDays(31), {}, retryAfterSeconds};
    }

    QTemporaryDir m_dir;
    int m_profiles = 0;
    Lab m_lab;
    std::unique_ptr<AriProxy> m_proxy;

private Q_SLOTS:

    void initTestCase()
    {
        LAB_VERIFY_OK(m_lab.start());
        m_proxy = std::make_unique<AriProxy>(m_lab);
        LAB_VERIFY_OK(m_proxy->start());
    }

    void renewsWhenTheCaSaysSoAndNamesTheReplacedCertificate()
    {
        const QString profile = newProfile();
        const QString certId = profileWithCertificate(profile);
        QVERIFY(!certId.isEmpty());
        // CertDesk's own certID (core/crypto) agrees with the proxy's (OpenSSL, computed apart).
        QCOMPARE(scalar(profile, QStringLiteral("SELECT ari_cert_id FROM certificates")), certId);
        // A first certificate replaces nothing.
        QVERIFY(!m_proxy->newOrderPayloads().constLast().contains(QStringLiteral("replaces")));

        // The CA's window lies ahead: nothing is due, but CertDesk asked and remembers it.
        m_proxy->setWindow(certId, futureWindow());
        const int ordersBefore = static_cast<int>(m_proxy->newOrderPayloads().size());
        const Run early =
            certdesk(profile, {QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--json")});
        QVERIFY2(early.code == 0, qPrintable(early.out + early.err));
        QCOMPARE(early.json().value(QStringLiteral("orders")).toArray().size(), 0);
        QCOMPARE(m_proxy->renewalInfoRequests(certId), 1);
        QCOMPARE(m_proxy->newOrderPayloads().size(), ordersBefore);
        QVERIFY(!scalar(profile, QStringLiteral("SELECT renewal_window_start FROM certificates")).isEmpty());
        QCOMPARE(
            activity(profile, QStringLiteral("The CA suggests renewing the certificate for www.example.test%")).size(),
            1);

        // Now the CA wants it replaced (a window in the past: renew at once), and says why.
        const QUrl why(QStringLiteral("https://ca.example.test/incidents/42"));
        m_proxy->setWindow(certId, pastWindow(why));
        const Run renewed = certdesk(profile, {QStringLiteral("renew"), QStringLiteral("--due")});
        QVERIFY2(renewed.code == 0, qPrintable(renewed.out + renewed.err));
        QVERIFY2(renewed.out.contains(QStringLiteral("renewal window ended")), qPrintable(renewed.out + renewed.err));
        // Its network objects are gone before the application: no Qt warning at exit.
        QVERIFY2(!renewed.err.contains(QStringLiteral("QObject::")), qPrintable(renewed.err));
        QCOMPARE(certificateCount(profile), 2);
        QCOMPARE(m_proxy->newOrderPayloads().size(), ordersBefore + 1);
        QCOMPARE(m_proxy->newOrderPayloads().constLast().value(QStringLiteral("replaces")).toString(), certId);
        const QStringList told = activity(profile, QStringLiteral("The CA asks to renew the certificate for %"));
        QCOMPARE(told.size(), 1);
        QVERIFY2(told.first().contains(QStringLiteral("|warning|")), qPrintable(told.first()));
        QVERIFY2(told.first().contains(why.toString()), qPrintable(told.first()));

        // The new certificate has a window of its own; the next run asks about it, renews nothing.
        const Run after =
            certdesk(profile, {QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--json")});
        QVERIFY2(after.code == 0, qPrintable(after.out + after.err));
        QCOMPARE(after.json().value(QStringLiteral("orders")).toArray().size(), 0);
        QCOMPARE(m_proxy->renewalInfoRequests(m_proxy->issuedCertIds().constLast()), 1);
        const QJsonObject row = certdesk(profile, {QStringLiteral("certs"), QStringLiteral("--json")})
                                    .json()
                                    .value(QStringLiteral("certificates"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(row.value(QStringLiteral("ariCertId")).toString(), m_proxy->issuedCertIds().constLast());
        QVERIFY(row.contains(QStringLiteral("renewalWindow")));
    }

    void ordersWithoutReplacesWhenTheCaSaysItWasAlreadyReplaced()
    {
        m_proxy->setRefuseRepeatedReplaces(true);
        const QString profile = newProfile();
        const QString first = profileWithCertificate(profile);
        QVERIFY(!first.isEmpty());
        m_proxy->setWindow(first, pastWindow());
        QCOMPARE(certdesk(profile, {QStringLiteral("renew"), QStringLiteral("--due")}).code, 0);
        QCOMPARE(certificateCount(profile), 2);
        // Revoking the renewed certificate makes the first one "current" again — but the CA
        // already counts it as replaced.
        const Run revoked = certdesk(profile, {QStringLiteral("revoke"), QStringLiteral("www.example.test")});
        QVERIFY2(revoked.code == 0, qPrintable(revoked.out + revoked.err));
        const int ordersBefore = static_cast<int>(m_proxy->newOrderPayloads().size());

        const Run renewed = certdesk(profile, {QStringLiteral("renew"), QStringLiteral("--due")});
        m_proxy->setRefuseRepeatedReplaces(false);
        QVERIFY2(renewed.code == 0, qPrintable(renewed.out + renewed.err));
        QCOMPARE(certificateCount(profile), 3);
        const QList<QJsonObject> orders = m_proxy->newOrderPayloads().mid(ordersBefore);
        QCOMPARE(orders.size(), 2);
        QCOMPARE(orders.at(0).value(QStringLiteral("replaces")).toString(), first);
        QVERIFY(!orders.at(1).contains(QStringLiteral("replaces")));
    }

    void headlessRenewsUnattended()
    {
        const QString profile = newProfile();
        const QString certId = profileWithCertificate(profile);
        QVERIFY(!certId.isEmpty());
        m_proxy->setWindow(certId, pastWindow());

        const auto headless = startHeadless(profile);
        QVERIFY(headless->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(certificateCount(profile), 2, 60000);
        QVERIFY2(stopHeadless(*headless), headless->readAllStandardError().constData());
        QCOMPARE(m_proxy->newOrderPayloads().constLast().value(QStringLiteral("replaces")).toString(), certId);
        const QStringList started = activity(profile, QStringLiteral("Renewal started."));
        QCOMPARE(started.size(), 1);
        QVERIFY2(started.first().contains(QStringLiteral("renewal window ended")), qPrintable(started.first()));
        QCOMPARE(activity(profile, QStringLiteral("Background worker stopped.")).size(), 1);
        // The new certificate is not renewed again: its window (the proxy's default) lies ahead.
        QCOMPARE(certificateCount(profile), 2);
    }

    void headlessRetriesAFailedRenewalWithBackOff()
    {
        const QString profile = newProfile();
        const QString certId = profileWithCertificate(profile);
        QVERIFY(!certId.isEmpty());
        m_proxy->setWindow(certId, pastWindow());
        m_proxy->refuseNewOrders(2, AriProxy::Refusal{});

        const auto headless = startHeadless(profile, {QStringLiteral("CERTDESK_RENEWAL_RETRY_SECONDS=1")});
        QVERIFY(headless->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(certificateCount(profile), 2, 60000);
        QVERIFY2(stopHeadless(*headless), headless->readAllStandardError().constData());

        const QStringList failures = activity(profile, QStringLiteral("Renewal failed%"));
        QCOMPARE(failures.size(), 2);
        QVERIFY(failures.at(0).contains(QStringLiteral("attempt 1")));
        QVERIFY(failures.at(1).contains(QStringLiteral("attempt 2")));
        QVERIFY2(failures.at(0).contains(QStringLiteral("refused by the test proxy")), qPrintable(failures.at(0)));
        const QStringList attempts = activity(profile, QStringLiteral("Renewal started."));
        QCOMPARE(attempts.size(), 3);
        // Back-off: about 1 s, then about 2 s (± 20 % jitter), each after the failure before it.
        const qint64 firstWait = entryTime(failures.at(0)).msecsTo(entryTime(attempts.at(1)));
        const qint64 secondWait = entryTime(failures.at(1)).msecsTo(entryTime(attempts.at(2)));
        QVERIFY2(firstWait >= 750, qPrintable(QString::number(firstWait)));
        QVERIFY2(secondWait >= 1550, qPrintable(QString::number(secondWait)));
        // Only "not before its time" here: both waits include another process's timer lateness, so
        // comparing them would measure the machine's load. The doubling is TestRenewalPlanner's.
        QCOMPARE(activity(profile, QStringLiteral("Certificate issued%")).size(), 2);
    }

    void headlessWaitsAsLongAsARateLimitSays()
    {
        const QString profile = newProfile();
        const QString certId = profileWithCertificate(profile);
        QVERIFY(!certId.isEmpty());
        m_proxy->setWindow(certId, pastWindow());
        AriProxy::Refusal rateLimited;
        rateLimited.status = 429;
        rateLimited.type = QStringLiteral("urn:ietf:params:acme:error:rateLimited");
        rateLimited.detail = QStringLiteral("too many new orders recently");
        rateLimited.retryAfterSeconds = 120;
        m_proxy->refuseNewOrders(1, rateLimited);

        const auto headless = startHeadless(profile, {QStringLiteral("CERTDESK_RENEWAL_RETRY_SECONDS=1")});
        QVERIFY(headless->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(activity(profile, QStringLiteral("Renewal failed%")).size(), 1, 60000);
        QTest::qWait(2500); // well past the 1 s back-off
        QVERIFY2(stopHeadless(*headless), headless->readAllStandardError().constData());
        const QString failure = activity(profile, QStringLiteral("Renewal failed%")).first();
        const QRegularExpression next(QStringLiteral("next attempt at (\\S+)\\."));
        const QRegularExpressionMatch match = next.match(failure);
        QVERIFY2(match.hasMatch(), qPrintable(failure));
        const qint64 wait = entryTime(failure).secsTo(QDateTime::fromString(match.captured(1), Qt::ISODate));
        QVERIFY2(wait >= 110, qPrintable(failure));
        QCOMPARE(activity(profile, QStringLiteral("Renewal started.")).size(), 1);
        QCOMPARE(certificateCount(profile), 1);
    }

    void headlessAsksAgainOnlyWhenRetryAfterHasPassed()
    {
        const QString profile = newProfile();
        const QString certId = profileWithCertificate(profile);
        QVERIFY(!certId.isEmpty());
        m_proxy->setWindow(certId, futureWindow(3));

        const auto headless = startHeadless(profile);
        QVERIFY(headless->waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->renewalInfoRequests(certId), 1, 30000);
        // The CA changes its mind; CertDesk hears it at the next poll its Retry-After allows.
        m_proxy->setWindow(certId, pastWindow());
        QTRY_COMPARE_WITH_TIMEOUT(certificateCount(profile), 2, 60000);
        QVERIFY2(stopHeadless(*headless), headless->readAllStandardError().constData());

        QList<QDateTime> asked;
        for (const AriProxy::Request &request : m_proxy->requests()) {
            if (request.path.endsWith(certId) && request.method == QLatin1String("GET")) {
                asked << request.at;
            }
        }
        // Checks run every second; the CA asked for three between polls.
        QVERIFY(asked.size() >= 2);
        QVERIFY2(asked.at(0).msecsTo(asked.at(1)) >= 2900,
                 qPrintable(QString::number(asked.at(0).msecsTo(asked.at(1)))));
        QCOMPARE(m_proxy->newOrderPayloads().constLast().value(QStringLiteral("replaces")).toString(), certId);
    }

    void ordersTheEndpointsProfileWhereTheCaOffersProfiles()
    {
        m_proxy->setProfiles({{QStringLiteral("classic"), QStringLiteral("The same profile you're accustomed to")},
                              {QStringLiteral("shortlived"), QStringLiteral("Six days, for the brave")}});
        const QString profile = newProfile();
        const QString certId =
            profileWithCertificate(profile, {QStringLiteral("--profile"), QStringLiteral("shortlived")});
        QVERIFY(!certId.isEmpty());
        QCOMPARE(m_proxy->newOrderPayloads().constLast().value(QStringLiteral("profile")).toString(),
                 QStringLiteral("shortlived"));

        // An endpoint without one gets the CA's default: no profile field at all.
        QCOMPARE(certdesk(profile,
                          {QStringLiteral("endpoint"),
                           QStringLiteral("add"),
                           QStringLiteral("api.example.test"),
                           QStringLiteral("--http-listen"),
                           QStringLiteral("127.0.0.1:%1").arg(m_lab.httpValidationPort())})
                     .code,
                 0);
        QCOMPARE(certdesk(profile, {QStringLiteral("issue"), QStringLiteral("api.example.test")}).code, 0);
        QVERIFY(!m_proxy->newOrderPayloads().constLast().contains(QStringLiteral("profile")));

        // A profile the CA does not offer is an error that names the ones it does.
        QCOMPARE(certdesk(profile,
                          {QStringLiteral("endpoint"),
                           QStringLiteral("add"),
                           QStringLiteral("example.test"),
                           QStringLiteral("--profile"),
                           QStringLiteral("tlsclient"),
                           QStringLiteral("--http-listen"),
                           QStringLiteral("127.0.0.1:%1").arg(m_lab.httpValidationPort())})
                     .code,
                 0);
        const int ordersBefore = static_cast<int>(m_proxy->newOrderPayloads().size());
        const Run refused = certdesk(profile, {QStringLiteral("issue"), QStringLiteral("example.test")});
        m_proxy->setProfiles({});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.out.contains(QStringLiteral("does not offer the certificate profile “tlsclient”")),
                 qPrintable(refused.out + refused.err));
        QVERIFY2(refused.out.contains(QStringLiteral("classic, shortlived")), qPrintable(refused.out + refused.err));
        QCOMPARE(m_proxy->newOrderPayloads().size(), ordersBefore);
    }
};

QTEST_GUILESS_MAIN(TestRenewal)
#include "TestRenewal.moc"
