#include "DnsUpdate.h"

#include "DnsClient.h"
#include "DnsMessage.h"
#include "LdnsCodec.h"
#include "TsigSignature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace {

// RFC 8945 §5.2.3: the recommended fudge is 300 seconds.

// RFC 8945 §3 / IANA "DNS RCODEs": the TSIG error field of a rejected request.
QString tsigErrorName(quint16 error)
{
    switch (error) {
    case 0:
        return QString();
    case 16:
        return QStringLiteral("BADSIG");
    case 17:
        return QStringLiteral("BADKEY");
    case 18:
        return QStringLiteral("BADTIME");
    case 22:
        return QStringLiteral("BADTRUNC");
    default:
        return QStringLiteral("TSIG error %1").arg(error);
    }
}

} // namespace

DnsUpdate::DnsUpdate(DnsServer server, DnsName zone, TsigKey key, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_zone(std::move(zone))
    , m_key(std::move(key))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        complete(Problem::make(Problem::Category::Timeout,
                               QStringLiteral("dns.timeout"),
                               tr("The DNS server did not answer the update in time."),
                               tr("No reply from %1 to the update of zone %2.").arg(m_server.toString(), m_zone.ace()),
                               tr("Check the server address and port, and that it accepts TCP connections.")));
    });
}

DnsUpdate::~DnsUpdate()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void DnsUpdate::addTxt(const DnsName &name, const QString &value, quint32 ttl)
{
    Operation op;
    op.kind = Operation::Kind::Add;
    op.name = name;
    op.type = DnsRecordType::TXT;
    op.ttl = ttl;
    op.txt = value.toUtf8();
    m_operations << op;
}

void DnsUpdate::deleteTxt(const DnsName &name, const QString &value)
{
    Operation op;
    op.kind = Operation::Kind::DeleteValue;
    op.name = name;
    op.type = DnsRecordType::TXT;
    op.txt = value.toUtf8();
    m_operations << op;
}

void DnsUpdate::addCname(const DnsName &name, const DnsName &target, quint32 ttl)
{
    Operation op;
    op.kind = Operation::Kind::Add;
    op.name = name;
    op.type = DnsRecordType::CNAME;
    op.ttl = ttl;
    op.target = target;
    m_operations << op;
}

void DnsUpdate::deleteCname(const DnsName &name, const DnsName &target)
{
    Operation op;
    op.kind = Operation::Kind::DeleteValue;
    op.name = name;
    op.type = DnsRecordType::CNAME;
    op.target = target;
    m_operations << op;
}

void DnsUpdate::addAddress(const DnsName &name, const QHostAddress &address, quint32 ttl)
{
    Operation op;
    op.kind = Operation::Kind::Add;
    op.name = name;
    op.type = address.protocol() == QAbstractSocket::IPv6Protocol ? DnsRecordType::AAAA : DnsRecordType::A;
    op.ttl = ttl;
    op.address = address;
    m_operations << op;
}

void DnsUpdate::deleteRrset(const DnsName &name, DnsRecordType type)
{
    Operation op;
    op.kind = Operation::Kind::DeleteRrset;
    op.name = name;
    op.type = type;
    m_operations << op;
}

void DnsUpdate::start()
{
    if (m_started) {
        return;
    }
    m_started = true;

    Result<QByteArray> message = buildSignedMessage();
    if (!message) {
        completeLater(message.problem());
        return;
    }
    QByteArray frame;
    frame.reserve(message->size() + 2);
    frame.append(char(message->size() >> 8));
    frame.append(char(message->size() & 0xff));
    frame.append(message.value());

    // RFC 2136 §3.8 allows UDP or TCP; TCP is used because an update is never worth retrying
    // blindly (a lost reply to an applied update would be applied twice) and never truncates.
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this, frame] {
        m_socket->write(frame);
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &DnsUpdate::readReply);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        complete(Problem::make(Problem::Category::Network,
                               QStringLiteral("dns.network"),
                               tr("The DNS server cannot be reached for the update."),
                               tr("Connecting to %1 failed: %2").arg(m_server.toString(), m_socket->errorString()),
                               tr("Check the server address and port, and that it accepts TCP connections.")));
    });
    m_timer.start(m_timeout);
    if (!m_localAddress.isNull()) {
        m_socket->bind(m_localAddress, 0);
    }
    m_socket->connectToHost(m_server.address, m_server.port);
}

Result<QByteArray> DnsUpdate::buildSignedMessage()
{
    if (m_operations.isEmpty()) {
        return Problem::make(
            Problem::Category::Internal, QStringLiteral("dns.update.empty"), tr("The DNS update has no changes."));
    }
    LdnsCodec::RecordList updates(ldns_rr_list_new());
    for (const Operation &op : std::as_const(m_operations)) {
        if (!op.name.isWithin(m_zone)) {
            return Problem::make(Problem::Category::Configuration,
                                 QStringLiteral("dns.update.outside-zone"),
                                 tr("The record is not in the zone being updated."),
                                 tr("%1 is not part of zone %2.").arg(op.name.display(), m_zone.display()),
                                 tr("Check which zone the name belongs to."));
        }
        LdnsCodec::Record rr(ldns_rr_new());
        LdnsCodec::Rdf owner = LdnsCodec::dname(op.name.fqdn());
        if (!owner) {
            return Problem::make(Problem::Category::Input,
                                 QStringLiteral("dns.update.bad-name"),
                                 tr("The record name cannot be written to DNS."),
                                 tr("“%1” is not a valid owner name.").arg(op.name.display()));
        }
        ldns_rr_set_owner(rr.get(), owner.release());
        ldns_rr_set_type(rr.get(), ldns_rr_type(op.type));
        ldns_rr_set_class(rr.get(), LDNS_RR_CLASS_IN);
        ldns_rr_set_ttl(rr.get(), op.ttl);
        if (op.kind != Operation::Kind::DeleteRrset) {
            switch (op.type) {
            case DnsRecordType::TXT:
                LdnsCodec::appendTxtStrings(rr.get(), op.txt);
                break;
            case DnsRecordType::CNAME:
                ldns_rr_push_rdf(rr.get(), LdnsCodec::dname(op.target.fqdn()).release());
                break;
            case DnsRecordType::A:
            case DnsRecordType::AAAA:
                ldns_rr_push_rdf(
                    rr.get(),
                    ldns_rdf_new_frm_str(op.type == DnsRecordType::A ? LDNS_RDF_TYPE_A : LDNS_RDF_TYPE_AAAA,
                                         op.address.toString().toLatin1().constData()));
                break;
            default:
                break;
            }
        }
        if (op.kind == Operation::Kind::DeleteValue) {
            // RFC 2136 §2.5.4: class NONE, TTL 0, the exact rdata to remove.
            ldns_rr_set_class(rr.get(), LDNS_RR_CLASS_NONE);
            ldns_rr_set_ttl(rr.get(), 0);
        } else if (op.kind == Operation::Kind::DeleteRrset) {
            // RFC 2136 §2.5.2: class ANY, TTL 0, no rdata.
            ldns_rr_set_class(rr.get(), LDNS_RR_CLASS_ANY);
            ldns_rr_set_ttl(rr.get(), 0);
        }
        ldns_rr_list_push_rr(updates.get(), rr.release());
    }

    LdnsCodec::Rdf zone = LdnsCodec::dname(m_zone.fqdn());
    // ldns_update_pkt_new takes the zone name and copies the record list.
    LdnsCodec::Packet packet(ldns_update_pkt_new(zone.release(), LDNS_RR_CLASS_IN, nullptr, updates.get(), nullptr));
    if (!packet) {
        return Problem::make(
            Problem::Category::Internal, QStringLiteral("dns.update.build"), tr("The DNS update could not be built."));
    }
    m_id = quint16(QRandomGenerator::system()->generate());
    ldns_pkt_set_id(packet.get(), m_id);
    ldns_pkt_set_rd(packet.get(), false);

    const QByteArray unsignedWire = LdnsCodec::toWire(packet.get());
    if (unsignedWire.isEmpty()) {
        return Problem::make(
            Problem::Category::Internal, QStringLiteral("dns.update.build"), tr("The DNS update could not be built."));
    }
    TsigSignature::Signed signedUpdate = TsigSignature::sign(unsignedWire, m_key, QDateTime::currentDateTimeUtc());
    if (signedUpdate.message.isEmpty()) {
        return Problem::make(
            Problem::Category::Configuration,
            QStringLiteral("dns.update.sign"),
            tr("The DNS update could not be signed."),
            tr("Signing with key %1 (%2) failed.").arg(m_key.name().ace(), TsigKey::algorithmName(m_key.algorithm())),
            tr("Check the key's algorithm and secret."));
    }
    m_requestMac = signedUpdate.mac;
    const QByteArray wire = signedUpdate.message;
    return wire;
}

void DnsUpdate::readReply()
{
    m_buffer += m_socket->readAll();
    if (m_buffer.size() < 2) {
        return;
    }
    const int length = (quint8(m_buffer.at(0)) << 8) | quint8(m_buffer.at(1));
    if (m_buffer.size() < length + 2) {
        return;
    }
    handleReply(m_buffer.mid(2, length));
}

void DnsUpdate::handleReply(const QByteArray &wire)
{
    const auto malformed = [this](const QString &technical) {
        return Problem::make(Problem::Category::Dns,
                             QStringLiteral("dns.malformed"),
                             tr("The DNS server sent a malformed reply to the update."),
                             tr("%1 replied to the update of zone %2 with data CertDesk cannot read.")
                                 .arg(m_server.toString(), m_zone.ace()))
            .withTechnical(technical);
    };
    if (LdnsCodec::hasMisplacedTsig(wire)) {
        complete(malformed(QStringLiteral("TSIG record not last in the reply (RFC 8945 §5.1)")));
        return;
    }
    ldns_pkt *raw = nullptr;
    const ldns_status status =
        ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t *>(wire.constData()), size_t(wire.size()));
    if (status != LDNS_STATUS_OK || !raw) {
        complete(malformed(QString::fromLatin1(ldns_get_errorstr_by_id(status))));
        return;
    }
    LdnsCodec::Packet reply(raw);
    if (ldns_pkt_id(raw) != m_id || !ldns_pkt_qr(raw)) {
        complete(malformed(QStringLiteral("reply id %1, expected %2").arg(ldns_pkt_id(raw)).arg(m_id)));
        return;
    }

    const auto rcode = DnsRcode(ldns_pkt_get_rcode(raw));
    const ldns_rr *tsig = ldns_pkt_tsig(raw);
    const quint16 tsigError = tsig && ldns_rr_rd_count(tsig) > 5 ? ldns_rdf2native_int16(ldns_rr_rdf(tsig, 5)) : 0;
    const QString technical = QStringLiteral("%1%2 from %3 for update of %4 with key %5")
                                  .arg(dnsRcodeName(rcode),
                                       tsigError ? QLatin1Char('/') + tsigErrorName(tsigError) : QString(),
                                       m_server.toString(),
                                       m_zone.ace(),
                                       m_key.name().ace());

    switch (rcode) {
    case DnsRcode::NoError: {
        // RFC 8945 §5.3: a signed request's reply must be signed with the same key; an
        // unsigned or forged "success" must not count as published.
        const bool verified = TsigSignature::verify(wire, m_key, m_requestMac, QDateTime::currentDateTimeUtc())
                              == TsigSignature::Verdict::Valid;
        if (!verified) {
            complete(Problem::make(Problem::Category::Dns,
                                   QStringLiteral("dns.update.unverified"),
                                   tr("The DNS server's reply to the update could not be verified."),
                                   tr("%1 accepted the update of zone %2, but its reply is not signed with key %3.")
                                       .arg(m_server.toString(), m_zone.ace(), m_key.name().ace()),
                                   tr("Make sure nothing between CertDesk and the server rewrites DNS traffic, "
                                      "then check the records."))
                         .withTechnical(technical));
            return;
        }
        complete(Result<void>());
        return;
    }
    case DnsRcode::NotAuth:
        if (tsigError != 0) {
            complete(
                Problem::make(Problem::Category::Permission,
                              QStringLiteral("dns.update.notauth"),
                              tr("The DNS server did not accept the TSIG key."),
                              tr("%1 rejected the update of zone %2 signed with key %3 (%4).")
                                  .arg(m_server.toString(), m_zone.ace(), m_key.name().ace(), tsigErrorName(tsigError)),
                              tr("Check the key name, algorithm and secret against the server's "
                                 "configuration, and that both clocks are right (TSIG allows five minutes)."))
                    .withTechnical(technical));
        } else {
            // RFC 2136 §2.2: NOTAUTH without a TSIG error means the server is not authoritative.
            complete(Problem::make(Problem::Category::Permission,
                                   QStringLiteral("dns.update.notauth"),
                                   tr("The DNS server is not authoritative for the zone."),
                                   tr("%1 refused the update of zone %2 signed with key %3 (NOTAUTH).")
                                       .arg(m_server.toString(), m_zone.ace(), m_key.name().ace()),
                                   tr("Send updates to the zone's primary server, and check the zone name."))
                         .withTechnical(technical));
        }
        return;
    case DnsRcode::Refused:
        complete(Problem::make(Problem::Category::Permission,
                               QStringLiteral("dns.update.refused"),
                               tr("The DNS server refused the update."),
                               tr("%1 does not let key %2 change zone %3 (REFUSED).")
                                   .arg(m_server.toString(), m_key.name().ace(), m_zone.ace()),
                               tr("Allow the key in the zone's update-policy or allow-update, or use a key "
                                  "that is allowed."))
                     .withTechnical(technical));
        return;
    case DnsRcode::NotZone:
        complete(
            Problem::make(
                Problem::Category::Configuration,
                QStringLiteral("dns.update.notzone"),
                tr("A record of the update is outside the zone."),
                tr("%1 says a name in the update is not in zone %2 (NOTZONE).").arg(m_server.toString(), m_zone.ace()),
                tr("Check which zone the names belong to."))
                .withTechnical(technical));
        return;
    default:
        complete(Problem::make(Problem::Category::Dns,
                               QStringLiteral("dns.update.rcode"),
                               tr("The DNS server rejected the update (%1).").arg(dnsRcodeName(rcode)),
                               tr("%1 did not apply the update of zone %2 signed with key %3.")
                                   .arg(m_server.toString(), m_zone.ace(), m_key.name().ace()),
                               tr("Check the server's log for the reason."))
                     .withTechnical(technical));
        return;
    }
}

void DnsUpdate::complete(const Result<void> &result)
{
    if (m_result) {
        return;
    }
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_result.emplace(result);
    if (result.ok()) {
        qCInfo(lcDns) << "update of" << m_zone.ace() << "at" << m_server.toString() << "applied with key"
                      << m_key.name().ace();
    } else {
        qCInfo(lcDns) << "update failed:" << result.problem().code << result.problem().technical;
    }
    Q_EMIT finished(this);
}

void DnsUpdate::completeLater(const Problem &problem)
{
    QMetaObject::invokeMethod(
        this,
        [this, problem] {
            complete(problem);
        },
        Qt::QueuedConnection);
}
