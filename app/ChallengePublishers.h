#pragma once

#include "core/hub/HubService.h"

// THE wiring point between the hub and the DNS providers: how the hub writes a managed
// challenge's TXT records. The GUI (through the Facade), `certdesk --headless` and
// `certdesk hub` all take their publishers from here, and nowhere else.
//
// Until core/providers lands, no provider-backed publisher exists: the hub then runs, checks
// every request, and answers writes with 502 "CertDesk cannot write DNS records here"
// (ChallengePublisherPool). Builds with CERTDESK_TEST_HOOKS may route writes to a lab DNS
// server instead (app/testhooks/NsupdateTestPublisher.h, documented in docs/hub.md).
HubService::PublisherFactory challengePublisherFactory();
