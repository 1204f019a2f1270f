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
    // One per managed challenge, made on the hub's thread (ChallengePublisherPool keeps it while
    // the challenge stays the same, so its provider and credential are read once).
    return [store, secrets](const ManagedChallenge &) -> std::shared_ptr<ChallengePublisher> {
        return std::make_shared<ProviderChallengePublisher>(store, secrets);
    };
}
