#pragma once

#include "core/hub/HubService.h"

#include <memory>

class SecretStore;
class Store;

// THE wiring point between the hub and the DNS providers: how the hub writes a managed
// challenge's TXT records. The GUI (through the Facade), `certdesk --headless` and
// `certdesk hub` all take their publishers from here, and nowhere else.
//
// Each managed challenge gets a ProviderChallengePublisher (core/providers): its DNS provider
// row and the credential from the keychain, and a value reported published only once the
// zone's authoritative servers serve it. Builds with CERTDESK_TEST_HOOKS may route writes to a
// lab DNS server instead (app/testhooks/NsupdateTestPublisher.h, documented in docs/hub.md).
// `secrets` must outlive every publisher the factory makes.
HubService::PublisherFactory challengePublisherFactory(std::shared_ptr<Store> store, SecretStore *secrets);
