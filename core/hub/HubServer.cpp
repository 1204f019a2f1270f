#include "HubServer.h"

#include "core/Clock.h"
#include "core/hub/HubAuditLog.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHubServer, "certdesk.hub.server")

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        break;
    }
    return "UNKNOWN";
}

// Serialises the answer ourselves rather than through QHttpServerResponder: in 6.4 a responder
// refers to the request it came with, so it cannot be kept until a DNS update finishes, while
// the socket can (guarded by QPointer in case the client went away).
QByteArray serialize(const HubResponse &response)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + HubServer::reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty()) {
        out += "Content-Type: " + response.contentType + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto &[name, value] : response.headers) {
        // Header values are ours, but never let one smuggle a line break.
        if (name.contains('\n') || name.contains('\r') || value.contains('\n') || value.contains('\r')) {
            continue;
        }
        out += name + ": " + value + "\r\n";
    }
    out += "\r\n";
    out += response.body;
    return out;
}

} // namespace

HubServer::HubServer(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_addressLimiter(clock, 30, 120)
{
}

HubServer::~HubServer() = default;

void HubServer::addController(HubController *controller)
{
    m_controllers << controller;
}

QByteArray HubServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Status";
}

Result<quint16> HubServer::listen(const Options &options)
{
    const bool hasCertificate = !options.certificate.isNull() && !options.privateKey.isNull();
    if (!hasCertificate && !options.allowPlainHttp) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("hub.no-certificate"),
                             tr("The hub needs a TLS certificate."),
                             tr("Clients send their API token with every request, so the hub only speaks HTTPS."),
                             tr("Choose a certificate and key for the hub in Settings."));
    }
    if (!hasCertificate && !options.address.isLoopback()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("hub.plain-http-not-loopback"),
                             tr("Plain HTTP is only allowed on this computer."),
                             tr("The hub was asked to listen without TLS on %1.").arg(options.address.toString()),
                             tr("Listen on 127.0.0.1 for plain HTTP, or give the hub a certificate."));
    }
    m_options = options;
    m_addressLimiter.setLimits(options.burstPerAddress, options.perMinutePerAddress);
    m_server = std::make_unique<QHttpServer>();
    m_tlsServer = nullptr;
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QPointer<QTcpSocket> socket = responder.socket();
        HubRequest hubRequest;
        hubRequest.method = methodName(request.method());
        hubRequest.path = request.url().path();
        hubRequest.query = request.query();
        hubRequest.headers = request.headers();
        hubRequest.body = request.body();
        hubRequest.remoteAddress = request.remoteAddress();
        dispatch(hubRequest, [socket](const HubResponse &response) {
            if (socket && socket->isOpen()) {
                socket->write(serialize(response));
                // Hand the answer to the kernel now rather than on the next event-loop turn: one
                // poll() round trip less per request on a busy hub.
                socket->flush();
            }
        });
    });
    quint16 port = 0;
    QString error;
    if (hasCertificate) {
        // Our own QSslServer (public since Qt 6.4) rather than QHttpServer::sslSetup(), whose
        // configuration is fixed when listening starts: this one can take a renewed certificate.
        auto *tls = new QSslServer(m_server.get());
        tls->setSslConfiguration(tlsConfiguration(options.certificate, options.chain, options.privateKey));
        if (tls->listen(options.address, options.port)) {
            m_server->bind(tls);
            m_tlsServer = tls;
            port = tls->serverPort();
        } else {
            error = tls->errorString();
        }
    } else {
        port = m_server->listen(options.address, options.port);
    }
    if (port == 0) {
        m_server.reset();
        m_tlsServer = nullptr;
        return Problem::make(
                   Problem::Category::Network,
                   QStringLiteral("hub.listen-failed"),
                   tr("The hub could not start listening."),
                   tr("Port %1 on %2 is in use or not permitted.").arg(options.port).arg(options.address.toString()),
                   tr("Choose another port in Settings, or stop the program that uses it."))
            .withTechnical(error);
    }
    m_port = port;
    m_tls = hasCertificate;
    qCInfo(lcHubServer) << "hub listening on" << options.address.toString() << port << (m_tls ? "(HTTPS)" : "(HTTP)");
    return port;
}

QSslConfiguration HubServer::tlsConfiguration(const QSslCertificate &certificate,
                                              const QList<QSslCertificate> &chain,
                                              const QSslKey &privateKey)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    configuration.setPrivateKey(privateKey);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    return configuration;
}

Result<void> HubServer::setCertificate(const QSslCertificate &certificate,
                                       const QList<QSslCertificate> &chain,
                                       const QSslKey &privateKey)
{
    if (!m_tlsServer || certificate.isNull() || privateKey.isNull()) {
        return Problem::make(Problem::Category::Internal,
                             QStringLiteral("hub.not-tls"),
                             tr("The hub's certificate cannot be changed."),
                             tr("The hub is not listening with TLS."));
    }
    m_tlsServer->setSslConfiguration(tlsConfiguration(certificate, chain, privateKey));
    m_options.certificate = certificate;
    m_options.chain = chain;
    m_options.privateKey = privateKey;
    qCInfo(lcHubServer) << "hub certificate replaced; SHA-256"
                        << certificate.digest(QCryptographicHash::Sha256).toHex(':');
    return {};
}

void HubServer::audit(const HubRequest &request, const QString &reason) const
{
    if (!m_audit) {
        return;
    }
    HubAuditLog::Entry entry;
    entry.remote = request.remoteAddress.toString();
    entry.api = QStringLiteral("hub");
    entry.action = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path.left(128);
    entry.allowed = false;
    entry.reason = reason;
    m_audit->record(entry);
}

void HubServer::dispatch(const HubRequest &request, const HubResponder &respond)
{
    // One answer per request, whatever a controller does.
    auto answered = std::make_shared<bool>(false);
    const HubResponder once = [answered, respond](HubResponse response) {
        if (*answered) {
            return;
        }
        *answered = true;
        respond(std::move(response));
    };

    bool lengthOk = true;
    const qint64 declared = request.header("Content-Length").trimmed().toLongLong(&lengthOk);
    if ((lengthOk && declared > m_options.maxBodyBytes) || request.body.size() > m_options.maxBodyBytes) {
        audit(request, QStringLiteral("request body over %1 bytes").arg(m_options.maxBodyBytes));
        once(HubResponse::problem(
                 413,
                 QStringLiteral("The request body is too large."),
                 QStringLiteral("The hub accepts at most %1 bytes per request.").arg(m_options.maxBodyBytes))
                 .withHeader("Connection", "close"));
        return;
    }
    const HubRateLimiter::Decision rate = m_addressLimiter.take(request.remoteAddress.toString());
    if (!rate.allowed) {
        audit(request, QStringLiteral("rate limited by address"));
        once(HubResponse::problem(429,
                                  QStringLiteral("Too many requests."),
                                  QStringLiteral("Too many requests from %1; retry after %2 seconds.")
                                      .arg(request.remoteAddress.toString())
                                      .arg(rate.retryAfterSeconds))
                 .withHeader("Retry-After", QByteArray::number(rate.retryAfterSeconds)));
        return;
    }
    for (HubController *controller : std::as_const(m_controllers)) {
        if (controller->handle(request, once)) {
            return;
        }
    }
    audit(request, QStringLiteral("no such API"));
    once(HubResponse::problem(
        404, QStringLiteral("Not found."), QStringLiteral("This hub has no API at %1.").arg(request.path.left(128))));
}
