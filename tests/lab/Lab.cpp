#include "Lab.h"

#include "LabBind.h"
#include "LabFile.h"
#include "LabPebble.h"
#include "LabPorts.h"
#include "LabPowerDns.h"
#include "LabTls.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {

// Ports are found by binding and releasing them, so another process can win the race before
// the server binds. A server that failed for that reason gets fresh ports, twice at most.
template <typename Server, typename Wait>
Result<void> waitRetryingBusyPorts(Server &server, Wait wait)
{
    for (int attempt = 1;; ++attempt) {
        Result<void> ready = wait();
        if (ready || attempt == 3 || !server.failedOnBusyPort()) {
            return ready;
        }
        server.stop();
        if (auto prepared = server.prepare(); !prepared) {
            return prepared;
        }
        if (auto launched = server.launch(); !launched) {
            return launched;
        }
    }
}

// "pid:[inode]": process ids are only comparable inside one pid namespace, and containers may
// share /tmp.
QByteArray pidNamespace()
{
    char target[64] = {};
    const ssize_t length = ::readlink("/proc/self/ns/pid", target, sizeof(target) - 1);
    return length > 0 ? QByteArray(target, int(length)) : QByteArray();
}

QString ownerFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("owner"));
}

// A test process killed outright (SIGKILL, ctest's timeout) cannot remove its lab directory;
// its servers died with it (PR_SET_PDEATHSIG). Later labs remove such directories, but only
// when the recorded owner is certainly gone: same pid namespace, no such process. Directories
// kept on purpose (CERTDESK_LAB_KEEP) have no owner file and are never touched.
void removeAbandonedDirectories()
{
    const QByteArray ownNamespace = pidNamespace();
    const QFileInfoList entries =
        QDir::temp().entryInfoList({QStringLiteral("certdesk-lab-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        QFile owner(ownerFile(entry.filePath()));
        if (!owner.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> fields = owner.readAll().trimmed().split(' ');
        owner.close();
        bool numeric = false;
        const qint64 pid = fields.value(0).toLongLong(&numeric);
        if (!numeric || pid <= 0 || fields.value(1) != ownNamespace || ownNamespace.isEmpty()) {
            continue;
        }
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH) {
            QDir(entry.filePath()).removeRecursively();
        }
    }
}

Problem notStarted(const QString &what)
{
    return Problem::make(Problem::Category::Configuration,
                         QStringLiteral("lab.not-started"),
                         QStringLiteral("The lab's %1 is not part of this lab").arg(what),
                         QString(),
                         QStringLiteral("Enable it in Lab::Options and call start()."));
}

} // namespace

Lab::Lab()
    : Lab(Options{})
{
}

Lab::Lab(Options options)
    : m_options(std::move(options))
{
}

Lab::~Lab()
{
    stop();
}

Result<void> Lab::start()
{
    stop();
    removeAbandonedDirectories();
    m_directory = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("certdesk-lab-XXXXXX")));
    if (!m_directory->isValid()) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("lab.directory"),
                             QStringLiteral("Cannot create the lab directory"),
                             m_directory->errorString());
    }
    if (qEnvironmentVariableIntValue("CERTDESK_LAB_KEEP") != 0) {
        m_directory->setAutoRemove(false);
        qInfo("certdesk lab: keeping %s", qPrintable(m_directory->path()));
    } else if (auto written =
                   LabFile::write(ownerFile(m_directory->path()),
                                  QByteArray::number(QCoreApplication::applicationPid()) + ' ' + pidNamespace() + '\n');
               !written) {
        return written;
    }
    const QDir dir(m_directory->path());
    const QDeadlineTimer deadline(m_options.startTimeout);

    auto failed = [this](Problem problem) -> Result<void> {
        stop();
        return problem;
    };

    // Launch everything first, then wait: Pebble spends most of a second generating RSA
    // keys, and BIND and PowerDNS start meanwhile.
    if (m_options.bind) {
        m_bind = std::make_unique<LabBind>(dir.filePath(QStringLiteral("bind")));
        if (auto prepared = m_bind->prepare(); !prepared) {
            return failed(prepared.problem());
        }
        if (auto launched = m_bind->launch(); !launched) {
            return failed(launched.problem());
        }
    }
    if (m_options.powerDns) {
        m_powerDns = std::make_unique<LabPowerDns>(dir.filePath(QStringLiteral("pdns")), m_options.powerDnsZone);
        if (auto prepared = m_powerDns->prepare(); !prepared) {
            return failed(prepared.problem());
        }
        if (auto launched = m_powerDns->launch(); !launched) {
            return failed(launched.problem());
        }
    }
    auto pebbleDnsServer = [this] {
        // Without a lab DNS server, point Pebble at a closed loopback port rather than let it
        // fall back to the system resolver: validations fail, nothing leaves the machine.
        const quint16 port = m_bind ? m_bind->port() : m_powerDns ? m_powerDns->dnsPort() : LabPorts::freeDnsPort();
        return QStringLiteral("127.0.0.1:%1").arg(port);
    };
    if (m_options.pebble) {
        m_tls = std::make_unique<LabTls>(dir.filePath(QStringLiteral("tls")));
        if (auto created = m_tls->create(); !created) {
            return failed(created.problem());
        }
        LabPebble::Settings settings;
        settings.dnsServer = pebbleDnsServer();
        settings.nonceRejectPercent = m_options.pebbleNonceRejectPercent;
        settings.authzReusePercent = m_options.pebbleAuthzReusePercent;
        settings.alwaysValid = m_options.pebbleAlwaysValid;
        settings.slowValidation = m_options.pebbleSlowValidation;
        settings.eabRequired = m_options.pebbleEabRequired;
        settings.httpValidationPort = m_options.httpValidationPort;
        settings.tlsValidationPort = m_options.tlsValidationPort;
        settings.alternateRoots = m_options.pebbleAlternateRoots;
        settings.chainLength = m_options.pebbleChainLength;
        m_pebble = std::make_unique<LabPebble>(
            dir.filePath(QStringLiteral("pebble")), settings, m_tls->serverCertificatePath(), m_tls->serverKeyPath());
        if (auto prepared = m_pebble->prepare(); !prepared) {
            return failed(prepared.problem());
        }
        if (auto launched = m_pebble->launch(); !launched) {
            return failed(launched.problem());
        }
    }

    if (m_bind) {
        const QString dnsServerBefore = pebbleDnsServer();
        if (auto ready = waitRetryingBusyPorts(*m_bind,
                                               [&] {
                                                   return m_bind->waitUntilReady(deadline);
                                               });
            !ready) {
            return failed(ready.problem());
        }
        if (m_pebble && pebbleDnsServer() != dnsServerBefore) {
            // BIND moved to another port: Pebble must follow.
            m_pebble->stop();
            m_pebble->setDnsServer(pebbleDnsServer());
            if (auto launched = m_pebble->launch(); !launched) {
                return failed(launched.problem());
            }
        }
    }
    if (m_powerDns) {
        if (auto ready = waitRetryingBusyPorts(*m_powerDns,
                                               [&] {
                                                   return m_powerDns->waitUntilReady(deadline);
                                               });
            !ready) {
            return failed(ready.problem());
        }
    }
    if (m_pebble) {
        const QSslConfiguration ssl = m_tls->sslConfiguration();
        if (auto ready = waitRetryingBusyPorts(*m_pebble,
                                               [&] {
                                                   return m_pebble->waitUntilReady(deadline, ssl);
                                               });
            !ready) {
            return failed(ready.problem());
        }
    }
    return {};
}

void Lab::stop()
{
    // Pebble first: it is the only one that talks to the others.
    m_pebble.reset();
    m_powerDns.reset();
    m_bind.reset();
    m_tls.reset();
    m_directory.reset();
}

QString Lab::directory() const
{
    return m_directory ? m_directory->path() : QString();
}

// --- BIND -------------------------------------------------------------------------------

quint16 Lab::bindPort() const
{
    return m_bind ? m_bind->port() : 0;
}

QString Lab::customerZone() const
{
    return LabBind::customerZone();
}

QString Lab::delegationZone() const
{
    return LabBind::delegationZone();
}

QStringList Lab::hostNames() const
{
    return LabBind::hostNames();
}

QString Lab::tsigKeyName() const
{
    return m_bind ? m_bind->tsigKeyName() : QString();
}

QString Lab::tsigAlgorithm() const
{
    return m_bind ? m_bind->tsigAlgorithm() : QString();
}

QString Lab::tsigKeyPath() const
{
    return m_bind ? m_bind->tsigKeyPath() : QString();
}

QString Lab::tsigSecretPath() const
{
    return m_bind ? m_bind->tsigSecretPath() : QString();
}

QByteArray Lab::tsigSecret() const
{
    return m_bind ? m_bind->tsigSecret() : QByteArray();
}

QStringList Lab::extraTsigAlgorithms() const
{
    return LabBind::extraTsigAlgorithms();
}

QString Lab::extraTsigKeyName(const QString &algorithm) const
{
    return LabBind::extraTsigKeyName(algorithm);
}

QByteArray Lab::extraTsigSecret(const QString &algorithm) const
{
    return m_bind ? m_bind->extraTsigSecret(algorithm) : QByteArray();
}

Result<void> Lab::bindUpdate(const QString &zone, const QStringList &nsupdateCommands) const
{
    if (!m_bind) {
        return notStarted(QStringLiteral("BIND"));
    }
    return m_bind->update(zone, nsupdateCommands);
}

Result<void> Lab::bindAddRecord(const QString &name, const QString &type, const QString &data, int ttl) const
{
    if (!m_bind) {
        return notStarted(QStringLiteral("BIND"));
    }
    return m_bind->addRecord(name, type, data, ttl);
}

Result<void> Lab::bindRemoveRecords(const QString &name, const QString &type, const QString &data) const
{
    if (!m_bind) {
        return notStarted(QStringLiteral("BIND"));
    }
    return m_bind->removeRecords(name, type, data);
}

Result<void> Lab::bindReplaceRecords(const QString &name, const QString &type, const QString &data, int ttl) const
{
    if (!m_bind) {
        return notStarted(QStringLiteral("BIND"));
    }
    return m_bind->replaceRecords(name, type, data, ttl);
}

void Lab::stopBind()
{
    if (m_bind) {
        m_bind->stop();
    }
}

Result<void> Lab::startBind()
{
    if (!m_bind) {
        return notStarted(QStringLiteral("BIND"));
    }
    if (m_bind->isRunning()) {
        return {};
    }
    if (auto launched = m_bind->launch(); !launched) {
        return launched;
    }
    return m_bind->waitUntilReady(QDeadlineTimer(m_options.startTimeout));
}

bool Lab::isBindRunning() const
{
    return m_bind && m_bind->isRunning();
}

// --- Pebble -----------------------------------------------------------------------------

QUrl Lab::directoryUrl() const
{
    return m_pebble ? m_pebble->directoryUrl() : QUrl();
}

QUrl Lab::managementUrl() const
{
    return m_pebble ? m_pebble->managementUrl() : QUrl();
}

QString Lab::caBundlePath() const
{
    return m_tls ? m_tls->caBundlePath() : QString();
}

QString Lab::tlsCertificatePath() const
{
    return m_tls ? m_tls->serverCertificatePath() : QString();
}

QString Lab::tlsKeyPath() const
{
    return m_tls ? m_tls->serverKeyPath() : QString();
}

QList<QSslCertificate> Lab::caCertificates() const
{
    return m_tls ? m_tls->caCertificates() : QList<QSslCertificate>();
}

QSslConfiguration Lab::sslConfiguration() const
{
    return m_tls ? m_tls->sslConfiguration() : QSslConfiguration::defaultConfiguration();
}

quint16 Lab::httpValidationPort() const
{
    return m_pebble ? m_pebble->httpValidationPort() : 0;
}

quint16 Lab::tlsValidationPort() const
{
    return m_pebble ? m_pebble->tlsValidationPort() : 0;
}

QString Lab::eabKeyId() const
{
    return m_pebble ? m_pebble->eabKeyId() : QString();
}

QByteArray Lab::eabHmacKey() const
{
    return m_pebble ? m_pebble->eabHmacKey() : QByteArray();
}

QString Lab::eabHmacKeyPath() const
{
    return m_pebble ? m_pebble->eabHmacKeyPath() : QString();
}

Result<void> Lab::restartPebble()
{
    if (!m_pebble) {
        return notStarted(QStringLiteral("Pebble"));
    }
    m_pebble->stop();
    if (auto launched = m_pebble->launch(); !launched) {
        return launched;
    }
    return m_pebble->waitUntilReady(QDeadlineTimer(m_options.startTimeout), m_tls->sslConfiguration());
}

bool Lab::isPebbleRunning() const
{
    return m_pebble && m_pebble->isRunning();
}

// --- PowerDNS ---------------------------------------------------------------------------

QUrl Lab::powerDnsApiUrl() const
{
    return m_powerDns ? m_powerDns->apiUrl() : QUrl();
}

QByteArray Lab::powerDnsApiKey() const
{
    return m_powerDns ? m_powerDns->apiKey() : QByteArray();
}

QString Lab::powerDnsApiKeyPath() const
{
    return m_powerDns ? m_powerDns->apiKeyPath() : QString();
}

quint16 Lab::powerDnsPort() const
{
    return m_powerDns ? m_powerDns->dnsPort() : 0;
}

QString Lab::powerDnsServerId() const
{
    return LabPowerDns::serverId();
}

QString Lab::powerDnsZone() const
{
    return m_powerDns ? m_powerDns->zone() : QString();
}

QList<qint64> Lab::processIds() const
{
    QList<qint64> ids;
    if (m_bind && m_bind->isRunning()) {
        ids << m_bind->pid();
    }
    if (m_pebble && m_pebble->isRunning()) {
        ids << m_pebble->pid();
    }
    if (m_powerDns && m_powerDns->isRunning()) {
        ids << m_powerDns->pid();
    }
    return ids;
}
