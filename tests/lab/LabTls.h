#pragma once

#include "core/Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

// The lab's own TLS trust: a throw-away CA and a server certificate it signed for
// `localhost` and `127.0.0.1`. Pebble serves its ACME API with it; clients trust the CA
// explicitly (caBundlePath) instead of disabling verification. Made with the openssl CLI:
// no secret is involved on any command line, private keys go straight to owner-only files.
class LabTls final
{
public:
    explicit LabTls(QString directory);

    Result<void> create();

    QString caBundlePath() const;
    QString serverCertificatePath() const;
    QString serverKeyPath() const;

    QList<QSslCertificate> caCertificates() const;

    // The default configuration with the lab CA as the *only* trusted root.
    QSslConfiguration sslConfiguration() const;

private:
    Result<void> openssl(const QStringList &arguments) const;

    QString m_directory;
};
