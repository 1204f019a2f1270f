#pragma once

#include "core/notify/Notification.h"
#include "core/notify/SmtpSettings.h"

#include <QString>
#include <QUrl>

class QSettings;

// Where alerts go (email, webhook) and which events send one, as kept in the profile's
// settings file (the `notify/` group; `certdesk notify set` writes the same keys). Secrets are
// not part of it: the SMTP password and the webhook's signing secret live in the keychain
// (Notifier::smtpPasswordRef, Notifier::webhookSecretRef).
struct NotificationSettings
{
    SmtpSettings email; // `password` stays empty here
    QUrl webhookUrl;
    bool webhookSigned = false; // a signing secret is in the keychain
    QString webhookCaBundlePath;

    bool onRenewalFailed = true;
    bool onExpiringSoon = true;
    // "Expiring soon": fewer days than this left and the renewal overdue. A week, like the
    // endpoint list's "Expiring" state.
    int expiryWarningDays = 7;
    bool onDnsRecordBroken = true;

    bool emailEnabled() const { return !email.host.isEmpty() && !email.to.isEmpty(); }

    bool webhookEnabled() const { return webhookUrl.isValid() && !webhookUrl.isEmpty(); }

    // Whether the administrator wants to hear about this kind of event.
    bool wants(Notification::Kind kind) const;

    static NotificationSettings load(const QSettings &settings);
    // Writes every key; a disabled channel loses its host/recipients or URL.
    void save(QSettings &settings) const;

    static QString securityName(SmtpSettings::Security security);
    static SmtpSettings::Security securityFromName(const QString &name);
};
