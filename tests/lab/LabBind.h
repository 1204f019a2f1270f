#pragma once

#include "LabProcess.h"

#include "core/Result.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QString>
#include <QStringList>

// BIND 9 (`named -g`) on a loopback port: authoritative for a customer zone and a delegation
// zone, TSIG-signed RFC 2136 updates to both, and recursion for 127.0.0.1 so a TXT query at
// `_acme-challenge.<name>` follows its CNAME into the delegation zone (what Pebble relies on).
//
// named is also authoritative for the root zone (SOA and NS only). Recursion therefore never
// needs root hints: a name outside the lab's zones gets NXDOMAIN from local data at once,
// and no query ever leaves the machine. query-source is pinned to 127.0.0.1 as a second fence.
class LabBind final
{
public:
    explicit LabBind(QString directory);

    Q_DISABLE_COPY_MOVE(LabBind)

    // Picks a fresh free port and (re)writes named.conf; the first call also creates the TSIG
    // key and zone files. Zone files are never rewritten: a restart keeps earlier updates.
    Result<void> prepare();
    Result<void> launch();
    Result<void> waitUntilReady(const QDeadlineTimer &deadline);
    void stop();

    bool isRunning() const { return m_process.isRunning(); }

    bool failedOnBusyPort() const;

    qint64 pid() const { return m_process.pid(); }

    quint16 port() const { return m_port; }

    QString logPath() const;

    static QString customerZone();
    static QString delegationZone();
    static QStringList hostNames();

    QString tsigKeyName() const;
    QString tsigAlgorithm() const;
    QString tsigKeyPath() const;
    QString tsigSecretPath() const;

    QByteArray tsigSecret() const { return m_secret; }

    // Further keys, one per HMAC BIND knows besides hmac-sha256, so every algorithm a provider
    // offers is proven against the real server. Key name "certdesk-lab-key-<algorithm>".
    static QStringList extraTsigAlgorithms();
    static QString extraTsigKeyName(const QString &algorithm);

    QByteArray extraTsigSecret(const QString &algorithm) const { return m_extraSecrets.value(algorithm); }

    // The lab zone `name` lies in, or an empty string.
    static QString zoneOf(const QString &name);

    // Runs `nsupdate -k <key file>` with the given update commands for `zone`. The secret
    // stays in the key file; only the file's path is on the command line.
    Result<void> update(const QString &zone, const QStringList &commands) const;

    Result<void> addRecord(const QString &name, const QString &type, const QString &data, int ttl) const;
    Result<void> removeRecords(const QString &name, const QString &type, const QString &data) const;
    Result<void> replaceRecords(const QString &name, const QString &type, const QString &data, int ttl) const;

private:
    Result<void> writeZoneFiles() const;
    QString configPath() const;
    QString path(const QString &fileName) const;
    static QString presentation(const QString &type, const QString &data);
    Result<QString> zoneOrProblem(const QString &name) const;

    QString m_directory;
    quint16 m_port = 0;
    QByteArray m_secret;
    QHash<QString, QByteArray> m_extraSecrets;
    LabProcess m_process;
};
