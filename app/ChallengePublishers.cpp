#include "ChallengePublishers.h"

#include "core/providers/ProviderChallengePublisher.h"

#ifdef CERTDESK_TEST_HOOKS
#include "testhooks/NsupdateTestPublisher.h"
#endif

HubService::PublisherFactory challengePublisherFactory(std::shared_ptr<Store> store, SecretStore *secrets)
{
#ifdef CERTDESK_TEST_HOOKS
    if (auto testPublisher = NsupdateTestPublisher::fromEnvironment()) {
        return [testPublisher](const ManagedChallenge &) {
            return testPublisher;
        };
    }
#endif
    // Called on the hub's (the worker's) thread, so each publisher and its DNS sockets live there.
    return [store = std::move(store), secrets](const ManagedChallenge &) -> std::shared_ptr<ChallengePublisher> {
        return std::make_shared<ProviderChallengePublisher>(store, secrets);
    };
}
