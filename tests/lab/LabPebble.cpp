#include "LabPebble.h"

#include "LabFile.h"
#include "LabPorts.h"
#include "LabProbe.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace std::chrono_literals;

LabPebble::LabPebble(QString directory, Settings settings, QString certificatePath, QString keyPath)
    : m_directory(std::move(directory))
    , m_settings(std::move(settings))
    , m_certificatePath(std::move(certificatePath))
    , m_keyPath(std::move(keyPath))
    , m_process(QStringLiteral("Pebble"))
{
}

QString LabPebble::path(const QString &fileName) const
{
    return QDir(m_directory).filePath(fileName);
}

QString LabPebble::logPath() const
{
    return path(QStringLiteral("pebble.log"));
}

QString LabPebble::eabKeyId() const
{
    return m_settings.eabRequired ? QStringLiteral("certdesk-lab-kid") : QString();
}

QString LabPebble::eabHmacKeyPath() const
{
    return m_settings.eabRequired ? path(QStringLiteral("eab-hmac.key")) : QString();
}

QUrl LabPebble::directoryUrl() const
{
    // An IP literal, not "localhost": no name lookup at all, and the certificate has the IP SAN.
    return QUrl(QStringLiteral("https://127.0.0.1:%1/dir").arg(m_port));
}

QUrl LabPebble::managementUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_managementPort));
}

bool LabPebble::failedOnBusyPort() const
{
    return LabFile::tail(logPath(), 40).contains(QLatin1String("address already in use"), Qt::CaseInsensitive);
}

Result<void> LabPebble::prepare()
{
    QDir().mkpath(m_directory);
    m_port = LabPorts::freeTcpPort();
    m_managementPort = LabPorts::freeTcpPort();
    if (m_settings.httpValidationPort == 0) {
        m_settings.httpValidationPort = LabPorts::freeTcpPort();
    }
    if (m_settings.tlsValidationPort == 0) {
        m_settings.tlsValidationPort = LabPorts::freeTcpPort();
    }
    if (m_port == 0 || m_managementPort == 0 || m_settings.httpValidationPort == 0
        || m_settings.tlsValidationPort == 0) {
        return Problem::make(Problem::Category::Network,
                             QStringLiteral("lab.no-port"),
                             QStringLiteral("No free loopback port for Pebble"));
    }

    QJsonObject pebble{
        {QStringLiteral("listenAddress"), QStringLiteral("127.0.0.1:%1").arg(m_port)},
        {QStringLiteral("managementListenAddress"), QStringLiteral("127.0.0.1:%1").arg(m_managementPort)},
        {QStringLiteral("certificate"), m_certificatePath},
        {QStringLiteral("privateKey"), m_keyPath},
        {QStringLiteral("httpPort"), int(m_settings.httpValidationPort)},
        {QStringLiteral("tlsPort"), int(m_settings.tlsValidationPort)},
        {QStringLiteral("ocspResponderURL"), QString()},
        {QStringLiteral("externalAccountBindingRequired"), m_settings.eabRequired},
    };
    if (m_settings.eabRequired) {
        if (m_eabHmacKey.isEmpty()) {
            // 48 bytes encode to 64 base64url characters without padding, which Pebble
            // decodes whether it expects padded or raw base64url.
            QByteArray key(48, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
            m_eabHmacKey = key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            if (auto written = LabFile::write(eabHmacKeyPath(), m_eabHmacKey + '\n', LabFile::Visibility::Secret);
                !written) {
                return written;
            }
        }
        pebble.insert(QStringLiteral("externalAccountMACKeys"),
                      QJsonObject{{eabKeyId(), QString::fromLatin1(m_eabHmacKey)}});
    }
    // The config holds the EAB key when there is one: owner-only like every secret.
    return LabFile::write(path(QStringLiteral("pebble.json")),
                          QJsonDocument(QJsonObject{{QStringLiteral("pebble"), pebble}}).toJson(),
                          LabFile::Visibility::Secret);
}

Result<void> LabPebble::launch()
{
    const QString program = LabProcess::findProgram(QStringLiteral("pebble"));
    if (program.isEmpty()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("lab.missing-program"),
                             QStringLiteral("Pebble is not installed"),
                             QString(),
                             QStringLiteral("Install the Debian package pebble."));
    }
    QProcessEnvironment environment = LabProcess::cleanEnvironment(m_directory);
    environment.insert(QStringLiteral("PEBBLE_VA_NOSLEEP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("PEBBLE_WFE_NONCEREJECT"), QString::number(m_settings.nonceRejectPercent));
    environment.insert(QStringLiteral("PEBBLE_AUTHZREUSE"), QString::number(m_settings.authzReusePercent));
    if (m_settings.alternateRoots > 0) {
        environment.insert(QStringLiteral("PEBBLE_ALTERNATE_ROOTS"), QString::number(m_settings.alternateRoots));
    }
    if (m_settings.chainLength > 0) {
        environment.insert(QStringLiteral("PEBBLE_CHAIN_LENGTH"), QString::number(m_settings.chainLength));
    }
    if (m_settings.alwaysValid) {
        environment.insert(QStringLiteral("PEBBLE_VA_ALWAYS_VALID"), QStringLiteral("1"));
    }
    return m_process.start(program,
                           {QStringLiteral("-config"),
                            path(QStringLiteral("pebble.json")),
                            QStringLiteral("-dnsserver"),
                            m_settings.dnsServer},
                           environment,
                           m_directory,
                           logPath());
}

Result<void> LabPebble::waitUntilReady(const QDeadlineTimer &deadline, const QSslConfiguration &ssl)
{
    // Pebble generates its RSA root and intermediate before it listens: most of its start time.
    QString lastError;
    while (!deadline.hasExpired()) {
        const auto response = LabProbe::http("GET", directoryUrl(), {}, {}, ssl, 2s);
        if (response.status == 200) {
            return {};
        }
        lastError = response.error;
        if (m_process.waitForExit(20ms)) {
            return m_process.exitedProblem();
        }
    }
    return Problem::make(Problem::Category::Timeout,
                         QStringLiteral("lab.start-timeout"),
                         QStringLiteral("Pebble did not answer in time"),
                         QStringLiteral("%1: %2").arg(directoryUrl().toString(), lastError))
        .withTechnical(LabFile::tail(logPath()));
}

void LabPebble::stop()
{
    m_process.stop();
}
