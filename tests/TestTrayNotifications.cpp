#include "lab/Lab.h"
#include "lab/LabVerify.h"
#include "support/OpenSslCli.h"

#include "core/Facade.h"
#include "core/Profile.h"
#include "core/certificates/CertificateRepository.h"
#include "core/crypto/CertificateInfo.h"
#include "core/crypto/CsrBuilder.h"
#include "core/endpoints/EndpointRepository.h"
#include "ui/MainWindow.h"
#include "ui/endpoints/EndpointListPage.h"
#include "ui/tray/DesktopNotifier.h"
#include "ui/tray/TrayController.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// A renewal that really fails (the lab's Pebble cannot reach the http-01 responder) raises a
// real desktop notification: CertDesk runs on an Xvfb display with a real XEmbed tray
// (trayer) and a real notification server (dunst) on the test's D-Bus session, set up by
// tests/tools/with-desktop-session.sh; dunst's own history is the evidence.
class TestTrayNotifications : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Lab m_lab;

    static QByteArray dunstctl(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("dunstctl"), arguments);
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return process.readAllStandardOutput();
    }

    static int displayedCount()
    {
        return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).trimmed().toInt();
    }

    // dunst's history as (summary, body) pairs, newest first.
    static QList<std::pair<QString, QString>> history()
    {
        QList<std::pair<QString, QString>> entries;
        const QJsonObject document = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")})).object();
        for (const QJsonValue &entry : document.value(QStringLiteral("data")).toArray().first().toArray()) {
            const QJsonObject object = entry.toObject();
            entries << std::make_pair(
                object.value(QStringLiteral("summary")).toObject().value(QStringLiteral("data")).toString(),
                object.value(QStringLiteral("body")).toObject().value(QStringLiteral("data")).toString());
        }
        return entries;
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private Q_SLOTS:

    void initTestCase()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "run through tests/tools/with-desktop-session.sh");
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
        LAB_VERIFY_OK(m_lab.start());
    }

    void aFailedRenewalRaisesADesktopNotificationThatOpensTheEndpoint()
    {
        Result<std::unique_ptr<Profile>> opened = Profile::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(opened.ok());
        Profile &profile = *opened.value();
        Facade facade(profile);

        // An account at the lab CA, registered for real.
        AccountRegistration::Request request;
        request.directoryUrl = m_lab.directoryUrl();
        request.caBundlePath = m_lab.caBundlePath();
        request.email = QStringLiteral("admin@example.test");
        request.agreeToTerms = true;
        bool registered = false;
        QString registrationProblem;
        facade.registerAccount(request, this, [&](const Result<CaAccount> &account) {
            registered = account.ok();
            registrationProblem = account ? QString() : account.problem().message();
        });
        facade.start();
        QTRY_VERIFY2_WITH_TIMEOUT(registered || !registrationProblem.isEmpty(), qPrintable(registrationProblem), 30000);
        QVERIFY2(registered, qPrintable(registrationProblem));

        // An endpoint whose http-01 responder listens where the CA does not look, and a
        // certificate that is due for renewal.
        Endpoint endpoint;
        endpoint.names = {QStringLiteral("www.example.test")};
        endpoint.challengeType = QStringLiteral("http-01");
        quint16 port = freePort();
        while (port == m_lab.httpValidationPort()) {
            port = freePort();
        }
        endpoint.solverSettings.insert(QStringLiteral("listen"), QStringLiteral("127.0.0.1:%1").arg(port));
        const Result<Endpoint> added = EndpointRepository(profile.store()).add(endpoint);
        QVERIFY(added.ok());
        const Result<PrivateKey> key = PrivateKey::generate();
        const Result<QByteArray> csr = CsrBuilder().setKey(key.value()).setNames(endpoint.names).buildDer();
        QByteArray error;
        const QByteArray chain = issueTestChain(m_dir.path(), csr.value(), &error);
        QVERIFY2(!chain.isEmpty(), error.constData());
        const Result<CertificateInfo> info = CertificateInfo::fromPem(chain);
        IssuedCertificate certificate;
        certificate.endpointId = added->id;
        certificate.serial = info->serialHex();
        certificate.issuer = info->issuerCommonName();
        certificate.names = info->names();
        certificate.keyType = info->keyType();
        certificate.fingerprintSha256 = info->sha256FingerprintHex();
        certificate.chainPem = chain;
        // Past two thirds of its lifetime: the scheduler renews it at once.
        certificate.notBefore = QDateTime::currentDateTimeUtc().addDays(-80);
        certificate.notAfter = QDateTime::currentDateTimeUtc().addDays(10);
        QVERIFY(CertificateRepository(profile.store()).add(certificate).ok());

        QSignalSpy failed(&facade, &Facade::renewalFailed);
        MainWindow window(facade);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrayController *tray = window.trayController();
        QTRY_VERIFY_WITH_TIMEOUT(tray->isAvailable(), 10000);
        QVERIFY(!QApplication::quitOnLastWindowClosed());

        // Closing the window leaves CertDesk in the tray, and it says so once.
        window.close();
        QVERIFY(!window.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 1, 10000);
        QVERIFY(tray->notifier()->usedDesktopService());
        dunstctl({QStringLiteral("close-all")});
        QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 0, 10000);

        // "Renew due certificates now" from the tray menu: the renewal fails for real, the
        // tray turns red and the notification arrives.
        QAction *renewDue = tray->trayIcon()->contextMenu()->findChild<QAction *>(QStringLiteral("trayRenewDueAction"));
        QVERIFY(renewDue);
        renewDue->trigger();
        QVERIFY(failed.wait(60000) || failed.count() > 0);
        QCOMPARE(failed.first().at(0).toLongLong(), added->id);
        const Problem problem = failed.first().at(1).value<Problem>();
        QVERIFY(!problem.message().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(tray->state(), TrayController::State::Failure, 10000);
        QVERIFY(tray->toolTip().contains(QStringLiteral("1 endpoint(s) failed")));
        QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 1, 10000);

        // A click on it (dunst's default action) opens the window at that endpoint.
        dunstctl({QStringLiteral("action"), QStringLiteral("0")});
        QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.endpointListPage()->selectedEndpointIds(), QList<qint64>{added->id}, 10000);

        // Acted upon, CertDesk closes it; dunst keeps it in its history with name and reason.
        QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 0, 10000);
        const QList<std::pair<QString, QString>> delivered = history();
        const auto renewal = std::find_if(delivered.cbegin(), delivered.cend(), [](const auto &entry) {
            return entry.first.startsWith(QStringLiteral("Renewal failed"));
        });
        QVERIFY2(renewal != delivered.cend(), dunstctl({QStringLiteral("history")}).constData());
        qInfo().noquote() << "dunst history:" << renewal->first << "/" << renewal->second;
        QCOMPARE(renewal->first, QStringLiteral("Renewal failed: www.example.test"));
        QVERIFY2(renewal->second.contains(problem.title.toHtmlEscaped()), qPrintable(renewal->second));
        QVERIFY2(renewal->second.contains(QStringLiteral("tries again")), qPrintable(renewal->second));
        const auto stillRunning = std::find_if(delivered.cbegin(), delivered.cend(), [](const auto &entry) {
            return entry.first == QStringLiteral("CertDesk is still running");
        });
        QVERIFY(stillRunning != delivered.cend());

        // A required record that was OK breaks (RecordWatcher's Broke, as a background check
        // reports it): a notification names the record, what is wrong and the endpoint.
        window.close();
        RecordStatus broken;
        broken.record.endpointId = added->id;
        broken.record.owner = DnsName::parse(QStringLiteral("_acme-challenge.www.example.test")).value();
        broken.record.type = DnsRecordType::CNAME;
        broken.state = RecordStatus::State::Missing;
        broken.summary = QStringLiteral("The record is missing at the authoritative servers.");
        Q_EMIT facade.requiredRecordChanged(added->id, broken, RecordWatcher::Change::Broke);
        QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 1, 10000);
        // Dismissed, it goes to dunst's history, where it can be read.
        dunstctl({QStringLiteral("close-all")});
        QTRY_COMPARE_WITH_TIMEOUT(displayedCount(), 0, 10000);
        const QList<std::pair<QString, QString>> later = history();
        const auto dns = std::find_if(later.cbegin(), later.cend(), [](const auto &entry) {
            return entry.first.startsWith(QStringLiteral("DNS record broken"));
        });
        QVERIFY2(dns != later.cend(), dunstctl({QStringLiteral("history")}).constData());
        QCOMPARE(dns->first, QStringLiteral("DNS record broken: _acme-challenge.www.example.test"));
        QVERIFY2(dns->second.contains(broken.summary) && dns->second.contains(QStringLiteral("www.example.test")),
                 qPrintable(dns->second));
    }
};

QTEST_MAIN(TestTrayNotifications)
#include "TestTrayNotifications.moc"
