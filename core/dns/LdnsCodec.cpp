#include "LdnsCodec.h"

#include <QHostAddress>

namespace {

QString rdfText(const ldns_rdf *rdf)
{
    char *text = ldns_rdf2str(rdf);
    if (!text) {
        return {};
    }
    QString result = QString::fromLatin1(text);
    free(text);
    return result;
}

// A <character-string>: one length octet, then the bytes (RFC 1035 §3.3).
QString characterString(const ldns_rdf *rdf)
{
    const size_t size = ldns_rdf_size(rdf);
    const uint8_t *data = ldns_rdf_data(rdf);
    if (size < 1) {
        return {};
    }
    const size_t length = qMin<size_t>(data[0], size - 1);
    return QString::fromLatin1(reinterpret_cast<const char *>(data + 1), qsizetype(length));
}

} // namespace

LdnsCodec::Rdf LdnsCodec::dname(const QString &ace)
{
    ldns_rdf *rdf = nullptr;
    const QByteArray text = ace.toLatin1();
    if (ldns_str2rdf_dname(&rdf, text.constData()) != LDNS_STATUS_OK) {
        return nullptr;
    }
    return Rdf(rdf);
}

QString LdnsCodec::nameText(const ldns_rdf *rdf)
{
    QString text = rdfText(rdf).toLower();
    if (text.endsWith(QLatin1Char('.')) && text.size() > 1) {
        text.chop(1);
    }
    return text;
}

DnsRecord LdnsCodec::toRecord(const ldns_rr *rr)
{
    DnsRecord record;
    record.name = nameText(ldns_rr_owner(rr));
    record.type = DnsRecordType(ldns_rr_get_type(rr));
    record.ttl = ldns_rr_ttl(rr);
    const size_t count = ldns_rr_rd_count(rr);

    switch (record.type) {
    case DnsRecordType::A:
    case DnsRecordType::AAAA:
        if (count == 1) {
            const ldns_rdf *rdf = ldns_rr_rdf(rr, 0);
            QHostAddress address;
            if (ldns_rdf_size(rdf) == 4) {
                const uint8_t *d = ldns_rdf_data(rdf);
                address.setAddress(quint32(d[0]) << 24 | quint32(d[1]) << 16 | quint32(d[2]) << 8 | d[3]);
            } else if (ldns_rdf_size(rdf) == 16) {
                address.setAddress(ldns_rdf_data(rdf));
            }
            record.data = address.toString();
        }
        break;
    case DnsRecordType::CNAME:
    case DnsRecordType::NS:
        if (count == 1) {
            record.data = nameText(ldns_rr_rdf(rr, 0));
        }
        break;
    case DnsRecordType::TXT:
        for (size_t i = 0; i < count; ++i) {
            const QString part = characterString(ldns_rr_rdf(rr, i));
            record.fields << part;
            record.data += part;
        }
        break;
    case DnsRecordType::CAA:
        // RFC 8659 §4.1: flags octet, tag as a <character-string>, value as the rest.
        if (count == 3) {
            const ldns_rdf *value = ldns_rr_rdf(rr, 2);
            const QString flags = QString::number(ldns_rdf2native_int8(ldns_rr_rdf(rr, 0)));
            const QString tag = characterString(ldns_rr_rdf(rr, 1)).toLower();
            const QString text = QString::fromLatin1(reinterpret_cast<const char *>(ldns_rdf_data(value)),
                                                     qsizetype(ldns_rdf_size(value)));
            record.fields = {flags, tag, text};
            record.data = QStringLiteral("%1 %2 \"%3\"").arg(flags, tag, text);
        }
        break;
    case DnsRecordType::SOA:
        if (count == 7) {
            record.fields << nameText(ldns_rr_rdf(rr, 0)) << nameText(ldns_rr_rdf(rr, 1));
            for (size_t i = 2; i < 7; ++i) {
                record.fields << QString::number(ldns_rdf2native_int32(ldns_rr_rdf(rr, i)));
            }
            record.data = record.fields.join(QLatin1Char(' '));
        }
        break;
    default: {
        QStringList parts;
        for (size_t i = 0; i < count; ++i) {
            parts << rdfText(ldns_rr_rdf(rr, i));
        }
        record.data = parts.join(QLatin1Char(' '));
        break;
    }
    }
    return record;
}

void LdnsCodec::appendTxtStrings(ldns_rr *rr, const QByteArray &value)
{
    qsizetype offset = 0;
    do {
        const QByteArray chunk = value.mid(offset, 255);
        QByteArray data;
        data.reserve(chunk.size() + 1);
        data.append(char(quint8(chunk.size())));
        data.append(chunk);
        ldns_rr_push_rdf(rr,
                         ldns_rdf_new_frm_data(LDNS_RDF_TYPE_STR,
                                               size_t(data.size()),
                                               reinterpret_cast<const uint8_t *>(data.constData())));
        offset += 255;
    } while (offset < value.size());
}

QByteArray LdnsCodec::toWire(const ldns_pkt *packet)
{
    uint8_t *wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, packet, &size) != LDNS_STATUS_OK) {
        return {};
    }
    QByteArray result(reinterpret_cast<const char *>(wire), qsizetype(size));
    free(wire);
    return result;
}

bool LdnsCodec::hasMisplacedTsig(const QByteArray &wire)
{
    constexpr qsizetype HeaderSize = 12;
    if (wire.size() < HeaderSize) {
        return false;
    }
    const auto count = [&wire](int at) {
        return (quint8(wire.at(at)) << 8) | quint8(wire.at(at + 1));
    };
    const ldns_pkt_section sections[] = {
        LDNS_SECTION_QUESTION, LDNS_SECTION_ANSWER, LDNS_SECTION_AUTHORITY, LDNS_SECTION_ADDITIONAL};
    const auto *bytes = reinterpret_cast<const uint8_t *>(wire.constData());
    size_t position = HeaderSize;
    for (int s = 0; s < 4; ++s) {
        const int records = count(4 + 2 * s);
        for (int i = 0; i < records; ++i) {
            ldns_rr *raw = nullptr;
            if (ldns_wire2rr(&raw, bytes, size_t(wire.size()), &position, sections[s]) != LDNS_STATUS_OK) {
                return false; // ldns_wire2pkt refuses it too
            }
            const Record record(raw);
            const bool last = sections[s] == LDNS_SECTION_ADDITIONAL && i == records - 1;
            if (sections[s] != LDNS_SECTION_QUESTION && !last && ldns_rr_get_type(raw) == LDNS_RR_TYPE_TSIG) {
                return true;
            }
        }
    }
    return false;
}
