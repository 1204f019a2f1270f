#include "core/dns/TsigSignature.h"

#include <QTest>
#include <QtEndian>

#include <ldns/ldns.h>

// TSIG computed by CertDesk, checked against ldns (an independent implementation) for the
// algorithms ldns gets right, and against itself for tampering, keys and time. hmac-sha384,
// which ldns 1.8.3 cannot do, is proven against BIND in TestRfc2136Provider.
class TestTsigSignature final : public QObject
{
    Q_OBJECT

private:
    static TsigKey key(TsigKey::Algorithm algorithm, const QString &name = QStringLiteral("update-key.example."))
    {
        return TsigKey::create(
                   name, algorithm, QByteArrayLiteral("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0IXNlY3JldC1zZWNyZXQ="))
            .value();
    }

    // An update-shaped message: header, zone section, one TXT record in the update section.
    static QByteArray message(quint16 id, bool reply = false)
    {
        ldns_pkt *packet = ldns_pkt_new();
        ldns_pkt_set_id(packet, id);
        ldns_pkt_set_opcode(packet, LDNS_PACKET_UPDATE);
        ldns_pkt_set_qr(packet, reply);
        ldns_rr *zone = nullptr;
        ldns_rr_new_question_frm_str(&zone, "example.test. IN SOA", nullptr, nullptr);
        ldns_pkt_push_rr(packet, LDNS_SECTION_QUESTION, zone);
        ldns_rr *txt = nullptr;
        ldns_rr_new_frm_str(&txt, "_acme-challenge.example.test. 60 IN TXT \"value\"", 0, nullptr, nullptr);
        ldns_pkt_push_rr(packet, LDNS_SECTION_AUTHORITY, txt);
        uint8_t *wire = nullptr;
        size_t size = 0;
        ldns_pkt2wire(&wire, packet, &size);
        QByteArray out(reinterpret_cast<const char *>(wire), qsizetype(size));
        free(wire);
        ldns_pkt_free(packet);
        return out;
    }

    // A reply signed by ldns over the request MAC, as a server would send it.
    static QByteArray ldnsSignedReply(quint16 id, const TsigKey &key, const QByteArray &requestMac)
    {
        const QByteArray wire = message(id, true);
        ldns_pkt *packet = nullptr;
        ldns_wire2pkt(&packet, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()));
        QByteArray prefixed(2, '\0');
        qToBigEndian(quint16(requestMac.size()), prefixed.data());
        prefixed += requestMac;
        ldns_rdf *mac = ldns_rdf_new_frm_data(
            LDNS_RDF_TYPE_INT16_DATA, size_t(prefixed.size()), reinterpret_cast<const uint8_t *>(prefixed.constData()));
        const QByteArray keyName = key.name().fqdn().toLatin1();
        const QByteArray algorithm = (TsigKey::algorithmName(key.algorithm()) + QLatin1Char('.')).toLatin1();
        const QByteArray secret = key.secretBase64();
        ldns_pkt_tsig_sign(packet, keyName.constData(), secret.constData(), 300, algorithm.constData(), mac);
        uint8_t *signedWire = nullptr;
        size_t size = 0;
        ldns_pkt2wire(&signedWire, packet, &size);
        QByteArray out(reinterpret_cast<const char *>(signedWire), qsizetype(size));
        free(signedWire);
        ldns_rdf_deep_free(mac);
        ldns_pkt_free(packet);
        return out;
    }

    static const QDateTime &now()
    {
        static const QDateTime at = QDateTime::currentDateTimeUtc();
        return at;
    }

private Q_SLOTS:

    void ldnsAcceptsTheRequestSignature_data()
    {
        QTest::addColumn<TsigKey::Algorithm>("algorithm");
        QTest::addColumn<int>("macSize");
        QTest::newRow("hmac-sha256") << TsigKey::Algorithm::HmacSha256 << 32;
        QTest::newRow("hmac-sha512") << TsigKey::Algorithm::HmacSha512 << 64;
    }

    void ldnsAcceptsTheRequestSignature()
    {
        QFETCH(TsigKey::Algorithm, algorithm);
        QFETCH(int, macSize);
        const TsigKey signer = key(algorithm);
        const QByteArray unsignedWire = message(0x1234);
        const TsigSignature::Signed request =
            TsigSignature::sign(unsignedWire, signer, QDateTime::currentDateTimeUtc());
        QCOMPARE(request.mac.size(), macSize);
        QVERIFY(request.message.startsWith(unsignedWire.left(10)));
        QCOMPARE(quint8(request.message.at(11)), quint8(unsignedWire.at(11)) + 1);

        ldns_pkt *parsed = nullptr;
        QCOMPARE(ldns_wire2pkt(&parsed,
                               reinterpret_cast<const uint8_t *>(request.message.constData()),
                               size_t(request.message.size())),
                 LDNS_STATUS_OK);
        const QByteArray keyName = signer.name().fqdn().toLatin1();
        const QByteArray secret = signer.secretBase64();
        QVERIFY(ldns_pkt_tsig_verify(parsed,
                                     reinterpret_cast<const uint8_t *>(request.message.constData()),
                                     size_t(request.message.size()),
                                     keyName.constData(),
                                     secret.constData(),
                                     nullptr));
        ldns_pkt_free(parsed);
    }

    void acceptsAReplyLdnsSignedOverTheRequestMac()
    {
        const TsigKey signer = key(TsigKey::Algorithm::HmacSha256);
        const TsigSignature::Signed request = TsigSignature::sign(message(0x4321), signer, now());
        const QByteArray reply = ldnsSignedReply(0x4321, signer, request.mac);
        QCOMPARE(TsigSignature::verify(reply, signer, request.mac, now()), TsigSignature::Verdict::Valid);
        // Over another request's MAC the same reply is not an answer to this request.
        const TsigSignature::Signed other = TsigSignature::sign(message(0x4322), signer, now());
        QCOMPARE(TsigSignature::verify(reply, signer, other.mac, now()), TsigSignature::Verdict::BadMac);
    }

    void refusesAnAlteredReply()
    {
        const TsigKey signer = key(TsigKey::Algorithm::HmacSha512);
        const TsigSignature::Signed request = TsigSignature::sign(message(7), signer, now());
        QByteArray reply = ldnsSignedReply(7, signer, request.mac);
        reply[3] = char(reply.at(3) ^ 0x05); // rcode NOERROR → REFUSED, as an attacker would like
        QCOMPARE(TsigSignature::verify(reply, signer, request.mac, now()), TsigSignature::Verdict::BadMac);
    }

    void refusesAReplyUnderAnotherSecretOrKey()
    {
        const TsigKey signer = key(TsigKey::Algorithm::HmacSha256);
        const TsigSignature::Signed request = TsigSignature::sign(message(9), signer, now());
        const QByteArray reply = ldnsSignedReply(9, signer, request.mac);
        const TsigKey otherSecret =
            TsigKey::create(QStringLiteral("update-key.example."), TsigKey::Algorithm::HmacSha256, "b3RoZXI=").value();
        QCOMPARE(TsigSignature::verify(reply, otherSecret, request.mac, now()), TsigSignature::Verdict::BadMac);
        QCOMPARE(TsigSignature::verify(
                     reply, key(TsigKey::Algorithm::HmacSha256, QStringLiteral("other-key.")), request.mac, now()),
                 TsigSignature::Verdict::WrongKey);
        QCOMPARE(TsigSignature::verify(reply, key(TsigKey::Algorithm::HmacSha512), request.mac, now()),
                 TsigSignature::Verdict::WrongKey);
    }

    void refusesAReplySignedOutsideTheFudgeWindow()
    {
        const TsigKey signer = key(TsigKey::Algorithm::HmacSha256);
        const TsigSignature::Signed request = TsigSignature::sign(message(11), signer, now());
        const QByteArray reply = ldnsSignedReply(11, signer, request.mac);
        QCOMPARE(TsigSignature::verify(reply, signer, request.mac, QDateTime::currentDateTimeUtc().addSecs(301 + 5)),
                 TsigSignature::Verdict::BadTime);
    }

    void unsignedAndTruncatedRepliesAreNamed()
    {
        const TsigKey signer = key(TsigKey::Algorithm::HmacSha256);
        const TsigSignature::Signed request = TsigSignature::sign(message(13), signer, now());
        QCOMPARE(TsigSignature::verify(message(13, true), signer, request.mac, now()),
                 TsigSignature::Verdict::Unsigned);
        const QByteArray reply = ldnsSignedReply(13, signer, request.mac);
        for (const qsizetype cut : {qsizetype(5), qsizetype(20), reply.size() - 1}) {
            QCOMPARE(TsigSignature::verify(reply.left(cut), signer, request.mac, now()),
                     TsigSignature::Verdict::Malformed);
        }
    }

    void keyAndAlgorithmNamesAreCanonical()
    {
        QCOMPARE(TsigSignature::canonicalName(QStringLiteral("Update-Key.Example.")),
                 QByteArray("\x0aupdate-key\x07"
                            "example\x00",
                            20));
        QCOMPARE(TsigSignature::canonicalName(QStringLiteral("hmac-sha384")), QByteArray("\x0bhmac-sha384\x00", 13));
    }
};

QTEST_GUILESS_MAIN(TestTsigSignature)
#include "TestTsigSignature.moc"
