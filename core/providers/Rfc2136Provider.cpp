#include "Rfc2136Provider.h"

#include "core/dns/DnsClient.h"
#include "core/dns/DnsUpdate.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

QString checkName(const QString &value)
{
    const Result<DnsName> name = DnsName::parse(value);
    return name ? QString() : name.problem().title + QLatin1Char(' ') + name.problem().detail;
}

} // namespace

ProviderSchema Rfc2136Provider::schema()
{
    ProviderField server{QStringLiteral("server"),
                         tr("Primary server"),
                         tr("Address and port of the server that accepts updates, e.g. 192.0.2.53:53."),
                         ProviderField::Type::Text,
                         true};
    server.validate = [](const QString &value) {
        const Result<DnsServer> parsed = DnsServer::parse(value);
        return parsed ? QString() : parsed.problem().detail;
    };
    ProviderField keyName{QStringLiteral("keyName"),
                          tr("TSIG key name"),
                          tr("The key's name exactly as the server's configuration spells it."),
                          ProviderField::Type::Text,
                          true};
    keyName.validate = checkName;
    ProviderField algorithm{QStringLiteral("algorithm"),
                            tr("TSIG algorithm"),
                            tr("The HMAC the key was made for."),
                            ProviderField::Type::Choice,
                            true};
    algorithm.choices = {QStringLiteral("hmac-sha256"), QStringLiteral("hmac-sha384"), QStringLiteral("hmac-sha512")};
    algorithm.defaultValue = QStringLiteral("hmac-sha256");
    ProviderField zone{QStringLiteral("zone"),
                       tr("Zone"),
                       tr("The zone to update; leave empty to find it from the record name."),
                       ProviderField::Type::Text,
                       false};
    zone.validate = checkName;
    ProviderField ttl{QStringLiteral("ttl"),
                      tr("TTL"),
                      tr("Time to live of the TXT records, in seconds."),
                      ProviderField::Type::Number,
                      false};
    ttl.defaultValue = QStringLiteral("60");
    ttl.minimum = 1;
    ttl.maximum = 86400;
    ProviderField secret{QStringLiteral("secret"),
                         tr("TSIG secret"),
                         tr("The base64 secret from the key file (the text in quotes after “secret”)."),
                         ProviderField::Type::Secret,
                         true};
    secret.validate = [](const QString &value) {
        const Result<TsigKey> key =
            TsigKey::create(QStringLiteral("key"), TsigKey::Algorithm::HmacSha256, value.toLatin1());
        return key ? QString() : tr("The TSIG secret is not base64 text.");
    };
    return ProviderSchema(kindName(),
                          tr("RFC 2136 (TSIG)"),
                          tr("Dynamic DNS updates signed with a TSIG key: BIND, Knot, PowerDNS, Windows DNS."),
                          {server, keyName, algorithm, zone, ttl, secret});
}

Result<Rfc2136Provider *>
Rfc2136Provider::create(const QJsonObject &settings, const QByteArray &secret, Context context, QObject *parent)
{
    const Result<QJsonObject> valid = schema().validate(settings, secret);
    if (!valid) {
        return valid.problem();
    }
    const Result<DnsServer> server = DnsServer::parse(valid->value(QStringLiteral("server")).toString());
    const Result<TsigKey::Algorithm> algorithm =
        TsigKey::algorithmFromName(valid->value(QStringLiteral("algorithm")).toString());
    if (!server || !algorithm) {
        return server ? algorithm.problem() : server.problem();
    }
    const Result<TsigKey> key = TsigKey::create(valid->value(QStringLiteral("keyName")).toString(), *algorithm, secret);
    if (!key) {
        return key.problem();
    }
    DnsName zone;
    if (const QString zoneText = valid->value(QStringLiteral("zone")).toString(); !zoneText.isEmpty()) {
        zone = DnsName::parse(zoneText).value();
    }
    return new Rfc2136Provider(std::move(context),
                               server.value(),
                               key.value(),
                               zone,
                               quint32(valid->value(QStringLiteral("ttl")).toInt(60)),
                               parent);
}

Rfc2136Provider::Rfc2136Provider(
    Context context, DnsServer server, TsigKey key, DnsName zone, quint32 ttl, QObject *parent)
    : DnsProvider(std::move(context), parent)
    , m_server(std::move(server))
    , m_key(std::move(key))
    , m_zone(std::move(zone))
    , m_ttl(ttl)
{
}

void Rfc2136Provider::zoneFor(const DnsName &fqdn, ZoneFound found)
{
    if (!m_zone.isNull()) {
        if (!fqdn.isWithin(m_zone)) {
            found(Problem::make(Problem::Category::Configuration,
                                QStringLiteral("provider.outside-zone"),
                                tr("The record is outside the provider's zone."),
                                tr("%1 is not in zone %2.").arg(fqdn.display(), m_zone.display()),
                                tr("Use a provider configured for the zone that holds this name.")));
            return;
        }
        found(m_zone);
        return;
    }
    if (const auto known = m_foundZones.constFind(fqdn); known != m_foundZones.constEnd()) {
        found(*known);
        return;
    }
    walkSoa(fqdn, fqdn, std::move(found));
}

void Rfc2136Provider::walkSoa(const DnsName &fqdn, const DnsName &candidate, ZoneFound found)
{
    if (!context().client) {
        found(Problem::make(Problem::Category::Internal, QStringLiteral("provider.no-client"), tr("No DNS client.")));
        return;
    }
    // Asked of the primary itself, without recursion: it is authoritative for the zone, so its
    // answer (or the SOA in a negative answer's authority section, RFC 2308 §3) names the zone.
    DnsClient::Options options = context().client->defaultOptions();
    options.recursionDesired = false;
    options.everyRcode = true;
    context().client->lookup(
        m_server,
        candidate.ace(),
        DnsRecordType::SOA,
        options,
        this,
        [this, fqdn, candidate, found](const Result<DnsAnswer> &answer) {
            if (!answer) {
                found(answer.problem());
                return;
            }
            const DnsRcode rcode = answer->rcode();
            if (rcode == DnsRcode::NoError || rcode == DnsRcode::NxDomain) {
                for (const DnsRecord &record : answer->records(DnsRecordType::SOA)) {
                    if (record.name == candidate.ace()) {
                        m_foundZones.insert(fqdn, candidate);
                        found(candidate);
                        return;
                    }
                }
                for (const DnsRecord &record : answer->message.authority()) {
                    const DnsName owner = DnsName::fromNormalised(record.name);
                    // The root zone's SOA (a server that is authoritative for ".") is never the
                    // zone a challenge record lives in.
                    if (record.type == DnsRecordType::SOA && !owner.isNull() && fqdn.isWithin(owner)) {
                        m_foundZones.insert(fqdn, owner);
                        found(owner);
                        return;
                    }
                }
            }
            const DnsName parent = candidate.parent();
            if (parent.isNull() || rcode == DnsRcode::Refused || rcode == DnsRcode::NotAuth) {
                found(Problem::make(Problem::Category::Configuration,
                                    QStringLiteral("provider.zone-not-found"),
                                    tr("The update server is not authoritative for the name."),
                                    tr("%1 does not serve a zone that holds %2 (it answered %3).")
                                        .arg(m_server.toString(), fqdn.display(), dnsRcodeName(rcode)),
                                    tr("Enter the zone in the provider settings, or use the primary server of the "
                                       "zone that holds this name.")));
                return;
            }
            walkSoa(fqdn, parent, found);
        });
}

void Rfc2136Provider::update(const DnsName &fqdn, const QString &value, bool add, Done done)
{
    zoneFor(fqdn, [this, fqdn, value, add, done](Result<DnsName> zone) {
        if (!zone) {
            done(zone.problem());
            return;
        }
        if (m_updatesInFlight >= MaxUpdatesInFlight) {
            m_waitingUpdates.push_back([this, zone = zone.value(), fqdn, value, add, done] {
                send(zone, fqdn, value, add, done);
            });
            return;
        }
        send(zone.value(), fqdn, value, add, done);
    });
}

void Rfc2136Provider::send(const DnsName &zone, const DnsName &fqdn, const QString &value, bool add, Done done)
{
    ++m_updatesInFlight;
    auto *update = new DnsUpdate(m_server, zone, m_key, this);
    if (add) {
        update->addTxt(fqdn, value, m_ttl);
    } else {
        update->deleteTxt(fqdn, value);
    }
    connect(update, &DnsUpdate::finished, this, [this, done](DnsUpdate *finished) {
        finished->deleteLater();
        --m_updatesInFlight;
        if (!m_waitingUpdates.empty()) {
            const std::function<void()> next = std::move(m_waitingUpdates.front());
            m_waitingUpdates.pop_front();
            next();
        }
        done(finished->result());
    });
    update->start();
}

void Rfc2136Provider::addTxt(const DnsName &fqdn, const QString &value, Done done)
{
    update(fqdn, value, true, std::move(done));
}

void Rfc2136Provider::removeTxt(const DnsName &fqdn, const QString &value, Done done)
{
    update(fqdn, value, false, std::move(done));
}

void Rfc2136Provider::checkConnection(Tested done)
{
    if (m_zone.isNull()) {
        // Without a zone there is nothing the key may be tried on without changing a record:
        // prove the server answers (any response code will do), and say when the key will be.
        DnsClient::Options options = context().client->defaultOptions();
        options.recursionDesired = false;
        options.everyRcode = true;
        context().client->lookup(m_server,
                                 m_key.name().ace(),
                                 DnsRecordType::SOA,
                                 options,
                                 this,
                                 [this, done](const Result<DnsAnswer> &answer) {
                                     if (!answer) {
                                         done(answer.problem());
                                         return;
                                     }
                                     done(tr("%1 answers DNS. No zone is set, so key %2 is proven by the first "
                                             "update of each zone.")
                                              .arg(m_server.toString(), m_key.name().display()));
                                 });
        return;
    }
    // Deleting a record set that does not exist changes nothing, yet the server must check the
    // signature and the key's update permission for the zone first (RFC 2136 §3.3, §3.4.2.3).
    auto *update = new DnsUpdate(m_server, m_zone, m_key, this);
    update->deleteRrset(m_zone.child(QStringLiteral("_certdesk-connection-test")), DnsRecordType::TXT);
    connect(update, &DnsUpdate::finished, this, [this, done](DnsUpdate *finished) {
        finished->deleteLater();
        if (finished->failed()) {
            done(finished->problem());
            return;
        }
        done(tr("%1 accepts updates of zone %2 signed with key %3 (%4).")
                 .arg(m_server.toString(),
                      m_zone.display(),
                      m_key.name().display(),
                      TsigKey::algorithmName(m_key.algorithm())));
    });
    update->start();
}
