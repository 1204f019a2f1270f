#pragma once

// TEST HOOK, compiled only with CERTDESK_TEST_HOOKS. With CERTDESK_TEST_CRASH_AT=NAME[:N] the
// process kills itself with SIGKILL the Nth time (default: the first) it reaches the crash
// point NAME (see core/CrashPoint.h): no cleanup, no flush, as a power cut or the OOM killer.
namespace CrashPointHook {

void installFromEnvironment();

} // namespace CrashPointHook
