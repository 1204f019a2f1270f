#include "NotificationSettings.h"

#include <QSettings>

namespace {

QString key(const char *name)
{
    return QStringLiteral("notify/") + QLatin1String(name);
}

} // namespace

bool NotificationSettings::wants(Notification::Kind kind) const
{
    switch (kind) {
    case Notification::Kind::RenewalFailed:
        return onRenewalFailed;
    case Notification::Kind::ExpiringSoon:
        return onExpiringSoon;
    case Notification::Kind::DnsRecordBroken:
        return onDnsRecordBroken;
    }
    return true;
}

QString NotificationSettings::securityName(SmtpSettings::Security security)
{
    switch (security) {
    case SmtpSettings::Security::ImplicitTls:
        return QStringLiteral("tls");
    case SmtpSettings::Security::None:
        return QStringLiteral("none");
    case SmtpSettings::Security::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

SmtpSettings::Security NotificationSettings::securityFromName(const QString &name)
{
    if (name == QLatin1String("tls")) {
        return SmtpSettings::Security::ImplicitTls;
    }
    if (name == QLatin1String("none")) {
        return SmtpSettings::Security::None;
    }
    return SmtpSettings::Security::StartTls;
}

NotificationSettings NotificationSettings::load(const QSettings &settings)
{
    NotificationSettings loaded;
    loaded.email.host = settings.value(key("smtpHost")).toString();
    const uint port = settings.value(key("smtpPort"), 587).toUInt();
    loaded.email.port = port > 0 && port <= 65535 ? quint16(port) : quint16(587);
    loaded.email.security = securityFromName(settings.value(key("smtpSecurity")).toString());
    loaded.email.username = settings.value(key("smtpUser")).toString();
    loaded.email.caBundlePath = settings.value(key("smtpCaBundle")).toString();
    loaded.email.from = settings.value(key("emailFrom")).toString();
    // Comma separated, as `certdesk notify set --email-to` takes them.
    for (const QString &address :
         settings.value(key("emailTo")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!address.trimmed().isEmpty()) {
            loaded.email.to << address.trimmed();
        }
    }
    loaded.webhookUrl = QUrl(settings.value(key("webhookUrl")).toString());
    loaded.webhookSigned = settings.value(key("webhookSigned")).toBool();
    loaded.webhookCaBundlePath = settings.value(key("webhookCaBundle")).toString();
    loaded.onRenewalFailed = settings.value(key("onRenewalFailed"), true).toBool();
    loaded.onExpiringSoon = settings.value(key("onExpiringSoon"), true).toBool();
    const int days = settings.value(key("expiryWarningDays"), 7).toInt();
    loaded.expiryWarningDays = days > 0 ? days : 7;
    loaded.onDnsRecordBroken = settings.value(key("onDnsRecordBroken"), true).toBool();
    return loaded;
}

void NotificationSettings::save(QSettings &settings) const
{
    const auto setOrRemove = [&settings](const QString &name, const QString &value) {
        if (value.isEmpty()) {
            settings.remove(name);
        } else {
            settings.setValue(name, value);
        }
    };
    setOrRemove(key("smtpHost"), email.host);
    settings.setValue(key("smtpPort"), int(email.port));
    settings.setValue(key("smtpSecurity"), securityName(email.security));
    setOrRemove(key("smtpUser"), email.username);
    setOrRemove(key("smtpCaBundle"), email.caBundlePath);
    setOrRemove(key("emailFrom"), email.from);
    setOrRemove(key("emailTo"), email.to.join(QLatin1Char(',')));
    setOrRemove(key("webhookUrl"), webhookUrl.toString());
    settings.setValue(key("webhookSigned"), webhookSigned);
    setOrRemove(key("webhookCaBundle"), webhookCaBundlePath);
    settings.setValue(key("onRenewalFailed"), onRenewalFailed);
    settings.setValue(key("onExpiringSoon"), onExpiringSoon);
    settings.setValue(key("expiryWarningDays"), expiryWarningDays);
    settings.setValue(key("onDnsRecordBroken"), onDnsRecordBroken);
}
