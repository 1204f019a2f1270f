#include "core/dns/TsigKey.h"

#include <QTest>

class TestTsigKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void acceptsBase64SecretFromKeyFile()
    {
        const QByteArray secret = QByteArrayLiteral("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0IQ==");
        const Result<TsigKey> key =
            TsigKey::create(QStringLiteral("CertDesk-Key."), TsigKey::Algorithm::HmacSha512, secret);
        QVERIFY(key.ok());
        QCOMPARE(key->name().ace(), QStringLiteral("certdesk-key"));
        QCOMPARE(key->algorithm(), TsigKey::Algorithm::HmacSha512);
        QCOMPARE(key->secretBase64(), secret);
    }

    void ignoresWhitespaceInSecret()
    {
        const Result<TsigKey> key = TsigKey::create(
            QStringLiteral("k"), TsigKey::Algorithm::HmacSha256, QByteArrayLiteral("  c2VjcmV0LXNl\n Y3JldA==  "));
        QVERIFY(key.ok());
        QCOMPARE(key->secretBase64(), QByteArrayLiteral("c2VjcmV0LXNlY3JldA=="));
    }

    void rejectsSecretThatIsNotBase64WithoutRevealingIt()
    {
        const QByteArray secret = QByteArrayLiteral("not*base64!secret");
        const Result<TsigKey> key =
            TsigKey::create(QStringLiteral("update-key"), TsigKey::Algorithm::HmacSha256, secret);
        QVERIFY(!key.ok());
        const Problem &problem = key.problem();
        QCOMPARE(problem.code, QStringLiteral("dns.tsig.bad-secret"));
        QCOMPARE(problem.category, Problem::Category::Configuration);
        QVERIFY(problem.detail.contains(QStringLiteral("update-key")));
        QVERIFY(!problem.hint.isEmpty());
        for (const QString &text : {problem.title, problem.detail, problem.hint, problem.technical}) {
            QVERIFY(!text.contains(QString::fromLatin1(secret)));
            QVERIFY(!text.contains(QStringLiteral("base64!")));
        }
    }

    void rejectsEmptySecret()
    {
        QCOMPARE(TsigKey::create(QStringLiteral("k"), TsigKey::Algorithm::HmacSha256, {}).problem().code,
                 QStringLiteral("dns.tsig.bad-secret"));
    }

    void rejectsInvalidKeyName()
    {
        QCOMPARE(TsigKey::create(QStringLiteral("bad key"), TsigKey::Algorithm::HmacSha256, "c2VjcmV0").problem().code,
                 QStringLiteral("dns.tsig.bad-name"));
    }

    void readsAlgorithmNamesAsKeyFilesSpellThem()
    {
        QCOMPARE(TsigKey::algorithmFromName(QStringLiteral("hmac-sha256")).value(), TsigKey::Algorithm::HmacSha256);
        QCOMPARE(TsigKey::algorithmFromName(QStringLiteral("HMAC-SHA384.")).value(), TsigKey::Algorithm::HmacSha384);
        QCOMPARE(TsigKey::algorithmFromName(QStringLiteral(" hmac-sha512 ")).value(), TsigKey::Algorithm::HmacSha512);
        QCOMPARE(TsigKey::algorithmName(TsigKey::Algorithm::HmacSha384), QStringLiteral("hmac-sha384"));
    }

    void rejectsWeakOrUnknownAlgorithms()
    {
        QCOMPARE(TsigKey::algorithmFromName(QStringLiteral("hmac-md5")).problem().code,
                 QStringLiteral("dns.tsig.bad-algorithm"));
        QCOMPARE(TsigKey::algorithmFromName(QStringLiteral("hmac-sha1")).problem().code,
                 QStringLiteral("dns.tsig.bad-algorithm"));
    }
};

QTEST_GUILESS_MAIN(TestTsigKey)
#include "TestTsigKey.moc"
