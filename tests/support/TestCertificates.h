#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// A throwaway CA and a server certificate for 127.0.0.1/localhost it signed, made with the
// openssl CLI in a test's temporary folder. Keys are written to files by openssl itself and
// never pass through a command line.
struct TestCertificates
{
    QSslCertificate ca;
    QSslCertificate server;
    QSslKey serverKey;
    QString error;

    static bool run(const QString &dir, const QStringList &arguments, QString *error)
    {
        QProcess openssl;
        openssl.setWorkingDirectory(dir);
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
            || openssl.exitCode() != 0) {
            *error = QString::fromLocal8Bit(openssl.readAll());
            return false;
        }
        return true;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    bool make(const QString &dir)
    {
        QFile ext(QDir(dir).filePath(QStringLiteral("server.ext")));
        if (!ext.open(QIODevice::WriteOnly)) {
            return false;
        }
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
                  "basicConstraints=critical,CA:FALSE\n");
        ext.close();
        const QList<QStringList> steps = {
            {QStringLiteral("req"),
             QStringLiteral("-x509"),
             QStringLiteral("-newkey"),
             QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"),
             QStringLiteral("-nodes"),
             QStringLiteral("-keyout"),
             QStringLiteral("ca.key"),
             QStringLiteral("-out"),
             QStringLiteral("ca.pem"),
             QStringLiteral("-days"),
             QStringLiteral("2"),
             QStringLiteral("-subj"),
             QStringLiteral("/CN=CertDesk hub test CA"),
             QStringLiteral("-addext"),
             QStringLiteral("basicConstraints=critical,CA:TRUE"),
             QStringLiteral("-addext"),
             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            {QStringLiteral("req"),
             QStringLiteral("-newkey"),
             QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"),
             QStringLiteral("-nodes"),
             QStringLiteral("-keyout"),
             QStringLiteral("server.key"),
             QStringLiteral("-out"),
             QStringLiteral("server.csr"),
             QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1")},
            {QStringLiteral("x509"),
             QStringLiteral("-req"),
             QStringLiteral("-in"),
             QStringLiteral("server.csr"),
             QStringLiteral("-CA"),
             QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"),
             QStringLiteral("ca.key"),
             QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"),
             QStringLiteral("2"),
             QStringLiteral("-extfile"),
             QStringLiteral("server.ext"),
             QStringLiteral("-out"),
             QStringLiteral("server.pem")},
        };
        for (const QStringList &step : steps) {
            if (!run(dir, step, &error)) {
                return false;
            }
        }
        ca = QSslCertificate(read(QDir(dir).filePath(QStringLiteral("ca.pem"))));
        server = QSslCertificate(read(QDir(dir).filePath(QStringLiteral("server.pem"))));
        serverKey = QSslKey(read(QDir(dir).filePath(QStringLiteral("server.key"))), QSsl::Ec);
        return !ca.isNull() && !server.isNull() && !serverKey.isNull();
    }
};
