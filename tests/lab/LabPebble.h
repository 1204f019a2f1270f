#pragma once

#include "LabProcess.h"

#include "core/Result.h"

#include <QDeadlineTimer>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

// Pebble, Let's Encrypt's test CA, on loopback with the lab's TLS certificate. Its validation
// authority resolves names only through `dnsServer` (the lab's BIND), never the system resolver.
class LabPebble final
{
public:
    struct Settings
    {
        QString dnsServer;          // "127.0.0.1:PORT"
        int nonceRejectPercent = 0; // PEBBLE_WFE_NONCEREJECT; Pebble's own default is 5
        // PEBBLE_AUTHZREUSE; Pebble's own default is 50. Pebble 2.4 still reuses 1 % at 0
        // (`rand.Intn(100) > percent`): a test that needs a failing validation uses a new account.
        int authzReusePercent = 0;
        bool alwaysValid = false;       // PEBBLE_VA_ALWAYS_VALID
        bool slowValidation = false;    // leave out PEBBLE_VA_NOSLEEP
        bool eabRequired = false;       // externalAccountBindingRequired, with one generated key
        quint16 httpValidationPort = 0; // where Pebble connects for http-01; 0 picks a free one
        quint16 tlsValidationPort = 0;  // where Pebble connects for tls-alpn-01; 0 picks one
        int alternateRoots = 0;         // PEBBLE_ALTERNATE_ROOTS
        int chainLength = 0;            // PEBBLE_CHAIN_LENGTH; 0 keeps Pebble's default
    };

    LabPebble(QString directory, Settings settings, QString certificatePath, QString keyPath);

    Q_DISABLE_COPY_MOVE(LabPebble)

    // Where the validation authority sends its DNS queries; takes effect at the next launch.
    void setDnsServer(const QString &dnsServer) { m_settings.dnsServer = dnsServer; }

    // Picks fresh listen ports (validation ports stay as chosen once) and writes the config.
    Result<void> prepare();
    Result<void> launch();
    Result<void> waitUntilReady(const QDeadlineTimer &deadline, const QSslConfiguration &ssl);
    void stop();

    bool isRunning() const { return m_process.isRunning(); }

    bool failedOnBusyPort() const;

    qint64 pid() const { return m_process.pid(); }

    QString logPath() const;

    QUrl directoryUrl() const;
    QUrl managementUrl() const;

    quint16 httpValidationPort() const { return m_settings.httpValidationPort; }

    quint16 tlsValidationPort() const { return m_settings.tlsValidationPort; }

    QString eabKeyId() const;

    QByteArray eabHmacKey() const { return m_eabHmacKey; }

    QString eabHmacKeyPath() const;

private:
    QString path(const QString &fileName) const;

    QString m_directory;
    Settings m_settings;
    QString m_certificatePath;
    QString m_keyPath;
    quint16 m_port = 0;
    quint16 m_managementPort = 0;
    QByteArray m_eabHmacKey;
    LabProcess m_process;
};
