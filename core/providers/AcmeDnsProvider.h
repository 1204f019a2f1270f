#pragma once

#include "core/providers/DnsProvider.h"
#include "core/providers/ProviderHttp.h"
#include "core/providers/ProviderSchema.h"

#include <QUrl>

// A client of an existing acme-dns server (github.com/joohoi/acme-dns, or CertDesk's own hub):
// one registered account owns one name, <subdomain>.<acme-dns zone> ("fulldomain"), where
// POST /update publishes a value. acme-dns keeps the two latest values, which is exactly what
// a name and its wildcard need, and has no call to delete one: cleanup leaves the value to be
// rolled out by the next update.
class AcmeDnsProvider final : public DnsProvider
{
    Q_OBJECT

public:
    static QString kindName() { return QStringLiteral("acme-dns"); }

    static ProviderSchema schema();
    static Result<AcmeDnsProvider *>
    create(const QJsonObject &settings, const QByteArray &password, Context context, QObject *parent = nullptr);

    QString kind() const override { return kindName(); }

    DnsName fulldomain() const { return m_fulldomain; }

protected:
    void addTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void removeTxt(const DnsName &fqdn, const QString &value, Done done) override;
    void checkConnection(Tested done) override;

private:
    AcmeDnsProvider(
        Context context, QUrl serverUrl, QString username, QString subdomain, DnsName fulldomain, QObject *parent);

    QUrl endpoint(const QString &path) const;

    ProviderHttp m_http;
    QUrl m_serverUrl;
    QString m_username;
    QString m_subdomain;
    DnsName m_fulldomain;
    QByteArray m_password;
};
