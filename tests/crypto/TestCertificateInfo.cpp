#include "tests/support/OpenSslCli.h"

#include "core/crypto/CertificateInfo.h"
#include "core/crypto/CsrBuilder.h"

#include <QTemporaryDir>
#include <QTest>

class TestCertificateInfo final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrivateKey m_key;
    QByteArray m_chain;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = PrivateKey::generate().value();
        const auto csr = CsrBuilder()
                             .setKey(m_key)
                             .setNames({QStringLiteral("www.example.test"), QStringLiteral("*.api.example.test")})
                             .buildDer();
        QVERIFY(csr.ok());
        QByteArray error;
        m_chain = issueTestChain(m_dir.path(), csr.value(), &error);
        QVERIFY2(!m_chain.isEmpty(), error.constData());
    }

    void readsNamesIssuerAndSerial()
    {
        const auto info = CertificateInfo::fromPem(m_chain);
        QVERIFY(info.ok());
        QCOMPARE(info->names(),
                 QStringList({QStringLiteral("www.example.test"), QStringLiteral("*.api.example.test")}));
        QCOMPARE(info->subjectCommonName(), QStringLiteral("www.example.test"));
        QCOMPARE(info->issuerCommonName(), QStringLiteral("CertDesk Test Root"));
        QCOMPARE(info->issuer(), QStringLiteral("CN=CertDesk Test Root"));
        QCOMPARE(info->serialHex(), QStringLiteral("a1b2c3d4e5f6"));
        QCOMPARE(info->keyType(), QStringLiteral("ec-p256"));
        QCOMPARE(info->chainPem().size(), 2);
        QCOMPARE(info->topIssuerCommonName(), QStringLiteral("CertDesk Test Root"));
    }

    void readsValidityAsUtc()
    {
        const auto info = CertificateInfo::fromPem(m_chain);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(info->notBefore().timeSpec(), Qt::UTC);
        QVERIFY(qAbs(info->notBefore().secsTo(now)) < 300);
        QVERIFY(qAbs(info->notAfter().secsTo(now.addDays(30))) < 300);
        QVERIFY(info->isValidAt(now));
        QVERIFY(info->checkValidAt(now).ok());
        QVERIFY(info->defaultRenewalTime() > now.addDays(19));
        QVERIFY(info->defaultRenewalTime() < now.addDays(21));
    }

    void reportsExpiryAndNotYetValidAsProblems()
    {
        const auto info = CertificateInfo::fromPem(m_chain);
        const auto expired = info->checkValidAt(QDateTime::currentDateTimeUtc().addDays(31));
        QVERIFY(!expired.ok());
        QCOMPARE(expired.problem().code, QStringLiteral("crypto.certificate-expired"));
        QVERIFY(expired.problem().detail.contains(QStringLiteral("www.example.test")));
        QCOMPARE(info->checkValidAt(QDateTime::currentDateTimeUtc().addDays(-1)).problem().code,
                 QStringLiteral("crypto.certificate-not-yet-valid"));
    }

    void fingerprintMatchesOpenSsl()
    {
        const auto info = CertificateInfo::fromPem(m_chain);
        const auto run = runOpenSsl({QStringLiteral("x509"),
                                     QStringLiteral("-noout"),
                                     QStringLiteral("-fingerprint"),
                                     QStringLiteral("-sha256")},
                                    m_chain);
        QVERIFY(run.ok());
        QVERIFY2(run.out.trimmed().endsWith(QByteArray("=" + info->sha256FingerprintHex().toLatin1())),
                 run.out.constData());
    }

    void authorityKeyIdentifierIsTheIssuersSubjectKeyIdentifier()
    {
        const auto info = CertificateInfo::fromPem(m_chain);
        const auto run = runOpenSsl({QStringLiteral("x509"),
                                     QStringLiteral("-noout"),
                                     QStringLiteral("-ext"),
                                     QStringLiteral("subjectKeyIdentifier"),
                                     QStringLiteral("-in"),
                                     m_dir.filePath(QStringLiteral("ca.pem"))});
        QVERIFY(run.ok());
        const QByteArray ski = run.out.split('\n').value(1).trimmed().replace(":", "");
        QCOMPARE(info->authorityKeyIdentifier().toHex().toUpper(), ski);
    }

    void ariCertIdMatchesRfc9773Example()
    {
        // RFC 9773 §4.1's example: keyIdentifier 69:88:5B:…:D4 and serial 0x87654321 give
        // "aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE" (the serial needs a leading zero octet).
        const auto run = runOpenSsl(
            {QStringLiteral("req"),
             QStringLiteral("-x509"),
             QStringLiteral("-newkey"),
             QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"),
             QStringLiteral("-nodes"),
             QStringLiteral("-keyout"),
             m_dir.filePath(QStringLiteral("ari.key")),
             QStringLiteral("-subj"),
             QStringLiteral("/CN=ari.example"),
             QStringLiteral("-days"),
             QStringLiteral("1"),
             QStringLiteral("-set_serial"),
             QStringLiteral("0x87654321"),
             QStringLiteral("-addext"),
             QStringLiteral("subjectKeyIdentifier=69:88:5B:6B:87:46:40:41:E1:B3:7B:84:7B:A0:AE:2C:DE:01:C8:D4"),
             QStringLiteral("-addext"),
             QStringLiteral("authorityKeyIdentifier=keyid:always")});
        QVERIFY2(run.ok(), run.err.constData());
        const auto info = CertificateInfo::fromPem(run.out);
        QVERIFY(info.ok());
        QCOMPARE(info->ariCertId(), QStringLiteral("aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE"));
        QCOMPARE(info->serialHex(), QStringLiteral("87654321"));
    }

    void coversNamesAndOneWildcardLabel()
    {
        const auto info = CertificateInfo::fromPem(m_chain);
        QVERIFY(info->covers(QStringLiteral("WWW.example.test")));
        QVERIFY(info->covers(QStringLiteral("v1.api.example.test")));
        QVERIFY(!info->covers(QStringLiteral("a.v1.api.example.test")));
        QVERIFY(!info->covers(QStringLiteral("api.example.test")));
        QVERIFY(!info->covers(QStringLiteral("example.test")));
    }

    void matchesOnlyItsOwnKey()
    {
        const auto info = CertificateInfo::fromPem(m_chain);
        QVERIFY(info->matchesKey(m_key));
        QVERIFY(!info->matchesKey(PrivateKey::generate().value()));
    }

    void rejectsDataWithoutCertificates()
    {
        const auto info = CertificateInfo::fromPem("not a certificate");
        QVERIFY(!info.ok());
        QCOMPARE(info.problem().code, QStringLiteral("crypto.certificate-unreadable"));
        QVERIFY(!info.problem().hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificateInfo)
#include "TestCertificateInfo.moc"
