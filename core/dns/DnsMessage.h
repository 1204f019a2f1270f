#pragma once

#include "core/Result.h"
#include "core/dns/DnsRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Response codes (RFC 1035 §4.1.1, RFC 2136 §2.2, RFC 6891 §9 for the extended range).
enum class DnsRcode : quint16 {
    NoError = 0,
    FormErr = 1,
    ServFail = 2,
    NxDomain = 3,
    NotImp = 4,
    Refused = 5,
    YxDomain = 6,
    YxRrset = 7,
    NxRrset = 8,
    NotAuth = 9,
    NotZone = 10,
};

QString dnsRcodeName(DnsRcode rcode);

// A DNS message as plain values: build a query for the wire, or read a reply from it. ldns does
// the encoding and decoding; nothing of it is visible here.
class DnsMessage
{
public:
    struct QueryOptions
    {
        bool recursionDesired = true;
        // EDNS0 (RFC 6891) buffer size; 1232 is the DNS flag day 2020 value that avoids IP
        // fragmentation. 0 sends no OPT record.
        quint16 ednsUdpSize = 1232;
    };

    // `name` is in ASCII-compatible form, with or without the trailing dot.
    static Result<QByteArray>
    buildQuery(quint16 id, const QString &name, DnsRecordType type, const QueryOptions &options);

    static Result<QByteArray> buildQuery(quint16 id, const QString &name, DnsRecordType type)
    {
        return buildQuery(id, name, type, QueryOptions());
    }

    static Result<DnsMessage> parse(const QByteArray &wire);

    // The message ID without decoding the rest, or -1 if the buffer is too short.
    static int peekId(const QByteArray &wire);

    quint16 id() const { return m_id; }

    bool isResponse() const { return m_response; }

    bool isTruncated() const { return m_truncated; }

    bool isAuthoritative() const { return m_authoritative; }

    bool recursionAvailable() const { return m_recursionAvailable; }

    DnsRcode rcode() const { return m_rcode; }

    bool hasEdns() const { return m_edns; }

    QString questionName() const { return m_questionName; } // lower case, no trailing dot

    DnsRecordType questionType() const { return m_questionType; }

    const QList<DnsRecord> &answers() const { return m_answers; }

    const QList<DnsRecord> &authority() const { return m_authority; }

    const QList<DnsRecord> &additional() const { return m_additional; }

    // Answers of one type, at any owner (a CNAME chain puts the final records at the target).
    QList<DnsRecord> answers(DnsRecordType type) const;

private:
    quint16 m_id = 0;
    bool m_response = false;
    bool m_truncated = false;
    bool m_authoritative = false;
    bool m_recursionAvailable = false;
    bool m_edns = false;
    DnsRcode m_rcode = DnsRcode::NoError;
    QString m_questionName;
    DnsRecordType m_questionType = DnsRecordType::A;
    QList<DnsRecord> m_answers;
    QList<DnsRecord> m_authority;
    QList<DnsRecord> m_additional;
};
