#include "core/hub/HubSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The hub's settings as the profile stores them, and what is refused before anything listens.
class TestHubSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:

    void defaultsToHttpsOnEveryIPv4AddressWithASelfSignedCertificate()
    {
        QSettings empty(file("empty.ini"), QSettings::IniFormat);
        const HubSettings settings = HubSettings::read(empty);
        QVERIFY(!settings.enabled);
        QCOMPARE(settings.listenText(), QStringLiteral("0.0.0.0:8443"));
        QCOMPARE(settings.certificateSource, HubSettings::CertificateSource::SelfSigned);
        QVERIFY(!settings.plainHttp);
        QVERIFY(!settings.acmeDnsRegistration);
        QVERIFY(settings.validate().ok());
    }

    void roundTripsThroughTheSettingsFile()
    {
        HubSettings settings;
        settings.enabled = true;
        settings.address = QHostAddress(QStringLiteral("::1"));
        settings.port = 9443;
        settings.certificateSource = HubSettings::CertificateSource::Endpoint;
        settings.endpointId = 7;
        settings.acmeDnsZone = QStringLiteral("acme.example.test");
        settings.acmeDnsRegistration = true;
        settings.publicUrl = QUrl(QStringLiteral("https://certdesk.example.test:9443"));
        settings.burstPerClient = 500;
        {
            QSettings out(file("hub.ini"), QSettings::IniFormat);
            settings.write(out);
        }
        QSettings in(file("hub.ini"), QSettings::IniFormat);
        const HubSettings read = HubSettings::read(in);
        QVERIFY(read.enabled);
        QCOMPARE(read.listenText(), QStringLiteral("[::1]:9443"));
        QCOMPARE(read.certificateSourceText(), QStringLiteral("endpoint:7"));
        QCOMPARE(read.acmeDnsZone, QStringLiteral("acme.example.test"));
        QVERIFY(read.acmeDnsRegistration);
        QCOMPARE(read.publicUrl, settings.publicUrl);
        QCOMPARE(read.burstPerClient, 500);
        QCOMPARE(read.perMinutePerClient, 60);
        QCOMPARE(read.clientUrl(), settings.publicUrl);
    }

    void parsesListenAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("any IPv4") << "0.0.0.0:8443"
                                  << "0.0.0.0" << 8443;
        QTest::newRow("loopback, any port") << "127.0.0.1:0"
                                            << "127.0.0.1" << 0;
        QTest::newRow("bracketed IPv6") << "[::1]:8443"
                                        << "::1" << 8443;
        QTest::newRow("padded") << " 192.0.2.10:443 "
                                << "192.0.2.10" << 443;
    }

    void parsesListenAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        const auto parsed = HubSettings::parseListen(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->first, QHostAddress(address));
        QCOMPARE(int(parsed->second), port);
    }

    void refusesListenAddressesItCannotUse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no port") << "127.0.0.1";
        QTest::newRow("host name") << "localhost:8443";
        QTest::newRow("unbracketed IPv6") << "::1:8443";
        QTest::newRow("port too large") << "127.0.0.1:70000";
        QTest::newRow("empty") << "";
    }

    void refusesListenAddressesItCannotUse()
    {
        QFETCH(QString, text);
        const auto parsed = HubSettings::parseListen(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.problem().code, QStringLiteral("hub.bad-listen"));
    }

    void refusesPlainHttpOffLoopback()
    {
        HubSettings settings;
        settings.plainHttp = true;
        settings.address = QHostAddress(QStringLiteral("192.0.2.10"));
        const Result<void> refused = settings.validate();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.problem().code, QStringLiteral("hub.plain-http-not-loopback"));
        settings.address = QHostAddress::AnyIPv4;
        QVERIFY(!settings.validate().ok());
        settings.address = QHostAddress::LocalHost;
        QVERIFY(settings.validate().ok());
        settings.address = QHostAddress::LocalHostIPv6;
        QVERIFY(settings.validate().ok());
        QCOMPARE(settings.clientUrl(8080).toString(), QStringLiteral("http://[::1]:8080"));
    }

    void refusesAnEndpointSourceWithoutAnEndpointAndRegistrationWithoutAZone()
    {
        HubSettings settings;
        settings.certificateSource = HubSettings::CertificateSource::Endpoint;
        QCOMPARE(settings.validate().problem().code, QStringLiteral("hub.no-endpoint"));
        settings.endpointId = 3;
        QVERIFY(settings.validate().ok());
        settings.acmeDnsRegistration = true;
        QCOMPARE(settings.validate().problem().code, QStringLiteral("hub.no-acme-dns-zone"));
        settings.acmeDnsZone = QStringLiteral("bad zone");
        QCOMPARE(settings.validate().problem().code, QStringLiteral("hub.bad-acme-dns-zone"));
        settings.acmeDnsZone = QStringLiteral("acme.example.test");
        QVERIFY(settings.validate().ok());
        settings.burstPerAddress = 0;
        QCOMPARE(settings.validate().problem().code, QStringLiteral("hub.bad-limits"));
    }

    void parsesCertificateSources()
    {
        QCOMPARE(HubSettings::parseCertificateSource(QStringLiteral("self-signed"))->first,
                 HubSettings::CertificateSource::SelfSigned);
        const auto endpoint = HubSettings::parseCertificateSource(QStringLiteral("endpoint:12"));
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->first, HubSettings::CertificateSource::Endpoint);
        QCOMPARE(endpoint->second, qint64(12));
        QVERIFY(!HubSettings::parseCertificateSource(QStringLiteral("endpoint:")).ok());
        QVERIFY(!HubSettings::parseCertificateSource(QStringLiteral("letsencrypt")).ok());
    }

    void ignoresNonsenseInTheFile()
    {
        QSettings settings(file("bad.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("hub/listen"), QStringLiteral("nowhere"));
        settings.setValue(QStringLiteral("hub/certificate"), QStringLiteral("whatever"));
        settings.setValue(QStringLiteral("hub/burstPerAddress"), QStringLiteral("-4"));
        const HubSettings read = HubSettings::read(settings);
        QCOMPARE(read.listenText(), QStringLiteral("0.0.0.0:8443"));
        QCOMPARE(read.certificateSource, HubSettings::CertificateSource::SelfSigned);
        QCOMPARE(read.burstPerAddress, 30);
    }
};

QTEST_GUILESS_MAIN(TestHubSettings)
#include "TestHubSettings.moc"
