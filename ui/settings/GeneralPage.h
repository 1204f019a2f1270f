#pragma once

#include "ui/settings/SettingsPage.h"

class Facade;
class QCheckBox;
class QComboBox;
class QLabel;

// Language, start at login, the tray, desktop notifications.
class GeneralPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit GeneralPage(Facade &facade, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    QWidget *validate() override;
    void save(std::function<void(Result<void>)> done) override;

private:
    QString chosenLanguage() const;
    void updateLanguageNote();

    Facade &m_facade;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QCheckBox *m_startAtLogin;
    QLabel *m_startAtLoginMessage;
    QCheckBox *m_keepRunning;
    QCheckBox *m_desktopNotifications;
    QString m_loadedLanguage;
    bool m_loadedStartAtLogin = false;
};
