#include "DelegationVerbs.h"

#include "ProviderOptions.h"
#include "VerbContext.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/providers/DnsProviderFactory.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DelegationVerbs)
};

QJsonObject zoneJson(const DelegationZone &zone, const DnsProviderConfig &provider)
{
    return {{QStringLiteral("zone"), zone.zone.ace()},
            {QStringLiteral("providerId"), provider.id},
            {QStringLiteral("provider"), provider.kind},
            {QStringLiteral("title"), provider.title},
            {QStringLiteral("settings"), provider.settings},
            {QStringLiteral("fixedTarget"), zone.fixedTarget.ace()}};
}

// The delegation zone now written through `providerId`; the provider it replaces goes, with
// its secret, unless something else (a managed challenge) still uses it.
Result<void> switchZone(VerbContext &context, const DnsName &zone, qint64 providerId)
{
    const std::shared_ptr<Store> store = context.profile()->store();
    DnsProviderRepository providers(store, Clock::system());
    const Result<std::optional<DelegationZone>> previous = DelegationZoneRepository(store, Clock::system()).current();
    if (!previous) {
        return previous.problem();
    }
    if (Result<void> set = DelegationZoneRepository(store, Clock::system()).set(zone, providerId); !set) {
        return set;
    }
    if (previous.value() && previous.value()->providerId != providerId) {
        const qint64 old = previous.value()->providerId;
        const Result<DnsProviderConfig> oldConfig = providers.find(old);
        if (oldConfig && providers.remove(old).ok() && !oldConfig->secretRef.isEmpty()) {
            context.secrets()->erase(
                DnsProviderRepository::secretRefFor(old), QCoreApplication::instance(), [](Result<void>) {});
        }
    }
    return {};
}

int setDelegation(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!parser.isSet(QStringLiteral("zone")) || !parser.isSet(QStringLiteral("provider"))) {
        return context.usage(Text::tr("delegation set needs --zone ZONE and --provider %1.")
                                 .arg(DnsProviderFactory::kinds().join(QLatin1Char('|'))));
    }
    const Result<DnsName> zone = DnsName::parse(parser.value(QStringLiteral("zone")));
    if (!zone) {
        return context.fail(zone.problem());
    }
    const QString kind = parser.value(QStringLiteral("provider")).toLower();
    const Result<ProviderSchema> schema = DnsProviderFactory::schema(kind);
    if (!schema) {
        return context.fail(schema.problem());
    }
    const QString title = parser.isSet(QStringLiteral("title"))
                              ? parser.value(QStringLiteral("title"))
                              : Text::tr("%1 for %2").arg(schema->title(), zone->display());
    // The provider writes the delegation zone itself unless told otherwise.
    const Result<ProviderOptions::Input> input = ProviderOptions::read(context, kind, title, zone->ace());
    if (!input) {
        return input.problem().code == QLatin1String("cli.usage") ? context.usage(input.problem().title)
                                                                  : context.fail(input.problem());
    }
    return context.runAsync([&context, zone = zone.value(), input = input.value()](std::function<void(int)> done) {
        // Nothing is stored unless the provider accepts the credential.
        ProviderOptions::testAndSave(
            context, input, [&context, zone, input, done](Result<ProviderOptions::Saved> saved) {
                if (!saved) {
                    done(context.fail(saved.problem()));
                    return;
                }
                const std::shared_ptr<Store> store = context.profile()->store();
                if (Result<void> switched = switchZone(context, zone, saved->providerId); !switched) {
                    (void)DnsProviderRepository(store, Clock::system()).remove(saved->providerId);
                    if (!input.secret.isEmpty()) {
                        context.secrets()->erase(DnsProviderRepository::secretRefFor(saved->providerId),
                                                 QCoreApplication::instance(),
                                                 [](Result<void>) {});
                    }
                    done(context.fail(switched.problem()));
                    return;
                }
                const Result<std::optional<DelegationZone>> current =
                    DelegationZoneRepository(store, Clock::system()).current();
                DnsProviderConfig stored = input.config;
                stored.id = saved->providerId;
                context.printResult(
                    Text::tr("Delegation zone %1 set, written through %2.\n%3")
                        .arg(zone.display(), input.config.title, saved->tested),
                    QJsonObject{{QStringLiteral("delegation"),
                                 current && current.value() ? zoneJson(*current.value(), stored) : QJsonObject()},
                                {QStringLiteral("tested"), saved->tested}});
                done(0);
            });
    });
}

int showDelegation(VerbContext &context)
{
    const std::shared_ptr<Store> store = context.profile()->store();
    const Result<std::optional<DelegationZone>> current = DelegationZoneRepository(store, Clock::system()).current();
    if (!current) {
        return context.fail(current.problem());
    }
    if (!current.value()) {
        context.printResult(Text::tr("No delegation zone is set up. Set one with: certdesk delegation set --zone ZONE "
                                     "--provider KIND …"),
                            {{QStringLiteral("delegation"), QJsonValue::Null}});
        return 0;
    }
    const Result<DnsProviderConfig> provider =
        DnsProviderRepository(store, Clock::system()).find(current.value()->providerId);
    if (!provider) {
        return context.fail(provider.problem());
    }
    context.printResult(Text::tr("Delegation zone %1, written through %2 (%3).")
                            .arg(current.value()->zone.display(), provider->title, provider->kind),
                        {{QStringLiteral("delegation"), zoneJson(*current.value(), provider.value())}});
    return 0;
}

} // namespace

QList<Verb> delegationVerbs()
{
    Verb set;
    set.path = {QStringLiteral("delegation"), QStringLiteral("set")};
    set.summary = [] {
        return Text::tr("Set the delegation zone and the DNS provider that writes it (tested before saving).");
    };
    set.options = [] {
        QList<QCommandLineOption> options{
            {QStringLiteral("zone"), Text::tr("The delegation zone, e.g. acme.example.com."), QStringLiteral("ZONE")},
            {QStringLiteral("provider"),
             Text::tr("The DNS provider: %1.").arg(DnsProviderFactory::kinds().join(QStringLiteral(", "))),
             QStringLiteral("KIND")},
            {QStringLiteral("title"), Text::tr("A name for the provider."), QStringLiteral("TEXT")},
        };
        return options + ProviderOptions::options();
    };
    set.run = setDelegation;

    Verb show;
    show.path = {QStringLiteral("delegation"), QStringLiteral("show")};
    show.summary = [] {
        return Text::tr("Show the delegation zone and its DNS provider.");
    };
    show.run = showDelegation;
    return {set, show};
}
