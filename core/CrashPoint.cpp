#include "CrashPoint.h"

namespace {

CrashPoint::Handler g_handler = nullptr;

} // namespace

void CrashPoint::setHandler(Handler handler)
{
    g_handler = handler;
}

void CrashPoint::reached(const char *name)
{
    if (g_handler) {
        g_handler(name);
    }
}
