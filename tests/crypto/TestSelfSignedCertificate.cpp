#include "tests/support/OpenSslCli.h"

#include "core/crypto/CertificateInfo.h"
#include "core/crypto/SelfSignedCertificate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The hub's first-start certificate, cross-checked with the openssl CLI: a client that pins
// exactly this certificate verifies it for the names and addresses it carries, and nothing else.
class TestSelfSignedCertificate final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrivateKey m_key;
    QByteArray m_pem;
    QString m_path;

    static SelfSignedCertificate::Request request()
    {
        SelfSignedCertificate::Request request;
        request.commonName = QStringLiteral("CertDesk hub test");
        request.dnsNames = {QStringLiteral("localhost"), QStringLiteral("Hub.Example.Test")};
        request.addresses = {QHostAddress(QStringLiteral("127.0.0.1")),
                             QHostAddress(QStringLiteral("::1")),
                             QHostAddress(QHostAddress::AnyIPv4)};
        request.notBefore = QDateTime::currentDateTimeUtc().addSecs(-60);
        request.notAfter = QDateTime::currentDateTimeUtc().addDays(825);
        return request;
    }

    OpenSslRun verify(const QStringList &extra) const
    {
        return runOpenSsl(QStringList{QStringLiteral("verify"), QStringLiteral("-CAfile"), m_path} + extra
                          + QStringList{m_path});
    }

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = PrivateKey::generate().value();
        const Result<QByteArray> pem = SelfSignedCertificate::create(m_key, request());
        QVERIFY2(pem.ok(), qPrintable(pem.ok() ? QString() : pem.problem().message()));
        m_pem = pem.value();
        m_path = QDir(m_dir.path()).filePath(QStringLiteral("hub.pem"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_pem);
    }

    void namesTheHostsAndAddressesButNotTheWildcardAddress()
    {
        const Result<CertificateInfo> info = CertificateInfo::fromPem(m_pem);
        QVERIFY(info.ok());
        QCOMPARE(info->names(),
                 QStringList({QStringLiteral("localhost"),
                              QStringLiteral("hub.example.test"),
                              QStringLiteral("127.0.0.1"),
                              QStringLiteral("::1")}));
        QCOMPARE(info->subjectCommonName(), QStringLiteral("CertDesk hub test"));
        QVERIFY(info->matchesKey(m_key));
        QVERIFY(info->notAfter() > QDateTime::currentDateTimeUtc().addDays(824));
    }

    void verifiesWhenPinnedForItsNamesAndAddresses()
    {
        QVERIFY2(verify({QStringLiteral("-verify_hostname"), QStringLiteral("hub.example.test")}).ok(),
                 verify({}).err.constData());
        QVERIFY(verify({QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1")}).ok());
        QVERIFY(verify({QStringLiteral("-verify_ip"), QStringLiteral("::1")}).ok());
        QVERIFY(!verify({QStringLiteral("-verify_hostname"), QStringLiteral("other.example.test")}).ok());
        QVERIFY(!verify({QStringLiteral("-verify_ip"), QStringLiteral("192.0.2.1")}).ok());
    }

    void isALeafForServersOnly()
    {
        const OpenSslRun text =
            runOpenSsl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text")}, m_pem);
        QVERIFY(text.ok());
        QVERIFY(text.out.contains("CA:FALSE"));
        QVERIFY(text.out.contains("TLS Web Server Authentication"));
        QVERIFY(text.out.contains("Digital Signature"));
        QVERIFY(!text.out.contains("Certificate Sign"));
        // A second certificate of the same key differs in its serial.
        const Result<QByteArray> again = SelfSignedCertificate::create(m_key, request());
        QVERIFY(again.ok());
        QVERIFY(CertificateInfo::fromPem(again.value())->serialHex() != CertificateInfo::fromPem(m_pem)->serialHex());
    }

    void refusesNamesThatAreNotHostnames()
    {
        SelfSignedCertificate::Request bad = request();
        bad.dnsNames = {QStringLiteral("hub.example.test, DNS:evil.test")};
        const Result<QByteArray> refused = SelfSignedCertificate::create(m_key, bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.problem().code, QStringLiteral("crypto.self-signed"));
        QVERIFY(refused.problem().detail.contains(QLatin1String("DNS:evil.test")));
    }

    void refusesAnEmptyValidityOrNoNames()
    {
        SelfSignedCertificate::Request backwards = request();
        backwards.notAfter = backwards.notBefore;
        QVERIFY(!SelfSignedCertificate::create(m_key, backwards).ok());
        SelfSignedCertificate::Request nameless = request();
        nameless.dnsNames.clear();
        nameless.addresses = {QHostAddress(QHostAddress::AnyIPv4)};
        QVERIFY(!SelfSignedCertificate::create(m_key, nameless).ok());
        QVERIFY(!SelfSignedCertificate::create(PrivateKey(), request()).ok());
    }
};

QTEST_GUILESS_MAIN(TestSelfSignedCertificate)
#include "TestSelfSignedCertificate.moc"
