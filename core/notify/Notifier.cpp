#include "Notifier.h"

#include "core/notify/SmtpMessageJob.h"
#include "core/notify/WebhookJob.h"
#include "core/secrets/SecretStore.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>

Q_LOGGING_CATEGORY(lcNotifier, "certdesk.core.notify")

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

NotificationSettings Notifier::settings() const
{
    return NotificationSettings::load(m_settings);
}

bool Notifier::emailEnabled() const
{
    return NotificationSettings::load(m_settings).emailEnabled();
}

bool Notifier::webhookEnabled() const
{
    return NotificationSettings::load(m_settings).webhookEnabled();
}

void Notifier::send(const Notification &notification, std::function<void(Result<void>)> done)
{
    if (!NotificationSettings::load(m_settings).wants(notification.kind)) {
        qCDebug(lcNotifier) << "not sending" << notification.kindName() << "(turned off in the settings)";
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
    deliver(notification, std::move(done));
}

void Notifier::deliver(const Notification &notification, std::function<void(Result<void>)> done)
{
    const NotificationSettings settings = NotificationSettings::load(m_settings);
    auto pending = std::make_shared<int>((settings.emailEnabled() ? 1 : 0) + (settings.webhookEnabled() ? 1 : 0));
    auto first = std::make_shared<std::optional<Problem>>();
    auto settle = [this, pending, first, done](Result<void> result) {
        if (!result) {
            qCWarning(lcNotifier).noquote() << result.problem().message();
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
    if (settings.emailEnabled()) {
        sendEmail(settings, notification, settle);
    }
    if (settings.webhookEnabled()) {
        sendWebhook(settings, notification, settle);
    }
}

void Notifier::sendEmail(const NotificationSettings &settings,
                         const Notification &notification,
                         std::function<void(Result<void>)> done)
{
    SmtpSettings smtp = settings.email;
    const QString subject = notification.subject();
    const QString body = notification.body();
    auto sendWith = [this, done, subject, body](SmtpSettings withPassword) {
        auto *job = new SmtpMessageJob(std::move(withPassword), subject, body, this);
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

void Notifier::sendWebhook(const NotificationSettings &settings,
                           const Notification &notification,
                           std::function<void(Result<void>)> done)
{
    WebhookJob::Target target;
    target.url = settings.webhookUrl;
    target.caBundlePath = settings.webhookCaBundlePath;
    const QJsonObject payload = notification.toJson();
    auto post = [this, done, payload](WebhookJob::Target withSecret) {
        auto *job = new WebhookJob(m_network, std::move(withSecret), payload, this);
        connect(job, &WebhookJob::finished, this, [done](WebhookJob *finished) {
            done(finished->failed() ? Result<void>(finished->problem()) : Result<void>());
        });
        job->start();
    };
    if (!settings.webhookSigned) {
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
