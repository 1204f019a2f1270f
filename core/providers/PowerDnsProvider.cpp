#include "PowerDnsProvider.h"

#include <QJsonArray>
#include <QJsonObject>

PowerDnsProvider::PowerDnsProvider(
    Context context, QUrl apiUrl, QString serverId, DnsName zone, int ttl, QObject *parent)
    : DnsProvider(std::move(context), parent)
    , m_http(this, tr("The PowerDNS API"))
    , m_apiUrl(std::move(apiUrl))
    , m_serverId(std::move(serverId))
    , m_zone(std::move(zone))
    , m_ttl(ttl)
{
}

ProviderSchema PowerDnsProvider::schema()
{
    ProviderField apiUrl{QStringLiteral("apiUrl"),
                         tr("API address"),
                         tr("The PowerDNS web server, e.g. https://pdns.example.com:8081 (without /api/v1)."),
                         ProviderField::Type::Text,
                         true};
    apiUrl.validate = [](const QString &value) {
        return ProviderHttp::checkBaseUrl(value);
    };
    ProviderField serverId{QStringLiteral("serverId"),
                           tr("Server id"),
                           tr("The server id in API paths; PowerDNS Authoritative always uses “localhost”."),
                           ProviderField::Type::Text,
                           true};
    serverId.defaultValue = QStringLiteral("localhost");
    serverId.validate = [](const QString &value) {
        for (const QChar c : value) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.')) {
                return tr("The server id may contain letters, digits, “-”, “_” and “.” only.");
            }
        }
        return QString();
    };
    ProviderField zone{QStringLiteral("zone"),
                       tr("Zone"),
                       tr("The zone to change; leave empty to pick the server's zone that holds the name."),
                       ProviderField::Type::Text,
                       false};
    zone.validate = [](const QString &value) {
        const Result<DnsName> name = DnsName::parse(value);
        return name ? QString() : name.problem().detail;
    };
    ProviderField ttl{QStringLiteral("ttl"),
                      tr("TTL"),
                      tr("Time to live of the TXT records, in seconds."),
                      ProviderField::Type::Number,
                      false};
    ttl.defaultValue = QStringLiteral("60");
    ttl.minimum = 1;
    ttl.maximum = 86400;
    ProviderField caBundle{QStringLiteral("caBundle"),
                           tr("CA bundle"),
                           tr("A PEM file with the CA that signed the API's certificate, if it is a private CA."),
                           ProviderField::Type::Text,
                           false};
    ProviderField apiKey{QStringLiteral("apiKey"),
                         tr("API key"),
                         tr("The api-key from the PowerDNS configuration (sent as X-API-Key)."),
                         ProviderField::Type::Secret,
                         true};
    return ProviderSchema(kindName(),
                          tr("PowerDNS API"),
                          tr("The HTTP API of PowerDNS Authoritative."),
                          {apiUrl, serverId, zone, ttl, caBundle, apiKey});
}

Result<PowerDnsProvider *>
PowerDnsProvider::create(const QJsonObject &settings, const QByteArray &apiKey, Context context, QObject *parent)
{
    const Result<QJsonObject> valid = schema().validate(settings, apiKey);
    if (!valid) {
        return valid.problem();
    }
    QUrl apiUrl(valid->value(QStringLiteral("apiUrl")).toString());
    apiUrl.setPath(apiUrl.path().endsWith(QLatin1Char('/')) ? apiUrl.path().chopped(1) : apiUrl.path());
    DnsName zone;
    if (const QString zoneText = valid->value(QStringLiteral("zone")).toString(); !zoneText.isEmpty()) {
        zone = DnsName::parse(zoneText).value();
    }
    auto *provider = new PowerDnsProvider(std::move(context),
                                          apiUrl,
                                          valid->value(QStringLiteral("serverId")).toString(),
                                          zone,
                                          valid->value(QStringLiteral("ttl")).toInt(60),
                                          parent);
    provider->m_apiKey = apiKey.trimmed();
    if (const QString bundle = valid->value(QStringLiteral("caBundle")).toString(); !bundle.isEmpty()) {
        if (Result<void> trusted = provider->m_http.trustCaBundle(bundle); !trusted) {
            delete provider;
            return trusted.problem();
        }
    }
    return provider;
}

QUrl PowerDnsProvider::endpoint(const QString &path) const
{
    QUrl url = m_apiUrl;
    url.setPath(m_apiUrl.path() + QStringLiteral("/api/v1/servers/")
                    + QString::fromLatin1(QUrl::toPercentEncoding(m_serverId)) + path,
                QUrl::StrictMode);
    return url;
}

ProviderHttp::Headers PowerDnsProvider::headers() const
{
    return {{"X-API-Key", m_apiKey}};
}

QString PowerDnsProvider::apiError(const ProviderHttp::Reply &reply) const
{
    // PowerDNS errors are {"error": "..."}; 401 comes as plain text.
    const QString error = reply.json.object().value(QStringLiteral("error")).toString();
    return error.isEmpty() ? QString::fromUtf8(reply.body.left(200)).trimmed() : error;
}

void PowerDnsProvider::zoneFor(const DnsName &fqdn, ZoneFound found)
{
    const auto pick = [this, fqdn]() -> Result<Zone> {
        const Zone *best = nullptr;
        for (const Zone &zone : std::as_const(m_zones)) {
            const bool wanted = m_zone.isNull() ? fqdn.isWithin(zone.name) : zone.name == m_zone;
            if (wanted && (!best || zone.name.labelCount() > best->name.labelCount())) {
                best = &zone;
            }
        }
        if (best && fqdn.isWithin(best->name)) {
            return *best;
        }
        return Problem::make(
            Problem::Category::Configuration,
            QStringLiteral("provider.zone-not-found"),
            tr("PowerDNS has no zone for the name."),
            m_zone.isNull()
                ? tr("None of the server's zones holds %1.").arg(fqdn.display())
                : tr("%1 is not in zone %2, or the server has no zone %2.").arg(fqdn.display(), m_zone.display()),
            tr("Create the zone in PowerDNS, or correct the zone in the provider settings."));
    };
    if (!m_zones.isEmpty()) {
        found(pick());
        return;
    }
    m_http.send("GET", endpoint(QStringLiteral("/zones")), headers(), {}, [this, pick, found](const auto &reply) {
        if (reply.status != 200 || !reply.json.isArray()) {
            found(m_http.problemFor(reply, apiError(reply)));
            return;
        }
        m_zones.clear();
        for (const QJsonValue &item : reply.json.array()) {
            const QJsonObject zone = item.toObject();
            const Result<DnsName> name = DnsName::parse(zone.value(QStringLiteral("name")).toString());
            if (name) {
                m_zones << Zone{zone.value(QStringLiteral("id")).toString(), name.value()};
            }
        }
        found(pick());
    });
}

void PowerDnsProvider::change(const DnsName &fqdn, const QString &value, bool add, Done done)
{
    zoneFor(fqdn, [this, fqdn, value, add, done](Result<Zone> zone) {
        if (!zone) {
            done(zone.problem());
            return;
        }
        const QString zonePath = QStringLiteral("/zones/") + QString::fromLatin1(QUrl::toPercentEncoding(zone->id));
        m_http.send("GET", endpoint(zonePath), headers(), {}, [this, fqdn, value, add, done, zonePath](const auto &r) {
            if (r.status != 200 || !r.json.isObject()) {
                done(m_http.problemFor(r, apiError(r)));
                return;
            }
            // Keep every other value at the name: REPLACE writes the whole set.
            QStringList contents;
            for (const QJsonValue &set : r.json.object().value(QStringLiteral("rrsets")).toArray()) {
                const QJsonObject rrset = set.toObject();
                if (rrset.value(QStringLiteral("type")).toString() != QLatin1String("TXT")
                    || DnsName::fromNormalised(rrset.value(QStringLiteral("name")).toString()) != fqdn) {
                    continue;
                }
                for (const QJsonValue &record : rrset.value(QStringLiteral("records")).toArray()) {
                    contents << record.toObject().value(QStringLiteral("content")).toString();
                }
            }
            const QString quoted = QLatin1Char('"') + value + QLatin1Char('"');
            if (add == contents.contains(quoted)) {
                done({}); // already as wanted
                return;
            }
            if (add) {
                contents << quoted;
            } else {
                contents.removeAll(quoted);
            }
            QJsonArray records;
            for (const QString &content : std::as_const(contents)) {
                records.append(QJsonObject{{QStringLiteral("content"), content}, {QStringLiteral("disabled"), false}});
            }
            QJsonObject rrset{{QStringLiteral("name"), fqdn.fqdn()},
                              {QStringLiteral("type"), QStringLiteral("TXT")},
                              {QStringLiteral("changetype"),
                               contents.isEmpty() ? QStringLiteral("DELETE") : QStringLiteral("REPLACE")}};
            if (!contents.isEmpty()) {
                rrset.insert(QStringLiteral("ttl"), m_ttl);
                rrset.insert(QStringLiteral("records"), records);
            }
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("rrsets"), QJsonArray{rrset}}})
                                        .toJson(QJsonDocument::Compact);
            m_http.send("PATCH", endpoint(zonePath), headers(), body, [this, done](const auto &patched) {
                if (patched.status != 204 && patched.status != 200) {
                    done(m_http.problemFor(patched, apiError(patched)));
                    return;
                }
                done({});
            });
        });
    });
}

void PowerDnsProvider::addTxt(const DnsName &fqdn, const QString &value, Done done)
{
    change(fqdn, value, true, std::move(done));
}

void PowerDnsProvider::removeTxt(const DnsName &fqdn, const QString &value, Done done)
{
    change(fqdn, value, false, std::move(done));
}

void PowerDnsProvider::checkConnection(Tested done)
{
    m_http.send("GET", endpoint({}), headers(), {}, [this, done](const auto &reply) {
        if (reply.status != 200) {
            done(m_http.problemFor(reply, apiError(reply)));
            return;
        }
        const QString version = reply.json.object().value(QStringLiteral("version")).toString();
        if (m_zone.isNull()) {
            done(tr("PowerDNS %1 at %2 accepts the API key.").arg(version, m_apiUrl.toString()));
            return;
        }
        zoneFor(m_zone, [this, done, version](Result<Zone> zone) {
            if (!zone) {
                done(zone.problem());
                return;
            }
            done(tr("PowerDNS %1 at %2 accepts the API key and serves zone %3.")
                     .arg(version, m_apiUrl.toString(), zone->name.display()));
        });
    });
}
