#pragma once

#include "core/hub/HubService.h"

#include <memory>

class SecretStore;
class Store;

// THE wiring point between the hub and the DNS providers: how the hub writes a managed
// challenge's TXT records. The GUI (through the Facade), `certdesk --headless` and
// `certdesk hub` all take their publishers from here, and nowhere else: each managed
// challenge writes through its own DNS provider and keychain credential
// (core/providers/ProviderChallengePublisher). Builds with CERTDESK_TEST_HOOKS may route
// writes to a lab DNS server instead (app/testhooks/NsupdateTestPublisher.h, docs/hub.md).
HubService::PublisherFactory challengePublisherFactory(std::shared_ptr<Store> store, SecretStore *secrets);
