#include "HubVerbs.h"

#include "VerbContext.h"

#include "app/ChallengePublishers.h"
#include "app/TerminationSignals.h"
#include "core/Clock.h"
#include "core/Profile.h"
#include "core/crypto/CertificateInfo.h"
#include "core/endpoints/EndpointRepository.h"
#include "core/hub/HubCertificateJob.h"
#include "core/hub/HubService.h"
#include "core/hub/HubSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HubVerbs)
};

QString fingerprint(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QString()
                                : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
}

// "self-signed", "endpoint:ID" or "endpoint:NAME" (one of the endpoint's names).
Result<std::pair<HubSettings::CertificateSource, qint64>> certificateSource(VerbContext &context, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("endpoint:"), Qt::CaseInsensitive)) {
        const QString reference = trimmed.mid(9);
        bool numeric = false;
        reference.toLongLong(&numeric);
        if (!numeric) {
            const Result<Endpoint> endpoint = EndpointRepository(context.profile()->store()).findByName(reference);
            if (!endpoint) {
                return endpoint.problem();
            }
            return std::make_pair(HubSettings::CertificateSource::Endpoint, endpoint->id);
        }
    }
    return HubSettings::parseCertificateSource(trimmed);
}

QJsonObject settingsJson(const HubSettings &settings)
{
    return {{QStringLiteral("enabled"), settings.enabled},
            {QStringLiteral("listen"), settings.listenText()},
            {QStringLiteral("certificate"), settings.certificateSourceText()},
            {QStringLiteral("plainHttp"), settings.plainHttp},
            {QStringLiteral("acmeDnsZone"), settings.acmeDnsZone},
            {QStringLiteral("acmeDnsRegistration"), settings.acmeDnsRegistration},
            {QStringLiteral("url"), settings.clientUrl().toString()}};
}

QString settingsText(const HubSettings &settings)
{
    return Text::tr(
               "Hub %1\n  listen       %2\n  certificate  %3\n  plain HTTP   %4\n  acme-dns     %5\n  clients use  %6")
        .arg(settings.enabled ? Text::tr("enabled (runs with certdesk --headless and the window)")
                              : Text::tr("disabled"),
             settings.listenText(),
             settings.plainHttp ? Text::tr("none (plain HTTP)") : settings.certificateSourceText(),
             settings.plainHttp ? Text::tr("on, loopback only") : Text::tr("off"),
             settings.acmeDnsZone.isEmpty()
                 ? Text::tr("no zone")
                 : Text::tr("zone %1, /register %2")
                       .arg(settings.acmeDnsZone,
                            settings.acmeDnsRegistration ? Text::tr("open")
                                                         : Text::tr("closed (accounts made with token create)")),
             settings.clientUrl().toString());
}

// Applies the options `hub` and `hub configure` share; returns a usage message on a mistake.
QString applyListenOptions(VerbContext &context, HubSettings &settings, Problem *problem)
{
    const QCommandLineParser &parser = context.parser();
    if (parser.isSet(QStringLiteral("listen"))) {
        const auto listen = HubSettings::parseListen(parser.value(QStringLiteral("listen")));
        if (!listen) {
            return listen.problem().message();
        }
        settings.address = listen->first;
        settings.port = listen->second;
    }
    if (parser.isSet(QStringLiteral("plain-http-loopback"))) {
        settings.plainHttp = true;
    }
    if (parser.isSet(QStringLiteral("certificate"))) {
        const auto source = certificateSource(context, parser.value(QStringLiteral("certificate")));
        if (!source) {
            *problem = source.problem();
            return {};
        }
        settings.certificateSource = source->first;
        settings.endpointId = source->second;
    }
    return {};
}

QList<QCommandLineOption> listenOptions()
{
    return {
        {QStringLiteral("listen"),
         Text::tr("Address and port, e.g. 0.0.0.0:8443 or 127.0.0.1:0 (any free port)."),
         QStringLiteral("ADDR:PORT")},
        {QStringLiteral("certificate"),
         Text::tr("self-signed, or endpoint:NAME to present one of CertDesk's own certificates."),
         QStringLiteral("SOURCE")},
        {QStringLiteral("plain-http-loopback"),
         Text::tr("Plain HTTP without TLS, allowed only on a loopback address (behind a local TLS proxy).")},
    };
}

int runHub(VerbContext &context)
{
    HubSettings settings = HubSettings::fromProfile(*context.profile());
    Problem problem;
    if (const QString mistake = applyListenOptions(context, settings, &problem); !mistake.isEmpty()) {
        return context.usage(mistake);
    }
    if (!problem.code.isEmpty()) {
        return context.fail(problem);
    }
    return context.runAsync([&context, settings](std::function<void(int)> done) {
        QObject *app = QCoreApplication::instance();
        auto *termination = new TerminationSignals(app);
        auto *hub = new HubService(context.profile()->store(),
                                   context.secrets(),
                                   Clock::system(),
                                   challengePublisherFactory(context.profile()->store(), context.secrets()),
                                   app);
        auto finish = [termination, hub, done](int code) {
            termination->deleteLater();
            hub->deleteLater();
            done(code);
        };
        QObject::connect(hub, &HubService::started, hub, [&context, hub](quint16 port) {
            const QString print = fingerprint(hub->certificate());
            context.printResult(
                print.isEmpty()
                    ? Text::tr(
                          "CertDesk hub listening at %1 (plain HTTP, loopback only). Stop it with Ctrl+C or SIGTERM.")
                          .arg(hub->url().toString())
                    : Text::tr(
                          "CertDesk hub listening at %1 with the %2 certificate, SHA-256 %3. Stop it with Ctrl+C or "
                          "SIGTERM.")
                          .arg(hub->url().toString(), hub->certificateSource(), print),
                {{QStringLiteral("url"), hub->url().toString()},
                 {QStringLiteral("port"), port},
                 {QStringLiteral("tls"), hub->isTls()},
                 {QStringLiteral("certificateSha256"), print}});
        });
        QObject::connect(hub, &HubService::failed, hub, [&context, finish](const Problem &failure) {
            finish(context.fail(failure));
        });
        QObject::connect(termination, &TerminationSignals::terminationRequested, hub, [hub, finish](int) {
            hub->stop();
            finish(0);
        });
        hub->start(settings);
    });
}

int configureHub(VerbContext &context)
{
    const QCommandLineParser &parser = context.parser();
    HubSettings settings = HubSettings::fromProfile(*context.profile());
    if (parser.isSet(QStringLiteral("enable")) && parser.isSet(QStringLiteral("disable"))) {
        return context.usage(Text::tr("Choose either --enable or --disable."));
    }
    if (parser.isSet(QStringLiteral("plain-http-loopback")) && parser.isSet(QStringLiteral("no-plain-http"))) {
        return context.usage(Text::tr("Choose either --plain-http-loopback or --no-plain-http."));
    }
    if (parser.isSet(QStringLiteral("enable")) || parser.isSet(QStringLiteral("disable"))) {
        settings.enabled = parser.isSet(QStringLiteral("enable"));
    }
    Problem problem;
    if (const QString mistake = applyListenOptions(context, settings, &problem); !mistake.isEmpty()) {
        return context.usage(mistake);
    }
    if (!problem.code.isEmpty()) {
        return context.fail(problem);
    }
    if (parser.isSet(QStringLiteral("no-plain-http"))) {
        settings.plainHttp = false;
    }
    if (parser.isSet(QStringLiteral("acme-dns-zone"))) {
        settings.acmeDnsZone = parser.value(QStringLiteral("acme-dns-zone")).trimmed().toLower();
        if (settings.acmeDnsZone.endsWith(QLatin1Char('.'))) {
            settings.acmeDnsZone.chop(1);
        }
    }
    if (parser.isSet(QStringLiteral("acme-dns-register"))) {
        const QString value = parser.value(QStringLiteral("acme-dns-register")).toLower();
        if (value != QLatin1String("on") && value != QLatin1String("off")) {
            return context.usage(Text::tr("--acme-dns-register is on or off."));
        }
        settings.acmeDnsRegistration = value == QLatin1String("on");
    }
    if (parser.isSet(QStringLiteral("public-url"))) {
        settings.publicUrl = QUrl(parser.value(QStringLiteral("public-url")), QUrl::StrictMode);
    }
    if (Result<void> valid = settings.validate(); !valid) {
        return context.fail(valid.problem());
    }
    settings.write(context.profile()->settings());
    context.printResult(settingsText(settings), {{QStringLiteral("hub"), settingsJson(settings)}});
    return 0;
}

int hubCertificate(VerbContext &context)
{
    const HubSettings settings = HubSettings::fromProfile(*context.profile());
    if (settings.plainHttp) {
        return context.fail(Problem::make(Problem::Category::Configuration,
                                          QStringLiteral("hub.plain-http"),
                                          Text::tr("The hub is set to plain HTTP and has no certificate."),
                                          {},
                                          Text::tr("Turn plain HTTP off: certdesk hub configure --no-plain-http")));
    }
    const QString out = context.parser().value(QStringLiteral("out"));
    return context.runAsync([&context, settings, out](std::function<void(int)> done) {
        auto *job = new HubCertificateJob(
            settings, context.profile()->store(), context.secrets(), Clock::system(), QCoreApplication::instance());
        QObject::connect(
            job, &HubCertificateJob::finished, job, [&context, out, settings, done](HubCertificateJob *finished) {
                finished->deleteLater();
                if (finished->failed()) {
                    done(context.fail(finished->problem()));
                    return;
                }
                const HubCertificateJob::Material &material = finished->material();
                QByteArray pem = material.certificate.toPem();
                for (const QSslCertificate &intermediate : material.chain) {
                    pem += intermediate.toPem();
                }
                if (!out.isEmpty()) {
                    QSaveFile file(out);
                    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit()) {
                        done(context.fail(Problem::make(Problem::Category::Storage,
                                                        QStringLiteral("cli.write-failed"),
                                                        Text::tr("The certificate could not be written."),
                                                        QStringLiteral("%1: %2").arg(out, file.errorString()))));
                        return;
                    }
                }
                const Result<CertificateInfo> info = CertificateInfo::fromPem(pem);
                const QStringList names = info ? info->names() : QStringList();
                const QString notAfter = info ? info->notAfter().toString(Qt::ISODate) : QString();
                QString text = Text::tr("Hub certificate (%1)%2\n  SHA-256     %3\n  names       %4\n  valid until %5")
                                   .arg(material.source,
                                        material.created ? Text::tr(", just created") : QString(),
                                        fingerprint(material.certificate),
                                        names.join(QStringLiteral(", ")),
                                        notAfter);
                if (settings.certificateSource == HubSettings::CertificateSource::SelfSigned) {
                    text += Text::tr("\n  file        %1")
                                .arg(QDir::toNativeSeparators(settings.selfSignedCertificatePath()));
                }
                if (!out.isEmpty()) {
                    text += Text::tr("\nWritten to %1; give it to clients that must trust the hub.").arg(out);
                } else {
                    text += QLatin1Char('\n') + QString::fromLatin1(pem);
                }
                context.printResult(text,
                                    {{QStringLiteral("source"), material.source},
                                     {QStringLiteral("sha256"), fingerprint(material.certificate)},
                                     {QStringLiteral("names"), QJsonArray::fromStringList(names)},
                                     {QStringLiteral("notAfter"), notAfter},
                                     {QStringLiteral("pem"), QString::fromLatin1(pem)}});
                done(0);
            });
        job->start();
    });
}

} // namespace

QList<Verb> hubVerbs()
{
    Verb run;
    run.path = {QStringLiteral("hub")};
    run.summary = [] {
        return Text::tr("Run the management hub in the foreground until stopped.");
    };
    run.options = listenOptions;
    run.run = runHub;

    Verb configure;
    configure.path = {QStringLiteral("hub"), QStringLiteral("configure")};
    configure.summary = [] {
        return Text::tr("Show or change the hub's settings (used by --headless and the window).");
    };
    configure.options = [] {
        return listenOptions() << QList<QCommandLineOption>{
                   {QStringLiteral("enable"), Text::tr("Start the hub with CertDesk.")},
                   {QStringLiteral("disable"), Text::tr("Do not start the hub with CertDesk.")},
                   {QStringLiteral("no-plain-http"), Text::tr("Speak HTTPS only (the default).")},
                   {QStringLiteral("acme-dns-zone"),
                    Text::tr("The zone acme-dns accounts' records live in."),
                    QStringLiteral("ZONE")},
                   {QStringLiteral("acme-dns-register"),
                    Text::tr("on: clients may create acme-dns accounts with POST /register; off: only the "
                             "administrator makes them."),
                    QStringLiteral("on|off")},
                   {QStringLiteral("public-url"),
                    Text::tr("The URL clients reach the hub at (for client configuration)."),
                    QStringLiteral("URL")},
               };
    };
    configure.run = configureHub;

    Verb certificate;
    certificate.path = {QStringLiteral("hub"), QStringLiteral("certificate")};
    certificate.summary = [] {
        return Text::tr("Show the hub's TLS certificate (made on first use), or write it with --out.");
    };
    certificate.options = [] {
        return QList<QCommandLineOption>{
            {QStringLiteral("out"), Text::tr("Write the certificate (PEM) to FILE."), QStringLiteral("FILE")},
        };
    };
    certificate.run = hubCertificate;
    return {run, configure, certificate};
}
