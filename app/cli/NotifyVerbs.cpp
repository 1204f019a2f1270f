#include "NotifyVerbs.h"

#include "VerbContext.h"

#include "core/Profile.h"
#include "core/notify/Notifier.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSettings>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NotifyVerbs)
};

Result<QByteArray> readSecret(const QString &path)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("cli.secret-file"),
                             Text::tr("The secret file cannot be read."),
                             QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    return file.readAll().trimmed();
}

int setNotifications(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    QSettings &settings = context.profile()->settings();
    const QList<std::pair<QString, QString>> plain = {
        {QStringLiteral("smtp-host"), QStringLiteral("notify/smtpHost")},
        {QStringLiteral("smtp-port"), QStringLiteral("notify/smtpPort")},
        {QStringLiteral("smtp-security"), QStringLiteral("notify/smtpSecurity")},
        {QStringLiteral("smtp-user"), QStringLiteral("notify/smtpUser")},
        {QStringLiteral("smtp-ca-bundle"), QStringLiteral("notify/smtpCaBundle")},
        {QStringLiteral("email-from"), QStringLiteral("notify/emailFrom")},
        {QStringLiteral("email-to"), QStringLiteral("notify/emailTo")},
        {QStringLiteral("webhook-url"), QStringLiteral("notify/webhookUrl")},
        {QStringLiteral("webhook-ca-bundle"), QStringLiteral("notify/webhookCaBundle")},
    };
    const QString security = parser.value(QStringLiteral("smtp-security"));
    if (!security.isEmpty() && security != QLatin1String("starttls") && security != QLatin1String("tls")
        && security != QLatin1String("none")) {
        return context.usage(Text::tr("--smtp-security is starttls, tls or none."));
    }
    const QUrl webhook(parser.value(QStringLiteral("webhook-url")));
    if (parser.isSet(QStringLiteral("webhook-url")) && (!webhook.isValid() || webhook.host().isEmpty())) {
        return context.usage(
            Text::tr("--webhook-url needs a full URL, for example https://hooks.example.com/certdesk."));
    }
    std::optional<QByteArray> password;
    std::optional<QByteArray> webhookSecret;
    if (parser.isSet(QStringLiteral("smtp-password-file"))) {
        Result<QByteArray> read = readSecret(parser.value(QStringLiteral("smtp-password-file")));
        if (!read) {
            return context.fail(read.problem());
        }
        password = read.value();
    }
    if (parser.isSet(QStringLiteral("webhook-secret-file"))) {
        Result<QByteArray> read = readSecret(parser.value(QStringLiteral("webhook-secret-file")));
        if (!read) {
            return context.fail(read.problem());
        }
        webhookSecret = read.value();
    }
    for (const auto &[option, key] : plain) {
        if (parser.isSet(option)) {
            settings.setValue(key, parser.value(option));
        }
    }
    if (parser.isSet(QStringLiteral("clear-email"))) {
        settings.remove(QStringLiteral("notify/smtpHost"));
        settings.remove(QStringLiteral("notify/emailTo"));
    }
    if (parser.isSet(QStringLiteral("clear-webhook"))) {
        settings.remove(QStringLiteral("notify/webhookUrl"));
        settings.remove(QStringLiteral("notify/webhookSigned"));
    }
    if (webhookSecret) {
        settings.setValue(QStringLiteral("notify/webhookSigned"), true);
    }
    settings.sync();
    return context.runAsync([&context, password, webhookSecret](std::function<void(int)> done) {
        auto remaining = std::make_shared<int>((password ? 1 : 0) + (webhookSecret ? 1 : 0));
        auto report = [&context, done]() {
            context.printResult(Text::tr("Notification settings saved."), {});
            done(0);
        };
        if (*remaining == 0) {
            report();
            return;
        }
        auto stored = [&context, remaining, report, done](Result<void> result) {
            if (!result) {
                done(context.fail(result.problem()));
                return;
            }
            if (--*remaining == 0) {
                report();
            }
        };
        if (password) {
            context.secrets()->store(Notifier::smtpPasswordRef(), *password, QCoreApplication::instance(), stored);
        }
        if (webhookSecret) {
            context.secrets()->store(
                Notifier::webhookSecretRef(), *webhookSecret, QCoreApplication::instance(), stored);
        }
    });
}

int testNotifications(VerbContext &context)
{
    return context.runAsync([&context](std::function<void(int)> done) {
        auto *notifier = new Notifier(context.profile()->settings(), context.secrets(), QCoreApplication::instance());
        if (!notifier->emailEnabled() && !notifier->webhookEnabled()) {
            notifier->deleteLater();
            done(context.usage(Text::tr("No email or webhook is configured; see certdesk notify set --help.")));
            return;
        }
        Notification notification;
        notification.kind = Notification::Kind::RenewalFailed;
        notification.names = {QStringLiteral("test.certdesk.invalid")};
        notification.reason = Text::tr("This is a test notification from CertDesk.");
        notifier->deliver(notification, [&context, notifier, done](Result<void> sent) {
            notifier->deleteLater();
            if (!sent) {
                done(context.fail(sent.problem()));
                return;
            }
            context.printResult(Text::tr("Test notification delivered."), {});
            done(0);
        });
    });
}

} // namespace

QList<Verb> notifyVerbs()
{
    Verb set;
    set.path = {QStringLiteral("notify"), QStringLiteral("set")};
    set.summary = [] {
        return Text::tr("Configure email and webhook alerts.");
    };
    set.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("smtp-host"), Text::tr("Mail server."), QStringLiteral("HOST")},
            {QStringLiteral("smtp-port"), Text::tr("Mail server port (default 587)."), QStringLiteral("PORT")},
            {QStringLiteral("smtp-security"),
             Text::tr("starttls (default), tls, or none (loopback relay only)."),
             QStringLiteral("MODE")},
            {QStringLiteral("smtp-user"), Text::tr("Mail server user name."), QStringLiteral("USER")},
            {QStringLiteral("smtp-password-file"),
             Text::tr("File with the mail password (- for standard input)."),
             QStringLiteral("FILE")},
            {QStringLiteral("smtp-ca-bundle"),
             Text::tr("PEM file trusted for the mail server."),
             QStringLiteral("FILE")},
            {QStringLiteral("email-from"), Text::tr("Sender address."), QStringLiteral("ADDRESS")},
            {QStringLiteral("email-to"), Text::tr("Recipients, comma separated."), QStringLiteral("ADDRESSES")},
            {QStringLiteral("webhook-url"), Text::tr("URL that receives JSON POSTs."), QStringLiteral("URL")},
            {QStringLiteral("webhook-secret-file"),
             Text::tr("File with the webhook signing secret."),
             QStringLiteral("FILE")},
            {QStringLiteral("webhook-ca-bundle"),
             Text::tr("PEM file trusted for the webhook receiver."),
             QStringLiteral("FILE")},
            {QStringLiteral("clear-email"), Text::tr("Turn email alerts off.")},
            {QStringLiteral("clear-webhook"), Text::tr("Turn webhook alerts off.")},
        };
    };
    set.run = setNotifications;

    Verb test;
    test.path = {QStringLiteral("notify"), QStringLiteral("test")};
    test.summary = [] {
        return Text::tr("Send a test alert through every configured channel.");
    };
    test.run = testNotifications;
    return {set, test};
}
