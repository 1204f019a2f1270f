#include "HubSettings.h"

#include "core/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSettings>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HubSettings)
};

Problem settingsProblem(const QString &code, const QString &title, const QString &detail, const QString &hint)
{
    return Problem::make(Problem::Category::Configuration, code, title, detail, hint);
}

bool isZoneName(const QString &name)
{
    static const QRegularExpression zone(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$"));
    return zone.match(name).hasMatch();
}

} // namespace

HubSettings HubSettings::read(const QSettings &settings)
{
    HubSettings hub;
    const QString prefix = QStringLiteral("hub/");
    hub.enabled = settings.value(prefix + QStringLiteral("enabled"), false).toBool();
    if (const auto listen = parseListen(settings.value(prefix + QStringLiteral("listen")).toString()); listen) {
        hub.address = listen->first;
        hub.port = listen->second;
    }
    if (const auto source = parseCertificateSource(settings.value(prefix + QStringLiteral("certificate")).toString());
        source) {
        hub.certificateSource = source->first;
        hub.endpointId = source->second;
    }
    hub.plainHttp = settings.value(prefix + QStringLiteral("plainHttp"), false).toBool();
    hub.acmeDnsZone = settings.value(prefix + QStringLiteral("acmeDnsZone")).toString().trimmed().toLower();
    hub.acmeDnsRegistration = settings.value(prefix + QStringLiteral("acmeDnsRegistration"), false).toBool();
    hub.publicUrl = QUrl(settings.value(prefix + QStringLiteral("publicUrl")).toString(), QUrl::StrictMode);
    auto positive = [&](const QString &key, int fallback) {
        bool ok = false;
        const int value = settings.value(prefix + key).toInt(&ok);
        return ok && value > 0 ? value : fallback;
    };
    hub.burstPerAddress = positive(QStringLiteral("burstPerAddress"), hub.burstPerAddress);
    hub.perMinutePerAddress = positive(QStringLiteral("perMinutePerAddress"), hub.perMinutePerAddress);
    hub.burstPerClient = positive(QStringLiteral("burstPerClient"), hub.burstPerClient);
    hub.perMinutePerClient = positive(QStringLiteral("perMinutePerClient"), hub.perMinutePerClient);
    return hub;
}

HubSettings HubSettings::fromProfile(const Profile &profile)
{
    HubSettings hub = read(profile.settings());
    hub.dataDir = profile.dataDir();
    return hub;
}

void HubSettings::write(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("hub"));
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("listen"), listenText());
    settings.setValue(QStringLiteral("certificate"), certificateSourceText());
    settings.setValue(QStringLiteral("plainHttp"), plainHttp);
    settings.setValue(QStringLiteral("acmeDnsZone"), acmeDnsZone);
    settings.setValue(QStringLiteral("acmeDnsRegistration"), acmeDnsRegistration);
    settings.setValue(QStringLiteral("publicUrl"), publicUrl.toString());
    settings.setValue(QStringLiteral("burstPerAddress"), burstPerAddress);
    settings.setValue(QStringLiteral("perMinutePerAddress"), perMinutePerAddress);
    settings.setValue(QStringLiteral("burstPerClient"), burstPerClient);
    settings.setValue(QStringLiteral("perMinutePerClient"), perMinutePerClient);
    settings.endGroup();
    settings.sync();
}

Result<void> HubSettings::validate() const
{
    if (address.isNull()) {
        return settingsProblem(QStringLiteral("hub.bad-listen"),
                               Text::tr("The hub's listen address is not an IP address."),
                               {},
                               Text::tr("Use an address such as 0.0.0.0, 127.0.0.1 or [::]."));
    }
    if (plainHttp && !address.isLoopback()) {
        return settingsProblem(
            QStringLiteral("hub.plain-http-not-loopback"),
            Text::tr("Plain HTTP is only allowed on this computer."),
            Text::tr(
                "The hub is set to listen without TLS on %1, where API tokens would cross the network in clear text.")
                .arg(address.toString()),
            Text::tr("Listen on 127.0.0.1 (for example behind a local TLS proxy), or turn plain HTTP off."));
    }
    if (!plainHttp && certificateSource == CertificateSource::Endpoint && endpointId <= 0) {
        return settingsProblem(QStringLiteral("hub.no-endpoint"),
                               Text::tr("The hub is set to use an endpoint's certificate, but no endpoint is chosen."),
                               {},
                               Text::tr("Choose the endpoint whose certificate the hub presents, or use a self-signed "
                                        "certificate."));
    }
    if (!acmeDnsZone.isEmpty() && !isZoneName(acmeDnsZone)) {
        return settingsProblem(QStringLiteral("hub.bad-acme-dns-zone"),
                               Text::tr("The acme-dns zone is not a DNS name."),
                               Text::tr("\"%1\" is not a zone name.").arg(acmeDnsZone),
                               Text::tr("Use the delegation zone's name, for example acme.example.com."));
    }
    if (acmeDnsRegistration && acmeDnsZone.isEmpty()) {
        return settingsProblem(QStringLiteral("hub.no-acme-dns-zone"),
                               Text::tr("acme-dns registration needs a zone."),
                               {},
                               Text::tr("Set the zone the registered accounts' records are written in."));
    }
    if (!publicUrl.isEmpty()
        && (!publicUrl.isValid() || publicUrl.host().isEmpty()
            || (publicUrl.scheme() != QLatin1String("https") && publicUrl.scheme() != QLatin1String("http")))) {
        return settingsProblem(
            QStringLiteral("hub.bad-public-url"),
            Text::tr("The hub's public URL is not an http(s) URL."),
            Text::tr("\"%1\" cannot be used by clients.").arg(publicUrl.toString()),
            Text::tr("Use the URL clients reach the hub at, for example https://certdesk.corp:8443."));
    }
    if (burstPerAddress < 1 || perMinutePerAddress < 1 || burstPerClient < 1 || perMinutePerClient < 1) {
        return settingsProblem(QStringLiteral("hub.bad-limits"),
                               Text::tr("The hub's rate limits must be at least 1."),
                               {},
                               Text::tr("Raise the limits, or leave them at their defaults."));
    }
    return {};
}

Result<std::pair<QHostAddress, quint16>> HubSettings::parseListen(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? trimmed.left(colon) : QString();
    const bool bracketed = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'));
    if (bracketed) {
        host = host.mid(1, host.size() - 2);
    }
    bool portOk = false;
    const uint port = colon > 0 ? trimmed.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(host);
    // An IPv6 address needs brackets, or "::1:8443" would be ambiguous.
    const bool ambiguous = address.protocol() == QAbstractSocket::IPv6Protocol && !bracketed;
    if (!portOk || port > 65535 || address.isNull() || ambiguous) {
        return Problem::make(Problem::Category::Input,
                             QStringLiteral("hub.bad-listen"),
                             Text::tr("\"%1\" is not a listen address.").arg(text),
                             {},
                             Text::tr("Write ADDRESS:PORT, for example 0.0.0.0:8443, 127.0.0.1:8443 or [::]:8443."));
    }
    return std::make_pair(address, quint16(port));
}

QString HubSettings::listenText() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

QString HubSettings::certificateSourceText() const
{
    return certificateSource == CertificateSource::Endpoint ? QStringLiteral("endpoint:%1").arg(endpointId)
                                                            : QStringLiteral("self-signed");
}

Result<std::pair<HubSettings::CertificateSource, qint64>> HubSettings::parseCertificateSource(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed.isEmpty() || trimmed == QLatin1String("self-signed")) {
        return std::make_pair(CertificateSource::SelfSigned, qint64(0));
    }
    if (trimmed.startsWith(QLatin1String("endpoint:"))) {
        bool ok = false;
        const qint64 id = trimmed.mid(9).toLongLong(&ok);
        if (ok && id > 0) {
            return std::make_pair(CertificateSource::Endpoint, id);
        }
    }
    return Problem::make(Problem::Category::Input,
                         QStringLiteral("hub.bad-certificate-source"),
                         Text::tr("\"%1\" is not a certificate source for the hub.").arg(text),
                         {},
                         Text::tr("Use self-signed, or endpoint:ID for one of CertDesk's own endpoints."));
}

QString HubSettings::selfSignedCertificatePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("hub-certificate.pem"));
}

QUrl HubSettings::clientUrl(quint16 actualPort) const
{
    if (!publicUrl.isEmpty()) {
        return publicUrl;
    }
    QUrl url;
    url.setScheme(plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
    const bool wildcard =
        address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 || address == QHostAddress::Any;
    url.setHost(wildcard ? QHostInfo::localHostName().toLower() : address.toString());
    url.setPort(actualPort != 0 ? actualPort : port);
    return url;
}
