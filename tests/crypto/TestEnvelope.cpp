#include "core/crypto/Envelope.h"

#include <QTest>

class TestEnvelope final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void sealsAndOpens()
    {
        const QByteArray key = Envelope::generateKey();
        QCOMPARE(key.size(), 32);
        const auto sealed = Envelope::seal(key, "secret account key", "account:1");
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->at(0), Envelope::Version1);
        QVERIFY(!sealed->contains("secret account key"));
        const auto opened = Envelope::open(key, sealed.value(), "account:1");
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), QByteArray("secret account key"));
    }

    void usesAFreshNonceEveryTime()
    {
        const QByteArray key = Envelope::generateKey();
        QVERIFY(Envelope::seal(key, "same").value() != Envelope::seal(key, "same").value());
    }

    void sealsEmptyData()
    {
        const QByteArray key = Envelope::generateKey();
        const auto opened = Envelope::open(key, Envelope::seal(key, {}).value());
        QVERIFY(opened.ok());
        QVERIFY(opened->isEmpty());
    }

    void tamperedCiphertextFailsAuthentication()
    {
        const QByteArray key = Envelope::generateKey();
        QByteArray sealed = Envelope::seal(key, "payload").value();
        for (qsizetype i = 1; i < sealed.size(); ++i) {
            QByteArray tampered = sealed;
            tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
            const auto opened = Envelope::open(key, tampered);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.problem().code, QStringLiteral("crypto.envelope-auth-failed"));
        }
    }

    void wrongAadFailsAuthentication()
    {
        const QByteArray key = Envelope::generateKey();
        const QByteArray sealed = Envelope::seal(key, "payload", "account:1").value();
        QCOMPARE(Envelope::open(key, sealed, "account:2").problem().code,
                 QStringLiteral("crypto.envelope-auth-failed"));
    }

    void wrongKeyFailsWithAnActionableProblem()
    {
        const QByteArray sealed = Envelope::seal(Envelope::generateKey(), "payload").value();
        const auto opened = Envelope::open(Envelope::generateKey(), sealed);
        QVERIFY(!opened.ok());
        QVERIFY(!opened.problem().hint.isEmpty());
    }

    void rejectsUnknownVersionAndTruncation()
    {
        const QByteArray key = Envelope::generateKey();
        QByteArray sealed = Envelope::seal(key, "payload").value();
        QCOMPARE(Envelope::open(key, sealed.left(20)).problem().code, QStringLiteral("crypto.envelope-truncated"));
        sealed[0] = 0x02;
        QCOMPARE(Envelope::open(key, sealed).problem().code, QStringLiteral("crypto.envelope-version"));
    }

    void rejectsKeysOfTheWrongSize()
    {
        QCOMPARE(Envelope::seal(QByteArray(16, 'k'), "x").problem().code, QStringLiteral("crypto.envelope-bad-key"));
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "TestEnvelope.moc"
