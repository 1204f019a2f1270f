#include "StartAtLogin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QLatin1String kEntryName("org.certdesk.CertDesk");

Problem writeProblem(const QString &where, const QString &reason)
{
    return Problem::make(Problem::Category::Storage,
                         QStringLiteral("login.write-failed"),
                         QCoreApplication::translate("StartAtLogin", "Start at login could not be changed."),
                         QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(where), reason),
                         QCoreApplication::translate("StartAtLogin", "Check that the folder is writable."));
}

#if !defined(Q_OS_WIN)
Result<void> writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return writeProblem(path, QCoreApplication::translate("StartAtLogin", "the folder cannot be created"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        return writeProblem(path, file.errorString());
    }
    return {};
}
#endif

} // namespace

StartAtLogin::StartAtLogin(QString program)
    : m_program(std::move(program))
{
}

QString StartAtLogin::location() const
{
#if defined(Q_OS_WIN)
    return QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\CertDesk");
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kEntryName + QStringLiteral(".plist");
#else
    // XDG Autostart: $XDG_CONFIG_HOME/autostart, ~/.config/autostart by default.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
           + kEntryName + QStringLiteral(".desktop");
#endif
}

bool StartAtLogin::isEnabled() const
{
#if defined(Q_OS_WIN)
    QSettings run(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
                  QSettings::NativeFormat);
    return run.contains(QStringLiteral("CertDesk"));
#else
    return QFile::exists(location());
#endif
}

Result<void> StartAtLogin::setEnabled(bool enabled)
{
#if defined(Q_OS_WIN)
    QSettings run(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
                  QSettings::NativeFormat);
    if (enabled) {
        run.setValue(QStringLiteral("CertDesk"),
                     QStringLiteral("\"%1\" --minimized").arg(QDir::toNativeSeparators(m_program)));
    } else {
        run.remove(QStringLiteral("CertDesk"));
    }
    run.sync();
    if (run.status() != QSettings::NoError) {
        return writeProblem(location(), QCoreApplication::translate("StartAtLogin", "the registry refused the change"));
    }
    return {};
#else
    if (!enabled) {
        if (QFile::exists(location()) && !QFile::remove(location())) {
            return writeProblem(location(), QCoreApplication::translate("StartAtLogin", "the file cannot be removed"));
        }
        return {};
    }
#if defined(Q_OS_MACOS)
    const QByteArray content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                               "<plist version=\"1.0\"><dict>\n"
                               "<key>Label</key><string>org.certdesk.CertDesk</string>\n"
                               "<key>ProgramArguments</key><array><string>"
                               + m_program.toHtmlEscaped().toUtf8()
                               + "</string><string>--minimized</string></array>\n"
                                 "<key>RunAtLoad</key><true/>\n</dict></plist>\n";
#else
    // Exec quoting per the Desktop Entry spec: the path in double quotes, with \ " ` $ escaped.
    QString exec = m_program;
    for (const QChar special : {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')}) {
        exec.replace(special, QStringLiteral("\\") + special);
    }
    const QByteArray content =
        "[Desktop Entry]\nType=Application\nName=CertDesk\n"
        "Comment=Renews HTTPS certificates and shows their status in the tray\n"
        "Exec=\""
        + exec.toUtf8()
        + "\" --minimized\nIcon=org.certdesk.CertDesk\nTerminal=false\nX-GNOME-Autostart-enabled=true\n";
#endif
    return writeFile(location(), content);
#endif
}
