#pragma once

#include "core/Result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QProcess;

// One lab server process. The fixture owns it and it never outlives the fixture: the
// destructor stops it, and the kernel kills it (PR_SET_PDEATHSIG) if the test process dies
// without running destructors (abort, qFatal, SIGKILL from ctest's timeout).
//
// PR_SET_PDEATHSIG fires when the *thread* that started the child exits, so start lab
// processes from a thread that lives as long as the lab (in tests: the main thread).
class LabProcess final
{
public:
    explicit LabProcess(QString name);
    ~LabProcess();

    Q_DISABLE_COPY_MOVE(LabProcess)

    // Finds `program` in PATH or the sbin directories, so a non-root user finds named too.
    static QString findProgram(const QString &program);

    // A small, predictable environment: PATH and a HOME inside the lab, no proxy variables
    // (a Go server would send validation traffic through http_proxy), no inherited PEBBLE_*.
    static QProcessEnvironment cleanEnvironment(const QString &home);

    // Starts the server with stdout and stderr appended to `logPath`.
    Result<void> start(const QString &program,
                       const QStringList &arguments,
                       const QProcessEnvironment &environment,
                       const QString &workingDirectory,
                       const QString &logPath);

    // SIGTERM, then SIGKILL after `grace`; always reaps the child.
    void stop(std::chrono::milliseconds grace = std::chrono::milliseconds(3000));

    // Waits up to `timeout` for the process to exit; true when it is not running (any more).
    // Readiness loops use this as their sleep, so a server that dies is noticed at once.
    bool waitForExit(std::chrono::milliseconds timeout);

    bool isRunning() const;
    qint64 pid() const;

    QString name() const { return m_name; }

    QString logPath() const { return m_logPath; }

    // A Problem saying the server stopped while starting, with the end of its log.
    Problem exitedProblem() const;

private:
    QString m_name;
    QString m_logPath;
    std::unique_ptr<QProcess> m_process;
};
