#pragma once

#include "core/providers/DnsProvider.h"
#include "core/providers/ProviderHttp.h"
#include "core/providers/ProviderSchema.h"

#include <QHash>
#include <QUrl>

// Cloudflare's API v4 with an API token (Authorization: Bearer). Uses only the published
// endpoints a DNS-01 client needs: GET /user/tokens/verify, GET /zones?name=, and
// GET/POST/DELETE /zones/{id}/dns_records. Each TXT value is its own record there, so two
// values at one name are simply two records.
class CloudflareProvider final : public DnsProvider
{
    Q_OBJECT

public:
    static QString kindName() { return QStringLiteral("cloudflare"); }

    static QString defaultApiUrl() { return QStringLiteral("https://api.cloudflare.com/client/v4"); }

    static ProviderSchema schema();
    static Result<CloudflareProvider *>
    create(const QJsonObject &settings, const QByteArray &apiToken, Context context, QObject *parent = nullptr);

    QString kind() const override { return kindName(); }

protected:
    void addTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void removeTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void checkConnection(Tested done) override;

private:
    CloudflareProvider(Context context, QUrl apiUrl, QString zoneId, int ttl, QObject *parent);

    using ZoneFound = std::function<void(Result<QString>)>;
    using RecordsFound = std::function<void(Result<QStringList>)>; // record ids holding the value
    void zoneFor(const DnsName &fqdn, ZoneFound found);
    void lookupZone(const DnsName &fqdn, const DnsName &candidate, ZoneFound found);
    void findRecords(const QString &zoneId, const DnsName &fqdn, const QString &value, RecordsFound found);
    QUrl endpoint(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    ProviderHttp::Headers headers() const;
    bool succeeded(const ProviderHttp::Reply &reply) const;
    Problem problemFor(const ProviderHttp::Reply &reply) const;

    ProviderHttp m_http;
    QUrl m_apiUrl;
    QString m_zoneId;
    int m_ttl = 120;
    QByteArray m_token;
    QHash<DnsName, QString> m_zoneIds;
};
