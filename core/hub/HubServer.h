#pragma once

#include "core/Result.h"
#include "core/hub/HubController.h"
#include "core/hub/HubRateLimiter.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <memory>

class Clock;
class HubAuditLog;
class QHttpServer;
class QSslServer;

// The hub's HTTPS listener. Qt HTTP Server (a technology preview in 6.4, with API changes in
// 6.5 and 6.8) is used only here: requests become HubRequest values, go through the limits
// every API shares (body size, per-address rate), and are offered to the controllers; their
// HubResponse is written back. Nothing else in CertDesk includes a QtHttpServer header.
class HubServer final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port; see port()
        QSslCertificate certificate;
        QList<QSslCertificate> chain; // intermediates sent after the certificate
        QSslKey privateKey;
        // Plain HTTP only when asked for and only on a loopback address: tokens travel in every
        // request and must not cross a network in clear text.
        bool allowPlainHttp = false;
        qint64 maxBodyBytes = 64 * 1024;
        int burstPerAddress = 30;
        int perMinutePerAddress = 120;
    };

    explicit HubServer(const Clock &clock, QObject *parent = nullptr);
    ~HubServer() override;
    Q_DISABLE_COPY_MOVE(HubServer)

    // Controllers are not owned and must outlive the server.
    void addController(HubController *controller);

    // Where refusals made before any controller sees a request (size, rate, unknown path) are
    // recorded; controllers audit their own decisions. Not owned.
    void setAuditLog(HubAuditLog *audit) { m_audit = audit; }

    Result<quint16> listen(const Options &options);

    // A new certificate for connections accepted from now on (a renewed one); connections
    // already open keep theirs. Only for a server listening with TLS.
    Result<void>
    setCertificate(const QSslCertificate &certificate, const QList<QSslCertificate> &chain, const QSslKey &privateKey);

    quint16 port() const { return m_port; }

    bool isTls() const { return m_tls; }

    // The whole request pipeline without sockets: limits, then the controllers.
    void dispatch(const HubRequest &request, const HubResponder &respond);

    static QByteArray reasonPhrase(int status);

private:
    void audit(const HubRequest &request, const QString &reason) const;

    static QSslConfiguration tlsConfiguration(const QSslCertificate &certificate,
                                              const QList<QSslCertificate> &chain,
                                              const QSslKey &privateKey);

    std::unique_ptr<QHttpServer> m_server;
    QSslServer *m_tlsServer = nullptr; // owned by m_server
    HubAuditLog *m_audit = nullptr;
    QList<HubController *> m_controllers;
    HubRateLimiter m_addressLimiter;
    Options m_options;
    quint16 m_port = 0;
    bool m_tls = false;
};
