#include "core/platform/StartAtLogin.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestStartAtLogin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:

    void initTestCase()
    {
        // Never touch the developer's own autostart folder.
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void isOffUntilTurnedOn()
    {
        StartAtLogin login(QStringLiteral("/usr/bin/certdesk"));
        QVERIFY(!login.isEnabled());
        QVERIFY(login.location().startsWith(m_config.path()));
    }

    void writesAValidAutostartEntry()
    {
        StartAtLogin login(QStringLiteral("/opt/Cert Desk/bin/cert\"desk"));
        QVERIFY(login.setEnabled(true).ok());
        QVERIFY(login.isEnabled());
        QFile entry(login.location());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray content = entry.readAll();
        QVERIFY(content.contains("Exec=\"/opt/Cert Desk/bin/cert\\\"desk\" --minimized"));
        if (!QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty()) {
            QProcess validate;
            validate.setProcessChannelMode(QProcess::MergedChannels);
            validate.start(QStringLiteral("desktop-file-validate"), {login.location()});
            QVERIFY(validate.waitForFinished(10000));
            QVERIFY2(validate.exitCode() == 0, validate.readAll().constData());
        }
    }

    void removesTheEntryWhenTurnedOff()
    {
        StartAtLogin login(QStringLiteral("/usr/bin/certdesk"));
        QVERIFY(login.setEnabled(true).ok());
        QVERIFY(login.setEnabled(false).ok());
        QVERIFY(!login.isEnabled());
        QVERIFY(!QFile::exists(login.location()));
        QVERIFY(login.setEnabled(false).ok()); // already off: fine
    }
};

QTEST_GUILESS_MAIN(TestStartAtLogin)
#include "TestStartAtLogin.moc"
