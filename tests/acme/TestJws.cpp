#include "tests/support/OpenSslCli.h"

#include "core/acme/Jws.h"
#include "core/crypto/Base64Url.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject decodeObject(const QJsonValue &value)
{
    return QJsonDocument::fromJson(Base64Url::decode(value.toString().toLatin1()).value()).object();
}

} // namespace

class TestJws final : public QObject
{
    Q_OBJECT

private:
    const QUrl m_url{QStringLiteral("https://ca.test/acme/new-order")};
    const QUrl m_account{QStringLiteral("https://ca.test/acme/acct/1")};

    // Verifies the JWS signature with the openssl CLI, independently of PrivateKey.
    static bool verifiesWithOpenSsl(const QJsonObject &jws, const PrivateKey &key)
    {
        QTemporaryDir dir;
        const QByteArray input = jws.value(QStringLiteral("protected")).toString().toLatin1() + '.'
                                 + jws.value(QStringLiteral("payload")).toString().toLatin1();
        QByteArray signature = Base64Url::decode(jws.value(QStringLiteral("signature")).toString().toLatin1()).value();
        if (key.type() == PrivateKey::Type::EcP256 || key.type() == PrivateKey::Type::EcP384) {
            signature = ecdsaRawToDer(signature);
        }
        const auto write = [&](const char *name, const QByteArray &data) {
            QFile file(dir.filePath(QLatin1String(name)));
            return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
        };
        if (!write("pub.der", key.publicKeyDer()) || !write("sig", signature) || !write("data", input)) {
            return false;
        }
        const auto run =
            runOpenSsl({QStringLiteral("dgst"),
                        key.type() == PrivateKey::Type::EcP384 ? QStringLiteral("-sha384") : QStringLiteral("-sha256"),
                        QStringLiteral("-verify"),
                        dir.filePath(QStringLiteral("pub.der")),
                        QStringLiteral("-keyform"),
                        QStringLiteral("DER"),
                        QStringLiteral("-signature"),
                        dir.filePath(QStringLiteral("sig")),
                        dir.filePath(QStringLiteral("data"))});
        return run.ok() && run.out.contains("Verified OK");
    }

private Q_SLOTS:

    void jwkRequestCarriesAlgNonceUrlAndJwk()
    {
        const PrivateKey key = PrivateKey::generate().value();
        const auto jws = Jws::signWithJwk(key, m_url, "nonce-1", R"({"termsOfServiceAgreed":true})");
        QVERIFY(jws.ok());
        QCOMPARE(jws->keys(),
                 QStringList({QStringLiteral("payload"), QStringLiteral("protected"), QStringLiteral("signature")}));
        const QJsonObject header = decodeObject(jws->value(QStringLiteral("protected")));
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        QCOMPARE(header.value(QStringLiteral("nonce")).toString(), QStringLiteral("nonce-1"));
        QCOMPARE(header.value(QStringLiteral("url")).toString(), m_url.toString());
        QCOMPARE(header.value(QStringLiteral("jwk")).toObject(), key.publicJwk());
        QVERIFY(!header.contains(QStringLiteral("kid")));
        QVERIFY(verifiesWithOpenSsl(jws.value(), key));
    }

    void kidRequestNamesTheAccountInsteadOfTheKey()
    {
        const PrivateKey key = PrivateKey::generate(PrivateKey::Type::Rsa2048).value();
        const auto jws = Jws::signWithKid(key, m_account, m_url, "nonce-2", "{}");
        const QJsonObject header = decodeObject(jws->value(QStringLiteral("protected")));
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), m_account.toString());
        QVERIFY(!header.contains(QStringLiteral("jwk")));
        QVERIFY(verifiesWithOpenSsl(jws.value(), key));
    }

    void postAsGetHasAnEmptyPayload()
    {
        const PrivateKey key = PrivateKey::generate(PrivateKey::Type::EcP384).value();
        const auto jws = Jws::postAsGet(key, m_account, m_url, "nonce-3");
        QCOMPARE(jws->value(QStringLiteral("payload")).toString(), QString());
        QVERIFY(jws->value(QStringLiteral("payload")).isString());
        QVERIFY(verifiesWithOpenSsl(jws.value(), key));
    }

    void tamperedPayloadDoesNotVerify()
    {
        const PrivateKey key = PrivateKey::generate().value();
        auto jws = Jws::signWithKid(key, m_account, m_url, "n", R"({"a":1})").value();
        jws.insert(QStringLiteral("payload"), Base64Url::encodeToString(R"({"a":2})"));
        QVERIFY(!verifiesWithOpenSsl(jws, key));
    }

    void externalAccountBindingIsHs256OverTheAccountJwk()
    {
        const PrivateKey key = PrivateKey::generate().value();
        const QByteArray macKey =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const auto eab = Jws::externalAccountBinding(QStringLiteral("kid-1"), macKey, key, m_url);
        QVERIFY(eab.ok());
        const QJsonObject header = decodeObject(eab->value(QStringLiteral("protected")));
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), QStringLiteral("kid-1"));
        QCOMPARE(header.value(QStringLiteral("url")).toString(), m_url.toString());
        QVERIFY(!header.contains(QStringLiteral("nonce"))); // §7.3.4: MUST NOT contain a nonce
        QCOMPARE(decodeObject(eab->value(QStringLiteral("payload"))), key.publicJwk());
        const QByteArray input = eab->value(QStringLiteral("protected")).toString().toLatin1() + '.'
                                 + eab->value(QStringLiteral("payload")).toString().toLatin1();
        QCOMPARE(Base64Url::decode(eab->value(QStringLiteral("signature")).toString().toLatin1()).value(),
                 QMessageAuthenticationCode::hash(input, macKey, QCryptographicHash::Sha256));
    }

    void externalAccountBindingNeedsBothValues()
    {
        const PrivateKey key = PrivateKey::generate().value();
        QCOMPARE(Jws::externalAccountBinding(QStringLiteral("kid"), {}, key, m_url).problem().code,
                 QStringLiteral("acme.eab-missing"));
    }

    void keyChangeInnerIsSignedByTheNewKeyAndNamesTheOld()
    {
        const PrivateKey oldKey = PrivateKey::generate().value();
        const PrivateKey newKey = PrivateKey::generate(PrivateKey::Type::EcP384).value();
        const QUrl keyChange(QStringLiteral("https://ca.test/acme/key-change"));
        const auto inner = Jws::keyChangeInner(newKey, oldKey, m_account, keyChange);
        QVERIFY(inner.ok());
        const QJsonObject header = decodeObject(inner->value(QStringLiteral("protected")));
        QCOMPARE(header.value(QStringLiteral("jwk")).toObject(), newKey.publicJwk());
        QCOMPARE(header.value(QStringLiteral("url")).toString(), keyChange.toString());
        QVERIFY(!header.contains(QStringLiteral("nonce"))); // §7.3.5
        const QJsonObject payload = decodeObject(inner->value(QStringLiteral("payload")));
        QCOMPARE(payload.value(QStringLiteral("account")).toString(), m_account.toString());
        QCOMPARE(payload.value(QStringLiteral("oldKey")).toObject(), oldKey.publicJwk());
        QVERIFY(verifiesWithOpenSsl(inner.value(), newKey));
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "TestJws.moc"
