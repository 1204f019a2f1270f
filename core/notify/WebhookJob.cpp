#include "WebhookJob.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

WebhookJob::WebhookJob(QNetworkAccessManager *network, Target target, QJsonObject payload, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_target(std::move(target))
    , m_payload(std::move(payload))
{
}

WebhookJob::~WebhookJob()
{
    m_target.secret.fill('\0');
}

QByteArray WebhookJob::signature(const QByteArray &secret, const QByteArray &body)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

void WebhookJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &WebhookJob::run, Qt::QueuedConnection);
}

void WebhookJob::run()
{
    const QUrl &url = m_target.url;
    const QHostAddress host(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && !(url.scheme() == QLatin1String("http") && loopback))) {
        const Problem problem = Problem::make(Problem::Category::Configuration,
                                              QStringLiteral("webhook.bad-url"),
                                              tr("The webhook address is not usable."),
                                              tr("\"%1\" must be an https:// URL (http:// only on this machine).")
                                                  .arg(url.toString(QUrl::RemoveUserInfo)),
                                              tr("Correct the webhook URL in CertDesk's settings."));
        finish(&problem);
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("User-Agent", "CertDesk/" CERTDESK_VERSION);
    request.setRawHeader("X-CertDesk-Event", m_payload.value(QStringLiteral("event")).toString().toLatin1());
    request.setTransferTimeout(15000);
    if (!m_target.caBundlePath.isEmpty()) {
        QFile bundle(m_target.caBundlePath);
        if (bundle.open(QIODevice::ReadOnly)) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(tls.caCertificates() + QSslCertificate::fromData(bundle.readAll(), QSsl::Pem));
            request.setSslConfiguration(tls);
        }
    }
    const QByteArray body = QJsonDocument(m_payload).toJson(QJsonDocument::Compact);
    if (!m_target.secret.isEmpty()) {
        request.setRawHeader("X-CertDesk-Signature", signature(m_target.secret, body));
    }
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status / 100 == 2) {
            finish(nullptr);
            return;
        }
        const Problem problem =
            Problem::make(Problem::Category::Network,
                          QStringLiteral("webhook.failed"),
                          tr("The webhook could not be delivered."),
                          status > 0 ? tr("%1 answered HTTP %2.").arg(m_target.url.host()).arg(status)
                                     : tr("%1: %2").arg(m_target.url.host(), reply->errorString()),
                          tr("Check that the receiver is running and accepts CertDesk's requests."));
        finish(&problem);
    });
}

void WebhookJob::finish(const Problem *problem)
{
    if (problem) {
        m_failed = true;
        m_problem = *problem;
    }
    Q_EMIT finished(this);
    deleteLater();
}
