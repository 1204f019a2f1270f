#include "ProviderAdministration.h"

#include "core/Clock.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsSettings.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/DnsProviderFactory.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProviderAdmin, "certdesk.core.providers")

ProviderAdministration::ProviderAdministration(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
{
}

ProviderAdministration::~ProviderAdministration() = default;

void ProviderAdministration::load(Reply<QList<DnsProviderConfig>> reply)
{
    reply(DnsProviderRepository(m_store, Clock::system()).all());
}

void ProviderAdministration::announce()
{
    const Result<QList<DnsProviderConfig>> all = DnsProviderRepository(m_store, Clock::system()).all();
    if (all) {
        Q_EMIT providersChanged(all.value());
    } else {
        qCWarning(lcProviderAdmin) << "cannot list DNS providers:" << all.problem().message();
    }
}

void ProviderAdministration::save(const DnsProviderConfig &config,
                                  const QByteArray &secret,
                                  Reply<DnsProviderConfig> reply)
{
    const Result<ProviderSchema> schema = DnsProviderFactory::schema(config.kind);
    if (!schema) {
        reply(schema.problem());
        return;
    }
    if (!secret.isEmpty() && !schema->secretField()) {
        reply(Problem::make(Problem::Category::Input,
                            QStringLiteral("provider.no-secret-field"),
                            tr("The %1 provider takes no credential.").arg(schema->title())));
        return;
    }
    std::optional<DnsProviderConfig> stored;
    if (config.id > 0) {
        const Result<DnsProviderConfig> found = DnsProviderRepository(m_store, Clock::system()).find(config.id);
        if (!found) {
            reply(found.problem());
            return;
        }
        stored = found.value();
    }
    // A new provider, a new credential or another kind: the whole set must hold together,
    // credential included. Otherwise the stored credential stays and only the settings are
    // checked (by the repository).
    const bool keepsCredential = stored && secret.isEmpty() && stored->kind == config.kind;
    DnsProviderConfig checked = config;
    if (!keepsCredential) {
        const Result<QJsonObject> valid = schema->validate(config.settings, secret);
        if (!valid) {
            reply(valid.problem());
            return;
        }
        checked.settings = valid.value();
    }
    // As `certdesk provider add` and the wizard: a provider that cannot do its job is not
    // saved. The test runs with the values as typed (the stored credential when it is kept).
    test(checked, secret, [this, checked, stored, secret, reply = std::move(reply)](Result<QString> tested) {
        if (!tested) {
            Problem problem = tested.problem();
            problem.hint = (problem.hint.isEmpty() ? QString() : problem.hint + QLatin1Char(' '))
                           + tr("Nothing was saved: correct the settings and save again.");
            reply(problem);
            return;
        }
        if (stored) {
            update(checked, *stored, secret, reply);
        } else {
            add(checked, secret, reply);
        }
    });
}

void ProviderAdministration::add(const DnsProviderConfig &config,
                                 const QByteArray &secret,
                                 Reply<DnsProviderConfig> reply)
{
    DnsProviderRepository providers(m_store, Clock::system());
    const Result<qint64> id = providers.add(config, !secret.isEmpty());
    if (!id) {
        reply(id.problem());
        return;
    }
    if (secret.isEmpty()) {
        reply(providers.find(id.value()));
        announce();
        return;
    }
    // The row exists first because the keychain entry is named after its id; should the
    // keychain refuse, the row goes again so no provider is left without its credential.
    m_secrets->store(DnsProviderRepository::secretRefFor(id.value()),
                     secret,
                     this,
                     [this, id = id.value(), reply](Result<void> written) {
                         DnsProviderRepository stored(m_store, Clock::system());
                         if (!written) {
                             if (Result<void> removed = stored.remove(id); !removed) {
                                 qCWarning(lcProviderAdmin)
                                     << "cannot remove DNS provider" << id
                                     << "after the keychain refused its credential:" << removed.problem().message();
                             }
                             reply(written.problem());
                             return;
                         }
                         reply(stored.find(id));
                         announce();
                     });
}

void ProviderAdministration::update(const DnsProviderConfig &config,
                                    const DnsProviderConfig &stored,
                                    const QByteArray &secret,
                                    Reply<DnsProviderConfig> reply)
{
    const auto writeRow = [this, config, stored, hasSecret = !secret.isEmpty(), reply] {
        DnsProviderRepository providers(m_store, Clock::system());
        if (Result<void> updated = providers.update(config); !updated) {
            reply(updated.problem());
            return;
        }
        if (hasSecret && stored.secretRef.isEmpty()) {
            if (Result<void> named = providers.setSecretStored(config.id, true); !named) {
                reply(named.problem());
                return;
            }
        }
        reply(providers.find(config.id));
        announce();
    };
    if (secret.isEmpty()) {
        writeRow();
        return;
    }
    // The credential first: if the keychain refuses, nothing has changed.
    m_secrets->store(
        DnsProviderRepository::secretRefFor(config.id), secret, this, [writeRow, reply](Result<void> written) {
            if (!written) {
                reply(written.problem());
                return;
            }
            writeRow();
        });
}

void ProviderAdministration::remove(qint64 id, Reply<qint64> reply)
{
    DnsProviderRepository providers(m_store, Clock::system());
    const Result<DnsProviderConfig> stored = providers.find(id);
    if (!stored) {
        reply(stored.problem());
        return;
    }
    if (Result<void> removed = providers.remove(id); !removed) {
        reply(removed.problem());
        return;
    }
    announce();
    if (stored->secretRef.isEmpty()) {
        reply(id);
        return;
    }
    m_secrets->erase(DnsProviderRepository::secretRefFor(id), this, [id, reply](Result<void> erased) {
        if (!erased && erased.problem().code != QLatin1String("keychain.not-found")) {
            Problem problem = erased.problem();
            problem.title = tr("The DNS provider was removed, but its credential is still in the keychain.");
            reply(problem);
            return;
        }
        reply(id);
    });
}

void ProviderAdministration::test(const DnsProviderConfig &config, const QByteArray &secret, Reply<QString> reply)
{
    if (!secret.isEmpty() || config.id <= 0) {
        runTest(config, secret, std::move(reply));
        return;
    }
    const Result<DnsProviderConfig> stored = DnsProviderRepository(m_store, Clock::system()).find(config.id);
    if (!stored) {
        reply(stored.problem());
        return;
    }
    if (stored->secretRef.isEmpty() || stored->kind != config.kind) {
        runTest(config, {}, std::move(reply));
        return;
    }
    m_secrets->fetch(
        DnsProviderRepository::secretRefFor(config.id), this, [this, config, reply](Result<QByteArray> fetched) {
            if (!fetched) {
                reply(fetched.problem());
                return;
            }
            runTest(config, fetched.value(), reply);
        });
}

void ProviderAdministration::runTest(const DnsProviderConfig &config, const QByteArray &secret, Reply<QString> reply)
{
    if (!m_client) {
        // Made on first use, on this (the worker's) thread, so its sockets live here.
        m_client = new DnsClient(this);
    }
    const Result<DnsSettings> settings = DnsSettings::load(m_store);
    DnsProvider::Context context{m_client, settings ? settings.value() : DnsSettings::defaults()};
    Result<DnsProvider *> provider = DnsProviderFactory::create(config.kind, config.settings, secret, context, this);
    if (!provider) {
        reply(provider.problem());
        return;
    }
    DnsProvider *built = provider.value();
    built->testConnection([built, reply](Result<QString> tested) {
        built->deleteLater();
        reply(std::move(tested));
    });
}
