#pragma once

#include "AriProxy.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslSocket;

// What the test sets and what the proxy saw, shared between the test's thread and the proxy's.
struct AriProxyState
{
    struct Issued
    {
        QString certId;
        QDateTime notBefore;
        QDateTime notAfter;
    };

    mutable QMutex mutex;
    std::optional<AriProxy::Window> defaultWindow;
    QHash<QString, AriProxy::Window> windows;
    QMap<QString, QString> profiles;
    int refusals = 0;
    AriProxy::Refusal refusal;
    bool refuseRepeatedReplaces = false;
    QSet<QString> replaced;
    QList<Issued> issued;
    QList<AriProxy::Request> requests;
    QString newOrderPath; // learnt from Pebble's directory
};

// The proxy's listener and forwarder; lives on AriProxy's thread. One HTTP/1.1 request at a
// time per connection (ACME clients do not pipeline), keep-alive, Content-Length bodies.
class AriProxyServer final : public QTcpServer
{
    Q_OBJECT

public:
    AriProxyServer(std::shared_ptr<AriProxyState> state,
                   QSslCertificate certificate,
                   QSslKey key,
                   QList<QSslCertificate> upstreamCa,
                   QUrl upstream,
                   QObject *parent = nullptr);
    ~AriProxyServer() override;
    Q_DISABLE_COPY_MOVE(AriProxyServer)

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct HttpRequest
    {
        QByteArray method;
        QByteArray target;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    struct HttpResponse
    {
        int status = 200;
        QByteArray reason = "OK";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    struct Connection
    {
        QByteArray buffer;
        bool busy = false;
    };

    void readFrom(QSslSocket *socket);
    void handle(QSslSocket *socket, const HttpRequest &request);
    void forward(QSslSocket *socket, const HttpRequest &request, const QJsonObject &payload);
    void respond(QSslSocket *socket, const HttpRequest &request, const QJsonObject &payload, HttpResponse response);
    HttpResponse renewalInfo(const QString &certId) const;
    HttpResponse problem(int status, const QString &type, const QString &detail, int retryAfterSeconds) const;
    void rewriteDirectory(HttpResponse &response, const QByteArray &host) const;
    void noteCertificate(const QByteArray &chainPem) const;

    std::shared_ptr<AriProxyState> m_state;
    QSslConfiguration m_serverTls;
    QSslConfiguration m_upstreamTls;
    QUrl m_upstream;
    QNetworkAccessManager *m_network;
    QHash<QSslSocket *, Connection> m_connections;
};
