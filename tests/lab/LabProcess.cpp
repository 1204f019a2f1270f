#include "LabProcess.h"

#include "LabFile.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

LabProcess::LabProcess(QString name)
    : m_name(std::move(name))
{
}

LabProcess::~LabProcess()
{
    stop(std::chrono::milliseconds(2000));
}

QString LabProcess::findProgram(const QString &program)
{
    QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(
            program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
    }
    return path;
}

QProcessEnvironment LabProcess::cleanEnvironment(const QString &home)
{
    QProcessEnvironment environment;
    const QString path = qEnvironmentVariable("PATH", QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("PATH"), path + QStringLiteral(":/usr/sbin:/sbin"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("TMPDIR"), home);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}

Result<void> LabProcess::start(const QString &program,
                               const QStringList &arguments,
                               const QProcessEnvironment &environment,
                               const QString &workingDirectory,
                               const QString &logPath)
{
    stop();
    m_logPath = logPath;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    m_process->setProcessEnvironment(environment);
    m_process->setWorkingDirectory(workingDirectory);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        // Only async-signal-safe calls here: we are between fork() and exec().
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) {
            ::_exit(127); // the test process died before prctl took effect
        }
    });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        const QString error = m_process->errorString();
        m_process.reset();
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("lab.process-start"),
                             QStringLiteral("Cannot start the lab's %1").arg(m_name),
                             QStringLiteral("%1: %2").arg(program, error));
    }
    return {};
}

void LabProcess::stop(std::chrono::milliseconds grace)
{
    if (!m_process) {
        return;
    }
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(int(grace.count()))) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool LabProcess::waitForExit(std::chrono::milliseconds timeout)
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        return true;
    }
    m_process->waitForFinished(int(timeout.count()));
    return m_process->state() == QProcess::NotRunning;
}

bool LabProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 LabProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

Problem LabProcess::exitedProblem() const
{
    return Problem::make(
               Problem::Category::Network,
               QStringLiteral("lab.process-exited"),
               QStringLiteral("The lab's %1 stopped while starting").arg(m_name),
               QStringLiteral("Its log was %1 (set CERTDESK_LAB_KEEP=1 to keep the lab directory).").arg(m_logPath))
        .withTechnical(LabFile::tail(m_logPath));
}
