#pragma once

#include "core/Problem.h"
#include "core/Result.h"
#include "core/notify/Notification.h"
#include "core/notify/NotificationSettings.h"
#include "core/secrets/SecretRef.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QSettings;
class SecretStore;

// Sends notifications by email and webhook as the profile's settings say (NotificationSettings,
// read at every send, so a change in the settings dialog applies at once). The SMTP password
// and the webhook signing secret come from the keychain (certdesk/smtp-password/1,
// certdesk/webhook-secret/1). Failures to notify are reported, never thrown away silently.
class Notifier final : public QObject
{
    Q_OBJECT

public:
    Notifier(QSettings &settings, SecretStore *secrets, QObject *parent = nullptr);
    ~Notifier() override;
    Q_DISABLE_COPY_MOVE(Notifier)

    // The settings as they are now.
    NotificationSettings settings() const;
    bool emailEnabled() const;
    bool webhookEnabled() const;

    // Sends through every enabled channel, if the settings want this kind of event at all;
    // `done` gets the first failure, if any.
    void send(const Notification &notification, std::function<void(Result<void>)> done = {});
    // The same whatever the event choices say: for a test the administrator asked for.
    void deliver(const Notification &notification, std::function<void(Result<void>)> done = {});

    static SecretRef smtpPasswordRef();
    static SecretRef webhookSecretRef();

Q_SIGNALS:
    void deliveryFailed(const Problem &problem);

private:
    void sendEmail(const NotificationSettings &settings,
                   const Notification &notification,
                   std::function<void(Result<void>)> done);
    void sendWebhook(const NotificationSettings &settings,
                     const Notification &notification,
                     std::function<void(Result<void>)> done);

    QSettings &m_settings;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
};
