#include "LabPowerDns.h"

#include "LabFile.h"
#include "LabPorts.h"
#include "LabProbe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace std::chrono_literals;

namespace {

QString schemaPath()
{
    // Debian ships it in two places depending on the release.
    for (const char *candidate : {"/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql",
                                  "/usr/share/doc/pdns-backend-sqlite3/schema.sqlite3.sql"}) {
        if (QFile::exists(QLatin1String(candidate))) {
            return QLatin1String(candidate);
        }
    }
    return {};
}

} // namespace

LabPowerDns::LabPowerDns(QString directory, QString zone)
    : m_directory(std::move(directory))
    , m_zone(std::move(zone))
    , m_process(QStringLiteral("PowerDNS (pdns_server)"))
{
}

QString LabPowerDns::path(const QString &fileName) const
{
    return QDir(m_directory).filePath(fileName);
}

QString LabPowerDns::logPath() const
{
    return path(QStringLiteral("pdns.log"));
}

QString LabPowerDns::apiKeyPath() const
{
    return path(QStringLiteral("pdns-api.key"));
}

QUrl LabPowerDns::apiUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_apiPort));
}

bool LabPowerDns::failedOnBusyPort() const
{
    const QString log = LabFile::tail(logPath(), 40);
    return log.contains(QLatin1String("address already in use"), Qt::CaseInsensitive)
           || log.contains(QLatin1String("Unable to bind"), Qt::CaseInsensitive);
}

Result<void> LabPowerDns::createDatabase() const
{
    const QString schema = schemaPath();
    QFile file(schema);
    if (schema.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("lab.missing-program"),
                             QStringLiteral("The PowerDNS sqlite3 schema is missing"),
                             QString(),
                             QStringLiteral("Install the Debian package pdns-backend-sqlite3."));
    }
    const QStringList statements = QString::fromUtf8(file.readAll()).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const QString connection =
        QStringLiteral("certdesk-lab-pdns-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path(QStringLiteral("pdns.sqlite3")));
        if (!db.open()) {
            result = Problem::make(Problem::Category::Storage,
                                   QStringLiteral("lab.pdns-database"),
                                   QStringLiteral("Cannot create the PowerDNS database"))
                         .withTechnical(db.lastError().text());
        } else {
            QSqlQuery query(db);
            // One transaction: statement by statement, sqlite would sync the disk each time.
            db.transaction();
            for (const QString &statement : statements) {
                if (statement.trimmed().isEmpty()) {
                    continue;
                }
                if (!query.exec(statement)) {
                    result = Problem::make(Problem::Category::Storage,
                                           QStringLiteral("lab.pdns-database"),
                                           QStringLiteral("Cannot create the PowerDNS database"))
                                 .withTechnical(query.lastError().text());
                    break;
                }
            }
            if (result) {
                db.commit();
            } else {
                db.rollback();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

Result<void> LabPowerDns::prepare()
{
    QDir().mkpath(m_directory);
    if (m_apiKey.isEmpty()) {
        QByteArray key(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
        m_apiKey = key.toHex();
        if (auto written = LabFile::write(apiKeyPath(), m_apiKey + '\n', LabFile::Visibility::Secret); !written) {
            return written;
        }
        if (auto created = createDatabase(); !created) {
            return created;
        }
    }
    m_dnsPort = LabPorts::freeDnsPort();
    m_apiPort = LabPorts::freeTcpPort();
    if (m_dnsPort == 0 || m_apiPort == 0) {
        return Problem::make(Problem::Category::Network,
                             QStringLiteral("lab.no-port"),
                             QStringLiteral("No free loopback port for PowerDNS"));
    }
    const QStringList conf{
        QStringLiteral("launch=gsqlite3"),
        QStringLiteral("gsqlite3-database=%1").arg(path(QStringLiteral("pdns.sqlite3"))),
        QStringLiteral("local-address=127.0.0.1"),
        QStringLiteral("local-port=%1").arg(m_dnsPort),
        QStringLiteral("api=yes"),
        QStringLiteral("api-key=%1").arg(QString::fromLatin1(m_apiKey)),
        QStringLiteral("webserver=yes"),
        QStringLiteral("webserver-address=127.0.0.1"),
        QStringLiteral("webserver-port=%1").arg(m_apiPort),
        QStringLiteral("webserver-allow-from=127.0.0.0/8"),
        // The security poll is a DNS query through the system resolver: never from a test.
        QStringLiteral("security-poll-suffix="),
        QStringLiteral("disable-syslog=yes"),
        QStringLiteral("log-timestamp=yes"),
        QStringLiteral("distributor-threads=1"),
        QStringLiteral("receiver-threads=1"),
        QStringLiteral("default-soa-content=ns1.@ hostmaster.@ 0 10800 3600 604800 1"),
        QString(),
    };
    // Holds the API key: owner-only.
    return LabFile::write(
        path(QStringLiteral("pdns.conf")), conf.join(QLatin1Char('\n')).toUtf8(), LabFile::Visibility::Secret);
}

Result<void> LabPowerDns::launch()
{
    const QString program = LabProcess::findProgram(QStringLiteral("pdns_server"));
    if (program.isEmpty()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("lab.missing-program"),
                             QStringLiteral("PowerDNS (pdns_server) is not installed"),
                             QString(),
                             QStringLiteral("Install the Debian packages pdns-server and pdns-backend-sqlite3."));
    }
    // Its own config and socket directories: /etc/powerdns and /run/pdns are never touched.
    return m_process.start(program,
                           {QStringLiteral("--config-dir=") + m_directory,
                            QStringLiteral("--socket-dir=") + m_directory,
                            QStringLiteral("--daemon=no"),
                            QStringLiteral("--guardian=no")},
                           LabProcess::cleanEnvironment(m_directory),
                           m_directory,
                           logPath());
}

Result<void> LabPowerDns::createZone() const
{
    const QString zone = m_zone + QLatin1Char('.');
    const QString nameserver = QStringLiteral("ns1.") + zone;
    const QJsonObject body{
        {QStringLiteral("name"), zone},
        {QStringLiteral("kind"), QStringLiteral("Native")},
        {QStringLiteral("nameservers"), QJsonArray{nameserver}},
        {QStringLiteral("rrsets"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), nameserver},
             {QStringLiteral("type"), QStringLiteral("A")},
             {QStringLiteral("ttl"), 60},
             {QStringLiteral("changetype"), QStringLiteral("REPLACE")},
             {QStringLiteral("records"),
              QJsonArray{QJsonObject{{QStringLiteral("content"), QStringLiteral("127.0.0.1")},
                                     {QStringLiteral("disabled"), false}}}},
         }}},
    };
    QUrl url = apiUrl();
    url.setPath(QStringLiteral("/api/v1/servers/%1/zones").arg(serverId()));
    const auto response = LabProbe::http("POST",
                                         url,
                                         {{"X-API-Key", m_apiKey}, {"Content-Type", "application/json"}},
                                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                                         {},
                                         5s);
    if (response.status != 201) {
        return Problem::make(Problem::Category::Dns,
                             QStringLiteral("lab.pdns-zone"),
                             QStringLiteral("PowerDNS did not create the lab zone"),
                             QStringLiteral("%1: HTTP %2 %3").arg(m_zone).arg(response.status).arg(response.error))
            .withTechnical(QString::fromUtf8(response.body));
    }
    return {};
}

Result<void> LabPowerDns::waitUntilReady(const QDeadlineTimer &deadline)
{
    QUrl url = apiUrl();
    url.setPath(QStringLiteral("/api/v1/servers/%1").arg(serverId()));
    bool apiReady = false;
    while (!deadline.hasExpired()) {
        if (!apiReady) {
            apiReady = LabProbe::http("GET", url, {{"X-API-Key", m_apiKey}}, {}, {}, 1s).status == 200;
            if (apiReady && !m_zoneCreated) {
                if (auto created = createZone(); !created) {
                    return created;
                }
                m_zoneCreated = true;
            }
        }
        if (apiReady && LabProbe::dnsServesZone(m_dnsPort, m_zone, 200ms)) {
            return {};
        }
        if (m_process.waitForExit(10ms)) {
            return m_process.exitedProblem();
        }
    }
    return Problem::make(Problem::Category::Timeout,
                         QStringLiteral("lab.start-timeout"),
                         QStringLiteral("PowerDNS did not answer in time"),
                         QStringLiteral("API %1, DNS port %2").arg(apiUrl().toString()).arg(m_dnsPort))
        .withTechnical(LabFile::tail(logPath()));
}

void LabPowerDns::stop()
{
    m_process.stop();
}
