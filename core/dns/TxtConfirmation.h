#pragma once

#include "core/Result.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class ZoneAuthorityCache;
class ZoneDiscovery;

// Waits until a TXT value is served by every authoritative server of its zone, asked directly
// without recursion. A DNS provider's API saying "done" only means the change was accepted;
// a CA that validates before the zone's servers serve it fails the challenge, and a failed
// authorization cannot be retried (RFC 8555 §7.1.6).
//
// The servers come from ZoneDiscovery through `resolver` (with the authoritative port), or
// are given. Each round asks every server that has not shown the value yet; rounds back off
// (250 ms doubling to 4 s) until the deadline. start() never emits synchronously; `finished`
// fires exactly once. The creator owns the job.
class TxtConfirmation final : public QObject
{
    Q_OBJECT

public:
    TxtConfirmation(DnsClient *client, DnsName name, QString value, QObject *parent = nullptr);
    ~TxtConfirmation() override;
    Q_DISABLE_COPY_MOVE(TxtConfirmation)

    // Before start(): where to discover the authoritative servers.
    void setResolver(const DnsServer &resolver, quint16 authoritativePort);

    // Before start(): remember zones' servers between confirmations (see ZoneDiscovery). Not
    // owned; must outlive the job.
    void setAuthorityCache(ZoneAuthorityCache *cache) { m_cache = cache; }

    // Before start(): skip discovery and ask exactly these servers.
    void setServers(const QList<DnsServer> &servers) { m_servers = servers; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start();

    bool isFinished() const { return m_result.has_value(); }

    // Valid after `finished`. Problem codes: dns.confirm.not-visible (deadline passed; the
    // detail says what each server last answered), dns.confirm.no-resolver, or a discovery
    // problem (dns.zone.*, dns.timeout, ...).
    const Result<void> &result() const { return *m_result; }

    bool failed() const { return !m_result->ok(); }

    const Problem &problem() const { return m_result->problem(); }

    // The servers that were asked, and how many rounds it took.
    QList<DnsServer> servers() const { return m_servers; }

    int rounds() const { return m_rounds; }

Q_SIGNALS:
    void finished(TxtConfirmation *confirmation);

private:
    void discovered();
    void round();
    void answered(const DnsServer &server, const Result<DnsAnswer> &answer);
    void complete(const Result<void> &result);

    QPointer<DnsClient> m_client;
    DnsName m_name;
    QString m_value;
    std::optional<DnsServer> m_resolver;
    quint16 m_authoritativePort = 53;
    QList<DnsServer> m_servers;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(180)};
    std::chrono::milliseconds m_delay{250};
    ZoneDiscovery *m_discovery = nullptr;
    ZoneAuthorityCache *m_cache = nullptr;
    QHash<QString, QString> m_lastAnswer; // server → what it said last time (for the Problem)
    QList<DnsServer> m_waitingFor;
    QList<DnsClient::Handle> m_pending;
    int m_outstanding = 0;
    int m_rounds = 0;
    bool m_started = false;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    std::optional<Result<void>> m_result;
};
