#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

class LabBind;
class LabPebble;
class LabPowerDns;
class LabTls;
class QTemporaryDir;

// The shared integration-test lab: real Pebble, BIND 9 and PowerDNS servers on 127.0.0.1,
// free ports picked at run time, everything in a private temporary directory so labs run
// in parallel. The Lab owns its processes: the destructor stops them and, should the test
// process die without destructors, the kernel kills them (PR_SET_PDEATHSIG). Create a Lab
// on a thread that outlives it (the main thread of a test). Not thread-safe.
//
//     Lab lab(Lab::Options{.pebble = true, .bind = true});
//     if (auto started = lab.start(); !started)
//         QFAIL(qPrintable(started.problem().message()));
//
// Set CERTDESK_LAB_KEEP=1 to keep the lab directory (configs and server logs) afterwards.
class Lab final
{
public:
    struct Options
    {
        bool pebble = true;
        bool bind = true;
        bool powerDns = false;

        // Pebble
        int pebbleNonceRejectPercent = 0;  // PEBBLE_WFE_NONCEREJECT (Pebble's default: 5)
        int pebbleAuthzReusePercent = 0;   // PEBBLE_AUTHZREUSE (Pebble's default: 50)
        bool pebbleAlwaysValid = false;    // PEBBLE_VA_ALWAYS_VALID: skip challenge validation
        bool pebbleSlowValidation = false; // Pebble's own random 0-15 s wait before validating
        bool pebbleEabRequired = false;    // require External Account Binding; one key is made
        quint16 httpValidationPort = 0;    // port Pebble connects to for http-01; 0: pick one
        quint16 tlsValidationPort = 0;     // port Pebble connects to for tls-alpn-01; 0: pick one
        int pebbleAlternateRoots = 0;      // PEBBLE_ALTERNATE_ROOTS: extra chains (RFC 8555 alternates)
        int pebbleChainLength = 0;         // PEBBLE_CHAIN_LENGTH incl. root; 0: Pebble's default (2)

        // PowerDNS
        QString powerDnsZone = QStringLiteral("powerdns.test");

        std::chrono::milliseconds startTimeout{20000};
    };

    Lab();
    explicit Lab(Options options);
    ~Lab();

    Q_DISABLE_COPY_MOVE(Lab)

    // Starts the chosen servers (in parallel) and returns once each one answers: BIND serves
    // both zones, Pebble's directory answers over verified TLS, PowerDNS serves its zone.
    // On failure every process already started is stopped again.
    Result<void> start();
    void stop();

    QString directory() const;

    const Options &options() const { return m_options; }

    // --- BIND ---------------------------------------------------------------------------
    quint16 bindPort() const;
    QString customerZone() const;   // "example.test"
    QString delegationZone() const; // "acme-delegation.test"
    // Names with an A record (127.0.0.1) in the customer zone, apex included. No AAAA records.
    QStringList hostNames() const;
    QString tsigKeyName() const;
    QString tsigAlgorithm() const;  // "hmac-sha256"
    QString tsigKeyPath() const;    // named.conf `key` statement, as `nsupdate -k` reads it
    QString tsigSecretPath() const; // the base64 secret alone
    QByteArray tsigSecret() const;  // base64, for in-process clients; never log it
    // The same for BIND's other HMACs ("hmac-sha384", "hmac-sha512"), allowed to update both zones.
    QStringList extraTsigAlgorithms() const;
    QString extraTsigKeyName(const QString &algorithm) const;
    QByteArray extraTsigSecret(const QString &algorithm) const;

    // RFC 2136 updates through `nsupdate -k`. `name` must lie in one of the two zones. `data`
    // is in presentation format; a TXT value without quotes is quoted for you. Empty `data`
    // in bindRemoveRecords removes the whole RRset.
    Result<void> bindUpdate(const QString &zone, const QStringList &nsupdateCommands) const;
    Result<void> bindAddRecord(const QString &name, const QString &type, const QString &data, int ttl = 60) const;
    Result<void> bindRemoveRecords(const QString &name, const QString &type, const QString &data = {}) const;
    Result<void> bindReplaceRecords(const QString &name, const QString &type, const QString &data, int ttl = 60) const;

    // "Server down" for tests: stop and start again on the same port, zone data kept.
    void stopBind();
    Result<void> startBind();
    bool isBindRunning() const;

    // --- Pebble -------------------------------------------------------------------------
    QUrl directoryUrl() const;    // https://127.0.0.1:PORT/dir
    QUrl managementUrl() const;   // https://127.0.0.1:PORT, serves /roots/0 and /intermediates/0
    QString caBundlePath() const; // PEM of the lab CA that signed Pebble's (and only its) TLS cert
    QList<QSslCertificate> caCertificates() const;
    // Default TLS configuration with the lab CA as the only trusted root.
    QSslConfiguration sslConfiguration() const;
    // Pebble's own TLS certificate (localhost, 127.0.0.1; signed by the lab CA) and its key,
    // for a test's TLS server standing in front of Pebble (see AriProxy).
    QString tlsCertificatePath() const;
    QString tlsKeyPath() const;
    quint16 httpValidationPort() const;
    quint16 tlsValidationPort() const;
    QString eabKeyId() const;      // empty unless pebbleEabRequired
    QByteArray eabHmacKey() const; // base64url, as CAs hand it out; never log it
    QString eabHmacKeyPath() const;

    // Restarts Pebble on the same ports: it forgets every account, order and its CA keys.
    Result<void> restartPebble();
    bool isPebbleRunning() const;

    // --- PowerDNS -----------------------------------------------------------------------
    QUrl powerDnsApiUrl() const;       // http://127.0.0.1:PORT (API under /api/v1)
    QByteArray powerDnsApiKey() const; // never log it
    QString powerDnsApiKeyPath() const;
    quint16 powerDnsPort() const;
    QString powerDnsServerId() const; // "localhost"
    QString powerDnsZone() const;

    // Process ids of the running servers, for tests that check nothing leaks.
    QList<qint64> processIds() const;

private:
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<LabTls> m_tls;
    std::unique_ptr<LabBind> m_bind;
    std::unique_ptr<LabPebble> m_pebble;
    std::unique_ptr<LabPowerDns> m_powerDns;
};
