#include "AcmeTransport.h"

#include "core/acme/AcmeProblem.h"
#include "core/acme/HttpHeaders.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAcmeTransport, "certdesk.core.acme")

namespace {

Problem networkProblem(QNetworkReply::NetworkError error,
                       const QUrl &url,
                       const QString &errorString,
                       bool timedOut,
                       const QStringList &sslErrors)
{
    const QString host = url.host();
    if (timedOut || error == QNetworkReply::TimeoutError) {
        return Problem::make(Problem::Category::Timeout,
                             QStringLiteral("acme.timeout"),
                             QCoreApplication::translate("AcmeTransport", "The CA did not answer in time"),
                             QCoreApplication::translate("AcmeTransport", "%1 did not respond.").arg(host),
                             QCoreApplication::translate("AcmeTransport",
                                                         "Check the network connection and the CA's status page, "
                                                         "then try again."))
            .withTechnical(url.toDisplayString());
    }
    if (error == QNetworkReply::SslHandshakeFailedError || !sslErrors.isEmpty()) {
        return Problem::make(Problem::Category::Tls,
                             QStringLiteral("acme.tls"),
                             QCoreApplication::translate("AcmeTransport", "The CA's certificate is not trusted"),
                             QCoreApplication::translate("AcmeTransport", "The secure connection to %1 failed: %2")
                                 .arg(host, sslErrors.isEmpty() ? errorString : sslErrors.join(QStringLiteral("; "))),
                             QCoreApplication::translate("AcmeTransport",
                                                         "For a private CA, add its root certificate (PEM) to the "
                                                         "CA settings. Otherwise check the system clock and any "
                                                         "TLS-inspecting proxy."))
            .withTechnical(errorString);
    }
    return Problem::make(Problem::Category::Network,
                         QStringLiteral("acme.unreachable"),
                         QCoreApplication::translate("AcmeTransport", "Cannot reach the CA"),
                         QCoreApplication::translate("AcmeTransport", "Connecting to %1 failed: %2")
                             .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), errorString),
                         QCoreApplication::translate("AcmeTransport",
                                                     "Check the directory URL, the network connection and any "
                                                     "proxy or firewall."))
        .withTechnical(QStringLiteral("QNetworkReply::NetworkError %1").arg(int(error)));
}

} // namespace

struct AcmeTransport::PostAttempt
{
    QUrl url;
    Signer sign;
    QPointer<QObject> context;
    Callback done;
    QByteArray accept;
    int badNonceRetries = 0;
    int rateLimitRetries = 0;
};

AcmeTransport::AcmeTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

AcmeTransport::~AcmeTransport() = default;

Result<void> AcmeTransport::setCaBundle(const QByteArray &pem)
{
    // Qt keys its pooled HTTPS connections by host and port, not by TLS configuration, so a
    // connection verified against the previous trust set could otherwise be reused.
    if (m_network) {
        m_network->clearConnectionCache();
    }
    m_caCertificates.clear();
    if (pem.trimmed().isEmpty()) {
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("acme.ca-bundle-invalid"),
                             tr("The CA certificate bundle cannot be read"),
                             tr("No PEM certificate was found in it."),
                             tr("Paste the CA's root certificate in PEM form (-----BEGIN CERTIFICATE-----)."));
    }
    // Only the bundle, not the system's roots as well: a private CA's server chains to its own
    // root, and reading the system store costs more than the rest of an order (measured 130 ms
    // for Debian's 288 certificates, docs/benchmarks.md). Without a bundle Qt looks system
    // roots up on demand, one file per handshake.
    m_caCertificates = certificates;
    return {};
}

QNetworkRequest AcmeTransport::makeRequest(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest request(url);
    // HTTP/1.1, not HTTP/2: QNetworkAccessManager leaves Nagle's algorithm on (no TCP_NODELAY,
    // and no way to set it), and its HTTP/2 writes then wait for the CA's delayed ACK: measured
    // 43 ms per request against Pebble with HTTP/2, under 1 ms with HTTP/1.1, and back to fast
    // HTTP/2 when TCP_NODELAY is forced from outside (docs/benchmarks.md).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // RFC 8555 §6.1: clients MUST send a User-Agent.
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("CertDesk/%1 Qt/%2").arg(QLatin1String(CERTDESK_VERSION), QLatin1String(qVersion())));
    request.setRawHeader("Accept-Language", QLocale().bcp47Name().toLatin1());
    if (!accept.isEmpty()) {
        request.setRawHeader("Accept", accept);
    }
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    return request;
}

void AcmeTransport::send(
    Method method, const QUrl &url, const QByteArray &body, const QByteArray &accept, QObject *context, Callback done)
{
    if (url.scheme() != QLatin1String("https")) {
        // ACME is HTTPS-only (RFC 8555 §6.1); refusing here keeps signed requests off plaintext.
        AcmeResponse response;
        response.url = url;
        response.problem = Problem::make(Problem::Category::Configuration,
                                         QStringLiteral("acme.not-https"),
                                         tr("The CA address must use HTTPS"),
                                         tr("“%1” is not an https:// URL.").arg(url.toDisplayString()),
                                         tr("Use the https:// directory URL the CA publishes."));
        QMetaObject::invokeMethod(
            context,
            [done, response] {
                done(response);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_network) {
        // The access manager went away first; still answer, so the job finishes exactly once.
        AcmeResponse response;
        response.url = url;
        response.problem = Problem::make(Problem::Category::Internal,
                                         QStringLiteral("acme.no-network"),
                                         tr("The network connection was shut down"),
                                         {},
                                         tr("Restart CertDesk if this happens again."));
        QMetaObject::invokeMethod(
            context,
            [done, response] {
                done(response);
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request = makeRequest(url, accept);
    QNetworkReply *reply = nullptr;
    switch (method) {
    case Method::Get:
        reply = m_network->get(request);
        break;
    case Method::Head:
        reply = m_network->head(request);
        break;
    case Method::Post:
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/jose+json"));
        reply = m_network->post(request, body);
        break;
    }
    // The reply dies with the job that asked for it, so an abandoned job cannot fire late.
    reply->setParent(context);
    auto sslErrors = std::make_shared<QStringList>();
    auto timedOut = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::sslErrors, reply, [sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            *sslErrors << error.errorString();
        }
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);
    QElapsedTimer elapsed;
    elapsed.start();
    connect(reply, &QNetworkReply::finished, context, [this, reply, timedOut, sslErrors, done, elapsed] {
        reply->deleteLater();
        const AcmeResponse response = readReply(reply, *timedOut, *sslErrors);
        // Timings per request: where an order spends its time (see docs/benchmarks.md).
        qCDebug(lcAcmeTransport).noquote()
            << reply->operation() << reply->url().path() << response.status << elapsed.elapsed() << "ms";
        done(response);
    });
}

AcmeResponse AcmeTransport::readReply(QNetworkReply *reply, bool timedOut, const QStringList &sslErrors)
{
    m_nonces.collect(reply);
    AcmeResponse response;
    response.url = reply->url();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.body = reply->readAll();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty()) {
        response.location = reply->url().resolved(QUrl(QString::fromLatin1(location)));
    }
    response.alternates = HttpHeaders::linkTargets(reply, "alternate");
    response.next = HttpHeaders::linkTargets(reply, "next").value(0);
    response.retryAfter = HttpHeaders::retryAfter(reply, QDateTime::currentDateTimeUtc());

    if (response.status == 0) {
        response.problem = networkProblem(reply->error(), reply->url(), reply->errorString(), timedOut, sslErrors);
        qCInfo(lcAcmeTransport) << "request failed" << reply->url().toDisplayString() << response.problem->code;
        return response;
    }
    if (response.status >= 400) {
        if (const auto acme = AcmeProblem::fromResponse(response.contentType, response.body, response.status)) {
            Problem problem = acme->toProblem();
            if (acme->type() == AcmeProblem::Type::RateLimited && response.retryAfter) {
                problem.hint =
                    tr("The CA accepts new requests after %1 (UTC).").arg(response.retryAfter->toString(Qt::ISODate));
            }
            response.problem = problem;
        } else {
            response.problem =
                Problem::make(response.status >= 500 ? Problem::Category::Network : Problem::Category::Acme,
                              QStringLiteral("acme.http-%1").arg(response.status),
                              tr("The CA answered with an unexpected error"),
                              tr("%1 answered HTTP %2.").arg(reply->url().host()).arg(response.status),
                              response.status >= 500 ? tr("The CA may be down; try again later.")
                                                     : tr("Check the directory URL."))
                    .withTechnical(QString::fromUtf8(response.body.left(512)));
        }
        qCInfo(lcAcmeTransport) << "CA error" << reply->url().toDisplayString() << response.status
                                << response.problem->code;
    }
    return response;
}

void AcmeTransport::get(const QUrl &url, QObject *context, Callback done)
{
    send(Method::Get, url, {}, {}, context, std::move(done));
}

void AcmeTransport::takeNonce(QObject *context, std::function<void(Result<QByteArray>)> done)
{
    if (const auto nonce = m_nonces.take()) {
        done(*nonce);
        return;
    }
    // RFC 8555 §7.2: only when no nonce is left from earlier responses.
    send(Method::Head, m_newNonceUrl, {}, {}, context, [this, done](const AcmeResponse &response) {
        if (!response.ok()) {
            done(*response.problem);
            return;
        }
        if (const auto nonce = m_nonces.take()) {
            done(*nonce);
            return;
        }
        done(Problem::make(Problem::Category::Acme,
                           QStringLiteral("acme.no-nonce"),
                           tr("The CA did not provide a request nonce"),
                           tr("%1 answered without a Replay-Nonce header.").arg(m_newNonceUrl.toDisplayString()),
                           tr("Check that the directory URL belongs to an ACME server.")));
    });
}

void AcmeTransport::post(const QUrl &url, Signer sign, QObject *context, Callback done, const QByteArray &accept)
{
    auto attempt = std::make_shared<PostAttempt>();
    attempt->url = url;
    attempt->sign = std::move(sign);
    attempt->context = context;
    attempt->done = std::move(done);
    attempt->accept = accept;
    attemptPost(attempt);
}

void AcmeTransport::attemptPost(std::shared_ptr<PostAttempt> attempt)
{
    QObject *context = attempt->context.data();
    if (!context) {
        return;
    }
    takeNonce(context, [this, attempt](const Result<QByteArray> &nonce) {
        QObject *ctx = attempt->context.data();
        if (!ctx) {
            return;
        }
        if (!nonce) {
            AcmeResponse failed;
            failed.url = attempt->url;
            failed.problem = nonce.problem();
            attempt->done(failed);
            return;
        }
        const auto body = attempt->sign(nonce.value());
        if (!body) {
            AcmeResponse failed;
            failed.url = attempt->url;
            failed.problem = body.problem();
            attempt->done(failed);
            return;
        }
        send(Method::Post,
             attempt->url,
             body.value(),
             attempt->accept,
             ctx,
             [this, attempt](const AcmeResponse &response) {
                 if (!response.ok() && response.problem->code == QLatin1String("acme.badNonce")
                     && attempt->badNonceRetries < MaxBadNonceRetries) {
                     ++attempt->badNonceRetries;
                     qCDebug(lcAcmeTransport) << "badNonce, retrying" << attempt->badNonceRetries;
                     attemptPost(attempt);
                     return;
                 }
                 if (!response.ok() && response.problem->code == QLatin1String("acme.rateLimited")
                     && response.retryAfter && attempt->rateLimitRetries < MaxRateLimitRetries) {
                     const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(*response.retryAfter);
                     if (wait <= m_maxRateLimitWait.count()) {
                         ++attempt->rateLimitRetries;
                         QTimer::singleShot(std::max<qint64>(wait, 0), attempt->context.data(), [this, attempt] {
                             attemptPost(attempt);
                         });
                         return;
                     }
                 }
                 attempt->done(response);
             });
    });
}
