#pragma once

// Named places in long operations where an interruption is most costly (an order placed at the
// CA but not yet finished, …). In a product build reached() does nothing. The test build of the
// certdesk binary installs a handler (app/testhooks/CrashPointHook) that kills the process
// there, so crash-recovery tests interrupt exactly where they mean to instead of hoping a
// random delay lands in the right place.
namespace CrashPoint {

using Handler = void (*)(const char *name);

// Not thread-safe: set once at start, before any worker thread runs.
void setHandler(Handler handler);

void reached(const char *name);

} // namespace CrashPoint
