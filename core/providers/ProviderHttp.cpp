#include "ProviderHttp.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProviderHttp)
};

bool isLoopbackHost(const QString &host)
{
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ProviderHttp::ProviderHttp(QObject *owner, QString serviceName)
    : m_owner(owner)
    , m_service(std::move(serviceName))
    , m_network(new QNetworkAccessManager(owner))
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ProviderHttp::~ProviderHttp() = default;

QString ProviderHttp::checkBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        return Text::tr("“%1” is not an http(s) address such as https://dns.example.com:8081.").arg(text);
    }
    if (!url.userInfo().isEmpty()) {
        return Text::tr("Do not put a user name or password into the address; the credential is kept in the keychain.");
    }
    // The credential travels in every request: in clear text only to this machine.
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return Text::tr("%1 uses plain HTTP to another machine; use https:// so the credential is not sent in clear "
                        "text.")
            .arg(text);
    }
    return {};
}

Result<void> ProviderHttp::trustCaBundle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("provider.ca-bundle"),
                             Text::tr("The CA bundle cannot be read."),
                             Text::tr("%1: %2").arg(path, file.errorString()),
                             Text::tr("Give the path of a PEM file with the CA certificate that signed the API's "
                                      "certificate."));
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("provider.ca-bundle"),
                             Text::tr("The CA bundle holds no certificate."),
                             Text::tr("%1 contains no PEM certificate.").arg(path));
    }
    m_tls.addCaCertificates(certificates);
    return {};
}

void ProviderHttp::send(
    const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body, Callback done)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    reply->setParent(m_owner);
    auto tlsFailed = std::make_shared<bool>(false);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [tlsFailed](const QList<QSslError> &) {
        *tlsFailed = true; // never ignored: the request fails
    });
    QObject::connect(reply, &QNetworkReply::finished, m_owner, [reply, tlsFailed, done = std::move(done)] {
        reply->deleteLater();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body);
        result.error = reply->error();
        result.errorString = reply->errorString();
        result.tlsFailure = *tlsFailed || reply->error() == QNetworkReply::SslHandshakeFailedError;
        done(result);
    });
}

Problem ProviderHttp::problemFor(const Reply &reply, const QString &apiMessage) const
{
    if (reply.tlsFailure) {
        return Problem::make(
            Problem::Category::Tls,
            QStringLiteral("provider.tls"),
            Text::tr("The connection to %1 is not trusted.").arg(m_service),
            reply.errorString,
            Text::tr("Check the API address; for a private CA, give its certificate as the CA bundle."));
    }
    if (reply.status == 0) {
        const bool timedOut =
            reply.error == QNetworkReply::OperationCanceledError || reply.error == QNetworkReply::TimeoutError;
        return Problem::make(timedOut ? Problem::Category::Timeout : Problem::Category::Network,
                             QStringLiteral("provider.unreachable"),
                             Text::tr("%1 could not be reached.").arg(m_service),
                             reply.errorString,
                             Text::tr("Check the API address and port, and that the service is running and reachable "
                                      "from this machine."));
    }
    if (reply.status == 401 || reply.status == 403) {
        return Problem::make(Problem::Category::Permission,
                             QStringLiteral("provider.credential-rejected"),
                             Text::tr("%1 rejected the credential.").arg(m_service),
                             apiMessage.isEmpty() ? Text::tr("HTTP status %1.").arg(reply.status)
                                                  : Text::tr("HTTP status %1: %2").arg(reply.status).arg(apiMessage),
                             Text::tr("Check the API key or token and that it may change this zone's records."));
    }
    return Problem::make(Problem::Category::Dns,
                         QStringLiteral("provider.http-error"),
                         Text::tr("%1 refused the request.").arg(m_service),
                         apiMessage.isEmpty() ? Text::tr("HTTP status %1.").arg(reply.status)
                                              : Text::tr("HTTP status %1: %2").arg(reply.status).arg(apiMessage),
                         Text::tr("Check the provider settings (zone, server id) against the service."))
        .withTechnical(QString::fromUtf8(reply.body.left(300)));
}
