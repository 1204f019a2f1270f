#include "tests/support/OpenSslCli.h"

#include "core/crypto/CsrBuilder.h"

#include <QTemporaryDir>
#include <QTest>

class TestCsrBuilder final : public QObject
{
    Q_OBJECT

private:
    static OpenSslRun parse(const QByteArray &der, const QStringList &extra = {})
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("csr.der"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(der);
        file.close();
        return runOpenSsl(QStringList{QStringLiteral("req"),
                                      QStringLiteral("-inform"),
                                      QStringLiteral("DER"),
                                      QStringLiteral("-in"),
                                      path,
                                      QStringLiteral("-noout")}
                          + extra);
    }

private Q_SLOTS:

    void putsEveryNameInTheSanAndTheFirstInTheCn()
    {
        const auto key = PrivateKey::generate();
        const auto der =
            CsrBuilder()
                .setKey(key.value())
                .setNames(
                    {QStringLiteral("example.com"), QStringLiteral("*.example.com"), QStringLiteral("WWW.Example.com")})
                .buildDer();
        QVERIFY(der.ok());
        const auto run = parse(der.value(), {QStringLiteral("-text"), QStringLiteral("-verify")});
        QVERIFY2(run.ok(), run.err.constData());
        const QByteArray text = run.out + run.err;
        QVERIFY2(text.contains("verify OK"), text.constData());
        QVERIFY2(text.contains("DNS:example.com, DNS:*.example.com, DNS:www.example.com"), text.constData());
        QVERIFY2(text.contains("CN = example.com"), text.constData());
    }

    void isSignedWithTheCertificateKey()
    {
        const auto key = PrivateKey::generate(PrivateKey::Type::Rsa2048);
        const auto der = CsrBuilder().setKey(key.value()).setNames({QStringLiteral("a.example")}).buildDer();
        QVERIFY(der.ok());
        const auto run = parse(der.value(), {QStringLiteral("-pubkey")});
        QVERIFY2(run.ok(), run.err.constData());
        const QByteArray body = run.out.split('\n').mid(1, run.out.count('\n') - 2).join();
        QCOMPARE(QByteArray::fromBase64(body), key->publicKeyDer());
    }

    void leavesOutACommonNameLongerThan64Characters()
    {
        const QString longName = QString(60, QLatin1Char('a')) + QStringLiteral(".example.com");
        const auto key = PrivateKey::generate();
        const auto der = CsrBuilder().setKey(key.value()).setNames({longName}).buildDer();
        QVERIFY(der.ok());
        const auto run = parse(der.value(), {QStringLiteral("-text")});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY(!run.out.contains("CN ="));
        QVERIFY(run.out.contains(QByteArray("DNS:" + longName.toLatin1())));
    }

    void dropsDuplicateNames()
    {
        const auto key = PrivateKey::generate();
        const auto der = CsrBuilder()
                             .setKey(key.value())
                             .setNames({QStringLiteral("a.example"), QStringLiteral("A.example")})
                             .buildDer();
        const auto run = parse(der.value(), {QStringLiteral("-text")});
        QCOMPARE(run.out.count("DNS:a.example"), 1);
    }

    void rejectsNoNames()
    {
        const auto key = PrivateKey::generate();
        const auto der = CsrBuilder().setKey(key.value()).buildDer();
        QVERIFY(!der.ok());
        QCOMPARE(der.problem().code, QStringLiteral("crypto.csr-invalid"));
    }

    void rejectsUnicodeNamesAskingForTheAsciiForm()
    {
        const auto key = PrivateKey::generate();
        const auto der = CsrBuilder().setKey(key.value()).setNames({QStringLiteral("bücher.example")}).buildDer();
        QVERIFY(!der.ok());
        QVERIFY(der.problem().detail.contains(QStringLiteral("xn--")));
    }

    void rejectsMissingKey() { QVERIFY(!CsrBuilder().setNames({QStringLiteral("a.example")}).buildDer().ok()); }
};

QTEST_GUILESS_MAIN(TestCsrBuilder)
#include "TestCsrBuilder.moc"
