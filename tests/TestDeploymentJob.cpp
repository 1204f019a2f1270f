#include "core/deploy/DeploymentJob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDeploymentJob : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        bool failed = true;
        Problem problem;
        QStringList files;
        int exitCode = -1;
        QString output;
    };

    static DeploymentJob::Material material()
    {
        DeploymentJob::Material m;
        m.endpoint = QStringLiteral("app.example.test");
        m.names = {QStringLiteral("app.example.test"), QStringLiteral("*.app.example.test")};
        m.certificatePem = "-----BEGIN CERTIFICATE-----\nLEAF\n-----END CERTIFICATE-----\n";
        m.chainPem = "-----BEGIN CERTIFICATE-----\nINTERMEDIATE\n-----END CERTIFICATE-----\n";
        m.privateKeyPem = "-----BEGIN PRIVATE KEY-----\nKEY\n-----END PRIVATE KEY-----\n";
        m.pkcs12 = QByteArray("\x30\x82PFX-BYTES", 11);
        return m;
    }

    static Outcome deploy(const DeploymentTarget &target, const DeploymentJob::Material &m = material())
    {
        auto *job = new DeploymentJob(target, m);
        Outcome outcome;
        int finishedCount = 0;
        QObject::connect(job, &DeploymentJob::finished, job, [&](DeploymentJob *done) {
            ++finishedCount;
            outcome.failed = done->failed();
            outcome.problem = done->problem();
            outcome.files = done->writtenFiles();
            outcome.exitCode = done->commandExitCode();
            outcome.output = done->commandOutput();
        });
        QSignalSpy destroyed(job, &QObject::destroyed);
        job->start();
        if (finishedCount != 0) {
            qWarning("finished synchronously");
            return {};
        }
        if (!destroyed.wait(30000)) {
            qWarning("deployment did not finish");
        }
        if (finishedCount != 1) {
            qWarning("finished %d times", finishedCount);
        }
        return outcome;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:

    void writesPemFilesWithOwnerOnlyKey()
    {
        DeploymentTarget target;
        target.folder = m_dir.filePath(QStringLiteral("pem/nested"));
        const Outcome outcome = deploy(target);
        QVERIFY2(!outcome.failed, qPrintable(outcome.problem.message()));
        const QDir folder(target.folder);
        QCOMPARE(read(folder.filePath(QStringLiteral("cert.pem"))), material().certificatePem);
        QCOMPARE(read(folder.filePath(QStringLiteral("chain.pem"))), material().chainPem);
        QCOMPARE(read(folder.filePath(QStringLiteral("fullchain.pem"))),
                 material().certificatePem + material().chainPem);
        QCOMPARE(read(folder.filePath(QStringLiteral("privkey.pem"))), material().privateKeyPem);
        QCOMPARE(QFileInfo(folder.filePath(QStringLiteral("privkey.pem"))).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(QFileInfo(folder.filePath(QStringLiteral("cert.pem"))).permissions() & QFile::ReadOther);
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("certificate.pfx"))));
        QCOMPARE(outcome.files.size(), 4);
    }

    void replacesFilesWithoutLeavingTemporaries()
    {
        DeploymentTarget target;
        target.folder = m_dir.filePath(QStringLiteral("replace"));
        target.writePfx = true;
        QVERIFY(!deploy(target).failed);
        DeploymentJob::Material renewed = material();
        renewed.certificatePem = "-----BEGIN CERTIFICATE-----\nRENEWED\n-----END CERTIFICATE-----\n";
        QVERIFY(!deploy(target, renewed).failed);
        const QDir folder(target.folder);
        QCOMPARE(read(folder.filePath(QStringLiteral("cert.pem"))), renewed.certificatePem);
        QCOMPARE(read(folder.filePath(QStringLiteral("certificate.pfx"))), material().pkcs12);
        QCOMPARE(QFileInfo(folder.filePath(QStringLiteral("certificate.pfx"))).permissions() & QFile::ReadOther,
                 QFile::Permissions());
        QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("cert.pem"),
                              QStringLiteral("certificate.pfx"),
                              QStringLiteral("chain.pem"),
                              QStringLiteral("fullchain.pem"),
                              QStringLiteral("privkey.pem")}));
    }

    void runsThePostDeployCommandWithItsVariables()
    {
        DeploymentTarget target;
        target.folder = m_dir.filePath(QStringLiteral("hook"));
        target.postDeployCommand =
            QStringLiteral("printf '%s|%s|%s|%s' \"$CERTDESK_ENDPOINT\" \"$CERTDESK_NAMES\" \"$CERTDESK_KEY_FILE\" "
                           "\"$CERTDESK_PFX_FILE\" > hook.out; echo reloaded");
        const Outcome outcome = deploy(target);
        QVERIFY2(!outcome.failed, qPrintable(outcome.problem.message()));
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.output.trimmed(), QStringLiteral("reloaded"));
        QCOMPARE(QString::fromUtf8(read(QDir(target.folder).filePath(QStringLiteral("hook.out")))),
                 QStringLiteral("app.example.test|app.example.test *.app.example.test|%1|")
                     .arg(QDir(target.folder).filePath(QStringLiteral("privkey.pem"))));
    }

    void reportsAFailingCommandWithItsOutput()
    {
        DeploymentTarget target;
        target.folder = m_dir.filePath(QStringLiteral("failing"));
        target.postDeployCommand = QStringLiteral("echo 'nginx: configuration test failed' >&2; exit 3");
        const Outcome outcome = deploy(target);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.problem.code, QStringLiteral("deploy.command-failed"));
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY(outcome.problem.detail.contains(QStringLiteral("exited with code 3")));
        QVERIFY(outcome.problem.technical.contains(QStringLiteral("configuration test failed")));
        QCOMPARE(outcome.files.size(), 4); // the files themselves were written
    }

    void stopsACommandThatRunsTooLongWithItsChildren()
    {
        DeploymentTarget target;
        target.folder = m_dir.filePath(QStringLiteral("slow"));
        target.commandTimeoutSeconds = 1;
        const QString marker = m_dir.filePath(QStringLiteral("slow/survived"));
        target.postDeployCommand = QStringLiteral("(sleep 3; touch '%1') & sleep 30").arg(marker);
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = deploy(target);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.problem.code, QStringLiteral("deploy.command-timeout"));
        QVERIFY(timer.elapsed() < 20000); // not the 30 s the command would take
        QTest::qWait(3500);
        QVERIFY2(!QFileInfo::exists(marker), "a child of the command outlived the timeout");
    }

    void failsClearlyWhenTheFolderCannotBeWritten()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        DeploymentTarget target;
        target.folder = blocker + QStringLiteral("/sub");
        const Outcome outcome = deploy(target);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.problem.code, QStringLiteral("deploy.no-folder"));
        QVERIFY(outcome.problem.detail.contains(target.folder));
    }

    void validatesSettings()
    {
        QVERIFY(!DeploymentTarget::fromJson({{QStringLiteral("folder"), QStringLiteral("relative/dir")}}).ok());
        QVERIFY(!DeploymentTarget::fromJson(
                     {{QStringLiteral("folder"), QStringLiteral("/srv/tls")}, {QStringLiteral("pem"), false}})
                     .ok());
        DeploymentTarget target;
        target.folder = QStringLiteral("/srv/tls");
        target.writePfx = true;
        target.postDeployCommand = QStringLiteral("systemctl reload nginx");
        const Result<DeploymentTarget> roundTrip = DeploymentTarget::fromJson(target.toJson());
        QVERIFY(roundTrip.ok());
        QCOMPARE(roundTrip.value().postDeployCommand, target.postDeployCommand);
        QVERIFY(roundTrip.value().writePfx);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentJob)
#include "TestDeploymentJob.moc"
