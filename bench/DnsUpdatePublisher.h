#pragma once

#include "core/dns/DnsUpdate.h"
#include "core/hub/ChallengePublisher.h"

#include <QStringList>

// The benchmark's DNS side: each present/cleanup is one TSIG-signed RFC 2136 update to the lab's
// BIND, sent in-process with core/dns/DnsUpdate (forking `nsupdate` a thousand times a second, as
// tests/support/NsupdatePublisher does, would measure fork()). Not a DNS provider: it writes
// whatever zone of `zones` holds the name and ignores the managed challenge's provider.
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

    int updates = 0;
    int failures = 0;

private:
    void send(const QString &fqdn, const QString &value, bool add, Done done)
    {
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
        });
        update->start();
    }

    DnsServer m_server;
    TsigKey m_key;
    QStringList m_zones;
};
