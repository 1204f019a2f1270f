#include "CloudflareProvider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

CloudflareProvider::CloudflareProvider(Context context, QUrl apiUrl, QString zoneId, int ttl, QObject *parent)
    : DnsProvider(std::move(context), parent)
    , m_http(this, tr("The Cloudflare API"))
    , m_apiUrl(std::move(apiUrl))
    , m_zoneId(std::move(zoneId))
    , m_ttl(ttl)
{
}

ProviderSchema CloudflareProvider::schema()
{
    ProviderField apiUrl{QStringLiteral("apiUrl"),
                         tr("API address"),
                         tr("Leave the default unless you go through a proxy."),
                         ProviderField::Type::Text,
                         true};
    apiUrl.defaultValue = defaultApiUrl();
    apiUrl.validate = [](const QString &value) {
        return ProviderHttp::checkBaseUrl(value);
    };
    ProviderField zoneId{QStringLiteral("zoneId"),
                         tr("Zone id"),
                         tr("The zone's id from the dashboard; leave empty to look the zone up by name "
                            "(the token then needs Zone:Read)."),
                         ProviderField::Type::Text,
                         false};
    zoneId.validate = [](const QString &value) {
        for (const QChar c : value) {
            if (!c.isLetterOrNumber()) {
                return tr("A zone id consists of letters and digits only.");
            }
        }
        return QString();
    };
    ProviderField ttl{QStringLiteral("ttl"),
                      tr("TTL"),
                      tr("Time to live in seconds; 1 means automatic, otherwise at least 60."),
                      ProviderField::Type::Number,
                      false};
    ttl.defaultValue = QStringLiteral("120");
    ttl.minimum = 1;
    ttl.maximum = 86400;
    ProviderField token{QStringLiteral("apiToken"),
                        tr("API token"),
                        tr("A token with Zone:DNS:Edit permission for the zone."),
                        ProviderField::Type::Secret,
                        true};
    token.validate = [](const QString &value) {
        for (const QChar c : value) {
            if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
                return tr("The API token contains characters a token never has (spaces or non-ASCII).");
            }
        }
        return QString();
    };
    return ProviderSchema(kindName(),
                          tr("Cloudflare"),
                          tr("Cloudflare DNS through its API v4 with an API token."),
                          {apiUrl, zoneId, ttl, token});
}

Result<CloudflareProvider *>
CloudflareProvider::create(const QJsonObject &settings, const QByteArray &apiToken, Context context, QObject *parent)
{
    const Result<QJsonObject> valid = schema().validate(settings, apiToken);
    if (!valid) {
        return valid.problem();
    }
    QUrl apiUrl(valid->value(QStringLiteral("apiUrl")).toString());
    apiUrl.setPath(apiUrl.path().endsWith(QLatin1Char('/')) ? apiUrl.path().chopped(1) : apiUrl.path());
    auto *provider = new CloudflareProvider(std::move(context),
                                            apiUrl,
                                            valid->value(QStringLiteral("zoneId")).toString(),
                                            valid->value(QStringLiteral("ttl")).toInt(120),
                                            parent);
    provider->m_token = apiToken.trimmed();
    return provider;
}

QUrl CloudflareProvider::endpoint(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_apiUrl;
    url.setPath(m_apiUrl.path() + path);
    if (!query.isEmpty()) {
        QUrlQuery items;
        for (const auto &[key, value] : query) {
            items.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        url.setQuery(items);
    }
    return url;
}

ProviderHttp::Headers CloudflareProvider::headers() const
{
    return {{"Authorization", "Bearer " + m_token}};
}

bool CloudflareProvider::succeeded(const ProviderHttp::Reply &reply) const
{
    return reply.status >= 200 && reply.status < 300 && reply.json.object().value(QStringLiteral("success")).toBool();
}

Problem CloudflareProvider::problemFor(const ProviderHttp::Reply &reply) const
{
    // {"success": false, "errors": [{"code": 10000, "message": "Authentication error"}], ...}
    QStringList messages;
    for (const QJsonValue &error : reply.json.object().value(QStringLiteral("errors")).toArray()) {
        messages << QStringLiteral("%1 (%2)")
                        .arg(error.toObject().value(QStringLiteral("message")).toString())
                        .arg(error.toObject().value(QStringLiteral("code")).toInt());
    }
    ProviderHttp::Reply adjusted = reply;
    if (adjusted.status >= 200 && adjusted.status < 300) {
        adjusted.status = 502; // "success": false inside a 2xx: still a refusal
    }
    return m_http.problemFor(adjusted, messages.join(QStringLiteral("; ")));
}

void CloudflareProvider::zoneFor(const DnsName &fqdn, ZoneFound found)
{
    if (!m_zoneId.isEmpty()) {
        found(m_zoneId);
        return;
    }
    if (const auto known = m_zoneIds.constFind(fqdn); known != m_zoneIds.constEnd()) {
        found(*known);
        return;
    }
    lookupZone(fqdn, fqdn, std::move(found));
}

void CloudflareProvider::lookupZone(const DnsName &fqdn, const DnsName &candidate, ZoneFound found)
{
    if (candidate.isNull() || candidate.labelCount() < 2) {
        found(Problem::make(Problem::Category::Configuration,
                            QStringLiteral("provider.zone-not-found"),
                            tr("Cloudflare has no zone for the name."),
                            tr("No zone the token can see holds %1.").arg(fqdn.display()),
                            tr("Add the zone to the Cloudflare account, give the token access to it, or enter the "
                               "zone id in the provider settings.")));
        return;
    }
    m_http.send("GET",
                endpoint(QStringLiteral("/zones"), {{QStringLiteral("name"), candidate.ace()}}),
                headers(),
                {},
                [this, fqdn, candidate, found](const ProviderHttp::Reply &reply) {
                    if (!succeeded(reply)) {
                        found(problemFor(reply));
                        return;
                    }
                    for (const QJsonValue &zone : reply.json.object().value(QStringLiteral("result")).toArray()) {
                        if (DnsName::fromNormalised(zone.toObject().value(QStringLiteral("name")).toString())
                            == candidate) {
                            const QString id = zone.toObject().value(QStringLiteral("id")).toString();
                            m_zoneIds.insert(fqdn, id);
                            found(id);
                            return;
                        }
                    }
                    lookupZone(fqdn, candidate.parent(), found);
                });
}

void CloudflareProvider::findRecords(const QString &zoneId,
                                     const DnsName &fqdn,
                                     const QString &value,
                                     RecordsFound found)
{
    m_http.send("GET",
                endpoint(QStringLiteral("/zones/%1/dns_records").arg(zoneId),
                         {{QStringLiteral("type"), QStringLiteral("TXT")},
                          {QStringLiteral("name"), fqdn.ace()},
                          {QStringLiteral("per_page"), QStringLiteral("100")}}),
                headers(),
                {},
                [this, fqdn, value, found](const ProviderHttp::Reply &reply) {
                    if (!succeeded(reply)) {
                        found(problemFor(reply));
                        return;
                    }
                    QStringList ids;
                    const QString quoted = QLatin1Char('"') + value + QLatin1Char('"');
                    for (const QJsonValue &item : reply.json.object().value(QStringLiteral("result")).toArray()) {
                        const QJsonObject record = item.toObject();
                        const QString content = record.value(QStringLiteral("content")).toString();
                        // Cloudflare shows TXT content with or without its quotes, by account age.
                        if (DnsName::fromNormalised(record.value(QStringLiteral("name")).toString()) == fqdn
                            && (content == value || content == quoted)) {
                            ids << record.value(QStringLiteral("id")).toString();
                        }
                    }
                    found(ids);
                });
}

void CloudflareProvider::addTxt(const DnsName &fqdn, const QString &value, Done done)
{
    zoneFor(fqdn, [this, fqdn, value, done](Result<QString> zone) {
        if (!zone) {
            done(zone.problem());
            return;
        }
        findRecords(zone.value(), fqdn, value, [this, fqdn, value, done, zoneId = zone.value()](auto existing) {
            if (!existing) {
                done(existing.problem());
                return;
            }
            if (!existing->isEmpty()) {
                done({}); // idempotent: the value is there
                return;
            }
            const QJsonObject record{{QStringLiteral("type"), QStringLiteral("TXT")},
                                     {QStringLiteral("name"), fqdn.ace()},
                                     {QStringLiteral("content"), value},
                                     {QStringLiteral("ttl"), m_ttl}};
            m_http.send("POST",
                        endpoint(QStringLiteral("/zones/%1/dns_records").arg(zoneId)),
                        headers(),
                        QJsonDocument(record).toJson(QJsonDocument::Compact),
                        [this, done](const ProviderHttp::Reply &reply) {
                            done(succeeded(reply) ? Result<void>() : Result<void>(problemFor(reply)));
                        });
        });
    });
}

void CloudflareProvider::removeTxt(const DnsName &fqdn, const QString &value, Done done)
{
    zoneFor(fqdn, [this, fqdn, value, done](Result<QString> zone) {
        if (!zone) {
            done(zone.problem());
            return;
        }
        findRecords(zone.value(), fqdn, value, [this, done, zoneId = zone.value()](auto existing) {
            if (!existing) {
                done(existing.problem());
                return;
            }
            auto left = std::make_shared<int>(int(existing->size()));
            auto failure = std::make_shared<std::optional<Problem>>();
            if (*left == 0) {
                done({});
                return;
            }
            for (const QString &id : existing.value()) {
                m_http.send("DELETE",
                            endpoint(QStringLiteral("/zones/%1/dns_records/%2").arg(zoneId, id)),
                            headers(),
                            {},
                            [this, done, left, failure](const ProviderHttp::Reply &reply) {
                                if (!succeeded(reply) && !*failure) {
                                    *failure = problemFor(reply);
                                }
                                if (--*left == 0) {
                                    done(*failure ? Result<void>(**failure) : Result<void>());
                                }
                            });
            }
        });
    });
}

void CloudflareProvider::checkConnection(Tested done)
{
    m_http.send("GET", endpoint(QStringLiteral("/user/tokens/verify")), headers(), {}, [this, done](const auto &r) {
        if (!succeeded(r)) {
            done(problemFor(r));
            return;
        }
        const QString status =
            r.json.object().value(QStringLiteral("result")).toObject().value(QStringLiteral("status")).toString();
        if (status != QLatin1String("active")) {
            done(Problem::make(Problem::Category::Permission,
                               QStringLiteral("provider.credential-rejected"),
                               tr("The Cloudflare API token is not active."),
                               tr("Cloudflare reports the token as “%1”.").arg(status),
                               tr("Create a new token with Zone:DNS:Edit permission.")));
            return;
        }
        if (m_zoneId.isEmpty()) {
            done(tr("Cloudflare accepts the API token."));
            return;
        }
        m_http.send("GET", endpoint(QStringLiteral("/zones/%1").arg(m_zoneId)), headers(), {}, [this, done](auto z) {
            if (!succeeded(z)) {
                done(problemFor(z));
                return;
            }
            done(tr("Cloudflare accepts the API token for zone %1.")
                     .arg(z.json.object()
                              .value(QStringLiteral("result"))
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString()));
        });
    });
}
