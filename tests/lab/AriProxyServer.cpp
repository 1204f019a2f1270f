#include "AriProxyServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslSocket>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

const QByteArray RenewalInfoPath = "/renewal-info";

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// RFC 9773 §4.1, computed here with OpenSSL so the test does not trust the code it checks:
// base64url(AKI keyIdentifier) "." base64url(serial INTEGER content octets).
QString certIdOf(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *leaf = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!leaf) {
        return {};
    }
    QString certId;
    const ASN1_OCTET_STRING *aki = X509_get0_authority_key_id(leaf);
    unsigned char *der = nullptr;
    const int length = i2d_ASN1_INTEGER(X509_get0_serialNumber(leaf), &der);
    if (aki && length > 2) {
        // Tag and a one-byte length: serials are at most 20 octets (RFC 5280 §4.1.2.2).
        const QByteArray content(reinterpret_cast<const char *>(der) + 2, length - 2);
        certId = QString::fromLatin1(
            base64Url(QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(aki)), ASN1_STRING_length(aki)))
            + '.' + base64Url(content));
    }
    OPENSSL_free(der);
    X509_free(leaf);
    return certId;
}

QJsonObject jwsPayload(const QByteArray &body)
{
    const QJsonObject jws = QJsonDocument::fromJson(body).object();
    const QByteArray payload = QByteArray::fromBase64(jws.value(QStringLiteral("payload")).toString().toLatin1(),
                                                      QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object();
}

} // namespace

AriProxyServer::AriProxyServer(std::shared_ptr<AriProxyState> state,
                               QSslCertificate certificate,
                               QSslKey key,
                               QList<QSslCertificate> upstreamCa,
                               QUrl upstream,
                               QObject *parent)
    : QTcpServer(parent)
    , m_state(std::move(state))
    , m_serverTls(QSslConfiguration::defaultConfiguration())
    , m_upstreamTls(QSslConfiguration::defaultConfiguration())
    , m_upstream(std::move(upstream))
    , m_network(new QNetworkAccessManager(this))
{
    m_serverTls.setLocalCertificate(certificate);
    m_serverTls.setPrivateKey(key);
    m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    // HTTP/1.1 only: without h2 in ALPN, clients that offer it fall back.
    m_serverTls.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    m_upstreamTls.setCaCertificates(upstreamCa);
}

AriProxyServer::~AriProxyServer() = default;

void AriProxyServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_serverTls);
    m_connections.insert(socket, Connection{});
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        readFrom(socket);
    });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
    socket->startServerEncryption();
}

void AriProxyServer::readFrom(QSslSocket *socket)
{
    auto connection = m_connections.find(socket);
    if (connection == m_connections.end()) {
        return;
    }
    connection->buffer += socket->readAll();
    if (connection->busy) {
        return;
    }
    const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    HttpRequest request;
    const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (connection->buffer.size() < headerEnd + 4 + length) {
        return;
    }
    request.body = connection->buffer.mid(headerEnd + 4, length);
    connection->buffer.remove(0, headerEnd + 4 + length);
    connection->busy = true;
    handle(socket, request);
}

void AriProxyServer::handle(QSslSocket *socket, const HttpRequest &request)
{
    if (request.method == "GET" && request.target.startsWith(QByteArray(RenewalInfoPath + '/'))) {
        const QString certId = QString::fromLatin1(request.target.mid(RenewalInfoPath.size() + 1));
        respond(socket, request, {}, renewalInfo(certId));
        return;
    }
    const QJsonObject payload = request.method == "POST" ? jwsPayload(request.body) : QJsonObject();
    {
        QMutexLocker lock(&m_state->mutex);
        if (request.method == "POST" && request.target == m_state->newOrderPath.toLatin1()) {
            if (m_state->refusals > 0) {
                --m_state->refusals;
                const AriProxy::Refusal refusal = m_state->refusal;
                lock.unlock();
                respond(socket,
                        request,
                        payload,
                        problem(refusal.status, refusal.type, refusal.detail, refusal.retryAfterSeconds));
                return;
            }
            const QString replaces = payload.value(QStringLiteral("replaces")).toString();
            if (m_state->refuseRepeatedReplaces && !replaces.isEmpty() && m_state->replaced.contains(replaces)) {
                lock.unlock();
                respond(socket,
                        request,
                        payload,
                        problem(409,
                                QStringLiteral("urn:ietf:params:acme:error:alreadyReplaced"),
                                QStringLiteral("certificate %1 was already replaced").arg(replaces),
                                -1));
                return;
            }
        }
    }
    forward(socket, request, payload);
}

void AriProxyServer::forward(QSslSocket *socket, const HttpRequest &request, const QJsonObject &payload)
{
    const QByteArray base = m_upstream.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QNetworkRequest upstream(QUrl::fromEncoded(base + request.target, QUrl::StrictMode));
    upstream.setSslConfiguration(m_upstreamTls);
    upstream.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    upstream.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    upstream.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Pebble builds its URLs (and checks each JWS "url") from Host: pass the client's on.
    for (const char *name : {"host", "content-type", "accept", "user-agent", "accept-language"}) {
        const QByteArray value = request.headers.value(name);
        if (!value.isEmpty()) {
            upstream.setRawHeader(name, value);
        }
    }
    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_network->get(upstream);
    } else if (request.method == "HEAD") {
        reply = m_network->head(upstream);
    } else if (request.method == "POST") {
        reply = m_network->post(upstream, request.body);
    } else {
        reply = m_network->sendCustomRequest(upstream, request.method, request.body);
    }
    QPointer<QSslSocket> client(socket);
    connect(reply, &QNetworkReply::finished, this, [this, reply, client, request, payload] {
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (response.status == 0) {
            response = problem(502,
                               QStringLiteral("urn:ietf:params:acme:error:serverInternal"),
                               QStringLiteral("the proxy could not reach Pebble: %1").arg(reply->errorString()),
                               -1);
        } else {
            response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            static const QSet<QByteArray> hopByHop = {
                "content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding"};
            for (const auto &[name, value] : reply->rawHeaderPairs()) {
                if (!hopByHop.contains(name.toLower())) {
                    response.headers << std::pair{name, value};
                }
            }
            response.body = reply->readAll();
        }
        if (request.method == "GET" && QUrl::fromEncoded(request.target).path() == m_upstream.path()
            && response.status == 200) {
            rewriteDirectory(response, request.headers.value("host"));
        }
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (response.status == 200 && type.startsWith("application/pem-certificate-chain")) {
            noteCertificate(response.body);
        }
        {
            QMutexLocker lock(&m_state->mutex);
            const QString replaces = payload.value(QStringLiteral("replaces")).toString();
            if (request.target == m_state->newOrderPath.toLatin1() && response.status == 201 && !replaces.isEmpty()) {
                m_state->replaced.insert(replaces);
            }
        }
        if (client) {
            respond(client, request, payload, response);
        }
    });
}

void AriProxyServer::respond(QSslSocket *socket,
                             const HttpRequest &request,
                             const QJsonObject &payload,
                             HttpResponse response)
{
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->requests << AriProxy::Request{QString::fromLatin1(request.method),
                                               QString::fromLatin1(request.target),
                                               payload,
                                               response.status,
                                               QDateTime::currentDateTimeUtc()};
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers)) {
        head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(request.method == "HEAD" ? 0 : response.body.size()) + "\r\n\r\n";
    socket->write(head);
    if (request.method != "HEAD") {
        socket->write(response.body);
    }
    auto connection = m_connections.find(socket);
    if (connection != m_connections.end()) {
        connection->busy = false;
        if (!connection->buffer.isEmpty()) {
            QMetaObject::invokeMethod(
                this,
                [this, client = QPointer<QSslSocket>(socket)] {
                    if (client) {
                        readFrom(client);
                    }
                },
                Qt::QueuedConnection);
        }
    }
}

AriProxyServer::HttpResponse AriProxyServer::renewalInfo(const QString &certId) const
{
    QMutexLocker lock(&m_state->mutex);
    const auto issued = std::find_if(m_state->issued.cbegin(), m_state->issued.cend(), [&](const auto &known) {
        return known.certId == certId;
    });
    std::optional<AriProxy::Window> window;
    if (m_state->windows.contains(certId)) {
        window = m_state->windows.value(certId);
    } else if (issued != m_state->issued.cend()) {
        if (m_state->defaultWindow) {
            window = m_state->defaultWindow;
        } else {
            const qint64 lifetime = issued->notBefore.secsTo(issued->notAfter);
            window = AriProxy::Window{issued->notBefore.addSecs(lifetime * 2 / 3), issued->notAfter, {}, -1};
        }
    }
    if (!window) {
        // RFC 9773 §4.1: a certificate the CA does not know.
        return problem(404,
                       QStringLiteral("urn:ietf:params:acme:error:malformed"),
                       QStringLiteral("no certificate with ID %1").arg(certId),
                       -1);
    }
    QJsonObject body{{QStringLiteral("suggestedWindow"),
                      QJsonObject{{QStringLiteral("start"), isoTime(window->start)},
                                  {QStringLiteral("end"), isoTime(window->end)}}}};
    if (!window->explanation.isEmpty()) {
        body.insert(QStringLiteral("explanationURL"), window->explanation.toString());
    }
    HttpResponse response;
    response.headers << std::pair{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")};
    if (window->retryAfterSeconds >= 0) {
        response.headers << std::pair{QByteArrayLiteral("Retry-After"), QByteArray::number(window->retryAfterSeconds)};
    }
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

AriProxyServer::HttpResponse
AriProxyServer::problem(int status, const QString &type, const QString &detail, int retryAfterSeconds) const
{
    HttpResponse response;
    response.status = status;
    response.reason = "Problem";
    response.headers << std::pair{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/problem+json")};
    if (retryAfterSeconds >= 0) {
        response.headers << std::pair{QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)};
    }
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("type"), type},
                                              {QStringLiteral("detail"), detail},
                                              {QStringLiteral("status"), status}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

void AriProxyServer::rewriteDirectory(HttpResponse &response, const QByteArray &host) const
{
    QJsonObject directory = QJsonDocument::fromJson(response.body).object();
    if (!directory.contains(QStringLiteral("newOrder"))) {
        return;
    }
    QMutexLocker lock(&m_state->mutex);
    m_state->newOrderPath = QUrl(directory.value(QStringLiteral("newOrder")).toString()).path();
    directory.insert(QStringLiteral("renewalInfo"), QString::fromLatin1("https://" + host + RenewalInfoPath));
    if (!m_state->profiles.isEmpty()) {
        QJsonObject meta = directory.value(QStringLiteral("meta")).toObject();
        QJsonObject profiles;
        for (auto it = m_state->profiles.cbegin(); it != m_state->profiles.cend(); ++it) {
            profiles.insert(it.key(), it.value());
        }
        meta.insert(QStringLiteral("profiles"), profiles);
        directory.insert(QStringLiteral("meta"), meta);
    }
    response.body = QJsonDocument(directory).toJson(QJsonDocument::Indented);
}

void AriProxyServer::noteCertificate(const QByteArray &chainPem) const
{
    const QString certId = certIdOf(chainPem);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(chainPem, QSsl::Pem);
    if (certId.isEmpty() || chain.isEmpty()) {
        return;
    }
    QMutexLocker lock(&m_state->mutex);
    for (const auto &known : std::as_const(m_state->issued)) {
        if (known.certId == certId) {
            return;
        }
    }
    m_state->issued << AriProxyState::Issued{
        certId, chain.first().effectiveDate().toUTC(), chain.first().expiryDate().toUTC()};
}
