#include "ProviderVerbs.h"

#include "ProviderOptions.h"
#include "VerbContext.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/DnsProviderFactory.h"
#include "core/providers/DnsProviderPool.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProviderVerbs)
};

QJsonObject toJson(const DnsProviderConfig &config)
{
    return {{QStringLiteral("id"), config.id},
            {QStringLiteral("title"), config.title},
            {QStringLiteral("kind"), config.kind},
            {QStringLiteral("settings"), config.settings},
            {QStringLiteral("hasSecret"), !config.secretRef.isEmpty()}};
}

Result<qint64> idArgument(const VerbContext &context)
{
    bool ok = false;
    const qint64 id = context.parser().positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0 || context.parser().positionalArguments().size() != 1) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("cli.usage"),
                             Text::tr("Give the number of one DNS provider (see certdesk provider list)."));
    }
    return id;
}

int addProvider(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!parser.isSet(QStringLiteral("kind"))) {
        return context.usage(
            Text::tr("provider add needs --kind %1.").arg(DnsProviderFactory::kinds().join(QLatin1Char('|'))));
    }
    const Result<ProviderOptions::Input> input = ProviderOptions::read(
        context, parser.value(QStringLiteral("kind")).toLower(), parser.value(QStringLiteral("title")), {});
    if (!input) {
        return input.problem().code == QLatin1String("cli.usage") ? context.usage(input.problem().title)
                                                                  : context.fail(input.problem());
    }
    return context.runAsync([&context, input = input.value()](std::function<void(int)> done) {
        ProviderOptions::testAndSave(context, input, [&context, input, done](Result<ProviderOptions::Saved> saved) {
            if (!saved) {
                done(context.fail(saved.problem()));
                return;
            }
            DnsProviderConfig stored = input.config;
            stored.id = saved->providerId;
            context.printResult(
                Text::tr("DNS provider %1 added (id %2).\n%3")
                    .arg(input.config.title)
                    .arg(saved->providerId)
                    .arg(saved->tested),
                {{QStringLiteral("provider"), toJson(stored)}, {QStringLiteral("tested"), saved->tested}});
            done(0);
        });
    });
}

int listProviders(VerbContext &context)
{
    const Result<QList<DnsProviderConfig>> all =
        DnsProviderRepository(context.profile()->store(), Clock::system()).all();
    if (!all) {
        return context.fail(all.problem());
    }
    QString text;
    QJsonArray array;
    for (const DnsProviderConfig &config : all.value()) {
        text += QStringLiteral("%1  %2  %3\n").arg(config.id).arg(config.kind, config.title);
        array.append(toJson(config));
    }
    context.printResult(text.isEmpty() ? Text::tr("No DNS providers yet.") : text,
                        {{QStringLiteral("providers"), array}});
    return 0;
}

int testProvider(VerbContext &context)
{
    const Result<qint64> id = idArgument(context);
    if (!id) {
        return context.usage(id.problem().title);
    }
    return context.runAsync([&context, id = id.value()](std::function<void(int)> done) {
        auto *pool = new DnsProviderPool(context.profile()->store(), context.secrets(), QCoreApplication::instance());
        pool->withProvider(id, [&context, pool, done](Result<DnsProvider *> provider) {
            if (!provider) {
                pool->deleteLater();
                done(context.fail(provider.problem()));
                return;
            }
            provider.value()->testConnection([&context, pool, done](Result<QString> tested) {
                pool->deleteLater();
                if (!tested) {
                    done(context.fail(tested.problem()));
                    return;
                }
                context.printResult(tested.value(), {{QStringLiteral("tested"), tested.value()}});
                done(0);
            });
        });
    });
}

int removeProvider(VerbContext &context)
{
    const Result<qint64> id = idArgument(context);
    if (!id) {
        return context.usage(id.problem().title);
    }
    DnsProviderRepository providers(context.profile()->store(), Clock::system());
    const Result<DnsProviderConfig> config = providers.find(id.value());
    if (!config) {
        return context.fail(config.problem());
    }
    if (Result<void> removed = providers.remove(id.value()); !removed) {
        return context.fail(removed.problem());
    }
    if (config->secretRef.isEmpty()) {
        context.printResult(Text::tr("DNS provider %1 removed.").arg(id.value()),
                            {{QStringLiteral("removed"), id.value()}});
        return 0;
    }
    return context.runAsync([&context, id = id.value()](std::function<void(int)> done) {
        context.secrets()->erase(DnsProviderRepository::secretRefFor(id),
                                 QCoreApplication::instance(),
                                 [&context, id, done](Result<void> erased) {
                                     if (!erased) {
                                         done(context.fail(erased.problem()));
                                         return;
                                     }
                                     context.printResult(
                                         Text::tr("DNS provider %1 and its credential removed.").arg(id),
                                         {{QStringLiteral("removed"), id}});
                                     done(0);
                                 });
    });
}

} // namespace

QList<Verb> providerVerbs()
{
    Verb add;
    add.path = {QStringLiteral("provider"), QStringLiteral("add")};
    add.summary = [] {
        return Text::tr("Add a DNS provider for managed challenges (tested before saving).");
    };
    add.options = [] {
        return QList<QCommandLineOption>{
                   {QStringLiteral("kind"),
                    Text::tr("The DNS provider: %1.").arg(DnsProviderFactory::kinds().join(QStringLiteral(", "))),
                    QStringLiteral("KIND")},
                   {QStringLiteral("title"), Text::tr("A name for the provider."), QStringLiteral("TEXT")},
               }
               + ProviderOptions::options();
    };
    add.run = addProvider;

    Verb list;
    list.path = {QStringLiteral("provider"), QStringLiteral("list")};
    list.summary = [] {
        return Text::tr("List the DNS providers (never their credentials).");
    };
    list.run = listProviders;

    Verb test;
    test.path = {QStringLiteral("provider"), QStringLiteral("test")};
    test.summary = [] {
        return Text::tr("Test a DNS provider's connection and credential.");
    };
    test.usage = [] {
        return Text::tr("ID");
    };
    test.run = testProvider;

    Verb remove;
    remove.path = {QStringLiteral("provider"), QStringLiteral("remove")};
    remove.summary = [] {
        return Text::tr("Remove a DNS provider no managed challenge or delegation zone uses, with its credential.");
    };
    remove.usage = [] {
        return Text::tr("ID");
    };
    remove.run = removeProvider;
    return {add, list, test, remove};
}
