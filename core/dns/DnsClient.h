#pragma once

#include "core/Result.h"
#include "core/dns/DnsAnswer.h"
#include "core/dns/DnsRecord.h"
#include "core/dns/DnsServer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

class DnsName;
class DnsQuery;

Q_DECLARE_LOGGING_CATEGORY(lcDns)

// Asynchronous DNS lookups against named servers, on Qt sockets in the calling thread.
//
// Thousands of lookups can be in flight at once: they share a few UDP sockets, each query gets
// an unpredictable ID (RFC 5452 §9.2), and a reply is accepted only from the server asked, with
// the same ID and question; anything else is dropped. A truncated reply is repeated over TCP
// (RFC 7766 §5), a FORMERR from a server without EDNS is repeated without it (RFC 6891 §7).
// Each attempt has a timeout; lost datagrams are retried.
//
// The callback API below is the cheap path for bulk checks; DnsQuery wraps one lookup as a job
// object with a `finished` signal.
class DnsClient final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds timeout{1500}; // per attempt
        int attempts = 3;                        // UDP sends before giving up
        bool recursionDesired = true;            // false for questions to authoritative servers
        quint16 ednsUdpSize = 1232;              // RFC 6891; 0 for no EDNS
        // Deliver the answer whatever its response code (NXDOMAIN, SERVFAIL, ...) instead of a
        // Problem, for callers that read the rest of a negative answer: record checks take the
        // negative-caching TTL from NXDOMAIN's authority SOA (RFC 2308 §5). Timeouts and
        // network errors are still Problems.
        bool everyRcode = false;
    };

    using Handle = quint64;
    using Callback = std::function<void(const Result<DnsAnswer> &)>;

    explicit DnsClient(QObject *parent = nullptr);
    ~DnsClient() override;
    Q_DISABLE_COPY_MOVE(DnsClient)

    Options defaultOptions() const { return m_defaultOptions; }

    void setDefaultOptions(const Options &options) { m_defaultOptions = options; }

    // Lookups beyond these limits wait in a queue (per server, served round robin), so a burst
    // of checks cannot overrun a server's socket buffer, where each dropped datagram would cost
    // a whole timeout.
    int maxInFlight() const { return m_maxInFlight; }

    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }

    int maxInFlightPerServer() const { return m_maxPerServer; }

    void setMaxInFlightPerServer(int count) { m_maxPerServer = qMax(1, count); }

    // Starts a lookup of `name` (ASCII-compatible form). `callback` runs exactly once, always
    // later from the event loop, never inside lookup(); it does not run if `context` is
    // destroyed or the lookup is cancelled first. Do not delete the client from a callback.
    //
    // Result: the answer for NOERROR (possibly with no records: "no data"), otherwise a Problem
    // whose code names what happened: dns.nxdomain, dns.servfail, dns.refused, dns.rcode,
    // dns.timeout, dns.network, dns.malformed, dns.no-server, dns.query.bad-name.
    Handle
    lookup(const DnsServer &server, const QString &name, DnsRecordType type, QObject *context, Callback callback);
    Handle lookup(const DnsServer &server,
                  const QString &name,
                  DnsRecordType type,
                  const Options &options,
                  QObject *context,
                  Callback callback);

    void cancel(Handle handle);

    // The address replies come back to; the default lets the OS choose. Set before the first
    // lookup (multi-homed hosts, or a test that needs a second loopback address).
    QHostAddress localAddress() const { return m_localAddress; }

    void setLocalAddress(const QHostAddress &address) { m_localAddress = address; }

    int pendingCount() const { return int(m_transactions.size()); }

    // A job object for one lookup, not yet started; the caller owns it.
    DnsQuery *query(const DnsServer &server, const DnsName &name, DnsRecordType type, QObject *parent = nullptr);

private:
    struct Transaction;
    struct UdpChannel;

    struct ServerQueue
    {
        int inFlight = 0;
        std::deque<Handle> waiting;
    };

    void send(Transaction *transaction);
    void sendUdp(Transaction *transaction);
    void startTcp(Transaction *transaction);
    void readUdp(UdpChannel *channel);
    void readTcp(Transaction *transaction);
    bool accept(Transaction *transaction, const QByteArray &wire, bool overTcp);
    void setDeadline(Transaction *transaction, qint64 deadline);
    void checkDeadlines();
    void finish(Transaction *transaction, const Result<DnsAnswer> &result);
    void finishLater(Handle handle, const Problem &problem);
    void release(Transaction *transaction);
    void startQueued();
    UdpChannel *channelFor(const QHostAddress &server);

    Options m_defaultOptions;
    QHostAddress m_localAddress;
    int m_maxInFlight = 1000;
    int m_maxPerServer = 100;
    Handle m_nextHandle = 1;
    std::unordered_map<Handle, std::unique_ptr<Transaction>> m_transactions;
    std::map<QString, ServerQueue> m_servers;        // by DnsServer::toString()
    std::set<QString> m_backlogged;                  // servers with waiting lookups
    std::set<std::pair<qint64, Handle>> m_deadlines; // in-flight lookups by deadline (m_clock ms)
    int m_inFlight = 0;
    std::vector<std::unique_ptr<UdpChannel>> m_channels;
    std::size_t m_nextChannel = 0;
    QTimer m_deadlineTimer;
    QElapsedTimer m_clock;
};
