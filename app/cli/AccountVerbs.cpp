#include "AccountVerbs.h"

#include "VerbContext.h"

#include "core/Profile.h"
#include "core/acme/AccountRegistration.h"
#include "core/acme/CaAccountRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AccountVerbs)
};

// Secrets come from a file or standard input, never from the command line, where every
// user of the machine can read them in the process list.
Result<QByteArray> readSecretFile(const QString &path)
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

int addAccount(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!parser.isSet(QStringLiteral("directory"))) {
        return context.usage(Text::tr("account add needs --directory URL (the CA's ACME directory)."));
    }
    AccountRegistration::Request request;
    request.directoryUrl = QUrl(parser.value(QStringLiteral("directory")));
    request.email = parser.value(QStringLiteral("email"));
    request.agreeToTerms = parser.isSet(QStringLiteral("agree-tos"));
    request.title = parser.value(QStringLiteral("title"));
    request.caBundlePath = parser.value(QStringLiteral("ca-bundle"));
    request.eabKeyId = parser.value(QStringLiteral("eab-kid"));
    if (parser.isSet(QStringLiteral("eab-hmac-file"))) {
        Result<QByteArray> hmac = readSecretFile(parser.value(QStringLiteral("eab-hmac-file")));
        if (!hmac) {
            return context.fail(hmac.problem());
        }
        request.eabHmacKey = hmac.value();
    }
    return context.runAsync([&context, request](std::function<void(int)> done) {
        auto *network = new QNetworkAccessManager(QCoreApplication::instance());
        auto *job = new AccountRegistration(context.profile()->store(), context.secrets(), network, request);
        QObject::connect(
            job, &AccountRegistration::finished, network, [&context, done, network](AccountRegistration *finished) {
                network->deleteLater();
                if (finished->failed()) {
                    done(context.fail(finished->problem()));
                    return;
                }
                const CaAccount &account = finished->account();
                context.printResult(
                    Text::tr("Account %1 registered at %2 (id %3).")
                        .arg(account.accountUrl.toString(), account.directoryUrl.host())
                        .arg(account.id),
                    QJsonObject{{QStringLiteral("id"), account.id},
                                {QStringLiteral("accountUrl"), account.accountUrl.toString()},
                                {QStringLiteral("directory"), account.directoryUrl.toString()},
                                {QStringLiteral("termsOfService"), finished->termsOfService().toString()}});
                done(0);
            });
        job->start();
    });
}

int listAccounts(VerbContext &context)
{
    const Result<QList<CaAccount>> accounts = CaAccountRepository(context.profile()->store()).list();
    if (!accounts) {
        return context.fail(accounts.problem());
    }
    QString text;
    QJsonArray array;
    for (const CaAccount &account : accounts.value()) {
        text += QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(account.id)
                    .arg(account.title, account.email, account.directoryUrl.toString(), account.status);
        array << QJsonObject{{QStringLiteral("id"), account.id},
                             {QStringLiteral("title"), account.title},
                             {QStringLiteral("email"), account.email},
                             {QStringLiteral("directory"), account.directoryUrl.toString()},
                             {QStringLiteral("accountUrl"), account.accountUrl.toString()},
                             {QStringLiteral("status"), account.status}};
    }
    context.printResult(text.isEmpty() ? Text::tr("No CA accounts yet.") : text, {{QStringLiteral("accounts"), array}});
    return 0;
}

} // namespace

QList<Verb> accountVerbs()
{
    Verb add;
    add.path = {QStringLiteral("account"), QStringLiteral("add")};
    add.summary = [] {
        return Text::tr("Register an account at an ACME CA.");
    };
    add.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("directory"), Text::tr("The CA's ACME directory URL."), QStringLiteral("URL")},
            {QStringLiteral("email"), Text::tr("Contact address for the CA."), QStringLiteral("ADDRESS")},
            {QStringLiteral("agree-tos"), Text::tr("Accept the CA's terms of service.")},
            {QStringLiteral("title"), Text::tr("A name for the account."), QStringLiteral("TITLE")},
            {QStringLiteral("ca-bundle"),
             Text::tr("PEM file with the root(s) this CA's server chains to, trusted instead of the system's "
                      "(private CAs)."),
             QStringLiteral("FILE")},
            {QStringLiteral("eab-kid"), Text::tr("External account binding key id."), QStringLiteral("KID")},
            {QStringLiteral("eab-hmac-file"),
             Text::tr("File holding the EAB HMAC key (- for standard input)."),
             QStringLiteral("FILE")},
        };
    };
    add.run = addAccount;

    Verb list;
    list.path = {QStringLiteral("account"), QStringLiteral("list")};
    list.summary = [] {
        return Text::tr("List the CA accounts.");
    };
    list.run = listAccounts;
    return {add, list};
}
