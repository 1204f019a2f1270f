#include "EndpointVerbs.h"

#include "VerbContext.h"

#include "core/Profile.h"
#include "core/deploy/DeploymentTarget.h"
#include "core/endpoints/EndpointRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EndpointVerbs)
};

QJsonObject toJson(const Endpoint &endpoint)
{
    return {{QStringLiteral("id"), endpoint.id},
            {QStringLiteral("names"), QJsonArray::fromStringList(endpoint.names)},
            {QStringLiteral("exposure"), Endpoint::exposureName(endpoint.exposure)},
            {QStringLiteral("target"), endpoint.targetHost},
            {QStringLiteral("challenge"), endpoint.challengeType},
            {QStringLiteral("keyType"), endpoint.keyType},
            {QStringLiteral("status"), endpoint.status},
            {QStringLiteral("ordering"), Endpoint::orderingName(endpoint.orderAutomatically)},
            {QStringLiteral("profile"), endpoint.acmeProfile()}};
}

int addEndpoint(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    Endpoint endpoint;
    endpoint.names = parser.positionalArguments();
    if (endpoint.names.isEmpty()) {
        return context.usage(Text::tr("endpoint add needs at least one name, for example: certdesk endpoint add "
                                      "app.example.com"));
    }
    if (parser.isSet(QStringLiteral("internal")) && parser.isSet(QStringLiteral("external"))) {
        return context.usage(Text::tr("An endpoint is either --internal or --external."));
    }
    if (parser.isSet(QStringLiteral("external"))) {
        endpoint.exposure = Endpoint::Exposure::External;
        endpoint.targetHost = parser.value(QStringLiteral("target"));
    }
    if (parser.isSet(QStringLiteral("challenge"))) {
        endpoint.challengeType = parser.value(QStringLiteral("challenge"));
        if (endpoint.challengeType != QLatin1String("http-01") && endpoint.challengeType != QLatin1String("dns-01")) {
            return context.usage(Text::tr("--challenge is http-01 or dns-01."));
        }
    } else if (parser.isSet(QStringLiteral("http-listen")) || parser.isSet(QStringLiteral("webroot"))) {
        endpoint.challengeType = QStringLiteral("http-01");
    }
    if (parser.isSet(QStringLiteral("http-listen")) && parser.isSet(QStringLiteral("webroot"))) {
        return context.usage(Text::tr("Choose either --http-listen or --webroot."));
    }
    if (parser.isSet(QStringLiteral("http-listen"))) {
        const QString listen = parser.value(QStringLiteral("http-listen"));
        const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
        if (!portOk || port == 0 || port > 65535
            || QHostAddress(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'))).isNull()) {
            return context.usage(Text::tr("--http-listen takes ADDRESS:PORT, for example 0.0.0.0:80 or [::]:8080."));
        }
        endpoint.solverSettings.insert(QStringLiteral("listen"), listen);
    }
    if (parser.isSet(QStringLiteral("webroot"))) {
        endpoint.solverSettings.insert(QStringLiteral("webroot"),
                                       QDir(parser.value(QStringLiteral("webroot"))).absolutePath());
    }
    if (parser.isSet(QStringLiteral("key-type"))) {
        endpoint.keyType = parser.value(QStringLiteral("key-type"));
        static const QStringList keyTypes = {QStringLiteral("ec-p256"),
                                             QStringLiteral("ec-p384"),
                                             QStringLiteral("rsa-2048"),
                                             QStringLiteral("rsa-3072"),
                                             QStringLiteral("rsa-4096")};
        if (!keyTypes.contains(endpoint.keyType)) {
            return context.usage(Text::tr("--key-type is one of: %1.").arg(keyTypes.join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("profile"))) {
        // Checked against the CA's directory when ordering: the CA's list can change.
        const QString profile = parser.value(QStringLiteral("profile")).trimmed();
        if (profile.isEmpty()) {
            return context.usage(Text::tr("--profile needs the name of one of the CA's certificate profiles."));
        }
        endpoint.solverSettings.insert(QStringLiteral("acmeProfile"), profile);
    }
    if (parser.isSet(QStringLiteral("account"))) {
        endpoint.accountId = parser.value(QStringLiteral("account")).toLongLong();
    }
    if (parser.isSet(QStringLiteral("deploy-dir"))) {
        DeploymentTarget target;
        target.folder = QDir(parser.value(QStringLiteral("deploy-dir"))).absolutePath();
        target.writePfx = parser.isSet(QStringLiteral("pfx"));
        target.postDeployCommand = parser.value(QStringLiteral("post-deploy"));
        const Result<DeploymentTarget> checked = DeploymentTarget::fromJson(target.toJson());
        if (!checked) {
            return context.fail(checked.problem());
        }
        endpoint.deploySettings = target.toJson();
    }
    endpoint.orderAutomatically = !parser.isSet(QStringLiteral("manual"));
    const Result<Endpoint> added = EndpointRepository(context.profile()->store()).add(endpoint);
    if (!added) {
        return context.fail(added.problem());
    }
    QString text = Text::tr("Endpoint %1 added (id %2).").arg(added->names.join(QStringLiteral(", "))).arg(added->id);
    text += QLatin1Char('\n')
            + (added->orderAutomatically
                   ? (added->challengeType == QLatin1String("dns-01")
                          ? Text::tr("Its first certificate is ordered once its DNS records are in place (certdesk "
                                     "records shows them), by the running CertDesk (the window or certdesk --headless) "
                                     "or the next certdesk renew --due.")
                          : Text::tr("Its first certificate is ordered by the running CertDesk (the window or certdesk "
                                     "--headless) or the next certdesk renew --due."))
                   : Text::tr("Its certificates are ordered only when you ask: certdesk issue %1.")
                         .arg(added->names.value(0)));
    context.printResult(text, QJsonObject{{QStringLiteral("endpoint"), toJson(added.value())}});
    return 0;
}

int setEndpoint(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("ordering"))) {
        return context.usage(Text::tr("endpoint set needs one endpoint name and --ordering automatic|manual."));
    }
    const QString ordering = parser.value(QStringLiteral("ordering"));
    if (ordering != QLatin1String("automatic") && ordering != QLatin1String("manual")) {
        return context.usage(Text::tr("--ordering is automatic or manual."));
    }
    EndpointRepository repository(context.profile()->store());
    Result<Endpoint> endpoint = repository.findByName(parser.positionalArguments().constFirst());
    if (!endpoint) {
        return context.fail(endpoint.problem());
    }
    Endpoint changed = endpoint.value();
    changed.orderAutomatically = ordering == QLatin1String("automatic");
    const Result<Endpoint> updated = repository.update(changed);
    if (!updated) {
        return context.fail(updated.problem());
    }
    context.printResult(updated->orderAutomatically
                            ? Text::tr("%1: CertDesk orders its certificates by itself.").arg(updated->names.value(0))
                            : Text::tr("%1: certificates are ordered only when you ask.").arg(updated->names.value(0)),
                        QJsonObject{{QStringLiteral("endpoint"), toJson(updated.value())}});
    return 0;
}

int listEndpoints(VerbContext &context)
{
    const Result<QList<Endpoint>> endpoints = EndpointRepository(context.profile()->store()).list();
    if (!endpoints) {
        return context.fail(endpoints.problem());
    }
    QString text;
    QJsonArray array;
    for (const Endpoint &endpoint : endpoints.value()) {
        text += QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(endpoint.id)
                    .arg(endpoint.names.join(QLatin1Char(',')),
                         Endpoint::exposureName(endpoint.exposure),
                         endpoint.challengeType,
                         endpoint.status);
        array << toJson(endpoint);
    }
    context.printResult(text.isEmpty() ? Text::tr("No endpoints yet.") : text, {{QStringLiteral("endpoints"), array}});
    return 0;
}

} // namespace

QList<Verb> endpointVerbs()
{
    Verb add;
    add.path = {QStringLiteral("endpoint"), QStringLiteral("add")};
    add.summary = [] {
        return Text::tr("Add an endpoint: one or more names served together.");
    };
    add.usage = [] {
        return Text::tr("NAME…");
    };
    add.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("internal"), Text::tr("Reachable only inside your network (the default).")},
            {QStringLiteral("external"), Text::tr("Reachable from the internet; needs --target.")},
            {QStringLiteral("target"),
             Text::tr("The host the names point at (external endpoints)."),
             QStringLiteral("HOST")},
            {QStringLiteral("challenge"), Text::tr("http-01 or dns-01 (default dns-01)."), QStringLiteral("TYPE")},
            {QStringLiteral("http-listen"),
             Text::tr("Built-in http-01 responder address (default 0.0.0.0:80)."),
             QStringLiteral("ADDR:PORT")},
            {QStringLiteral("webroot"),
             Text::tr("Answer http-01 by writing into this web server folder."),
             QStringLiteral("DIR")},
            {QStringLiteral("key-type"),
             Text::tr("ec-p256 (default), ec-p384, rsa-2048, rsa-3072 or rsa-4096."),
             QStringLiteral("TYPE")},
            {QStringLiteral("account"), Text::tr("The CA account to use (default: the newest)."), QStringLiteral("ID")},
            {QStringLiteral("profile"),
             Text::tr("The CA's certificate profile to order, where the CA offers profiles (default: the CA's "
                      "default)."),
             QStringLiteral("NAME")},
            {QStringLiteral("deploy-dir"),
             Text::tr("Write the certificate files here after each issuance."),
             QStringLiteral("DIR")},
            {QStringLiteral("pfx"), Text::tr("Also write certificate.pfx.")},
            {QStringLiteral("post-deploy"), Text::tr("Command to run after deploying."), QStringLiteral("COMMAND")},
            {QStringLiteral("manual"),
             Text::tr("Order certificates only when asked (certdesk issue), never by itself.")},
        };
    };
    add.run = addEndpoint;

    Verb set;
    set.path = {QStringLiteral("endpoint"), QStringLiteral("set")};
    set.summary = [] {
        return Text::tr("Change whether CertDesk orders an endpoint's certificates by itself.");
    };
    set.usage = [] {
        return Text::tr("NAME --ordering automatic|manual");
    };
    set.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("ordering"),
             Text::tr("automatic: first certificate and renewals by themselves; manual: only certdesk issue."),
             QStringLiteral("MODE")},
        };
    };
    set.run = setEndpoint;

    Verb list;
    list.path = {QStringLiteral("endpoint"), QStringLiteral("list")};
    list.summary = [] {
        return Text::tr("List the endpoints.");
    };
    list.run = listEndpoints;
    return {add, set, list};
}
