#include "DnsProviderFactory.h"

#include "core/providers/AcmeDnsProvider.h"
#include "core/providers/CloudflareProvider.h"
#include "core/providers/PowerDnsProvider.h"
#include "core/providers/Rfc2136Provider.h"
#include "core/providers/ScriptProvider.h"

#include <QCoreApplication>

namespace {

template <typename Provider>
Result<DnsProvider *>
build(const QJsonObject &settings, const QByteArray &secret, DnsProvider::Context context, QObject *parent)
{
    Result<Provider *> created = Provider::create(settings, secret, std::move(context), parent);
    if (!created) {
        return created.problem();
    }
    return static_cast<DnsProvider *>(created.value());
}

} // namespace

QStringList DnsProviderFactory::kinds()
{
    return {Rfc2136Provider::kindName(),
            PowerDnsProvider::kindName(),
            CloudflareProvider::kindName(),
            AcmeDnsProvider::kindName(),
            ScriptProvider::kindName()};
}

QList<ProviderSchema> DnsProviderFactory::schemas()
{
    return {Rfc2136Provider::schema(),
            PowerDnsProvider::schema(),
            CloudflareProvider::schema(),
            AcmeDnsProvider::schema(),
            ScriptProvider::schema()};
}

Result<ProviderSchema> DnsProviderFactory::schema(const QString &kind)
{
    for (const ProviderSchema &candidate : schemas()) {
        if (candidate.kind() == kind) {
            return candidate;
        }
    }
    return Problem::make(Problem::Category::Input,
                         QStringLiteral("provider.unknown-kind"),
                         QCoreApplication::translate("DnsProviderFactory", "Unknown DNS provider."),
                         QCoreApplication::translate("DnsProviderFactory", "“%1” is not one of: %2.")
                             .arg(kind, kinds().join(QStringLiteral(", "))));
}

Result<DnsProvider *> DnsProviderFactory::create(const QString &kind,
                                                 const QJsonObject &settings,
                                                 const QByteArray &secret,
                                                 DnsProvider::Context context,
                                                 QObject *parent)
{
    if (kind == Rfc2136Provider::kindName()) {
        return build<Rfc2136Provider>(settings, secret, std::move(context), parent);
    }
    if (kind == PowerDnsProvider::kindName()) {
        return build<PowerDnsProvider>(settings, secret, std::move(context), parent);
    }
    if (kind == CloudflareProvider::kindName()) {
        return build<CloudflareProvider>(settings, secret, std::move(context), parent);
    }
    if (kind == AcmeDnsProvider::kindName()) {
        return build<AcmeDnsProvider>(settings, secret, std::move(context), parent);
    }
    if (kind == ScriptProvider::kindName()) {
        return build<ScriptProvider>(settings, secret, std::move(context), parent);
    }
    return schema(kind).problem();
}
