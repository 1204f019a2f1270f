#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;

// HTTP for the providers with a REST API (PowerDNS, Cloudflare, acme-dns): verified TLS (with an
// optional extra CA bundle, never "ignore errors"), plain HTTP only to a loopback address, a
// transfer timeout, and one wording for the failures every API shares.
class ProviderHttp final
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Reply
    {
        int status = 0; // 0: no HTTP answer at all
        QByteArray body;
        QJsonDocument json;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        bool tlsFailure = false;
    };

    using Callback = std::function<void(const Reply &)>;

    // `owner` parents the network manager and every reply: callbacks stop with it.
    ProviderHttp(QObject *owner, QString serviceName);
    ~ProviderHttp();
    Q_DISABLE_COPY_MOVE(ProviderHttp)

    // Empty if `text` is an acceptable API address, otherwise a translated reason.
    static QString checkBaseUrl(const QString &text);

    // Adds the certificates in a PEM file to the trusted roots (a private CA).
    Result<void> trustCaBundle(const QString &path);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void send(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body, Callback done);

    // The Problem for a reply that failed before or outside the API's own error format:
    // unreachable, TLS, 401/403 (credential), or any other status with `apiMessage` if known.
    Problem problemFor(const Reply &reply, const QString &apiMessage = {}) const;

private:
    QObject *m_owner;
    QString m_service;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_tls;
    int m_timeoutMs = 30000;
};
