#include "Profile.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

Profile::Profile(QString dataDir, std::shared_ptr<Store> store)
    : m_dataDir(std::move(dataDir))
    , m_store(std::move(store))
    , m_settings(std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat))
{
}

Profile::~Profile() = default;

QString Profile::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString Profile::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("certdesk.sqlite"));
}

QString Profile::settingsPath() const
{
    return settingsPathIn(m_dataDir);
}

QString Profile::settingsPathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("settings.ini"));
}

Result<std::unique_ptr<Profile>> Profile::open(const QString &dataDir)
{
    if (dataDir.trimmed().isEmpty()) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("profile.no-folder"),
                             QCoreApplication::translate("Profile", "No data folder was given."),
                             {},
                             QCoreApplication::translate("Profile", "Pass a folder with --data-dir DIR."));
    }
    const QString absolute = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(absolute)) {
        return Problem::make(Problem::Category::Storage,
                             QStringLiteral("profile.no-folder"),
                             QCoreApplication::translate("Profile", "The data folder cannot be created."),
                             QCoreApplication::translate("Profile", "CertDesk could not create %1.")
                                 .arg(QDir::toNativeSeparators(absolute)),
                             QCoreApplication::translate("Profile",
                                                         "Check the permissions of its parent folder, or "
                                                         "choose another with --data-dir."));
    }
    // Keys and settings are the administrator's alone.
    QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Result<std::shared_ptr<Store>> store = Store::open(QDir(absolute).filePath(QStringLiteral("certdesk.sqlite")));
    if (!store) {
        return store.problem();
    }
    return std::unique_ptr<Profile>(new Profile(absolute, std::move(store).value()));
}
