#include "DeploymentJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QProcess>
#include <QSaveFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcDeploy, "certdesk.core.deploy")

namespace {

constexpr qsizetype kMaxOutput = 16 * 1024;

} // namespace

DeploymentJob::DeploymentJob(DeploymentTarget target, Material material, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_material(std::move(material))
{
}

DeploymentJob::~DeploymentJob()
{
    m_material.privateKeyPem.fill('\0');
    m_material.pkcs12.fill('\0');
}

void DeploymentJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &DeploymentJob::run, Qt::QueuedConnection);
}

void DeploymentJob::run()
{
    if (Result<void> written = writeFiles(); !written) {
        finish(&written.problem());
        return;
    }
    if (m_target.postDeployCommand.trimmed().isEmpty()) {
        finish(nullptr);
        return;
    }
    startCommand();
}

Result<void> DeploymentJob::writeFiles()
{
    if (!QDir().mkpath(m_target.folder)) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("deploy.no-folder"),
                             tr("The certificate could not be deployed."),
                             tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_target.folder)),
                             tr("Check that the folder's parent exists and that CertDesk may write there."));
    }
    if (m_target.writePem) {
        QByteArray fullChain = m_material.certificatePem;
        if (!fullChain.endsWith('\n')) {
            fullChain += '\n';
        }
        fullChain += m_material.chainPem;
        // The key first: a server never finds a new certificate next to an old key for long.
        const QList<std::tuple<QString, QByteArray, bool>> files = {
            {QStringLiteral("privkey.pem"), m_material.privateKeyPem, true},
            {QStringLiteral("cert.pem"), m_material.certificatePem, false},
            {QStringLiteral("chain.pem"), m_material.chainPem, false},
            {QStringLiteral("fullchain.pem"), fullChain, false},
        };
        for (const auto &[name, bytes, secret] : files) {
            if (Result<void> written = writeAtomically(name, bytes, secret); !written) {
                return written;
            }
        }
    }
    if (m_target.writePfx) {
        if (m_material.pkcs12.isEmpty()) {
            return Problem::make(Problem::Category::Internal,
                                 QStringLiteral("deploy.no-pfx"),
                                 tr("The PFX file could not be built."),
                                 tr("No PKCS#12 data was produced for %1.").arg(m_material.endpoint));
        }
        if (Result<void> written = writeAtomically(QStringLiteral("certificate.pfx"), m_material.pkcs12, true);
            !written) {
            return written;
        }
    }
    return {};
}

Result<void> DeploymentJob::writeAtomically(const QString &fileName, const QByteArray &bytes, bool secret)
{
    const QString path = QDir(m_target.folder).filePath(fileName);
    QSaveFile file(path);
    auto failure = [&](const QString &reason) {
        file.cancelWriting();
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("deploy.write-failed"),
                             tr("The certificate could not be deployed."),
                             tr("Writing %1 failed: %2").arg(QDir::toNativeSeparators(path), reason),
                             tr("Check that CertDesk may write to %1 and that the disk is not full.")
                                 .arg(QDir::toNativeSeparators(m_target.folder)));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(file.errorString());
    }
    // Narrowed before a single byte is written, and kept by the rename.
    const QFileDevice::Permissions permissions =
        secret ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
               : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!file.setPermissions(permissions)) {
        return failure(file.errorString());
    }
    if (file.write(bytes) != bytes.size()) {
        return failure(file.errorString());
    }
    if (!file.commit()) {
        return failure(file.errorString());
    }
    m_written << path;
    return {};
}

void DeploymentJob::startCommand()
{
    const QDir folder(m_target.folder);
    auto fileIfWritten = [&](const QString &name) {
        const QString path = folder.filePath(name);
        return m_written.contains(path) ? QDir::toNativeSeparators(path) : QString();
    };
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CERTDESK_ENDPOINT"), m_material.endpoint);
    environment.insert(QStringLiteral("CERTDESK_NAMES"), m_material.names.join(QLatin1Char(' ')));
    environment.insert(QStringLiteral("CERTDESK_DEPLOY_DIR"), QDir::toNativeSeparators(folder.absolutePath()));
    environment.insert(QStringLiteral("CERTDESK_CERT_FILE"), fileIfWritten(QStringLiteral("cert.pem")));
    environment.insert(QStringLiteral("CERTDESK_CHAIN_FILE"), fileIfWritten(QStringLiteral("chain.pem")));
    environment.insert(QStringLiteral("CERTDESK_FULLCHAIN_FILE"), fileIfWritten(QStringLiteral("fullchain.pem")));
    environment.insert(QStringLiteral("CERTDESK_KEY_FILE"), fileIfWritten(QStringLiteral("privkey.pem")));
    environment.insert(QStringLiteral("CERTDESK_PFX_FILE"), fileIfWritten(QStringLiteral("certificate.pfx")));

    m_process = new QProcess(this);
    m_process->setProcessEnvironment(environment);
    m_process->setWorkingDirectory(folder.absolutePath());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_UNIX
    // Its own process group, so a timeout ends the command's children too.
    m_process->setChildProcessModifier([] {
        ::setsid();
    });
#endif
    connect(m_process, &QProcess::readyRead, this, [this] {
        const QByteArray chunk = m_process->readAll();
        if (m_outputBytes.size() < kMaxOutput) {
            m_outputBytes += chunk.left(kMaxOutput - m_outputBytes.size());
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        commandFinished(exitCode, status == QProcess::CrashExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            const Problem problem = Problem::make(Problem::Category::Configuration,
                                                  QStringLiteral("deploy.command-not-started"),
                                                  tr("The post-deploy command could not be started."),
                                                  m_process->errorString(),
                                                  tr("Check the command in the endpoint's deployment settings."));
            finish(&problem);
        }
    });
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &DeploymentJob::commandTimedOut);
    m_timeout->start(m_target.commandTimeoutSeconds * 1000);

#ifdef Q_OS_WIN
    m_process->start(QStringLiteral("cmd.exe"), {QStringLiteral("/c"), m_target.postDeployCommand});
#else
    m_process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_target.postDeployCommand});
#endif
}

void DeploymentJob::commandTimedOut()
{
    if (m_finished || !m_process) {
        return;
    }
#ifdef Q_OS_UNIX
    if (m_process->processId() > 0) {
        ::kill(-static_cast<pid_t>(m_process->processId()), SIGKILL);
    }
#endif
    m_process->kill();
    m_output = QString::fromLocal8Bit(m_outputBytes);
    const Problem problem =
        Problem::make(Problem::Category::Timeout,
                      QStringLiteral("deploy.command-timeout"),
                      tr("The post-deploy command did not finish in time."),
                      tr("\"%1\" was stopped after %n second(s).", nullptr, m_target.commandTimeoutSeconds)
                          .arg(m_target.postDeployCommand),
                      tr("Make the command finish faster, or raise its timeout."))
            .withTechnical(m_output);
    finish(&problem);
}

void DeploymentJob::commandFinished(int exitCode, bool crashed)
{
    if (m_finished) {
        return;
    }
    m_timeout->stop();
    m_outputBytes += m_process->readAll().left(std::max<qsizetype>(0, kMaxOutput - m_outputBytes.size()));
    m_output = QString::fromLocal8Bit(m_outputBytes);
    m_exitCode = crashed ? -1 : exitCode;
    if (crashed || exitCode != 0) {
        const Problem problem =
            Problem::make(Problem::Category::Configuration,
                          QStringLiteral("deploy.command-failed"),
                          tr("The post-deploy command failed."),
                          crashed ? tr("\"%1\" crashed.").arg(m_target.postDeployCommand)
                                  : tr("\"%1\" exited with code %2.").arg(m_target.postDeployCommand).arg(exitCode),
                          tr("The certificate files were written; see the command's output in "
                             "the activity log, fix the command, and deploy again."))
                .withTechnical(m_output);
        finish(&problem);
        return;
    }
    finish(nullptr);
}

void DeploymentJob::finish(const Problem *problem)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (problem) {
        m_failed = true;
        m_problem = *problem;
        qCWarning(lcDeploy).noquote() << m_material.endpoint << problem->code << problem->detail;
    } else {
        qCInfo(lcDeploy).noquote() << "deployed" << m_material.endpoint << "to" << m_target.folder;
    }
    Q_EMIT finished(this);
    deleteLater();
}
