#pragma once

#include "core/Result.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsRecord.h"
#include "core/dns/DnsServer.h"
#include "core/dns/TsigKey.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

class QTcpSocket;

// One RFC 2136 dynamic update of one zone, signed with TSIG (RFC 8945), sent over TCP to an
// explicit server, and accepted only if the server's reply carries a valid TSIG for our request.
//
// Changes are collected with the add/delete calls, then start() sends them as one message,
// which the server applies atomically (RFC 2136 §3.4.2). start() never emits synchronously;
// `finished` fires exactly once, after which result() is valid. The creator owns the job.
class DnsUpdate final : public QObject
{
    Q_OBJECT

public:
    DnsUpdate(DnsServer server, DnsName zone, TsigKey key, QObject *parent = nullptr);
    ~DnsUpdate() override;
    Q_DISABLE_COPY_MOVE(DnsUpdate)

    // RFC 2136 §2.5.1 adds one record to its RRset: other TXT values at the name stay, so a name
    // and its wildcard can hold their two challenge values at once.
    void addTxt(const DnsName &name, const QString &value, quint32 ttl);
    // RFC 2136 §2.5.4 deletes exactly one value; the others at the name stay.
    void deleteTxt(const DnsName &name, const QString &value);
    void addCname(const DnsName &name, const DnsName &target, quint32 ttl);
    void deleteCname(const DnsName &name, const DnsName &target);
    void addAddress(const DnsName &name, const QHostAddress &address, quint32 ttl);
    // RFC 2136 §2.5.2 deletes every record of `type` at `name`.
    void deleteRrset(const DnsName &name, DnsRecordType type);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The address to send from; the default lets the OS choose (see DnsClient::setLocalAddress).
    void setLocalAddress(const QHostAddress &address) { m_localAddress = address; }

    DnsServer server() const { return m_server; }

    DnsName zone() const { return m_zone; }

    QString keyName() const { return m_key.name().ace(); }

    void start();

    bool isFinished() const { return m_result.has_value(); }

    // Valid after `finished`. Problem codes: dns.update.outside-zone, dns.update.empty,
    // dns.update.sign, dns.update.notauth (the key was not accepted), dns.update.refused (the key
    // may not change this zone), dns.update.notzone, dns.update.rcode, dns.update.unverified,
    // dns.timeout, dns.network, dns.malformed.
    const Result<void> &result() const { return *m_result; }

    bool failed() const { return !m_result->ok(); }

    const Problem &problem() const { return m_result->problem(); }

Q_SIGNALS:
    void finished(DnsUpdate *update);

private:
    struct Operation
    {
        enum class Kind {
            Add,
            DeleteValue,
            DeleteRrset,
        };
        Kind kind = Kind::Add;
        DnsName name;
        DnsRecordType type = DnsRecordType::TXT;
        quint32 ttl = 0;
        QByteArray txt;       // TXT value
        DnsName target;       // CNAME target
        QHostAddress address; // A or AAAA
    };

    Result<QByteArray> buildSignedMessage();
    void readReply();
    void handleReply(const QByteArray &wire);
    void complete(const Result<void> &result);
    void completeLater(const Problem &problem);

    DnsServer m_server;
    DnsName m_zone;
    TsigKey m_key;
    QList<Operation> m_operations;
    std::chrono::milliseconds m_timeout{5000};
    QHostAddress m_localAddress;
    bool m_started = false;
    quint16 m_id = 0;
    QByteArray m_requestMac; // the request's TSIG MAC rdata, which the reply's MAC covers
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    QTimer m_timer;
    std::optional<Result<void>> m_result;
};
