#include "DnsVerbs.h"

#include "VerbContext.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/acme/CaaIdentityLookup.h"
#include "core/dns/DnsClient.h"
#include "core/dns/RecordCheck.h"
#include "core/endpoints/DelegationZoneRepository.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/endpoints/RequiredRecords.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/DnsProviderPool.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsVerbs)
};

// Exit status of `records --check` when a record is not OK: distinct from failures (1) and
// usage mistakes (2), so scripts can tell "check ran, something to fix" apart.
constexpr int NotAllOk = 3;

Result<QList<DnsServer>> serversFrom(const QStringList &texts, quint16 defaultPort)
{
    QList<DnsServer> servers;
    for (const QString &text : texts) {
        const Result<DnsServer> server = DnsServer::parse(text, defaultPort);
        if (!server) {
            return server.problem();
        }
        servers << server.value();
    }
    return servers;
}

Result<quint16> portFrom(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("cli.bad-port"),
                             Text::tr("The port is not valid."),
                             Text::tr("“%1” is not a port from 1 to 65535.").arg(text));
    }
    return quint16(port);
}

QJsonObject recordJson(const RequiredRecord &record)
{
    QJsonArray names;
    for (const DnsName &name : record.names) {
        names.append(name.ace());
    }
    return {{QStringLiteral("endpoint"), record.endpointId},
            {QStringLiteral("purpose"), RequiredRecord::purposeName(record.purpose)},
            {QStringLiteral("name"), record.owner.ace()},
            {QStringLiteral("type"), record.typeText()},
            {QStringLiteral("value"), record.target.ace()},
            {QStringLiteral("apex"), record.atApex},
            {QStringLiteral("serves"), names},
            {QStringLiteral("note"), record.note}};
}

// The required records of the endpoint that has `name`, or of `name` on its own.
Result<QList<RequiredRecord>>
requiredFor(const std::shared_ptr<Store> &store, const QString &name, const std::optional<DelegationZone> &delegation)
{
    const Result<DnsName> parsed = DnsName::parse(name);
    if (!parsed) {
        return parsed.problem();
    }
    const Result<Endpoint> endpoint = EndpointRepository(store).findByName(name);
    if (!endpoint) {
        return RequiredRecords::forName(name, delegation);
    }
    const Result<QList<RequiredRecord>> all = RequiredRecords::forEndpoint(endpoint.value(), delegation);
    if (!all) {
        return all;
    }
    QList<RequiredRecord> mine;
    for (const RequiredRecord &record : all.value()) {
        if (record.names.contains(parsed.value()) || record.names.contains(parsed->base())) {
            mine << record;
        }
    }
    return mine;
}

void printChecked(VerbContext &context, const QList<RecordStatus> &statuses)
{
    QString text;
    QJsonArray array;
    for (const RecordStatus &status : statuses) {
        text += QStringLiteral("%1  %2 %3 %4\n")
                    .arg(RecordStatus::stateLabel(status.state).toUpper(), -16)
                    .arg(status.record.owner.ace(), status.record.typeText(), status.record.target.ace());
        text += QStringLiteral("    %1\n").arg(status.summary);
        for (const QString &line : status.evidence) {
            text += QStringLiteral("      %1\n").arg(line);
        }
        QJsonObject json = status.toJson();
        json.insert(QStringLiteral("note"), status.record.note);
        array.append(json);
    }
    context.printResult(text, {{QStringLiteral("records"), array}});
}

void runCheck(VerbContext &context,
              const QList<RequiredRecord> &required,
              const RecordCheck::Options &options,
              const std::function<void(int)> &done);

int records(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty()) {
        return context.usage(
            Text::tr("records needs at least one name, for example: certdesk records app.example.com"));
    }
    const std::shared_ptr<Store> store = context.profile()->store();
    const Result<std::optional<DelegationZone>> delegation = DelegationZoneRepository(store, Clock::system()).current();
    if (!delegation) {
        return context.fail(delegation.problem());
    }
    QList<RequiredRecord> required;
    for (const QString &name : names) {
        const Result<QList<RequiredRecord>> records = requiredFor(store, name, delegation.value());
        if (!records) {
            return context.fail(records.problem());
        }
        for (const RequiredRecord &record : records.value()) {
            if (!required.contains(record)) {
                required << record;
            }
        }
    }
    if (!parser.isSet(QStringLiteral("check"))) {
        QJsonArray array;
        for (const RequiredRecord &record : std::as_const(required)) {
            array.append(recordJson(record));
        }
        context.printResult(parser.isSet(QStringLiteral("text")) ? RequiredRecords::plainText(required)
                                                                 : RequiredRecords::zoneFileSnippet(required),
                            {{QStringLiteral("records"), array}});
        return 0;
    }

    const Result<DnsSettings> settings = DnsSettings::load(store);
    if (!settings) {
        return context.fail(settings.problem());
    }
    RecordCheck::Options options;
    options.resolvers = settings->resolvers;
    options.authoritativePort = settings->authoritativePort;
    options.caIdentities = settings->caaIdentities;
    if (parser.isSet(QStringLiteral("auth-port"))) {
        const Result<quint16> port = portFrom(parser.value(QStringLiteral("auth-port")));
        if (!port) {
            return context.fail(port.problem());
        }
        options.authoritativePort = port.value();
    }
    if (parser.isSet(QStringLiteral("resolver"))) {
        const Result<QList<DnsServer>> resolvers = serversFrom(parser.values(QStringLiteral("resolver")), 53);
        if (!resolvers) {
            return context.fail(resolvers.problem());
        }
        options.resolvers = resolvers.value();
    }
    if (parser.isSet(QStringLiteral("ca-identity"))) {
        options.caIdentities = parser.values(QStringLiteral("ca-identity"));
    }
    return context.runAsync([&context, store, required, options](std::function<void(int)> done) {
        CaaIdentityLookup::identitiesFor(store,
                                         options.caIdentities,
                                         QCoreApplication::instance(),
                                         [&context, required, options, done](QStringList ca) {
                                             RecordCheck::Options withCa = options;
                                             withCa.caIdentities = ca;
                                             runCheck(context, required, withCa, done);
                                         });
    });
}

void runCheck(VerbContext &context,
              const QList<RequiredRecord> &required,
              const RecordCheck::Options &options,
              const std::function<void(int)> &done)
{
    auto *client = new DnsClient(QCoreApplication::instance());
    auto *check = new RecordCheck(client, required, options, client);
    QObject::connect(check, &RecordCheck::finished, client, [&context, client, done](RecordCheck *finished) {
        client->deleteLater();
        if (!finished->result()) {
            done(context.fail(finished->result().problem()));
            return;
        }
        printChecked(context, finished->result().value());
        bool allOk = true;
        for (const RecordStatus &status : finished->result().value()) {
            allOk = allOk && status.isOk();
        }
        done(allOk ? 0 : NotAllOk);
    });
    check->start();
}

QJsonObject settingsJson(const DnsSettings &settings)
{
    QJsonArray resolvers;
    for (const DnsServer &server : settings.resolvers) {
        resolvers.append(server.toString());
    }
    return {{QStringLiteral("resolvers"), resolvers},
            {QStringLiteral("authoritativePort"), int(settings.authoritativePort)},
            {QStringLiteral("confirmTimeout"), qint64(settings.confirmTimeout.count())},
            {QStringLiteral("caIdentities"), QJsonArray::fromStringList(settings.caaIdentities)},
            {QStringLiteral("watchInterval"), qint64(settings.watchInterval.count())}};
}

int dnsSet(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const std::shared_ptr<Store> store = context.profile()->store();
    Result<DnsSettings> loaded = DnsSettings::load(store);
    if (!loaded) {
        return context.fail(loaded.problem());
    }
    DnsSettings settings = loaded.value();
    bool changed = false;
    if (parser.isSet(QStringLiteral("resolver"))) {
        const Result<QList<DnsServer>> resolvers = serversFrom(parser.values(QStringLiteral("resolver")), 53);
        if (!resolvers) {
            return context.fail(resolvers.problem());
        }
        settings.resolvers = resolvers.value();
        changed = true;
    }
    if (parser.isSet(QStringLiteral("auth-port"))) {
        const Result<quint16> port = portFrom(parser.value(QStringLiteral("auth-port")));
        if (!port) {
            return context.fail(port.problem());
        }
        settings.authoritativePort = port.value();
        changed = true;
    }
    for (const auto &[option, field] : {std::pair{QStringLiteral("confirm-timeout"), &settings.confirmTimeout},
                                        std::pair{QStringLiteral("watch-interval"), &settings.watchInterval}}) {
        if (parser.isSet(option)) {
            bool ok = false;
            const int seconds = parser.value(option).toInt(&ok);
            if (!ok || seconds <= 0) {
                return context.usage(Text::tr("--%1 takes a number of seconds.").arg(option));
            }
            *field = std::chrono::seconds(seconds);
            changed = true;
        }
    }
    if (parser.isSet(QStringLiteral("ca-identity"))) {
        settings.caaIdentities.clear();
        for (const QString &identity : parser.values(QStringLiteral("ca-identity"))) {
            const Result<DnsName> name = DnsName::parse(identity);
            if (!name) {
                return context.fail(name.problem());
            }
            settings.caaIdentities << name->ace();
        }
        changed = true;
    }
    if (changed) {
        if (Result<void> saved = settings.save(store); !saved) {
            return context.fail(saved.problem());
        }
    }
    QStringList resolvers;
    for (const DnsServer &server : std::as_const(settings.resolvers)) {
        resolvers << server.toString();
    }
    context.printResult(
        Text::tr("Resolvers: %1\nAuthoritative port: %2\nConfirmation timeout: %3 s\nCA identities for CAA: "
                 "%4\nRecord check interval: %5 s")
            .arg(resolvers.isEmpty() ? Text::tr("none") : resolvers.join(QStringLiteral(", ")))
            .arg(settings.authoritativePort)
            .arg(settings.confirmTimeout.count())
            .arg(settings.caaIdentities.isEmpty() ? Text::tr("not set")
                                                  : settings.caaIdentities.join(QStringLiteral(", ")))
            .arg(settings.watchInterval.count()),
        {{QStringLiteral("dns"), settingsJson(settings)}});
    return 0;
}

int dnsTest(VerbContext &context)
{
    const std::shared_ptr<Store> store = context.profile()->store();
    const Result<std::optional<DelegationZone>> delegation = DelegationZoneRepository(store, Clock::system()).current();
    if (!delegation) {
        return context.fail(delegation.problem());
    }
    if (!delegation.value()) {
        return context.fail(
            Problem::make(Problem::Category::Configuration,
                          QStringLiteral("delegation.not-set"),
                          Text::tr("No delegation zone is set up yet."),
                          {},
                          Text::tr("Set it up first: certdesk delegation set --zone ZONE --provider KIND "
                                   "…")));
    }
    const DelegationZone zone = *delegation.value();
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    // Shaped like a dns-01 value (43 base64url characters), which every provider accepts.
    const QString value =
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const DnsName probe = zone.fixedTarget.isNull()
                              ? zone.zone.child(QStringLiteral("_certdesk-test-") + value.left(8).toLower())
                              : zone.fixedTarget;
    return context.runAsync([&context, store, zone, probe, value](std::function<void(int)> done) {
        auto *pool = new DnsProviderPool(store, context.secrets(), QCoreApplication::instance());
        pool->withProvider(zone.providerId, [&context, pool, probe, value, done](Result<DnsProvider *> provider) {
            if (!provider) {
                pool->deleteLater();
                done(context.fail(provider.problem()));
                return;
            }
            context.say(Text::tr("Writing a probe TXT record at %1 …").arg(probe.display()));
            DnsProvider *writer = provider.value();
            writer->present(probe, value, [&context, pool, writer, probe, value, done](Result<void> presented) {
                if (!presented) {
                    pool->deleteLater();
                    done(context.fail(presented.problem()));
                    return;
                }
                context.say(Text::tr("Seen at every authoritative server of its zone; removing it …"));
                writer->cleanup(probe, value, [&context, pool, writer, probe, done](Result<void> removed) {
                    pool->deleteLater();
                    if (!removed) {
                        done(context.fail(removed.problem()));
                        return;
                    }
                    context.printResult(
                        Text::tr(
                            "DNS test passed: %1 wrote %2, every authoritative server served it, and it was removed.")
                            .arg(writer->kind(), probe.display()),
                        {{QStringLiteral("provider"), writer->kind()},
                         {QStringLiteral("name"), probe.ace()},
                         {QStringLiteral("written"), true},
                         {QStringLiteral("confirmed"), true},
                         {QStringLiteral("removed"), true}});
                    done(0);
                });
            });
        });
    });
}

} // namespace

QList<Verb> dnsVerbs()
{
    Verb recordsVerb;
    recordsVerb.path = {QStringLiteral("records")};
    recordsVerb.summary = [] {
        return Text::tr("Show the DNS records names need; with --check, check them live.");
    };
    recordsVerb.usage = [] {
        return Text::tr("NAME…");
    };
    recordsVerb.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("check"),
             Text::tr("Ask the authoritative servers and resolvers now (exit status 3 if a record is not OK).")},
            {QStringLiteral("resolver"),
             Text::tr("A recursive resolver to ask (repeatable; default: the DNS settings)."),
             QStringLiteral("ADDR:PORT")},
            {QStringLiteral("auth-port"),
             Text::tr("The port the authoritative servers listen on (default: the DNS settings, usually 53)."),
             QStringLiteral("PORT")},
            {QStringLiteral("ca-identity"),
             Text::tr("The CA's CAA identity, e.g. letsencrypt.org (repeatable; default: the DNS settings)."),
             QStringLiteral("DOMAIN")},
            {QStringLiteral("text"),
             Text::tr("Plain text for a DNS provider's console instead of a zone-file snippet.")},
        };
    };
    recordsVerb.run = records;

    Verb set;
    set.path = {QStringLiteral("dns"), QStringLiteral("set")};
    set.summary = [] {
        return Text::tr("Show or change the DNS settings: resolvers, authoritative port, CAA identities.");
    };
    set.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("resolver"),
             Text::tr("A recursive resolver (repeatable; replaces the list)."),
             QStringLiteral("ADDR:PORT")},
            {QStringLiteral("auth-port"),
             Text::tr("The port authoritative servers listen on."),
             QStringLiteral("PORT")},
            {QStringLiteral("confirm-timeout"),
             Text::tr("Seconds a written TXT record may take to appear at every authoritative server."),
             QStringLiteral("SECONDS")},
            {QStringLiteral("ca-identity"),
             Text::tr("The CA's CAA identity (repeatable; replaces the list)."),
             QStringLiteral("DOMAIN")},
            {QStringLiteral("watch-interval"),
             Text::tr("Seconds between background checks of the required records."),
             QStringLiteral("SECONDS")},
        };
    };
    set.run = dnsSet;

    Verb test;
    test.path = {QStringLiteral("dns"), QStringLiteral("test")};
    test.summary = [] {
        return Text::tr("Write, confirm and remove a probe TXT record through the delegation zone's provider.");
    };
    test.run = dnsTest;
    return {recordsVerb, set, test};
}
