#include "ProviderOptions.h"

#include "VerbContext.h"

#include "core/Clock.h"
#include "core/Profile.h"
#include "core/dns/DnsClient.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/DnsProviderFactory.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFile>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProviderOptions)
};

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
                             Text::tr("The secret file cannot be read."),
                             QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    return file.readAll().trimmed();
}

Problem usageProblem(const QString &message)
{
    return Problem::make(Problem::Category::Input, QStringLiteral("cli.usage"), message);
}

} // namespace

QString ProviderOptions::optionName(const QString &fieldKey)
{
    if (fieldKey == QLatin1String("zone")) {
        return QStringLiteral("provider-zone");
    }
    QString name;
    for (const QChar c : fieldKey) {
        if (c.isUpper()) {
            name += QLatin1Char('-') + c.toLower();
        } else {
            name += c;
        }
    }
    return name;
}

QList<QCommandLineOption> ProviderOptions::options()
{
    QList<QCommandLineOption> options{
        {QStringLiteral("secret-file"),
         Text::tr("Read the provider's credential from FILE, or from standard input with -."),
         QStringLiteral("FILE")}};
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

Result<ProviderOptions::Input>
ProviderOptions::read(const VerbContext &context, const QString &kind, const QString &title, const QString &defaultZone)
{
    const QCommandLineParser &parser = context.parser();
    const Result<ProviderSchema> schema = DnsProviderFactory::schema(kind);
    if (!schema) {
        return schema.problem();
    }
    QJsonObject settings;
    for (const QCommandLineOption &option : options()) {
        const QString name = option.names().constFirst();
        if (name == QLatin1String("secret-file") || !parser.isSet(name)) {
            continue;
        }
        const ProviderField *field = nullptr;
        for (const ProviderField &candidate : schema->fields()) {
            if (optionName(candidate.key) == name) {
                field = &candidate;
            }
        }
        if (!field) {
            return usageProblem(Text::tr("--%1 is not a setting of the %2 provider.").arg(name, kind));
        }
        settings.insert(field->key, parser.value(name));
    }
    if (!defaultZone.isEmpty() && schema->field(QStringLiteral("zone")) && !settings.contains(QStringLiteral("zone"))) {
        settings.insert(QStringLiteral("zone"), defaultZone);
    }
    Input input;
    if (parser.isSet(QStringLiteral("secret-file"))) {
        if (!schema->secretField()) {
            return usageProblem(Text::tr("The %1 provider takes no secret.").arg(kind));
        }
        Result<QByteArray> secret = readSecret(parser.value(QStringLiteral("secret-file")));
        if (!secret) {
            return secret.problem();
        }
        input.secret = secret.value();
    }
    const Result<QJsonObject> valid = schema->validate(settings, input.secret);
    if (!valid) {
        return valid.problem();
    }
    input.config.kind = kind;
    input.config.title = title.isEmpty() ? schema->title() : title;
    input.config.settings = valid.value();
    return input;
}

void ProviderOptions::testAndSave(VerbContext &context, const Input &input, std::function<void(Result<Saved>)> done)
{
    const std::shared_ptr<Store> store = context.profile()->store();
    const Result<DnsSettings> dnsSettings = DnsSettings::load(store);
    auto *client = new DnsClient(QCoreApplication::instance());
    const DnsProvider::Context providerContext{client, dnsSettings ? dnsSettings.value() : DnsSettings::defaults()};
    Result<DnsProvider *> provider =
        DnsProviderFactory::create(input.config.kind, input.config.settings, input.secret, providerContext, client);
    if (!provider) {
        client->deleteLater();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [done, problem = provider.problem()] {
                done(problem);
            },
            Qt::QueuedConnection);
        return;
    }
    SecretStore *secrets = context.secrets();
    provider.value()->testConnection([store, secrets, input, client, done](Result<QString> tested) {
        client->deleteLater();
        if (!tested) {
            done(tested.problem());
            return;
        }
        const Result<qint64> id =
            DnsProviderRepository(store, Clock::system()).add(input.config, !input.secret.isEmpty());
        if (!id) {
            done(id.problem());
            return;
        }
        const Saved saved{id.value(), tested.value()};
        if (input.secret.isEmpty()) {
            done(saved);
            return;
        }
        secrets->store(DnsProviderRepository::secretRefFor(id.value()),
                       input.secret,
                       QCoreApplication::instance(),
                       [store, saved, done](Result<void> stored) {
                           if (!stored) {
                               (void)DnsProviderRepository(store, Clock::system()).remove(saved.providerId);
                               done(stored.problem());
                               return;
                           }
                           done(saved);
                       });
    });
}
