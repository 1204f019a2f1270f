#include "Notifier.h"

#include "core/notify/SmtpMessageJob.h"
#include "core/notify/WebhookJob.h"
#include "core/secrets/SecretStore.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>

Q_LOGGING_CATEGORY(lcNotify, "certdesk.core.notify")

Notifier::Notifier(QSettings &settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
{
}

Notifier::~Notifier() = default;

SecretRef Notifier::smtpPasswordRef()
{
    return SecretRef(QStringLiteral("smtp-password"), QStringLiteral("1"));
}

SecretRef Notifier::webhookSecretRef()
{
    return SecretRef(QStringLiteral("webhook-secret"), QStringLiteral("1"));
}

bool Notifier::emailEnabled() const
{
    return !m_settings.value(QStringLiteral("notify/smtpHost")).toString().isEmpty()
           && !m_settings.value(QStringLiteral("notify/emailTo")).toString().isEmpty();
}

bool Notifier::webhookEnabled() const
{
    return !m_settings.value(QStringLiteral("notify/webhookUrl")).toString().isEmpty();
}

void Notifier::send(const Notification &notification, std::function<void(Result<void>)> done)
{
    auto pending = std::make_shared<int>((emailEnabled() ? 1 : 0) + (webhookEnabled() ? 1 : 0));
    auto first = std::make_shared<std::optional<Problem>>();
    auto settle = [this, pending, first, done](Result<void> result) {
        if (!result) {
            qCWarning(lcNotify).noquote() << result.problem().message();
            Q_EMIT deliveryFailed(result.problem());
            if (!*first) {
                *first = result.problem();
            }
        }
        if (--*pending == 0 && done) {
            done(*first ? Result<void>(**first) : Result<void>());
        }
    };
    if (*pending == 0) {
        if (done) {
            QMetaObject::invokeMethod(
                this,
                [done] {
                    done({});
                },
                Qt::QueuedConnection);
        }
        return;
    }
    if (emailEnabled()) {
        sendEmail(notification, settle);
    }
    if (webhookEnabled()) {
        sendWebhook(notification, settle);
    }
}

void Notifier::sendEmail(const Notification &notification, std::function<void(Result<void>)> done)
{
    SmtpSettings smtp;
    smtp.host = m_settings.value(QStringLiteral("notify/smtpHost")).toString();
    smtp.port = static_cast<quint16>(m_settings.value(QStringLiteral("notify/smtpPort"), 587).toUInt());
    const QString security =
        m_settings.value(QStringLiteral("notify/smtpSecurity"), QStringLiteral("starttls")).toString();
    smtp.security = security == QLatin1String("tls")    ? SmtpSettings::Security::ImplicitTls
                    : security == QLatin1String("none") ? SmtpSettings::Security::None
                                                        : SmtpSettings::Security::StartTls;
    smtp.username = m_settings.value(QStringLiteral("notify/smtpUser")).toString();
    smtp.from = m_settings.value(QStringLiteral("notify/emailFrom")).toString();
    smtp.to = m_settings.value(QStringLiteral("notify/emailTo")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &address : smtp.to) {
        address = address.trimmed();
    }
    smtp.caBundlePath = m_settings.value(QStringLiteral("notify/smtpCaBundle")).toString();
    const QString subject = notification.subject();
    const QString body = notification.body();
    auto sendWith = [this, done, subject, body](SmtpSettings settings) {
        auto *job = new SmtpMessageJob(std::move(settings), subject, body, this);
        connect(job, &SmtpMessageJob::finished, this, [done](SmtpMessageJob *finished) {
            done(finished->failed() ? Result<void>(finished->problem()) : Result<void>());
        });
        job->start();
    };
    if (smtp.username.isEmpty()) {
        sendWith(smtp);
        return;
    }
    m_secrets->fetch(smtpPasswordRef(), this, [smtp, sendWith, done](Result<QByteArray> password) mutable {
        if (!password) {
            done(password.problem());
            return;
        }
        smtp.password = password.value();
        sendWith(smtp);
    });
}

void Notifier::sendWebhook(const Notification &notification, std::function<void(Result<void>)> done)
{
    WebhookJob::Target target;
    target.url = QUrl(m_settings.value(QStringLiteral("notify/webhookUrl")).toString());
    target.caBundlePath = m_settings.value(QStringLiteral("notify/webhookCaBundle")).toString();
    const QJsonObject payload = notification.toJson();
    auto post = [this, done, payload](WebhookJob::Target withSecret) {
        auto *job = new WebhookJob(m_network, std::move(withSecret), payload, this);
        connect(job, &WebhookJob::finished, this, [done](WebhookJob *finished) {
            done(finished->failed() ? Result<void>(finished->problem()) : Result<void>());
        });
        job->start();
    };
    if (!m_settings.value(QStringLiteral("notify/webhookSigned")).toBool()) {
        post(target);
        return;
    }
    m_secrets->fetch(webhookSecretRef(), this, [target, post, done](Result<QByteArray> secret) mutable {
        if (!secret) {
            done(secret.problem());
            return;
        }
        target.secret = secret.value();
        post(target);
    });
}
