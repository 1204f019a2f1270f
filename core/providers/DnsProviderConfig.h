#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One row of dns_providers: a DNS provider as the administrator set it up. `settings` holds
// only non-secret values (see ProviderSchema); the credential is in the OS keychain under
// `secretRef` ("certdesk/dns-provider/<id>"), empty when the provider needs none.
struct DnsProviderConfig
{
    qint64 id = 0;
    QString title;
    QString kind;
    QJsonObject settings;
    QString secretRef;
    QDateTime createdAt;
    QDateTime updatedAt;
};
