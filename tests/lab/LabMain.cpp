// certdesk-lab: starts the shared test lab for humans and benchmark scripts, prints how to
// reach it as shell `export` lines and runs until SIGINT or SIGTERM, then stops every server.
// Secrets are printed as paths to owner-only files unless --show-secrets is given.

#include "Lab.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}

QString shellQuoted(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList exportLines(const Lab &lab, bool showSecrets)
{
    QList<QPair<QString, QString>> vars;
    auto add = [&vars](const char *name, const QString &value) {
        vars.append({QLatin1String("CERTDESK_LAB_") + QLatin1String(name), value});
    };
    add("DIR", lab.directory());
    if (lab.options().bind) {
        add("DNS_SERVER", QStringLiteral("127.0.0.1"));
        add("BIND_PORT", QString::number(lab.bindPort()));
        add("ZONE", lab.customerZone());
        add("DELEGATION_ZONE", lab.delegationZone());
        add("HOSTS", lab.hostNames().join(QLatin1Char(' ')));
        add("TSIG_NAME", lab.tsigKeyName());
        add("TSIG_ALGORITHM", lab.tsigAlgorithm());
        add("TSIG_KEY_FILE", lab.tsigKeyPath());
        add("TSIG_SECRET_FILE", lab.tsigSecretPath());
        if (showSecrets) {
            add("TSIG_SECRET", QString::fromLatin1(lab.tsigSecret()));
        }
    }
    if (lab.options().pebble) {
        add("ACME_DIRECTORY", lab.directoryUrl().toString());
        add("ACME_MANAGEMENT", lab.managementUrl().toString());
        add("CA_BUNDLE", lab.caBundlePath());
        add("HTTP01_PORT", QString::number(lab.httpValidationPort()));
        add("TLSALPN01_PORT", QString::number(lab.tlsValidationPort()));
        if (lab.options().pebbleEabRequired) {
            add("EAB_KID", lab.eabKeyId());
            add("EAB_HMAC_FILE", lab.eabHmacKeyPath());
            if (showSecrets) {
                add("EAB_HMAC", QString::fromLatin1(lab.eabHmacKey()));
            }
        }
    }
    if (lab.options().powerDns) {
        add("PDNS_API_URL", lab.powerDnsApiUrl().toString());
        add("PDNS_API_KEY_FILE", lab.powerDnsApiKeyPath());
        add("PDNS_SERVER_ID", lab.powerDnsServerId());
        add("PDNS_PORT", QString::number(lab.powerDnsPort()));
        add("PDNS_ZONE", lab.powerDnsZone());
        if (showSecrets) {
            add("PDNS_API_KEY", QString::fromLatin1(lab.powerDnsApiKey()));
        }
    }
    QStringList lines;
    for (const auto &[name, value] : vars) {
        lines << QStringLiteral("export %1=%2").arg(name, shellQuoted(value));
    }
    return lines;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-lab"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Starts CertDesk's test lab (Pebble, BIND, PowerDNS on 127.0.0.1) until SIGINT/SIGTERM."));
    parser.addHelpOption();
    const QCommandLineOption noPebble(QStringLiteral("no-pebble"), QStringLiteral("Do not start Pebble."));
    const QCommandLineOption noBind(QStringLiteral("no-bind"), QStringLiteral("Do not start BIND."));
    const QCommandLineOption powerDns(QStringLiteral("powerdns"), QStringLiteral("Also start PowerDNS."));
    const QCommandLineOption eab(QStringLiteral("eab"), QStringLiteral("Pebble requires External Account Binding."));
    const QCommandLineOption nonceReject(QStringLiteral("nonce-reject"),
                                         QStringLiteral("Percentage of good nonces Pebble rejects (default 0)."),
                                         QStringLiteral("percent"),
                                         QStringLiteral("0"));
    const QCommandLineOption authzReuse(QStringLiteral("authz-reuse"),
                                        QStringLiteral("Percentage of authorizations Pebble reuses (default 0)."),
                                        QStringLiteral("percent"),
                                        QStringLiteral("0"));
    const QCommandLineOption alwaysValid(QStringLiteral("always-valid"),
                                         QStringLiteral("Pebble marks every challenge valid without checking."));
    const QCommandLineOption alternateRoots(QStringLiteral("alternate-roots"),
                                            QStringLiteral("Number of alternate chains Pebble offers (default 0)."),
                                            QStringLiteral("count"),
                                            QStringLiteral("0"));
    const QCommandLineOption httpPort(QStringLiteral("http-port"),
                                      QStringLiteral("Port Pebble uses for http-01 (default: a free one)."),
                                      QStringLiteral("port"),
                                      QStringLiteral("0"));
    const QCommandLineOption tlsPort(QStringLiteral("tls-port"),
                                     QStringLiteral("Port Pebble uses for tls-alpn-01 (default: a free one)."),
                                     QStringLiteral("port"),
                                     QStringLiteral("0"));
    const QCommandLineOption showSecrets(QStringLiteral("show-secrets"),
                                         QStringLiteral("Print the TSIG secret, API key and EAB key themselves."));
    const QCommandLineOption envFile(QStringLiteral("env-file"),
                                     QStringLiteral("Also write the export lines to this file once ready."),
                                     QStringLiteral("path"));
    parser.addOptions({noPebble,
                       noBind,
                       powerDns,
                       eab,
                       nonceReject,
                       authzReuse,
                       alwaysValid,
                       httpPort,
                       tlsPort,
                       showSecrets,
                       envFile});
    parser.process(app);

    Lab::Options options;
    options.pebble = !parser.isSet(noPebble);
    options.bind = !parser.isSet(noBind);
    options.powerDns = parser.isSet(powerDns);
    options.pebbleEabRequired = parser.isSet(eab);
    options.pebbleNonceRejectPercent = parser.value(nonceReject).toInt();
    options.pebbleAuthzReusePercent = parser.value(authzReuse).toInt();
    options.pebbleAlwaysValid = parser.isSet(alwaysValid);
    options.pebbleAlternateRoots = parser.value(alternateRoots).toInt();
    options.httpValidationPort = quint16(parser.value(httpPort).toUInt());
    options.tlsValidationPort = quint16(parser.value(tlsPort).toUInt());

    // Signals arrive through a socket pair so the handler stays async-signal-safe and the lab
    // is stopped by ordinary destructors on the main thread.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0) {
        qCritical("certdesk-lab: socketpair failed");
        return 1;
    }
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    Lab lab(options);
    QElapsedTimer timer;
    timer.start();
    if (auto started = lab.start(); !started) {
        QTextStream(stderr) << "certdesk-lab: " << started.problem().message() << '\n'
                            << started.problem().technical << '\n';
        return 1;
    }
    const QStringList lines = exportLines(lab, parser.isSet(showSecrets));
    QTextStream out(stdout);
    out << lines.join(QLatin1Char('\n')) << '\n';
    out.flush();
    if (parser.isSet(envFile)) {
        QSaveFile file(parser.value(envFile));
        if (!file.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << "certdesk-lab: cannot write " << file.fileName() << '\n';
            return 1;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        file.commit();
    }
    QTextStream(stderr) << "certdesk-lab: ready in " << timer.elapsed() << " ms; stop with Ctrl-C or SIGTERM\n";
    const int status = app.exec();
    QTextStream(stderr) << "certdesk-lab: stopping\n";
    return status;
}
