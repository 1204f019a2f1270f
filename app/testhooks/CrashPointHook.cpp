#include "CrashPointHook.h"

#include "core/CrashPoint.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcCrashHook, "certdesk.testhooks")

namespace {

QByteArray g_name;
std::atomic<int> g_remaining{0};

void crashIfArmed(const char *name)
{
    if (g_name != name || g_remaining.fetch_sub(1) != 1) {
        return;
    }
    static const char message[] = "TEST HOOK: crash point reached, killing the process\n";
#ifdef Q_OS_UNIX
    [[maybe_unused]] const auto written = ::write(2, message, sizeof message - 1);
    ::kill(::getpid(), SIGKILL);
#endif
    std::_Exit(137);
}

} // namespace

void CrashPointHook::installFromEnvironment()
{
    const QByteArray spec = qgetenv("CERTDESK_TEST_CRASH_AT");
    if (spec.isEmpty()) {
        return;
    }
    const qsizetype colon = spec.indexOf(':');
    g_name = colon < 0 ? spec : spec.left(colon);
    const int count = colon < 0 ? 1 : spec.mid(colon + 1).toInt();
    g_remaining = count > 0 ? count : 1;
    qCWarning(lcCrashHook).noquote() << "TEST HOOK: the process kills itself at crash point" << g_name;
    CrashPoint::setHandler(crashIfArmed);
}
