#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// A real SMTP server for tests (tests/support/smtp_sink.py on Debian's aiosmtpd): STARTTLS
// required, AUTH PLAIN for one user, its own self-signed certificate, messages saved to files.
class SmtpSink
{
public:
    static constexpr const char *User = "alerts";
    static constexpr const char *Password = "correct horse battery";

    ~SmtpSink()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    // Empty on success, else what went wrong.
    QString start()
    {
        const QString cert = certificatePath();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"),
                       QStringLiteral("-x509"),
                       QStringLiteral("-newkey"),
                       QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"),
                       QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"),
                       m_dir.filePath(QStringLiteral("smtp.key")),
                       QStringLiteral("-out"),
                       cert,
                       QStringLiteral("-days"),
                       QStringLiteral("2"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
            return QStringLiteral("openssl failed");
        }
        QFile password(m_dir.filePath(QStringLiteral("password")));
        if (!password.open(QIODevice::WriteOnly)) {
            return QStringLiteral("cannot write password file");
        }
        password.write(Password);
        password.close();
        QDir(m_dir.path()).mkpath(QStringLiteral("mail"));
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(CERTDESK_TEST_SOURCE_DIR "/support/smtp_sink.py"),
                         QString::number(m_port),
                         cert,
                         m_dir.filePath(QStringLiteral("smtp.key")),
                         QString::fromLatin1(User),
                         password.fileName(),
                         m_dir.filePath(QStringLiteral("mail"))});
        if (!m_process.waitForStarted()) {
            return QStringLiteral("python3 did not start");
        }
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("ready") && m_process.state() == QProcess::Running && timer.elapsed() < 15000) {
            m_process.waitForReadyRead(100);
            output += m_process.readAllStandardOutput();
        }
        return output.contains("ready") ? QString() : QString::fromUtf8(m_process.readAllStandardError());
    }

    quint16 port() const { return m_port; }

    QString certificatePath() const { return m_dir.filePath(QStringLiteral("smtp.crt")); }

    QString passwordPath() const { return m_dir.filePath(QStringLiteral("password")); }

    QStringList messages() const
    {
        QStringList texts;
        const QDir mail(m_dir.filePath(QStringLiteral("mail")));
        for (const QString &name : mail.entryList(QDir::Files, QDir::Name)) {
            QFile file(mail.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                texts << QString::fromUtf8(file.readAll());
            }
        }
        return texts;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
