#include "core/Facade.h"
#include "core/Profile.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/hub/HubSettings.h"
#include "ui/MainWindow.h"
#include "ui/endpoints/EndpointTableModel.h"
#include "ui/hub/HubSettingsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// The hub's settings and switch on the Hub page of the real main window: saved to and read
// from the profile, the hub started and stopped for real on a free loopback port (its token key
// and TLS key in a private Secret Service session), and a port in use said plainly.
class TestHubSettingsPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_profiles = 0;

    std::unique_ptr<Profile> newProfile()
    {
        Result<std::unique_ptr<Profile>> profile =
            Profile::open(m_dir.filePath(QStringLiteral("profile-%1").arg(++m_profiles)));
        return profile ? std::move(profile).value() : nullptr;
    }

    struct Session
    {
        explicit Session(Profile &profile)
            : facade(profile)
            , window(facade)
        {
            window.show();
            facade.start();
            window.showSection(MainWindow::HubSection);
        }

        HubSettingsPanel *panel() const { return window.hubPage(); }

        template <typename T>
        T *find(const QString &name) const
        {
            return panel()->findChild<T *>(name);
        }

        QString status() const { return find<QLabel>(QStringLiteral("hubStatusLabel"))->text(); }

        Facade facade;
        MainWindow window;
    };

    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static void setPort(QSpinBox *spin, quint16 port)
    {
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(port));
        QTest::keyClick(spin, Qt::Key_Tab);
    }

    static quint16 freeLoopbackPort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    static bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(2000);
    }

    static void toggle(QCheckBox *box)
    {
        QVERIFY(box->isEnabled());
        QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, QPoint(6, box->height() / 2));
    }

private Q_SLOTS:

    void savesTheSettingsAndReadsThemBack()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Endpoint endpoint;
        endpoint.names = {QStringLiteral("hub.example.test")};
        const Result<Endpoint> added = EndpointRepository(profile->store()).add(endpoint);
        QVERIFY(added.ok());
        {
            Session session(*profile);
            QTRY_VERIFY(session.panel()->isLoaded());
            QCOMPARE(session.find<QLineEdit>(QStringLiteral("listenAddressEdit"))->text(), QStringLiteral("0.0.0.0"));
            QCOMPARE(session.find<QSpinBox>(QStringLiteral("portSpin"))->value(), int(HubSettings::DefaultPort));
            auto *certificate = session.find<QComboBox>(QStringLiteral("certificateCombo"));
            QTRY_COMPARE(certificate->count(), 2); // self-signed, and the endpoint once listed
            QCOMPARE(certificate->itemText(1), QStringLiteral("The certificate of hub.example.test"));
            auto *plainHttp = session.find<QCheckBox>(QStringLiteral("plainHttpCheck"));
            QVERIFY(!plainHttp->isEnabled()); // 0.0.0.0 is not loopback

            // Plain HTTP off loopback is refused with the core's reason, and nothing is stored.
            retype(session.find<QLineEdit>(QStringLiteral("listenAddressEdit")), QStringLiteral("127.0.0.1"));
            QVERIFY(plainHttp->isEnabled());
            toggle(plainHttp);
            QVERIFY(plainHttp->isChecked());
            QVERIFY(!certificate->isEnabled()); // no certificate without TLS
            retype(session.find<QLineEdit>(QStringLiteral("listenAddressEdit")), QStringLiteral("0.0.0.0"));
            QVERIFY(plainHttp->isEnabled()); // still checked: it can be turned off
            QSignalSpy saved(session.panel(), &HubSettingsPanel::saved);
            QTest::mouseClick(session.find<QPushButton>(QStringLiteral("saveHubButton")), Qt::LeftButton);
            auto *problem = session.find<QLabel>(QStringLiteral("hubProblem"));
            QTRY_VERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QLatin1String("Plain HTTP is only allowed on this computer")),
                     qPrintable(problem->text()));
            QCOMPARE(saved.size(), 0);
            QVERIFY(!HubSettings::fromProfile(*profile).plainHttp);

            toggle(plainHttp);
            QVERIFY(!plainHttp->isEnabled());
            certificate->setCurrentIndex(1);
            setPort(session.find<QSpinBox>(QStringLiteral("portSpin")), 9443);
            QTest::keyClicks(session.find<QLineEdit>(QStringLiteral("acmeDnsZoneEdit")),
                             QStringLiteral("acme.example.test"));
            toggle(session.find<QCheckBox>(QStringLiteral("acmeDnsRegisterCheck")));
            QTest::keyClicks(session.find<QLineEdit>(QStringLiteral("publicUrlEdit")),
                             QStringLiteral("https://certdesk.example.test:9443"));
            QTest::mouseClick(session.find<QPushButton>(QStringLiteral("saveHubButton")), Qt::LeftButton);
            QVERIFY(saved.wait(10000));
            QVERIFY(problem->isHidden());
        }
        const HubSettings stored = HubSettings::fromProfile(*profile);
        QCOMPARE(stored.listenText(), QStringLiteral("0.0.0.0:9443"));
        QCOMPARE(stored.certificateSource, HubSettings::CertificateSource::Endpoint);
        QCOMPARE(stored.endpointId, added->id);
        QCOMPARE(stored.acmeDnsZone, QStringLiteral("acme.example.test"));
        QVERIFY(stored.acmeDnsRegistration);
        QCOMPARE(stored.publicUrl, QUrl(QStringLiteral("https://certdesk.example.test:9443")));
        QVERIFY(!stored.enabled);

        // A new window reads them back.
        Session again(*profile);
        QTRY_VERIFY(again.panel()->isLoaded());
        QCOMPARE(again.find<QSpinBox>(QStringLiteral("portSpin"))->value(), 9443);
        QCOMPARE(again.find<QLineEdit>(QStringLiteral("acmeDnsZoneEdit"))->text(), QStringLiteral("acme.example.test"));
        QVERIFY(again.find<QCheckBox>(QStringLiteral("acmeDnsRegisterCheck"))->isChecked());
        QTRY_COMPARE(again.find<QComboBox>(QStringLiteral("certificateCombo"))->currentData().toLongLong(), added->id);
        QCOMPARE(again.panel()->settings().listenText(), stored.listenText());
    }

    void startsAndStopsTheHubOnALoopbackPort()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        Session session(*profile);
        QTRY_VERIFY(session.panel()->isLoaded());
        QCOMPARE(session.status(), QStringLiteral("Stopped."));
        const quint16 port = freeLoopbackPort();
        QVERIFY(port > 0);
        retype(session.find<QLineEdit>(QStringLiteral("listenAddressEdit")), QStringLiteral("127.0.0.1"));
        setPort(session.find<QSpinBox>(QStringLiteral("portSpin")), port);

        QSignalSpy started(&session.facade, &Facade::hubStarted);
        toggle(session.find<QCheckBox>(QStringLiteral("hubSwitch")));
        QVERIFY2(started.wait(30000), qPrintable(session.status()));
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(port);
        QVERIFY2(session.status().contains(QStringLiteral("Running at <b>%1").arg(url)), qPrintable(session.status()));
        QVERIFY(session.status().contains(QLatin1String("SHA-256")));
        QVERIFY(session.facade.isHubRunning());
        QVERIFY(accepts(port));
        QVERIFY(HubSettings::fromProfile(*profile).enabled); // it starts with CertDesk from now on

        QSignalSpy stopped(&session.facade, &Facade::hubStopped);
        toggle(session.find<QCheckBox>(QStringLiteral("hubSwitch")));
        QVERIFY(stopped.wait(10000));
        QCOMPARE(session.status(), QStringLiteral("Stopped."));
        QVERIFY(!session.facade.isHubRunning());
        QVERIFY(!accepts(port));
        QVERIFY(!HubSettings::fromProfile(*profile).enabled);
    }

    void saysClearlyWhenThePortIsInUse()
    {
        std::unique_ptr<Profile> profile = newProfile();
        QVERIFY(profile);
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        Session session(*profile);
        QTRY_VERIFY(session.panel()->isLoaded());
        retype(session.find<QLineEdit>(QStringLiteral("listenAddressEdit")), QStringLiteral("127.0.0.1"));
        setPort(session.find<QSpinBox>(QStringLiteral("portSpin")), occupant.serverPort());

        QSignalSpy failed(&session.facade, &Facade::hubFailed);
        toggle(session.find<QCheckBox>(QStringLiteral("hubSwitch")));
        QVERIFY(failed.wait(30000));
        QVERIFY2(session.status().contains(QLatin1String("could not start listening")), qPrintable(session.status()));
        QVERIFY2(session.status().contains(QStringLiteral("Port %1 on 127.0.0.1 is in use").arg(occupant.serverPort())),
                 qPrintable(session.status()));
        QVERIFY(!session.facade.isHubRunning());
        // The switch stays on: the hub should run, and Save retries with a corrected port.
        QVERIFY(session.find<QCheckBox>(QStringLiteral("hubSwitch"))->isChecked());
    }
};

QTEST_MAIN(TestHubSettingsPanel)
#include "TestHubSettingsPanel.moc"
