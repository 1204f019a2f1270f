#include "ProviderChallengePublisher.h"

#include "core/providers/DnsProvider.h"
#include "core/providers/DnsProviderPool.h"

#include <QPointer>

ProviderChallengePublisher::ProviderChallengePublisher(std::shared_ptr<Store> store,
                                                       SecretStore *secrets,
                                                       DnsProviderPool *pool,
                                                       QObject *parent)
    : QObject(parent)
    , m_pool(pool ? pool : new DnsProviderPool(std::move(store), secrets, this))
{
}

ProviderChallengePublisher::~ProviderChallengePublisher() = default;

void ProviderChallengePublisher::present(const ManagedChallenge &challenge,
                                         const QString &fqdn,
                                         const QString &value,
                                         Done done)
{
    run(true, challenge, fqdn, value, std::move(done));
}

void ProviderChallengePublisher::cleanup(const ManagedChallenge &challenge,
                                         const QString &fqdn,
                                         const QString &value,
                                         Done done)
{
    run(false, challenge, fqdn, value, std::move(done));
}

void ProviderChallengePublisher::run(
    bool present, const ManagedChallenge &challenge, const QString &fqdn, const QString &value, Done done)
{
    // Exactly once, later, on this thread (the pool and the providers answer that way too).
    const Result<DnsName> name = DnsName::parse(fqdn);
    if (!name) {
        QMetaObject::invokeMethod(
            this,
            [done, problem = name.problem()] {
                done(problem);
            },
            Qt::QueuedConnection);
        return;
    }
    const QString title = challenge.title;
    m_pool->withProvider(
        challenge.providerId, [present, title, name = name.value(), value, done](Result<DnsProvider *> provider) {
            if (!provider) {
                Problem problem = provider.problem();
                problem.technical = QStringLiteral("managed challenge \"%1\": %2").arg(title, problem.technical);
                done(problem);
                return;
            }
            if (present) {
                provider.value()->present(name, value, done);
            } else {
                provider.value()->cleanup(name, value, done);
            }
        });
}
