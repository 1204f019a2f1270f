#include "ChallengePublisherPool.h"

#include <QCoreApplication>
#include <QTimer>

ChallengePublisherPool::ChallengePublisherPool(Factory factory)
    : m_factory(std::move(factory))
{
}

ChallengePublisherPool::~ChallengePublisherPool() = default;

ChallengePublisher *ChallengePublisherPool::publisherFor(const ManagedChallenge &challenge)
{
    auto found = m_publishers.find(challenge.id);
    // An edited challenge (other provider, other credential) gets a fresh publisher.
    if (found != m_publishers.end() && found->providerId == challenge.providerId
        && found->updatedAt == challenge.updatedAt) {
        return found->publisher.get();
    }
    std::shared_ptr<ChallengePublisher> publisher = m_factory ? m_factory(challenge) : nullptr;
    if (!publisher) {
        m_publishers.remove(challenge.id);
        return nullptr;
    }
    m_publishers.insert(challenge.id, Entry{challenge.providerId, challenge.updatedAt, publisher});
    return publisher.get();
}

ChallengePublisher::Done ChallengePublisherPool::tracked(Done done)
{
    ++m_inFlight;
    return [this, done = std::move(done)](Result<void> result) {
        done(std::move(result));
        if (--m_inFlight == 0 && m_idle) {
            QTimer::singleShot(0, std::exchange(m_idle, nullptr));
        }
    };
}

void ChallengePublisherPool::whenIdle(std::function<void()> idle)
{
    if (m_inFlight == 0) {
        QTimer::singleShot(0, std::move(idle));
        return;
    }
    m_idle = std::move(idle);
}

void ChallengePublisherPool::failLater(const ManagedChallenge &challenge, Done done)
{
    Problem problem =
        Problem::make(Problem::Category::Configuration,
                      QStringLiteral("hub.no-publisher"),
                      QCoreApplication::translate("ChallengePublisherPool", "CertDesk cannot write DNS records here."),
                      {},
                      QCoreApplication::translate("ChallengePublisherPool",
                                                  "The CertDesk administrator must configure a supported DNS "
                                                  "provider for this managed challenge."))
            .withTechnical(QStringLiteral("no publisher for managed challenge %1 (\"%2\", DNS provider %3)")
                               .arg(challenge.id)
                               .arg(challenge.title)
                               .arg(challenge.providerId));
    // The contract: `done` runs later, never from inside present()/cleanup().
    QTimer::singleShot(0, [done = std::move(done), problem]() {
        done(problem);
    });
}

void ChallengePublisherPool::present(const ManagedChallenge &challenge,
                                     const QString &fqdn,
                                     const QString &value,
                                     Done done)
{
    if (ChallengePublisher *publisher = publisherFor(challenge)) {
        publisher->present(challenge, fqdn, value, tracked(std::move(done)));
    } else {
        failLater(challenge, tracked(std::move(done)));
    }
}

void ChallengePublisherPool::cleanup(const ManagedChallenge &challenge,
                                     const QString &fqdn,
                                     const QString &value,
                                     Done done)
{
    if (ChallengePublisher *publisher = publisherFor(challenge)) {
        publisher->cleanup(challenge, fqdn, value, tracked(std::move(done)));
    } else {
        failLater(challenge, tracked(std::move(done)));
    }
}
