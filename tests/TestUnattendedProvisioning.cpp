#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/CertdeskProcess.h"
#include "support/LabProfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// First certificates without a click (issue 12), through the real binary against the lab:
// an endpoint added while `certdesk --headless` runs gets its certificate by itself; a dns-01
// endpoint waits until its `_acme-challenge` CNAME really exists at BIND; `renew --due`
// orders first certificates too; "only when I ask" endpoints are left alone; a failed first
// order backs off like a failed renewal.
class TestUnattendedProvisioning final : public QObject
{
    Q_OBJECT

private:
    using Run = CertdeskProcess::Run;

    static Run certdesk(const QString &profile, const QStringList &arguments, const QByteArray &input = {})
    {
        return CertdeskProcess::run(profile, arguments, 90000, input);
    }

    static QStringList rows(const QString &profile, const QString &sql)
    {
        return CertdeskProcess::rows(CertdeskProcess::databaseOf(profile), sql);
    }

    static int certificatesOf(const QString &profile, const QString &name)
    {
        return CertdeskProcess::scalar(CertdeskProcess::databaseOf(profile),
                                       QStringLiteral("SELECT count(*) FROM certificates c JOIN endpoint_names n ON "
                                                      "n.endpoint_id = c.endpoint_id WHERE n.name = '%1'")
                                           .arg(name))
            .toInt();
    }

    static int ordersOf(const QString &profile, const QString &name)
    {
        return CertdeskProcess::scalar(CertdeskProcess::databaseOf(profile),
                                       QStringLiteral("SELECT count(*) FROM orders o JOIN endpoint_names n ON "
                                                      "n.endpoint_id = o.endpoint_id WHERE n.name = '%1'")
                                           .arg(name))
            .toInt();
    }

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

    // A profile with a Pebble account, resolvers and authoritative port at the lab's BIND.
    QString newProfile()
    {
        const QString profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++m_profiles));
        const Run account = certdesk(profile, LabProfile::accountAdd(m_lab.directoryUrl(), m_lab));
        const Run dns = certdesk(profile, LabProfile::dnsSet(m_lab));
        if (account.code != 0 || dns.code != 0) {
            qWarning().noquote() << account.all() << dns.all();
            return {};
        }
        return profile;
    }

    Run addHttpEndpoint(const QString &profile, const QString &name, const QStringList &options = {})
    {
        return certdesk(profile,
                        QStringList{QStringLiteral("endpoint"),
                                    QStringLiteral("add"),
                                    name,
                                    QStringLiteral("--http-listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(m_lab.httpValidationPort())}
                            + options);
    }

    Result<void> setDelegation(const QString &profile)
    {
        const Run run = certdesk(profile,
                                 LabProfile::delegationSet(m_lab)
                                     + QStringList{QStringLiteral("--secret-file"), QStringLiteral("-")},
                                 m_lab.tsigSecret());
        if (run.code != 0) {
            return Problem::make(Problem::Category::Internal, QStringLiteral("test.delegation"), run.all());
        }
        return {};
    }

    QString delegationTarget(const QString &name) const
    {
        return LabProfile::delegationTarget(m_lab, name) + QLatin1Char('.');
    }

    QTemporaryDir m_dir;
    int m_profiles = 0;
    Lab m_lab;

private Q_SLOTS:

    void initTestCase() { LAB_VERIFY_OK(m_lab.start()); }

    // The default look interval (30 s), as an administrator gets it: within a minute.
    void headlessOrdersAnEndpointAddedWhileItRuns()
    {
        const QString profile = newProfile();
        QVERIFY(!profile.isEmpty());
        const QString manual = QStringLiteral("api.example.test");
        const Run added = addHttpEndpoint(profile, manual, {QStringLiteral("--manual")});
        QVERIFY2(added.code == 0, qPrintable(added.all()));
        QVERIFY2(added.out.contains(QStringLiteral("only when you ask")), qPrintable(added.out));

        const auto headless = CertdeskProcess::startHeadless(profile);
        QVERIFY(headless->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!activity(profile, QStringLiteral("Background worker started.")).isEmpty(), 20000);

        const QString name = QStringLiteral("www.example.test");
        const Run later = addHttpEndpoint(profile, name);
        QVERIFY2(later.code == 0, qPrintable(later.all()));
        QVERIFY2(later.out.contains(QStringLiteral("certdesk --headless")), qPrintable(later.out));
        QElapsedTimer waited;
        waited.start();
        QTRY_COMPARE_WITH_TIMEOUT(certificatesOf(profile, name), 1, 120000);
        const qint64 seconds = waited.elapsed() / 1000;
        QVERIFY2(CertdeskProcess::stopHeadless(*headless), headless->readAllStandardError().constData());

        qInfo("certificate %lld s after the endpoint was added", seconds);
        QCOMPARE(activity(profile, QStringLiteral("Ordering the first certificate.")).size(), 1);
        QCOMPARE(activity(profile, QStringLiteral("The first certificate was issued.")).size(), 1);
        // The manual endpoint was looked at (at start, and with the other one) and left alone.
        QCOMPARE(ordersOf(profile, manual), 0);
        const Run status =
            certdesk(profile, {QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray endpoints = status.json().value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 2);
        QCOMPARE(endpoints.at(0).toObject().value(QStringLiteral("ordering")).toString(), QStringLiteral("manual"));
        QCOMPARE(endpoints.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void dns01WaitsForItsCnameThenOrders()
    {
        const QString profile = newProfile();
        QVERIFY(!profile.isEmpty());
        LAB_VERIFY_OK(setDelegation(profile));
        const QString name = QStringLiteral("delegated-later.example.test");
        LAB_VERIFY_OK(m_lab.bindRemoveRecords(QStringLiteral("_acme-challenge.") + name, QStringLiteral("CNAME")));
        const Run added = certdesk(profile, {QStringLiteral("endpoint"), QStringLiteral("add"), name});
        QVERIFY2(added.code == 0, qPrintable(added.all()));

        const auto headless =
            CertdeskProcess::startHeadless(profile, {QStringLiteral("CERTDESK_PROVISION_CHECK_SECONDS=1")});
        QVERIFY(headless->waitForStarted());
        // It looks, finds the CNAME missing, says so once, and orders nothing.
        QTRY_COMPARE_WITH_TIMEOUT(activity(profile, QStringLiteral("Waiting for the DNS records%")).size(), 1, 30000);
        const QString waiting = activity(profile, QStringLiteral("Waiting for the DNS records%")).first();
        QVERIFY2(waiting.contains(QStringLiteral("_acme-challenge.") + name), qPrintable(waiting));
        // Several more looks (one a second) change nothing: counted by the record checks stored.
        const QString firstLook = CertdeskProcess::scalar(CertdeskProcess::databaseOf(profile),
                                                          QStringLiteral("SELECT max(checked_at) FROM record_checks"));
        QTRY_VERIFY_WITH_TIMEOUT(CertdeskProcess::scalar(CertdeskProcess::databaseOf(profile),
                                                         QStringLiteral("SELECT max(checked_at) FROM record_checks"))
                                     > firstLook,
                                 20000);
        QCOMPARE(ordersOf(profile, name), 0);
        QCOMPARE(activity(profile, QStringLiteral("Waiting for the DNS records%")).size(), 1);

        // The administrator creates the CNAME for real; the certificate follows.
        LAB_VERIFY_OK(m_lab.bindReplaceRecords(
            QStringLiteral("_acme-challenge.") + name, QStringLiteral("CNAME"), delegationTarget(name)));
        QTRY_COMPARE_WITH_TIMEOUT(certificatesOf(profile, name), 1, 120000);
        QVERIFY2(CertdeskProcess::stopHeadless(*headless), headless->readAllStandardError().constData());
        QCOMPARE(ordersOf(profile, name), 1);
        const QStringList ordered = activity(profile, QStringLiteral("Ordering the first certificate."));
        QCOMPARE(ordered.size(), 1);
        QVERIFY2(ordered.first().contains(QStringLiteral("challenge record is in place")), qPrintable(ordered.first()));
        LAB_VERIFY_OK(m_lab.bindRemoveRecords(QStringLiteral("_acme-challenge.") + name, QStringLiteral("CNAME")));
    }

    void renewDueOrdersFirstCertificatesButNotManualOnes()
    {
        const QString profile = newProfile();
        QVERIFY(!profile.isEmpty());
        LAB_VERIFY_OK(setDelegation(profile));
        const QString http = QStringLiteral("www.example.test");
        const QString manual = QStringLiteral("api.example.test");
        const QString dns = QStringLiteral("first-dns.example.test");
        QCOMPARE(addHttpEndpoint(profile, http).code, 0);
        QCOMPARE(addHttpEndpoint(profile, manual, {QStringLiteral("--manual")}).code, 0);
        QCOMPARE(certdesk(profile, {QStringLiteral("endpoint"), QStringLiteral("add"), dns}).code, 0);
        LAB_VERIFY_OK(m_lab.bindRemoveRecords(QStringLiteral("_acme-challenge.") + dns, QStringLiteral("CNAME")));

        Run run = certdesk(profile, {QStringLiteral("renew"), QStringLiteral("--due")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("first    %1 (no certificate yet)").arg(http)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("waiting  %1 (_acme-challenge.%1").arg(dns)), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("issued   %1").arg(http)), qPrintable(run.out));
        QVERIFY2(!run.out.contains(manual), qPrintable(run.out));
        QCOMPARE(certificatesOf(profile, http), 1);
        QCOMPARE(ordersOf(profile, dns), 0);

        // Nothing left that can go ahead: the dns-01 endpoint still waits.
        run = certdesk(profile, {QStringLiteral("renew"), QStringLiteral("--due"), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        QCOMPARE(run.json().value(QStringLiteral("orders")).toArray().size(), 0);

        LAB_VERIFY_OK(m_lab.bindReplaceRecords(
            QStringLiteral("_acme-challenge.") + dns, QStringLiteral("CNAME"), delegationTarget(dns)));
        run = certdesk(profile, {QStringLiteral("renew"), QStringLiteral("--due")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("first    %1 (its DNS records are in place)").arg(dns)),
                 qPrintable(run.out));
        QCOMPARE(certificatesOf(profile, dns), 1);
        QCOMPARE(certificatesOf(profile, http), 1); // not renewed: not due
        LAB_VERIFY_OK(m_lab.bindRemoveRecords(QStringLiteral("_acme-challenge.") + dns, QStringLiteral("CNAME")));

        // Set back to automatic, the manual endpoint is ordered by the next run.
        run = certdesk(profile,
                       {QStringLiteral("endpoint"),
                        QStringLiteral("set"),
                        manual,
                        QStringLiteral("--ordering"),
                        QStringLiteral("automatic")});
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        QCOMPARE(certdesk(profile, {QStringLiteral("renew"), QStringLiteral("--due")}).code, 0);
        QCOMPARE(certificatesOf(profile, manual), 1);
        // A wrong mode is refused with the choices.
        run = certdesk(profile,
                       {QStringLiteral("endpoint"),
                        QStringLiteral("set"),
                        manual,
                        QStringLiteral("--ordering"),
                        QStringLiteral("sometimes")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("automatic or manual")), qPrintable(run.err));
    }

    // An http-01 endpoint whose responder the CA cannot reach fails at the CA; the worker
    // tries again after the back-off (1 s, then 2 s ± 20 %), not at every look.
    void aFailedFirstOrderBacksOff()
    {
        const QString profile = newProfile();
        QVERIFY(!profile.isEmpty());
        const QString name = QStringLiteral("unreachable.example.test");
        // Pebble validates on httpValidationPort, where nothing answers: this endpoint's
        // responder listens on a port of its own.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 elsewhere = probe.serverPort();
        probe.close();
        const Run added = certdesk(profile,
                                   {QStringLiteral("endpoint"),
                                    QStringLiteral("add"),
                                    name,
                                    QStringLiteral("--http-listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(elsewhere)});
        QVERIFY2(added.code == 0, qPrintable(added.all()));
        const auto headless = CertdeskProcess::startHeadless(
            profile,
            {QStringLiteral("CERTDESK_PROVISION_CHECK_SECONDS=1"), QStringLiteral("CERTDESK_RENEWAL_RETRY_SECONDS=1")});
        QVERIFY(headless->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            activity(profile, QStringLiteral("The first certificate could not be ordered%")).size() >= 2, 120000);
        QVERIFY2(CertdeskProcess::stopHeadless(*headless), headless->readAllStandardError().constData());
        const QStringList failures = activity(profile, QStringLiteral("The first certificate could not be ordered%"));
        const QStringList attempts = activity(profile, QStringLiteral("Ordering the first certificate."));
        QVERIFY2(failures.at(0).contains(QStringLiteral("attempt 1")), qPrintable(failures.at(0)));
        QVERIFY2(failures.at(1).contains(QStringLiteral("attempt 2")), qPrintable(failures.at(1)));
        QVERIFY(attempts.size() >= 2);
        const qint64 firstWait = entryTime(failures.at(0)).msecsTo(entryTime(attempts.at(1)));
        QVERIFY2(firstWait >= 750, qPrintable(QString::number(firstWait)));
        if (attempts.size() >= 3) {
            const qint64 secondWait = entryTime(failures.at(1)).msecsTo(entryTime(attempts.at(2)));
            QVERIFY2(secondWait >= 1550, qPrintable(QString::number(secondWait)));
        }
        // Each attempt is one order at the CA, never more.
        QCOMPARE(ordersOf(profile, name), static_cast<int>(attempts.size()));
        QCOMPARE(rows(profile, QStringLiteral("SELECT status FROM endpoints")).value(0), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestUnattendedProvisioning)
#include "TestUnattendedProvisioning.moc"
