#pragma once

#include "core/dns/DnsServer.h"
#include "core/dns/TsigKey.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/ProviderSchema.h"

#include <QHash>

#include <deque>
#include <functional>

// RFC 2136 dynamic updates signed with TSIG (RFC 8945): BIND, Knot, PowerDNS, Windows DNS and
// many hosted services. The updates go to one named primary server; the zone is configured or
// found there by walking SOA queries up from the record name.
//
// Each update opens its own TCP connection, and at most MaxUpdatesInFlight are open at once
// (the rest wait their turn): BIND's listen queue holds 10 connections by default, and a
// connection it drops costs the client a one-second SYN retransmission.
class Rfc2136Provider final : public DnsProvider
{
    Q_OBJECT

public:
    static QString kindName() { return QStringLiteral("rfc2136"); }

    static ProviderSchema schema();
    // `settings` validated by schema(); `secret` the base64 TSIG secret.
    static Result<Rfc2136Provider *>
    create(const QJsonObject &settings, const QByteArray &secret, Context context, QObject *parent = nullptr);

    static constexpr int MaxUpdatesInFlight = 8;

    QString kind() const override { return kindName(); }

    DnsServer server() const { return m_server; }

protected:
    void addTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void removeTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void checkConnection(Tested done) override;

private:
    Rfc2136Provider(Context context, DnsServer server, TsigKey key, DnsName zone, quint32 ttl, QObject *parent);

    using ZoneFound = std::function<void(Result<DnsName>)>;
    void zoneFor(const DnsName &fqdn, ZoneFound found);
    void walkSoa(const DnsName &fqdn, const DnsName &candidate, ZoneFound found);
    void update(const DnsName &fqdn, const QString &value, bool add, Done done);
    void send(const DnsName &zone, const DnsName &fqdn, const QString &value, bool add, Done done);

    DnsServer m_server;
    TsigKey m_key;
    DnsName m_zone; // configured, or null: discovered per name
    quint32 m_ttl = 60;
    QHash<DnsName, DnsName> m_foundZones;
    int m_updatesInFlight = 0;
    std::deque<std::function<void()>> m_waitingUpdates;
};
