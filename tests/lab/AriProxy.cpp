#include "AriProxy.h"

#include "AriProxyServer.h"
#include "Lab.h"

#include <QFile>
#include <QHostAddress>
#include <QThread>

AriProxy::AriProxy(const Lab &lab)
    : m_state(std::make_shared<AriProxyState>())
    , m_certificatePath(lab.tlsCertificatePath())
    , m_keyPath(lab.tlsKeyPath())
    , m_caBundlePath(lab.caBundlePath())
    , m_upstream(lab.directoryUrl())
{
}

AriProxy::~AriProxy()
{
    if (m_server) {
        QMetaObject::invokeMethod(
            m_server,
            [server = m_server] {
                delete server;
            },
            Qt::BlockingQueuedConnection);
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

Result<void> AriProxy::start()
{
    const auto failed = [](const QString &detail) {
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("lab.ari-proxy"),
                             QStringLiteral("The ARI proxy cannot start"),
                             detail);
    };
    if (m_server) {
        return {};
    }
    if (m_certificatePath.isEmpty() || !m_upstream.isValid()) {
        return failed(QStringLiteral("start the lab with Pebble first"));
    }
    const QList<QSslCertificate> certificate = QSslCertificate::fromPath(m_certificatePath);
    QFile keyFile(m_keyPath);
    if (certificate.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        return failed(QStringLiteral("the lab's TLS certificate or key is unreadable"));
    }
    const QSslKey key(&keyFile, QSsl::Ec);
    if (key.isNull()) {
        return failed(QStringLiteral("the lab's TLS key is not an EC key"));
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("AriProxy"));
    m_server =
        new AriProxyServer(m_state, certificate.first(), key, QSslCertificate::fromPath(m_caBundlePath), m_upstream);
    m_server->moveToThread(m_thread.get());
    m_thread->start();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &listening] {
            listening = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        return failed(QStringLiteral("no free port on 127.0.0.1"));
    }
    return {};
}

QUrl AriProxy::directoryUrl() const
{
    QUrl url = m_upstream;
    url.setPort(m_port);
    return url;
}

void AriProxy::setDefaultWindow(const Window &window)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->defaultWindow = window;
}

void AriProxy::setWindow(const QString &certId, const Window &window)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->windows.insert(certId, window);
}

void AriProxy::setProfiles(const QMap<QString, QString> &profiles)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->profiles = profiles;
}

void AriProxy::refuseNewOrders(int count, const Refusal &refusal)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->refusals = count;
    m_state->refusal = refusal;
}

void AriProxy::setRefuseRepeatedReplaces(bool refuse)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->refuseRepeatedReplaces = refuse;
}

QStringList AriProxy::issuedCertIds() const
{
    QMutexLocker lock(&m_state->mutex);
    QStringList ids;
    for (const auto &issued : std::as_const(m_state->issued)) {
        ids << issued.certId;
    }
    return ids;
}

QList<AriProxy::Request> AriProxy::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

QList<QJsonObject> AriProxy::newOrderPayloads() const
{
    QMutexLocker lock(&m_state->mutex);
    QList<QJsonObject> payloads;
    for (const Request &request : std::as_const(m_state->requests)) {
        if (request.method == QLatin1String("POST") && request.path == m_state->newOrderPath) {
            payloads << request.payload;
        }
    }
    return payloads;
}

int AriProxy::renewalInfoRequests(const QString &certId) const
{
    QMutexLocker lock(&m_state->mutex);
    const QString prefix = QStringLiteral("/renewal-info/");
    int count = 0;
    for (const Request &request : std::as_const(m_state->requests)) {
        if (request.method == QLatin1String("GET") && request.path.startsWith(prefix)
            && (certId.isEmpty() || request.path.mid(prefix.size()) == certId)) {
            ++count;
        }
    }
    return count;
}
