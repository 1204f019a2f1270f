#pragma once

#include "core/providers/DnsProvider.h"
#include "core/providers/ProviderHttp.h"
#include "core/providers/ProviderSchema.h"

#include <QUrl>

// The PowerDNS Authoritative HTTP API (/api/v1): the TXT record set is read and written back
// whole (PATCH with changetype REPLACE, the only way to change one value in PowerDNS 4.x), so
// the base class's per-name serialisation is what keeps two values at one name.
class PowerDnsProvider final : public DnsProvider
{
    Q_OBJECT

public:
    static QString kindName() { return QStringLiteral("powerdns"); }

    static ProviderSchema schema();
    static Result<PowerDnsProvider *>
    create(const QJsonObject &settings, const QByteArray &apiKey, Context context, QObject *parent = nullptr);

    QString kind() const override { return kindName(); }

protected:
    void addTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void removeTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void checkConnection(Tested done) override;

private:
    PowerDnsProvider(Context context, QUrl apiUrl, QString serverId, DnsName zone, int ttl, QObject *parent);

    struct Zone
    {
        QString id; // as the API names it in URLs, e.g. "example.com."
        DnsName name;
    };

    using ZoneFound = std::function<void(Result<Zone>)>;
    void zoneFor(const DnsName &fqdn, ZoneFound found);
    void change(const DnsName &fqdn, const QString &value, bool add, Done done);
    QUrl endpoint(const QString &path) const;
    ProviderHttp::Headers headers() const;
    QString apiError(const ProviderHttp::Reply &reply) const;

    ProviderHttp m_http;
    QUrl m_apiUrl;
    QString m_serverId;
    DnsName m_zone;
    int m_ttl = 60;
    QByteArray m_apiKey;
    QList<Zone> m_zones; // the server's zones, fetched once
};
