#pragma once

#include "core/Result.h"
#include "core/dns/DnsClient.h"
#include "core/dns/RecordObservation.h"
#include "core/dns/RecordStatus.h"
#include "core/dns/RequiredRecord.h"
#include "core/dns/ZoneAuthority.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

class ZoneDiscovery;

// The live check of required records (DESIGN.md idea 4): each record is asked of every
// authoritative server of its zone directly (no recursion, the configured authoritative port)
// and of each configured recursive resolver, and judged by RecordVerdict. Nothing is judged
// from a cached guess; what each server said is kept as evidence.
//
// Zones are discovered once and shared: a name inside a zone already known is asked of that
// zone's servers, and a referral from them (a deeper zone cut) triggers its own discovery.
// CAA record sets are looked up once per name and parent. Everything runs concurrently on one
// DnsClient, so thousands of records are checked in about a second.
//
// start() never emits synchronously; `finished` fires exactly once. The creator owns the job.
class RecordCheck final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<DnsServer> resolvers;     // at least one; the first also finds the zones
        quint16 authoritativePort = 53; // labs run their authoritative servers elsewhere
        QStringList caIdentities;       // CAA identities of the CA; empty: CAA is not judged
        std::chrono::milliseconds timeout{1500};
        int attempts = 2;
    };

    RecordCheck(DnsClient *client, QList<RequiredRecord> records, Options options, QObject *parent = nullptr);
    ~RecordCheck() override;
    Q_DISABLE_COPY_MOVE(RecordCheck)

    void start();

    bool isFinished() const { return m_result.has_value(); }

    // Valid after `finished`: one status per record, in the order given, or a Problem when the
    // check could not run at all (dns.check.no-resolver).
    const Result<QList<RecordStatus>> &result() const { return *m_result; }

    // The zones found, by apex, for RequiredRecords' apex test.
    QList<ZoneAuthority> zones() const { return m_zones; }

Q_SIGNALS:
    void finished(RecordCheck *check);

private:
    struct Item
    {
        RequiredRecord record;
        RecordObservation observation;
        int outstanding = 0;
        bool rediscovered = false;
        bool done = false;
        bool askedAny = false;
    };

    struct CaaLookup
    {
        bool done = false;
        RecordObservation::Caa found;
        QList<std::function<void(const RecordObservation::Caa &)>> waiting;
    };

    using ZoneReady = std::function<void(Result<ZoneAuthority>)>;

    void zoneFor(const DnsName &name, bool force, ZoneReady ready);
    void startDiscoveries();
    const ZoneAuthority *knownZoneFor(const DnsName &name) const;
    void checkItem(int index);
    void ask(int index, const ZoneAuthority &zone);
    void askAny(int index);
    void lookup(int index,
                const DnsServer &server,
                const DnsName &name,
                DnsRecordType type,
                bool recursive,
                QList<RecordObservation::Reply> RecordObservation::*into);
    void caaFor(const DnsName &name, std::function<void(const RecordObservation::Caa &)> done);
    void caaStep(const QString &key, const DnsName &candidate);
    void replied(int index);
    bool isReferral(const RecordObservation::Reply &reply, const ZoneAuthority &zone) const;
    void itemDone(int index);

    QPointer<DnsClient> m_client;
    QList<Item> m_items;
    Options m_options;
    QList<ZoneAuthority> m_zones;
    std::deque<std::pair<DnsName, ZoneReady>> m_zoneWaiting;
    int m_discoveries = 0;
    QHash<QString, CaaLookup> m_caa; // by name (ACE)
    QList<DnsClient::Handle> m_handles;
    int m_remaining = 0;
    bool m_started = false;
    std::optional<Result<QList<RecordStatus>>> m_result;
};
