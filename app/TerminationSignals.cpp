#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// The self-pipe trick: the handler may only write a byte, the notifier does the rest.
int s_pipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[0], &byte, 1);
}
#endif

#ifdef Q_OS_WIN
TerminationSignals *s_instance = nullptr;

BOOL WINAPI onConsoleEvent(DWORD type)
{
    if (s_instance) {
        QMetaObject::invokeMethod(
            s_instance,
            [type] {
                Q_EMIT s_instance->terminationRequested(static_cast<int>(type));
            },
            Qt::QueuedConnection);
        return TRUE;
    }
    return FALSE;
}
#endif

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) == 0) {
        ::fcntl(s_pipe[0], F_SETFL, O_NONBLOCK);
        ::fcntl(s_pipe[1], F_SETFL, O_NONBLOCK);
        m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readPending);
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
            ::sigaction(signalNumber, &action, nullptr);
        }
    }
#endif
#ifdef Q_OS_WIN
    s_instance = this;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifdef Q_OS_UNIX
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    for (int signalNumber : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(signalNumber, &action, nullptr);
    }
    if (s_pipe[0] >= 0) {
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
        s_pipe[0] = s_pipe[1] = -1;
    }
#endif
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    s_instance = nullptr;
#endif
}

void TerminationSignals::readPending()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    while (::read(s_pipe[1], &byte, 1) == 1) {
        Q_EMIT terminationRequested(byte);
    }
#endif
}
