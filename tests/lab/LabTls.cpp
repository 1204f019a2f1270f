#include "LabTls.h"

#include "LabFile.h"
#include "LabProcess.h"

#include <QDir>
#include <QProcess>

LabTls::LabTls(QString directory)
    : m_directory(std::move(directory))
{
}

QString LabTls::caBundlePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("lab-ca.pem"));
}

QString LabTls::serverCertificatePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("lab-server.pem"));
}

QString LabTls::serverKeyPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("lab-server.key"));
}

QList<QSslCertificate> LabTls::caCertificates() const
{
    return QSslCertificate::fromPath(caBundlePath());
}

QSslConfiguration LabTls::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(caCertificates());
    return configuration;
}

Result<void> LabTls::create()
{
    QDir().mkpath(m_directory);
    const QDir dir(m_directory);
    const QString caKey = dir.filePath(QStringLiteral("lab-ca.key"));
    const QString csr = dir.filePath(QStringLiteral("lab-server.csr"));
    const QString extensions = dir.filePath(QStringLiteral("lab-server.ext"));

    // P-256 keys: generated in milliseconds, unlike RSA, and every client here supports them.
    // Validity: a lab lives for minutes; a week leaves room for clock skew and long sessions.
    if (auto made = openssl({QStringLiteral("req"),
                             QStringLiteral("-x509"),
                             QStringLiteral("-newkey"),
                             QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"),
                             QStringLiteral("-nodes"),
                             QStringLiteral("-keyout"),
                             caKey,
                             QStringLiteral("-out"),
                             caBundlePath(),
                             QStringLiteral("-days"),
                             QStringLiteral("7"),
                             QStringLiteral("-subj"),
                             QStringLiteral("/O=CertDesk lab/CN=CertDesk lab CA"),
                             QStringLiteral("-addext"),
                             QStringLiteral("basicConstraints=critical,CA:TRUE"),
                             QStringLiteral("-addext"),
                             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        !made) {
        return made;
    }
    if (auto made = openssl({QStringLiteral("req"),
                             QStringLiteral("-new"),
                             QStringLiteral("-newkey"),
                             QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"),
                             QStringLiteral("-nodes"),
                             QStringLiteral("-keyout"),
                             serverKeyPath(),
                             QStringLiteral("-out"),
                             csr,
                             QStringLiteral("-subj"),
                             QStringLiteral("/O=CertDesk lab/CN=localhost")});
        !made) {
        return made;
    }
    // Go and OpenSSL both insist on the SAN; CN alone is ignored for host names.
    if (auto written = LabFile::write(extensions,
                                      "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                                      "basicConstraints=critical,CA:FALSE\n"
                                      "keyUsage=critical,digitalSignature\n"
                                      "extendedKeyUsage=serverAuth\n");
        !written) {
        return written;
    }
    return openssl({QStringLiteral("x509"),
                    QStringLiteral("-req"),
                    QStringLiteral("-in"),
                    csr,
                    QStringLiteral("-CA"),
                    caBundlePath(),
                    QStringLiteral("-CAkey"),
                    caKey,
                    QStringLiteral("-set_serial"),
                    QStringLiteral("2"),
                    QStringLiteral("-days"),
                    QStringLiteral("7"),
                    QStringLiteral("-extfile"),
                    extensions,
                    QStringLiteral("-out"),
                    serverCertificatePath()});
}

Result<void> LabTls::openssl(const QStringList &arguments) const
{
    const QString program = LabProcess::findProgram(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("lab.missing-program"),
                             QStringLiteral("openssl is not installed"),
                             QString(),
                             QStringLiteral("Install the Debian package openssl."));
    }
    QProcess process;
    process.setWorkingDirectory(m_directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished();
        return Problem::make(Problem::Category::Tls,
                             QStringLiteral("lab.tls"),
                             QStringLiteral("Cannot create the lab's TLS certificates"),
                             QStringLiteral("openssl %1 failed").arg(arguments.value(0)))
            .withTechnical(QString::fromUtf8(process.readAll()));
    }
    // Private keys: openssl writes them 0600 under the umask we do not control; make sure.
    for (const QString &key : {serverKeyPath(), QDir(m_directory).filePath(QStringLiteral("lab-ca.key"))}) {
        QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return {};
}
