#pragma once

#include "core/Problem.h"
#include "core/deploy/DeploymentTarget.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class QProcess;
class QTimer;

// Writes one endpoint's certificate into its deployment folder and runs the post-deploy
// command. Every file is replaced atomically (a temporary file renamed over the old one),
// so a server reloading at any moment reads either the old or the new certificate, never
// half of one; keys are owner-only from the first byte. start() never emits synchronously;
// `finished` fires exactly once, then the job deletes itself.
//
// The command runs through the platform shell (/bin/sh -c, cmd /c) with these variables:
//   CERTDESK_ENDPOINT, CERTDESK_NAMES (space separated), CERTDESK_DEPLOY_DIR,
//   CERTDESK_CERT_FILE, CERTDESK_CHAIN_FILE, CERTDESK_FULLCHAIN_FILE, CERTDESK_KEY_FILE,
//   CERTDESK_PFX_FILE (those not written are empty).
class DeploymentJob final : public QObject
{
    Q_OBJECT

public:
    struct Material
    {
        QString endpoint;
        QStringList names;
        QByteArray certificatePem; // the leaf
        QByteArray chainPem;       // intermediates, leaf excluded
        QByteArray privateKeyPem;
        QByteArray pkcs12; // needed when the target asks for PFX
    };

    DeploymentJob(DeploymentTarget target, Material material, QObject *parent = nullptr);
    ~DeploymentJob() override;
    Q_DISABLE_COPY_MOVE(DeploymentJob)

    void start();

    bool failed() const { return m_failed; }

    const Problem &problem() const { return m_problem; }

    QStringList writtenFiles() const { return m_written; }

    int commandExitCode() const { return m_exitCode; }

    QString commandOutput() const { return m_output; }

Q_SIGNALS:
    void finished(DeploymentJob *job);

private:
    void run();
    Result<void> writeFiles();
    Result<void> writeAtomically(const QString &fileName, const QByteArray &bytes, bool secret);
    void startCommand();
    void commandFinished(int exitCode, bool crashed);
    void commandTimedOut();
    void finish(const Problem *problem);

    DeploymentTarget m_target;
    Material m_material;
    QStringList m_written;
    QProcess *m_process = nullptr;
    QTimer *m_timeout = nullptr;
    QByteArray m_outputBytes;
    QString m_output;
    int m_exitCode = -1;
    bool m_started = false;
    bool m_finished = false;
    bool m_failed = false;
    Problem m_problem;
};
