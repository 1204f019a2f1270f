#pragma once

#include "core/dns/DnsUpdate.h"
#include "core/hub/ChallengePublisher.h"

#include <QQueue>
#include <QStringList>

#include <functional>

// The benchmark's DNS side: each present/cleanup is one TSIG-signed RFC 2136 update to the lab's
// BIND, sent in-process with core/dns/DnsUpdate (forking `nsupdate` a thousand times a second, as
// tests/support/NsupdatePublisher does, would measure fork()). Not a DNS provider: it writes
// whatever zone of `zones` holds the name and ignores the managed challenge's provider.
// Like any RFC 2136 client that opens a TCP connection per update, it keeps a bounded number in
// flight: BIND's default TCP listen queue is 10, and a dropped SYN costs a 1 s retransmission.
class DnsUpdatePublisher final : public ChallengePublisher
{
public:
    DnsUpdatePublisher(DnsServer server, TsigKey key, QStringList zones)
        : m_server(std::move(server))
        , m_key(std::move(key))
        , m_zones(std::move(zones))
    {
    }

    void present(const ManagedChallenge &, const QString &fqdn, const QString &value, Done done) override
    {
        send(fqdn, value, true, std::move(done));
    }

    void cleanup(const ManagedChallenge &, const QString &fqdn, const QString &value, Done done) override
    {
        send(fqdn, value, false, std::move(done));
    }

    static constexpr int MaxInFlight = 8;

    int updates = 0;
    int failures = 0;

private:
    void send(const QString &fqdn, const QString &value, bool add, Done done)
    {
        if (m_inFlight >= MaxInFlight) {
            m_waiting.enqueue([this, fqdn, value, add, done = std::move(done)]() mutable {
                send(fqdn, value, add, std::move(done));
            });
            return;
        }
        ++m_inFlight;
        QString zone;
        for (const QString &candidate : std::as_const(m_zones)) {
            if (fqdn.endsWith(QLatin1Char('.') + candidate)) {
                zone = candidate;
            }
        }
        auto *update = new DnsUpdate(m_server, DnsName::fromNormalised(zone), m_key);
        if (add) {
            update->addTxt(DnsName::fromNormalised(fqdn), value, 60);
        } else {
            update->deleteTxt(DnsName::fromNormalised(fqdn), value);
        }
        ++updates;
        QObject::connect(update, &DnsUpdate::finished, update, [this, done = std::move(done)](DnsUpdate *finished) {
            if (finished->failed()) {
                ++failures;
            }
            done(finished->result());
            finished->deleteLater();
            --m_inFlight;
            if (!m_waiting.isEmpty()) {
                m_waiting.dequeue()();
            }
        });
        update->start();
    }

    DnsServer m_server;
    TsigKey m_key;
    QStringList m_zones;
    int m_inFlight = 0;
    QQueue<std::function<void()>> m_waiting;
};
