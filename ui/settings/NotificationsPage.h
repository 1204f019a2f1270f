#pragma once

#include "core/notify/NotificationSettings.h"
#include "ui/settings/SettingsPage.h"

#include <optional>

class Facade;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Alerts by email and webhook, and which events send one. Passwords and secrets go to the
// keychain only; their fields start empty and leave the stored secret alone unless something
// is typed. "Send Test Email" and "Send Test Webhook" try the values as they are on the page.
class NotificationsPage final : public SettingsPage
{
    Q_OBJECT

public:
    explicit NotificationsPage(Facade &facade, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void load() override;
    QWidget *validate() override;
    void save(std::function<void(Result<void>)> done) override;

private:
    QWidget *validateEmail();
    QWidget *validateWebhook();
    NotificationSettings current() const;
    void securityChosen();
    void sendTestEmail();
    void sendTestWebhook();
    void updateEnabledFields();
    void showStoredSecrets();

    Facade &m_facade;
    QGroupBox *m_email;
    QLineEdit *m_smtpHost;
    QLabel *m_smtpHostMessage;
    QSpinBox *m_smtpPort;
    QComboBox *m_smtpSecurity;
    QLabel *m_smtpSecurityMessage;
    QLineEdit *m_smtpUser;
    QLineEdit *m_smtpPassword;
    QLabel *m_smtpPasswordMessage;
    QLineEdit *m_smtpCaBundle;
    QLineEdit *m_emailFrom;
    QLabel *m_emailFromMessage;
    QLineEdit *m_emailTo;
    QLabel *m_emailToMessage;
    QPushButton *m_testEmail;
    QLabel *m_testEmailResult;

    QGroupBox *m_webhook;
    QLineEdit *m_webhookUrl;
    QLabel *m_webhookUrlMessage;
    QCheckBox *m_webhookSign;
    QLineEdit *m_webhookSecret;
    QLabel *m_webhookSecretMessage;
    QLineEdit *m_webhookCaBundle;
    QPushButton *m_testWebhook;
    QLabel *m_testWebhookResult;

    QCheckBox *m_onRenewalFailed;
    QCheckBox *m_onExpiringSoon;
    QSpinBox *m_expiryDays;
    QCheckBox *m_onDnsRecordBroken;

    NotificationSettings m_loaded;
    // What the keychain holds, as far as the settings file tells.
    bool m_passwordStored = false;
    bool m_secretStored = false;
};
