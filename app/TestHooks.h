#pragma once

// Installs the test-only hooks the environment asks for (app/testhooks) when the binary was
// built with CERTDESK_TEST_HOOKS; does nothing in a product build.
void installTestHooks();
