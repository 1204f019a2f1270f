#include "GeneralPage.h"

#include "core/Facade.h"
#include "core/LanguageSetting.h"
#include "core/Profile.h"
#include "core/platform/StartAtLogin.h"
#include "ui/common/ProblemText.h"
#include "ui/settings/DesktopSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

GeneralPage::GeneralPage(Facade &facade, QWidget *parent)
    : SettingsPage(parent)
    , m_facade(facade)
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_startAtLogin(new QCheckBox(tr("&Start CertDesk when I log in"), this))
    , m_startAtLoginMessage(createFieldMessage(QStringLiteral("startAtLoginMessage")))
    , m_keepRunning(new QCheckBox(tr("&Keep running in the tray when the window is closed"), this))
    , m_desktopNotifications(new QCheckBox(tr("Show &desktop notifications"), this))
{
    setObjectName(QStringLiteral("generalPage"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const LanguageSetting::Language &language : LanguageSetting::offered()) {
        m_language->addItem(language.nativeName, language.code);
    }
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("CertDesk uses the new language after a restart."));
    m_languageNote->hide();

    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLogin->setToolTip(tr("CertDesk starts in the tray, so renewals run without opening the window."));
    m_keepRunning->setObjectName(QStringLiteral("keepRunningCheck"));
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_keepRunning->setToolTip(tr("No system tray was found on this desktop; this applies where there is one."));
    } else {
        m_keepRunning->setToolTip(tr("Closing the window leaves CertDesk in the tray, so renewals go on."));
    }
    m_desktopNotifications->setObjectName(QStringLiteral("desktopNotificationsCheck"));
    m_desktopNotifications->setToolTip(
        tr("Failed renewals and certificates about to expire appear as notifications of the desktop."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_startAtLoginMessage);
    layout->addWidget(m_keepRunning);
    layout->addWidget(m_desktopNotifications);
    layout->addStretch(1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        updateLanguageNote();
        markModified();
    });
    for (QCheckBox *check : {m_startAtLogin, m_keepRunning, m_desktopNotifications}) {
        connect(check, &QCheckBox::toggled, this, &GeneralPage::markModified);
    }
}

QString GeneralPage::title() const
{
    return tr("General");
}

QIcon GeneralPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/certdesk.svg"));
}

void GeneralPage::load()
{
    Populating populating(this);
    const QSettings &settings = m_facade.profile().settings();
    m_loadedLanguage = LanguageSetting::read(settings);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_loadedLanguage)));
    // The entry on disk is the truth (it may have been removed by hand), not a remembered flag.
    m_loadedStartAtLogin = StartAtLogin(QCoreApplication::applicationFilePath()).isEnabled();
    m_startAtLogin->setChecked(m_loadedStartAtLogin);
    const DesktopSettings desktop = DesktopSettings::load(settings);
    m_keepRunning->setChecked(desktop.keepRunningInTray);
    m_desktopNotifications->setChecked(desktop.desktopNotifications);
    showFieldMessage(m_startAtLoginMessage, {});
    updateLanguageNote();
    markLoaded();
}

QWidget *GeneralPage::validate()
{
    return nullptr;
}

QString GeneralPage::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void GeneralPage::updateLanguageNote()
{
    m_languageNote->setVisible(chosenLanguage() != m_loadedLanguage);
}

void GeneralPage::save(std::function<void(Result<void>)> done)
{
    QSettings &settings = m_facade.profile().settings();
    LanguageSetting::write(settings, chosenLanguage());
    DesktopSettings desktop;
    desktop.keepRunningInTray = m_keepRunning->isChecked();
    desktop.desktopNotifications = m_desktopNotifications->isChecked();
    desktop.save(settings);
    const bool startAtLogin = m_startAtLogin->isChecked();
    if (startAtLogin == m_loadedStartAtLogin) {
        markSaved();
        QMetaObject::invokeMethod(
            this,
            [done] {
                done({});
            },
            Qt::QueuedConnection);
        return;
    }
    m_facade.setStartAtLogin(startAtLogin, this, [this, startAtLogin, done](const Result<void> &result) {
        if (!result) {
            showFieldMessage(m_startAtLoginMessage, ProblemText::oneLine(result.problem()));
            done(result);
            return;
        }
        showFieldMessage(m_startAtLoginMessage, {});
        m_loadedStartAtLogin = startAtLogin;
        markSaved();
        done({});
    });
}
