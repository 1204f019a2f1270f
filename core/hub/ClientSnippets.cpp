#include "ClientSnippets.h"

#include "core/hub/HubSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientSnippets)
};

QString baseUrl(const ClientSnippets::Input &input)
{
    QString url = input.hubUrl.toString(QUrl::StripTrailingSlash);
    return url;
}

QString domainOrPlaceholder(const ClientSnippets::Input &input)
{
    return input.domain.isEmpty() ? QStringLiteral("<your domain>") : input.domain;
}

// Go, curl and Python replace the system's roots with a bundle, so the bundle must hold both:
// the public roots (for the ACME CA) and the hub's own self-signed certificate.
QString trustLines(const ClientSnippets::Input &input, const QString &variable)
{
    if (input.certificateFingerprint.isEmpty()) {
        return {};
    }
    return Text::tr("# The hub's certificate is self-signed (SHA-256 %1). Copy it from the CertDesk machine\n"
                    "# (%2, or: certdesk hub certificate --out certdesk-hub.pem) and trust it beside the\n"
                    "# system's roots:\n"
                    "cat /etc/ssl/certs/ca-certificates.crt certdesk-hub.pem > certdesk-trust.pem\n")
               .arg(input.certificateFingerprint, input.certificatePath)
           + (variable.isEmpty() ? QString() : QStringLiteral("export %1=\"$PWD/certdesk-trust.pem\"\n").arg(variable));
}

QString acmeDnsMissing(const QString &client)
{
    return Text::tr(
               "# %1 speaks the acme-dns API: this token has no acme-dns account.\n"
               "# Create one with: certdesk token create --name NAME --role managed-challenge-consumer --acme-dns\n"
               "# (the hub's acme-dns zone is set with: certdesk hub configure --acme-dns-zone ZONE)\n")
        .arg(client);
}

QString cnameLine(const ClientSnippets::Input &input)
{
    return Text::tr("# Once, in the zone of %1 (the domain owner does this):\n"
                    "#   _acme-challenge.%1. CNAME %2.%3.\n")
        .arg(domainOrPlaceholder(input), input.acmeDnsSubdomain, input.acmeDnsZone);
}

} // namespace

ClientSnippets::Input ClientSnippets::forHub(const HubSettings &hub)
{
    Input input;
    input.hubUrl = hub.clientUrl();
    input.acmeDnsZone = hub.acmeDnsZone;
    if (!hub.plainHttp && hub.certificateSource == HubSettings::CertificateSource::SelfSigned) {
        input.certificatePath = hub.selfSignedCertificatePath();
        QFile file(input.certificatePath);
        const QSslCertificate certificate =
            file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem) : QSslCertificate();
        input.certificateFingerprint =
            certificate.isNull() ? Text::tr("not made yet: start the hub once")
                                 : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
    }
    return input;
}

QStringList ClientSnippets::clients()
{
    return {QStringLiteral("lego"),
            QStringLiteral("lego-acme-dns"),
            QStringLiteral("acme.sh"),
            QStringLiteral("certbot"),
            QStringLiteral("certify")};
}

QString ClientSnippets::forClient(const QString &client, const Input &input)
{
    const QString name = client.trimmed().toLower();
    if (name == QLatin1String("lego")) {
        return lego(input);
    }
    if (name == QLatin1String("lego-acme-dns")) {
        return legoAcmeDns(input);
    }
    if (name == QLatin1String("acme.sh") || name == QLatin1String("acmesh") || name == QLatin1String("acme-dns")) {
        return acmeSh(input);
    }
    if (name == QLatin1String("certbot")) {
        return certbot(input);
    }
    if (name == QLatin1String("certify")) {
        return certify(input);
    }
    return {};
}

QString ClientSnippets::lego(const Input &input)
{
    QString text = Text::tr("# lego with its httpreq DNS provider, through the CertDesk hub\n");
    text += trustLines(input, QStringLiteral("SSL_CERT_FILE"));
    text += QStringLiteral("export HTTPREQ_ENDPOINT=\"%1\"\n").arg(baseUrl(input));
    text += QStringLiteral("export HTTPREQ_USERNAME=\"%1\"\n").arg(input.clientId);
    text += QStringLiteral("export HTTPREQ_PASSWORD=\"%1\"\n").arg(SecretPlaceholder);
    text += QStringLiteral("lego --email \"%1\" --dns httpreq --domains \"%2\" run\n")
                .arg(input.email.isEmpty() ? QStringLiteral("<your email>") : input.email, domainOrPlaceholder(input));
    return text;
}

QString ClientSnippets::acmeSh(const Input &input)
{
    if (input.acmeDnsSubdomain.isEmpty()) {
        return acmeDnsMissing(QStringLiteral("acme.sh (dns_acmedns)"));
    }
    QString text = Text::tr("# acme.sh with its dns_acmedns hook, through the CertDesk hub\n");
    text += cnameLine(input);
    text += trustLines(input, QString());
    if (!input.certificateFingerprint.isEmpty()) {
        text += Text::tr("# and pass --ca-bundle \"$PWD/certdesk-trust.pem\" to acme.sh --issue\n");
    }
    text += QStringLiteral("export ACMEDNS_BASE_URL=\"%1\"\n").arg(baseUrl(input));
    text += QStringLiteral("export ACMEDNS_USERNAME=\"%1\"\n").arg(input.clientId);
    text += QStringLiteral("export ACMEDNS_PASSWORD=\"%1\"\n").arg(SecretPlaceholder);
    text += QStringLiteral("export ACMEDNS_SUBDOMAIN=\"%1\"\n").arg(input.acmeDnsSubdomain);
    text += QStringLiteral("acme.sh --issue --dns dns_acmedns -d \"%1\"\n").arg(domainOrPlaceholder(input));
    return text;
}

QString ClientSnippets::legoAcmeDns(const Input &input)
{
    if (input.acmeDnsSubdomain.isEmpty()) {
        return acmeDnsMissing(QStringLiteral("lego's acme-dns provider"));
    }
    // lego keeps acme-dns accounts in this file, keyed by domain (goacmedns' storage format);
    // with the account already there it never calls /register.
    const QJsonObject account{
        {QStringLiteral("fulldomain"), QString(input.acmeDnsSubdomain + QLatin1Char('.') + input.acmeDnsZone)},
        {QStringLiteral("subdomain"), input.acmeDnsSubdomain},
        {QStringLiteral("username"), input.clientId},
        {QStringLiteral("password"), SecretPlaceholder},
        {QStringLiteral("server_url"), baseUrl(input)},
    };
    QJsonObject storage;
    storage.insert(domainOrPlaceholder(input), account);
    QString text = Text::tr("# lego with its acme-dns provider, through the CertDesk hub\n");
    text += cnameLine(input);
    text += Text::tr("# 1. Write this to acme-dns-accounts.json (mode 600):\n");
    text += QString::fromUtf8(QJsonDocument(storage).toJson(QJsonDocument::Indented));
    text += trustLines(input, QStringLiteral("SSL_CERT_FILE"));
    text += Text::tr("# 2. Then:\n");
    text += QStringLiteral("export ACME_DNS_API_BASE=\"%1\"\n").arg(baseUrl(input));
    text += QStringLiteral("export ACME_DNS_STORAGE_PATH=\"$PWD/acme-dns-accounts.json\"\n");
    text += QStringLiteral("lego --email \"%1\" --dns acme-dns --domains \"%2\" run\n")
                .arg(input.email.isEmpty() ? QStringLiteral("<your email>") : input.email, domainOrPlaceholder(input));
    return text;
}

QString ClientSnippets::certbot(const Input &input)
{
    if (input.acmeDnsSubdomain.isEmpty()) {
        return acmeDnsMissing(QStringLiteral("certbot's acme-dns hook (acme-dns-auth.py)"));
    }
    // The hook keeps its accounts in this file, keyed by domain; with the account already in
    // it, the hook never calls /register.
    const QJsonObject account{
        {QStringLiteral("username"), input.clientId},
        {QStringLiteral("password"), SecretPlaceholder},
        {QStringLiteral("fulldomain"), QString(input.acmeDnsSubdomain + QLatin1Char('.') + input.acmeDnsZone)},
        {QStringLiteral("subdomain"), input.acmeDnsSubdomain},
        {QStringLiteral("allowfrom"), QJsonArray()},
    };
    QJsonObject storage;
    storage.insert(domainOrPlaceholder(input), account);
    QString text = Text::tr("# certbot with the acme-dns hook (acme-dns-auth.py), through the CertDesk hub\n");
    text += cnameLine(input);
    text += Text::tr("# 1. In acme-dns-auth.py set:  ACMEDNS_URL = \"%1\"\n").arg(baseUrl(input));
    text += Text::tr("# 2. Write this to /etc/letsencrypt/acmedns.json (mode 600):\n");
    text += QString::fromUtf8(QJsonDocument(storage).toJson(QJsonDocument::Indented));
    text += trustLines(input, QStringLiteral("REQUESTS_CA_BUNDLE"));
    text += Text::tr("# 3. Then:\n");
    text += QStringLiteral("certbot certonly --manual --manual-auth-hook /etc/letsencrypt/acme-dns-auth.py "
                           "--preferred-challenges dns -d \"%1\"\n")
                .arg(domainOrPlaceholder(input));
    return text;
}

QString ClientSnippets::certify(const Input &input)
{
    QString text = Text::tr("# Certify The Web: DNS provider \"Certify Managed Challenge API\" (Authorization tab)\n");
    text += Text::tr("#   API URL:        %1/api/v1/managedchallenge/\n").arg(baseUrl(input));
    text += Text::tr("#   Client ID:      %1\n").arg(input.clientId);
    text += Text::tr("#   Client Secret:  %1\n").arg(SecretPlaceholder);
    if (!input.certificateFingerprint.isEmpty()) {
        text += Text::tr("# The hub's certificate is self-signed (SHA-256 %1): import %2 into the Windows\n"
                         "# machine's Trusted Root Certification Authorities store first.\n")
                    .arg(input.certificateFingerprint, input.certificatePath);
    }
    return text;
}
