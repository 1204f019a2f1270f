#include "tests/support/OpenSslCli.h"

#include "core/crypto/CsrBuilder.h"
#include "core/crypto/Pkcs12Export.h"

#include <QTemporaryDir>
#include <QTest>

class TestPkcs12Export final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrivateKey m_key;
    QByteArray m_chain;

    QString writePfx(const QByteArray &pfx)
    {
        const QString path = m_dir.filePath(QStringLiteral("out.pfx"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(pfx);
        }
        return path;
    }

private Q_SLOTS:

    void initTestCase()
    {
        m_key = PrivateKey::generate(PrivateKey::Type::Rsa2048).value();
        const auto csr = CsrBuilder().setKey(m_key).setNames({QStringLiteral("pfx.example.test")}).buildDer();
        QByteArray error;
        m_chain = issueTestChain(m_dir.path(), csr.value(), &error);
        QVERIFY2(!m_chain.isEmpty(), error.constData());
    }

    void openSslReadsBackKeyAndChainWithThePassword()
    {
        const auto pfx = Pkcs12Export::build(m_key, m_chain, QStringLiteral("pässword-1"), QStringLiteral("pfx test"));
        QVERIFY(pfx.ok());
        const QString path = writePfx(pfx.value());
        const auto run = runOpenSsl({QStringLiteral("pkcs12"),
                                     QStringLiteral("-in"),
                                     path,
                                     QStringLiteral("-nodes"),
                                     QStringLiteral("-passin"),
                                     QStringLiteral("stdin")},
                                    QStringLiteral("pässword-1\n").toUtf8());
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(run.out.count("BEGIN CERTIFICATE"), 2);
        QVERIFY(run.out.contains("BEGIN PRIVATE KEY"));
        QVERIFY(run.out.contains("friendlyName: pfx test"));
    }

    void usesAes256AndSha256Mac()
    {
        const auto pfx = Pkcs12Export::build(m_key, m_chain, QStringLiteral("pw"));
        const QString path = writePfx(pfx.value());
        const auto run = runOpenSsl({QStringLiteral("pkcs12"),
                                     QStringLiteral("-in"),
                                     path,
                                     QStringLiteral("-info"),
                                     QStringLiteral("-noout"),
                                     QStringLiteral("-passin"),
                                     QStringLiteral("stdin")},
                                    "pw\n");
        QVERIFY2(run.ok(), run.err.constData());
        const QByteArray info = run.out + run.err;
        QVERIFY2(info.contains("MAC: sha256"), info.constData());
        QVERIFY2(info.contains("AES-256-CBC"), info.constData());
        QVERIFY2(!info.contains("RC2") && !info.contains("3DES"), info.constData());
    }

    void wrongPasswordIsRejected()
    {
        const auto pfx = Pkcs12Export::build(m_key, m_chain, QStringLiteral("right"));
        const QString path = writePfx(pfx.value());
        const auto run = runOpenSsl({QStringLiteral("pkcs12"),
                                     QStringLiteral("-in"),
                                     path,
                                     QStringLiteral("-noout"),
                                     QStringLiteral("-passin"),
                                     QStringLiteral("stdin")},
                                    "wrong\n");
        QVERIFY(!run.ok());
    }

    void refusesACertificateOfAnotherKey()
    {
        const auto pfx = Pkcs12Export::build(PrivateKey::generate().value(), m_chain, QStringLiteral("pw"));
        QVERIFY(!pfx.ok());
        QCOMPARE(pfx.problem().code, QStringLiteral("crypto.pkcs12-failed"));
        QCOMPARE(pfx.problem().category, Problem::Category::Input);
    }
};

QTEST_GUILESS_MAIN(TestPkcs12Export)
#include "TestPkcs12Export.moc"
