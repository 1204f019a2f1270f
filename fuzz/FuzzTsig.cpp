#include "FuzzInput.h"

#include "core/dns/TsigKey.h"
#include "core/dns/TsigSignature.h"

#include <QDateTime>

#include <cstdlib>
#include <ldns/ldns.h>

// TSIG (RFC 8945) on both sides of an RFC 2136 update: the reply a server (or an attacker on the
// path) sends is checked by TsigSignature::verify, and a message CertDesk signs must verify.
// Two oracles: a reply that ldns, an independent implementation, signs over our request MAC with
// the right key must be Valid; the same bytes with the MAC unknown must not be.
namespace {

const TsigKey &key()
{
    static const TsigKey k =
        TsigKey::create(QStringLiteral("update-key.example."),
                        TsigKey::Algorithm::HmacSha256,
                        QByteArrayLiteral("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0IXNlY3JldC1zZWNyZXQ="))
            .value();
    return k;
}

// The reply as a server would sign it: ldns over `requestMac`, or empty when ldns will not.
QByteArray ldnsSigned(const QByteArray &wire, const QByteArray &requestMac)
{
    ldns_pkt *packet = nullptr;
    if (ldns_wire2pkt(&packet, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()))
        != LDNS_STATUS_OK) {
        return {};
    }
    QByteArray prefixed(2, '\0');
    prefixed[0] = char(requestMac.size() >> 8);
    prefixed[1] = char(requestMac.size() & 0xff);
    prefixed += requestMac;
    ldns_rdf *mac = ldns_rdf_new_frm_data(
        LDNS_RDF_TYPE_INT16_DATA, size_t(prefixed.size()), reinterpret_cast<const uint8_t *>(prefixed.constData()));
    // A TSIG record already in the input is kept by ldns apart from the additional section, and
    // ldns_pkt_tsig_sign then MACs the message with that old record in it but sends it replaced:
    // a reply no server sends (found by this harness). A server signs a reply without one.
    if (ldns_rr *previous = ldns_pkt_tsig(packet)) {
        ldns_rr_free(previous);
        ldns_pkt_set_tsig(packet, nullptr);
    }
    QByteArray out;
    ldns_pkt_set_qr(packet, true);
    if (ldns_pkt_tsig_sign(packet, "update-key.example.", key().secretBase64().constData(), 300, "hmac-sha256.", mac)
        == LDNS_STATUS_OK) {
        uint8_t *signedWire = nullptr;
        size_t signedSize = 0;
        if (ldns_pkt2wire(&signedWire, packet, &signedSize) == LDNS_STATUS_OK) {
            out = QByteArray(reinterpret_cast<const char *>(signedWire), qsizetype(signedSize));
        }
        free(signedWire);
    }
    ldns_rdf_deep_free(mac);
    ldns_pkt_free(packet);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray wire = FuzzInput::bytes(data, size);
    const QDateTime now = QDateTime::currentDateTimeUtc(); // ldns signs with the current time
    const TsigSignature::Signed request = TsigSignature::sign(wire, key(), now);
    const QByteArray requestMac = request.mac.isEmpty() ? QByteArray(32, '\x11') : request.mac;

    (void)TsigSignature::verify(wire, key(), requestMac, now);

    const QByteArray reply = ldnsSigned(wire, requestMac);
    if (reply.isEmpty()) {
        return 0;
    }
    if (TsigSignature::verify(reply, key(), requestMac, now) != TsigSignature::Verdict::Valid) {
        std::abort(); // a correctly signed reply refused: updates would fail for no reason
    }
    if (TsigSignature::verify(reply, key(), QByteArray(requestMac.size(), '\x22'), now)
        == TsigSignature::Verdict::Valid) {
        std::abort(); // a reply accepted for a request it does not answer
    }
    return 0;
}
