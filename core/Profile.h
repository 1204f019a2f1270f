#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class QSettings;
class Store;

// One administrator's CertDesk data: a folder holding the database and the settings file.
// `--data-dir` picks the folder, which makes every test and script an isolated profile.
class Profile final
{
public:
    ~Profile();
    Q_DISABLE_COPY_MOVE(Profile)

    // The per-user data folder of the platform (for example ~/.local/share/CertDesk).
    static QString defaultDataDir();

    // Creates the folder when missing, opens (and upgrades) the database.
    static Result<std::unique_ptr<Profile>> open(const QString &dataDir);

    QString dataDir() const { return m_dataDir; }

    QString databasePath() const;
    QString settingsPath() const;
    // The settings file of the profile in `dataDir`, for what is needed before it is opened.
    static QString settingsPathIn(const QString &dataDir);

    std::shared_ptr<Store> store() const { return m_store; }

    // Settings of this profile only; never the global QSettings location.
    QSettings &settings() const { return *m_settings; }

private:
    Profile(QString dataDir, std::shared_ptr<Store> store);

    QString m_dataDir;
    std::shared_ptr<Store> m_store;
    std::unique_ptr<QSettings> m_settings;
};
