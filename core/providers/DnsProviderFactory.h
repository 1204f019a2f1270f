#pragma once

#include "core/Result.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/ProviderSchema.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The kinds of DNS provider CertDesk has, their schemas, and building one from stored settings
// and its credential. The one place that knows every kind.
namespace DnsProviderFactory {

// "rfc2136", "powerdns", "cloudflare", "acme-dns", "script".
QStringList kinds();

// Built on demand so labels are translated in the current language.
QList<ProviderSchema> schemas();
Result<ProviderSchema> schema(const QString &kind);

// Validates `settings` and `secret` against the kind's schema and builds the provider.
Result<DnsProvider *> create(const QString &kind,
                             const QJsonObject &settings,
                             const QByteArray &secret,
                             DnsProvider::Context context,
                             QObject *parent = nullptr);

} // namespace DnsProviderFactory
