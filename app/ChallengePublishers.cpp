#include "ChallengePublishers.h"

#ifdef CERTDESK_TEST_HOOKS
#include "testhooks/NsupdateTestPublisher.h"
#endif

HubService::PublisherFactory challengePublisherFactory()
{
#ifdef CERTDESK_TEST_HOOKS
    if (auto testPublisher = NsupdateTestPublisher::fromEnvironment()) {
        return [testPublisher](const ManagedChallenge &) {
            return testPublisher;
        };
    }
#endif
    // The provider-backed publisher (core/providers) is returned here once it exists.
    return {};
}
