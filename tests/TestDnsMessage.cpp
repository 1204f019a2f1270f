#include "core/dns/DnsMessage.h"

#include <QTest>

namespace {

// A hand-written response, byte by byte from RFC 1035 §4.1, so the parser is checked against
// the wire format itself rather than against the library that implements it.
class WireWriter
{
public:
    void u8(int value) { m_data.append(char(quint8(value))); }

    void u16(int value)
    {
        u8(value >> 8);
        u8(value);
    }

    void u32(quint32 value)
    {
        u16(int(value >> 16));
        u16(int(value & 0xffff));
    }

    void name(const char *dotted)
    {
        for (const QByteArray &label : QByteArray(dotted).split('.')) {
            if (label.isEmpty()) {
                continue;
            }
            u8(int(label.size()));
            m_data.append(label);
        }
        u8(0);
    }

    void bytes(const QByteArray &data) { m_data.append(data); }

    // Owner, type, class IN, TTL, then rdata written by `rdata` with its length patched in.
    template <typename F>
    void record(const char *owner, int type, quint32 ttl, F rdata)
    {
        name(owner);
        u16(type);
        u16(1);
        u32(ttl);
        const qsizetype lengthAt = m_data.size();
        u16(0);
        rdata();
        const qsizetype length = m_data.size() - lengthAt - 2;
        m_data[lengthAt] = char(quint8(length >> 8));
        m_data[lengthAt + 1] = char(quint8(length));
    }

    QByteArray data() const { return m_data; }

private:
    QByteArray m_data;
};

QByteArray header(int id, int flags, int qd, int an, int ns, int ar)
{
    WireWriter w;
    w.u16(id);
    w.u16(flags);
    w.u16(qd);
    w.u16(an);
    w.u16(ns);
    w.u16(ar);
    return w.data();
}

constexpr int Qr = 0x8000;
constexpr int Aa = 0x0400;
constexpr int Tc = 0x0200;
constexpr int Rd = 0x0100;

} // namespace

class TestDnsMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void buildsQueryWithIdQuestionAndEdns()
    {
        const Result<QByteArray> wire =
            DnsMessage::buildQuery(0xbeef, QStringLiteral("Example.COM."), DnsRecordType::TXT);
        QVERIFY(wire.ok());
        QCOMPARE(DnsMessage::peekId(wire.value()), 0xbeef);
        const QByteArray &data = wire.value();
        QCOMPARE(quint8(data.at(2)) & 0x01, 0x01); // RD
        QCOMPARE(quint8(data.at(5)), quint8(1));   // QDCOUNT
        QCOMPARE(quint8(data.at(11)), quint8(1));  // ARCOUNT: the OPT record

        const Result<DnsMessage> parsed = DnsMessage::parse(data);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->questionName(), QStringLiteral("example.com"));
        QCOMPARE(parsed->questionType(), DnsRecordType::TXT);
        QVERIFY(parsed->hasEdns());
        QVERIFY(!parsed->isResponse());
    }

    void buildsQueryWithoutRecursionOrEdns()
    {
        DnsMessage::QueryOptions options;
        options.recursionDesired = false;
        options.ednsUdpSize = 0;
        const Result<QByteArray> wire =
            DnsMessage::buildQuery(1, QStringLiteral("example.com"), DnsRecordType::A, options);
        QVERIFY(wire.ok());
        QCOMPARE(quint8(wire->at(2)) & 0x01, 0);
        QCOMPARE(quint8(wire->at(11)), quint8(0));
    }

    // Found by FuzzDnsMessage: a type read off the wire as 0 came back as a query for A.
    void refusesTheReservedTypeZero()
    {
        const Result<QByteArray> wire = DnsMessage::buildQuery(1, QStringLiteral("example.com"), DnsRecordType(0));
        QVERIFY(!wire.ok());
        QCOMPARE(wire.problem().code, QStringLiteral("dns.query.build"));
        const Result<QByteArray> other = DnsMessage::buildQuery(1, QStringLiteral("example.com"), DnsRecordType(65));
        QVERIFY(other.ok());
        QCOMPARE(DnsMessage::parse(other.value())->questionType(), DnsRecordType(65));
    }

    void parsesAddressCnameTxtAndCaaAnswers()
    {
        WireWriter w;
        w.bytes(header(0x1234, Qr | Aa | Rd, 1, 5, 0, 0));
        w.name("www.example.com");
        w.u16(1);
        w.u16(1);
        w.record("WWW.example.com", 5, 300, [&] {
            w.name("Target.Example.NET");
        });
        w.record("target.example.net", 1, 60, [&] {
            w.bytes(QByteArray::fromHex("c0000201"));
        });
        w.record("target.example.net", 28, 60, [&] {
            w.bytes(QByteArray::fromHex("20010db8000000000000000000000001"));
        });
        w.record("target.example.net", 16, 120, [&] {
            w.u8(5);
            w.bytes("hello");
            w.u8(6);
            w.bytes(" world");
        });
        w.record("target.example.net", 257, 3600, [&] {
            w.u8(128);
            w.u8(5);
            w.bytes("issue");
            w.bytes("letsencrypt.org");
        });

        const Result<DnsMessage> parsed = DnsMessage::parse(w.data());
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.problem().technical));
        const DnsMessage &m = parsed.value();
        QCOMPARE(m.id(), quint16(0x1234));
        QVERIFY(m.isResponse());
        QVERIFY(m.isAuthoritative());
        QVERIFY(!m.isTruncated());
        QCOMPARE(m.rcode(), DnsRcode::NoError);
        QCOMPARE(m.answers().size(), 5);

        const DnsRecord cname = m.answers().at(0);
        QCOMPARE(cname.name, QStringLiteral("www.example.com"));
        QCOMPARE(cname.type, DnsRecordType::CNAME);
        QCOMPARE(cname.ttl, 300u);
        QCOMPARE(cname.data, QStringLiteral("target.example.net"));

        QCOMPARE(m.answers(DnsRecordType::A).constFirst().data, QStringLiteral("192.0.2.1"));
        QCOMPARE(m.answers(DnsRecordType::AAAA).constFirst().data, QStringLiteral("2001:db8::1"));

        const DnsRecord txt = m.answers(DnsRecordType::TXT).constFirst();
        QCOMPARE(txt.fields, (QStringList{QStringLiteral("hello"), QStringLiteral(" world")}));
        QCOMPARE(txt.data, QStringLiteral("hello world"));
        QCOMPARE(txt.ttl, 120u);

        const DnsRecord caa = m.answers(DnsRecordType::CAA).constFirst();
        QCOMPARE(caa.fields,
                 (QStringList{QStringLiteral("128"), QStringLiteral("issue"), QStringLiteral("letsencrypt.org")}));
        QCOMPARE(caa.data, QStringLiteral("128 issue \"letsencrypt.org\""));
    }

    void parsesNxdomainWithSoaInAuthority()
    {
        WireWriter w;
        w.bytes(header(7, Qr | Aa | 3, 1, 0, 1, 0));
        w.name("missing.example.com");
        w.u16(16);
        w.u16(1);
        w.record("example.com", 6, 3600, [&] {
            w.name("ns1.example.com");
            w.name("hostmaster.example.com");
            w.u32(2024010101);
            w.u32(7200);
            w.u32(900);
            w.u32(1209600);
            w.u32(300);
        });
        const Result<DnsMessage> parsed = DnsMessage::parse(w.data());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->rcode(), DnsRcode::NxDomain);
        QVERIFY(parsed->answers().isEmpty());
        QCOMPARE(parsed->authority().size(), 1);
        const DnsRecord soa = parsed->authority().constFirst();
        QCOMPARE(soa.type, DnsRecordType::SOA);
        QCOMPARE(soa.name, QStringLiteral("example.com"));
        QCOMPARE(soa.fields.at(0), QStringLiteral("ns1.example.com"));
        QCOMPARE(soa.fields.at(2), QStringLiteral("2024010101"));
        QCOMPARE(soa.fields.at(6), QStringLiteral("300"));
    }

    void parsesReferralWithNameServersAndGlue()
    {
        WireWriter w;
        w.bytes(header(11, Qr, 1, 0, 2, 1));
        w.name("www.child.example.com");
        w.u16(1);
        w.u16(1);
        w.record("child.example.com", 2, 86400, [&] {
            w.name("NS1.child.example.com");
        });
        w.record("child.example.com", 2, 86400, [&] {
            w.name("ns2.elsewhere.net");
        });
        w.record("ns1.child.example.com", 1, 86400, [&] {
            w.bytes(QByteArray::fromHex("c0000235"));
        });
        const Result<DnsMessage> parsed = DnsMessage::parse(w.data());
        QVERIFY(parsed.ok());
        QVERIFY(!parsed->isAuthoritative());
        QCOMPARE(parsed->authority().size(), 2);
        QCOMPARE(parsed->authority().at(0).type, DnsRecordType::NS);
        QCOMPARE(parsed->authority().at(0).data, QStringLiteral("ns1.child.example.com"));
        QCOMPARE(parsed->authority().at(1).data, QStringLiteral("ns2.elsewhere.net"));
        QCOMPARE(parsed->additional().size(), 1);
        QCOMPARE(parsed->additional().constFirst().data, QStringLiteral("192.0.2.53"));
    }

    void reportsTruncationBit()
    {
        WireWriter w;
        w.bytes(header(9, Qr | Tc, 1, 0, 0, 0));
        w.name("big.example.com");
        w.u16(16);
        w.u16(1);
        const Result<DnsMessage> parsed = DnsMessage::parse(w.data());
        QVERIFY(parsed.ok());
        QVERIFY(parsed->isTruncated());
    }

    void rejectsMalformedMessage()
    {
        WireWriter w;
        w.bytes(header(9, Qr, 1, 1, 0, 0));
        w.name("example.com");
        w.u16(1);
        // The class and the whole answer are missing.
        const Result<DnsMessage> parsed = DnsMessage::parse(w.data());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.problem().code, QStringLiteral("dns.malformed"));
        QCOMPARE(DnsMessage::peekId(QByteArray("\x01\x02", 2)), -1);
    }

    // RFC 8945 §5.1. ldns would keep the second TSIG, leak the first and read no further.
    void refusesATsigRecordThatIsNotLast()
    {
        const auto message = [](int first, int second) {
            WireWriter w;
            w.bytes(header(9, Qr, 1, 0, 0, 2));
            w.name("example.com");
            w.u16(16);
            w.u16(1);
            w.record("key.example", first, 0, [] {});
            w.record("key.example", second, 0, [] {});
            return w.data();
        };
        const Result<DnsMessage> signedLast = DnsMessage::parse(message(16, 250));
        QVERIFY(signedLast.ok());
        QCOMPARE(signedLast->additional().size(), 1);

        for (const QByteArray &wire : {message(250, 16), message(250, 250)}) {
            const Result<DnsMessage> parsed = DnsMessage::parse(wire);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.problem().code, QStringLiteral("dns.malformed"));
            QVERIFY(parsed.problem().technical.contains(QLatin1String("TSIG")));
        }
    }

    void namesRcodesAndTypes()
    {
        QCOMPARE(dnsRcodeName(DnsRcode::Refused), QStringLiteral("REFUSED"));
        QCOMPARE(dnsRecordTypeName(DnsRecordType::CAA), QStringLiteral("CAA"));
        QCOMPARE(dnsRecordTypeName(DnsRecordType(65)), QStringLiteral("TYPE65"));
    }
};

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "TestDnsMessage.moc"
