#include "TestHooks.h"

#ifdef CERTDESK_TEST_HOOKS
#include "testhooks/CrashPointHook.h"
#endif

void installTestHooks()
{
#ifdef CERTDESK_TEST_HOOKS
    CrashPointHook::installFromEnvironment();
#endif
}
