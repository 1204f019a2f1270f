#pragma once

#include "core/Result.h"
#include "core/acme/AcmeResponse.h"
#include "core/acme/NoncePool.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// HTTP for ACME: TLS always verified (with an optional CA bundle of its own for private CAs
// such as Pebble or step-ca), every Replay-Nonce kept, signed POSTs retried on badNonce
// (RFC 8555 §6.5: "clients SHOULD retry") and after short rate-limit waits, and a clean
// timeout on every request. Callbacks run on the thread of the QNetworkAccessManager and
// are dropped if their context object is destroyed first.
class AcmeTransport final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const AcmeResponse &)>;
    // Builds the request body (a JWS) for one nonce; called again for each retry.
    using Signer = std::function<Result<QByteArray>(const QByteArray &nonce)>;

    // Generous because a retry costs one round trip and CAs reject nonces at random (Pebble
    // at 5 % by default); still bounded so a broken server cannot loop us forever.
    static constexpr int MaxBadNonceRetries = 10;
    static constexpr int MaxRateLimitRetries = 2;

    explicit AcmeTransport(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AcmeTransport() override;
    Q_DISABLE_COPY_MOVE(AcmeTransport)

    // The roots trusted for this CA instead of the system's; empty PEM: the system's again.
    Result<void> setCaBundle(const QByteArray &pem);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // A rateLimited answer whose Retry-After is at most this far away is waited out.
    void setMaxRateLimitWait(std::chrono::milliseconds wait) { m_maxRateLimitWait = wait; }

    void setNewNonceUrl(const QUrl &url) { m_newNonceUrl = url; }

    NoncePool &nonces() { return m_nonces; }

    void get(const QUrl &url, QObject *context, Callback done);
    void post(const QUrl &url, Signer sign, QObject *context, Callback done, const QByteArray &accept = {});

private:
    enum class Method {
        Get,
        Head,
        Post,
    };
    struct PostAttempt;

    void send(Method method,
              const QUrl &url,
              const QByteArray &body,
              const QByteArray &accept,
              QObject *context,
              Callback done);
    void attemptPost(std::shared_ptr<PostAttempt> attempt);
    void takeNonce(QObject *context, std::function<void(Result<QByteArray>)> done);
    QNetworkRequest makeRequest(const QUrl &url, const QByteArray &accept) const;
    AcmeResponse readReply(QNetworkReply *reply, bool timedOut, const QStringList &sslErrors);

    QPointer<QNetworkAccessManager> m_network;
    QList<QSslCertificate> m_caCertificates;
    std::chrono::milliseconds m_timeout{30000};
    std::chrono::milliseconds m_maxRateLimitWait{10000};
    QUrl m_newNonceUrl;
    NoncePool m_nonces;
};
