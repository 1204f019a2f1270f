#pragma once

#include "LabProcess.h"

#include "core/Result.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>
#include <QUrl>

// PowerDNS Authoritative (`pdns_server`) with only the gsqlite3 backend and its HTTP API on
// loopback: the lab's stand-in for a DNS provider with a REST API. One zone is created through
// the API at start, as a user of a hosted PowerDNS would.
class LabPowerDns final
{
public:
    LabPowerDns(QString directory, QString zone);

    Q_DISABLE_COPY_MOVE(LabPowerDns)

    // Picks fresh ports and writes pdns.conf; the first call also creates the database.
    Result<void> prepare();
    Result<void> launch();
    // Waits for the API, creates the zone (first start only) and waits until DNS serves it.
    Result<void> waitUntilReady(const QDeadlineTimer &deadline);
    void stop();

    bool isRunning() const { return m_process.isRunning(); }

    bool failedOnBusyPort() const;

    qint64 pid() const { return m_process.pid(); }

    QString logPath() const;

    QUrl apiUrl() const; // base URL, e.g. http://127.0.0.1:PORT; the API is under /api/v1

    QByteArray apiKey() const { return m_apiKey; }

    QString apiKeyPath() const;

    quint16 dnsPort() const { return m_dnsPort; }

    static QString serverId() { return QStringLiteral("localhost"); }

    QString zone() const { return m_zone; }

private:
    Result<void> createDatabase() const;
    Result<void> createZone() const;
    QString path(const QString &fileName) const;

    QString m_directory;
    QString m_zone;
    quint16 m_dnsPort = 0;
    quint16 m_apiPort = 0;
    QByteArray m_apiKey;
    bool m_zoneCreated = false;
    LabProcess m_process;
};
