#include "core/crypto/Base64Url.h"

#include <QTest>

class TestBase64Url final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void encodesRfc7515Example()
    {
        // RFC 7515 Appendix C: octets 3, 236, 255, 224, 193 → "A-z_4ME".
        const QByteArray octets("\x03\xec\xff\xe0\xc1", 5);
        QCOMPARE(Base64Url::encode(octets), QByteArray("A-z_4ME"));
    }

    void omitsPadding()
    {
        QCOMPARE(Base64Url::encode("a"), QByteArray("YQ"));
        QCOMPARE(Base64Url::encode("ab"), QByteArray("YWI"));
        QCOMPARE(Base64Url::encode(""), QByteArray());
    }

    void roundTripsEveryByteValue()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i) {
            all.append(static_cast<char>(i));
        }
        for (int length = 0; length <= all.size(); length += 17) {
            const QByteArray data = all.left(length);
            const auto decoded = Base64Url::decode(Base64Url::encode(data));
            QVERIFY(decoded.ok());
            QCOMPARE(decoded.value(), data);
        }
    }

    void rejectsPaddingAndStandardAlphabet()
    {
        QVERIFY(!Base64Url::decode("YQ==").ok());
        QVERIFY(!Base64Url::decode("A+z/4ME").ok());
        QVERIFY(!Base64Url::decode("A-z 4ME").ok());
        QCOMPARE(Base64Url::decode("A+z").problem().code, QStringLiteral("crypto.base64url-invalid"));
    }

    void rejectsImpossibleLength() { QVERIFY(!Base64Url::decode("AAAAA").ok()); }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "TestBase64Url.moc"
