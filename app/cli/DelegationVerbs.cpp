#include "DelegationVerbs.h"

#include "VerbContext.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/dns/DnsClient.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/DnsProviderFactory.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DelegationVerbs", text);
}

// The command-line option of a provider field: keyName → --key-name. The provider's own zone
// setting is --provider-zone, since --zone names the delegation zone.
QString optionName(const QString &key)
{
    if (key == QLatin1String("zone")) {
        return QStringLiteral("provider-zone");
    }
    QString name;
    for (const QChar c : key) {
        if (c.isUpper()) {
            name += QLatin1Char('-') + c.toLower();
        } else {
            name += c;
        }
    }
    return name;
}

// Secrets come from a file or standard input, never from the command line, where every user
// of the machine can read them in the process list.
Result<QByteArray> readSecret(const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("cli.secret-file"),
                             tr("The secret file cannot be read."),
                             QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    return file.readAll().trimmed();
}

QList<QCommandLineOption> providerOptions()
{
    QList<QCommandLineOption> options;
    QStringList seen;
    for (const ProviderSchema &schema : DnsProviderFactory::schemas()) {
        for (const ProviderField &field : schema.fields()) {
            const QString name = optionName(field.key);
            if (field.type == ProviderField::Type::Secret || seen.contains(name)) {
                continue;
            }
            seen << name;
            QStringList kinds;
            for (const ProviderSchema &other : DnsProviderFactory::schemas()) {
                if (other.field(field.key)) {
                    kinds << other.kind();
                }
            }
            options << QCommandLineOption(
                name,
                QStringLiteral("%1 (%2): %3").arg(field.label, kinds.join(QStringLiteral(", ")), field.help),
                field.type == ProviderField::Type::Number ? QStringLiteral("N") : QStringLiteral("VALUE"));
        }
    }
    return options;
}

QJsonObject zoneJson(const DelegationZone &zone, const DnsProviderConfig &provider)
{
    return {{QStringLiteral("zone"), zone.zone.ace()},
            {QStringLiteral("providerId"), provider.id},
            {QStringLiteral("provider"), provider.kind},
            {QStringLiteral("title"), provider.title},
            {QStringLiteral("settings"), provider.settings},
            {QStringLiteral("fixedTarget"), zone.fixedTarget.ace()}};
}

struct Saved
{
    qint64 providerId = 0;
    qint64 previousProviderId = 0;
};

// Stores the provider row, its secret and the zone; on any failure undoes what was done.
void save(VerbContext &context,
          const DnsName &zone,
          const DnsProviderConfig &config,
          const QByteArray &secret,
          std::function<void(Result<Saved>)> done)
{
    const std::shared_ptr<Store> store = context.profile()->store();
    DnsProviderRepository providers(store, Clock::system());
    const Result<std::optional<DelegationZone>> previous = DelegationZoneRepository(store, Clock::system()).current();
    if (!previous) {
        done(previous.problem());
        return;
    }
    const Result<qint64> id = providers.add(config, !secret.isEmpty());
    if (!id) {
        done(id.problem());
        return;
    }
    Saved saved{id.value(), previous.value() ? previous.value()->providerId : 0};
    const auto setZone = [store, zone, saved, done]() {
        DnsProviderRepository repository(store, Clock::system());
        if (Result<void> set = DelegationZoneRepository(store, Clock::system()).set(zone, saved.providerId); !set) {
            (void)repository.remove(saved.providerId);
            done(set.problem());
            return;
        }
        done(saved);
    };
    if (secret.isEmpty()) {
        setZone();
        return;
    }
    context.secrets()->store(DnsProviderRepository::secretRefFor(id.value()),
                             secret,
                             QCoreApplication::instance(),
                             [store, saved, setZone, done](Result<void> stored) {
                                 if (!stored) {
                                     (void)DnsProviderRepository(store, Clock::system()).remove(saved.providerId);
                                     done(stored.problem());
                                     return;
                                 }
                                 setZone();
                             });
}

int setDelegation(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!parser.isSet(QStringLiteral("zone")) || !parser.isSet(QStringLiteral("provider"))) {
        return context.usage(tr("delegation set needs --zone ZONE and --provider %1.")
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
    QJsonObject settings;
    for (const QCommandLineOption &option : providerOptions()) {
        const QString name = option.names().constFirst();
        if (!parser.isSet(name)) {
            continue;
        }
        const ProviderField *field = nullptr;
        for (const ProviderField &candidate : schema->fields()) {
            if (optionName(candidate.key) == name) {
                field = &candidate;
            }
        }
        if (!field) {
            return context.usage(tr("--%1 is not a setting of the %2 provider.").arg(name, kind));
        }
        settings.insert(field->key, parser.value(name));
    }
    // The provider writes the delegation zone itself unless told otherwise.
    if (schema->field(QStringLiteral("zone")) && !settings.contains(QStringLiteral("zone"))) {
        settings.insert(QStringLiteral("zone"), zone->ace());
    }
    QByteArray secret;
    if (parser.isSet(QStringLiteral("secret-file"))) {
        if (!schema->secretField()) {
            return context.usage(tr("The %1 provider takes no secret.").arg(kind));
        }
        Result<QByteArray> read = readSecret(parser.value(QStringLiteral("secret-file")));
        if (!read) {
            return context.fail(read.problem());
        }
        secret = read.value();
    }
    const Result<QJsonObject> valid = schema->validate(settings, secret);
    if (!valid) {
        return context.fail(valid.problem());
    }
    DnsProviderConfig config;
    config.kind = kind;
    config.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title"))
                                                         : tr("%1 for %2").arg(schema->title(), zone->display());
    config.settings = valid.value();
    const Result<DnsSettings> dnsSettings = DnsSettings::load(context.profile()->store());
    return context.runAsync([&context, zone = zone.value(), config, secret, dnsSettings](
                                std::function<void(int)> done) {
        auto *client = new DnsClient(QCoreApplication::instance());
        DnsProvider::Context providerContext{client, dnsSettings ? dnsSettings.value() : DnsSettings::defaults()};
        Result<DnsProvider *> provider =
            DnsProviderFactory::create(config.kind, config.settings, secret, providerContext, client);
        if (!provider) {
            client->deleteLater();
            done(context.fail(provider.problem()));
            return;
        }
        // Nothing is stored unless the provider accepts the credential.
        provider.value()->testConnection([&context, zone, config, secret, client, done](Result<QString> tested) {
            if (!tested) {
                client->deleteLater();
                done(context.fail(tested.problem()));
                return;
            }
            save(context, zone, config, secret, [&context, zone, config, tested, client, done](Result<Saved> saved) {
                client->deleteLater();
                if (!saved) {
                    done(context.fail(saved.problem()));
                    return;
                }
                const std::shared_ptr<Store> store = context.profile()->store();
                // The provider it replaces goes, with its secret, unless something else uses it.
                if (saved->previousProviderId != 0 && saved->previousProviderId != saved->providerId) {
                    const qint64 old = saved->previousProviderId;
                    const Result<DnsProviderConfig> oldConfig = DnsProviderRepository(store, Clock::system()).find(old);
                    if (oldConfig && DnsProviderRepository(store, Clock::system()).remove(old).ok()
                        && !oldConfig->secretRef.isEmpty()) {
                        context.secrets()->erase(DnsProviderRepository::secretRefFor(old),
                                                 QCoreApplication::instance(),
                                                 [](Result<void>) {});
                    }
                }
                const Result<std::optional<DelegationZone>> current =
                    DelegationZoneRepository(store, Clock::system()).current();
                DnsProviderConfig stored = config;
                stored.id = saved->providerId;
                context.printResult(
                    tr("Delegation zone %1 set, written through %2.\n%3")
                        .arg(zone.display(), config.title, tested.value()),
                    QJsonObject{{QStringLiteral("delegation"),
                                 current && current.value() ? zoneJson(*current.value(), stored) : QJsonObject()},
                                {QStringLiteral("tested"), tested.value()}});
                done(0);
            });
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
        context.printResult(tr("No delegation zone is set up. Set one with: certdesk delegation set --zone ZONE "
                               "--provider KIND …"),
                            {{QStringLiteral("delegation"), QJsonValue::Null}});
        return 0;
    }
    const Result<DnsProviderConfig> provider =
        DnsProviderRepository(store, Clock::system()).find(current.value()->providerId);
    if (!provider) {
        return context.fail(provider.problem());
    }
    context.printResult(tr("Delegation zone %1, written through %2 (%3).")
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
        return tr("Set the delegation zone and the DNS provider that writes it (tested before saving).");
    };
    set.options = [] {
        QList<QCommandLineOption> options{
            {QStringLiteral("zone"), tr("The delegation zone, e.g. acme.example.com."), QStringLiteral("ZONE")},
            {QStringLiteral("provider"),
             tr("The DNS provider: %1.").arg(DnsProviderFactory::kinds().join(QStringLiteral(", "))),
             QStringLiteral("KIND")},
            {QStringLiteral("title"), tr("A name for the provider."), QStringLiteral("TEXT")},
            {QStringLiteral("secret-file"),
             tr("Read the provider's credential from FILE, or from standard input with -."),
             QStringLiteral("FILE")},
        };
        return options + providerOptions();
    };
    set.run = setDelegation;

    Verb show;
    show.path = {QStringLiteral("delegation"), QStringLiteral("show")};
    show.summary = [] {
        return tr("Show the delegation zone and its DNS provider.");
    };
    show.run = showDelegation;
    return {set, show};
}
