#include "DnsProviderPool.h"

#include "core/Clock.h"
#include "core/dns/DnsClient.h"
#include "core/providers/DnsProvider.h"
#include "core/providers/DnsProviderFactory.h"
#include "core/providers/DnsProviderRepository.h"
#include "core/secrets/SecretStore.h"

DnsProviderPool::DnsProviderPool(std::shared_ptr<Store> store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_secrets(secrets)
    , m_client(new DnsClient(this))
{
}

DnsProviderPool::~DnsProviderPool() = default;

void DnsProviderPool::forget(qint64 id)
{
    if (const auto cached = m_providers.find(id); cached != m_providers.end()) {
        retire(cached->provider);
        m_providers.erase(cached);
    }
}

void DnsProviderPool::retire(DnsProvider *provider)
{
    m_retired << provider;
    deleteIdleRetired();
}

void DnsProviderPool::deleteIdleRetired()
{
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        if ((*it)->isBusy()) {
            ++it;
            continue;
        }
        (*it)->deleteLater();
        it = m_retired.erase(it);
    }
}

void DnsProviderPool::withProvider(qint64 id, Ready ready)
{
    deleteIdleRetired();
    // One indexed read per request: the row decides whether the built provider is current.
    const Result<DnsProviderConfig> config = DnsProviderRepository(m_store, Clock::system()).find(id);
    if (const auto cached = m_providers.constFind(id); cached != m_providers.cend()) {
        if (config && config->updatedAt == cached->updatedAt) {
            QMetaObject::invokeMethod(
                this,
                [ready, provider = cached->provider] {
                    ready(provider);
                },
                Qt::QueuedConnection);
            return;
        }
        forget(id); // edited or removed since it was built
    }
    m_waiting[id] << std::move(ready);
    if (m_waiting[id].size() > 1) {
        return; // already loading
    }
    if (!config) {
        QMetaObject::invokeMethod(
            this,
            [this, id, problem = config.problem()] {
                finish(id, problem);
            },
            Qt::QueuedConnection);
        return;
    }
    DnsProvider::Context context;
    context.client = m_client;
    if (m_settings) {
        context.settings = *m_settings;
    } else {
        const Result<DnsSettings> settings = DnsSettings::load(m_store);
        context.settings = settings ? settings.value() : DnsSettings::defaults();
    }
    const auto build = [this, id, config = config.value(), context](const QByteArray &secret) {
        Result<DnsProvider *> provider =
            DnsProviderFactory::create(config.kind, config.settings, secret, context, this);
        if (provider) {
            m_providers.insert(id, Cached{provider.value(), config.updatedAt});
        }
        finish(id, provider);
    };
    if (config->secretRef.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [build] {
                build({});
            },
            Qt::QueuedConnection);
        return;
    }
    const Result<SecretRef> ref = SecretRef::parse(config->secretRef);
    if (!ref) {
        QMetaObject::invokeMethod(
            this,
            [this, id, problem = ref.problem()] {
                finish(id, problem);
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->fetch(ref.value(), this, [this, id, build](Result<QByteArray> secret) {
        if (!secret) {
            finish(id, secret.problem());
            return;
        }
        build(secret.value());
    });
}

void DnsProviderPool::finish(qint64 id, const Result<DnsProvider *> &result)
{
    const QList<Ready> waiting = m_waiting.take(id);
    for (const Ready &ready : waiting) {
        ready(result);
    }
}
