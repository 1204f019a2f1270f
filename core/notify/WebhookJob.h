#pragma once

#include "core/Problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// POSTs one notification as JSON. HTTPS with verification (an extra CA bundle for private
// receivers); plain HTTP only to loopback. With a secret, the body is signed:
// `X-CertDesk-Signature: sha256=<hex HMAC-SHA256 of the body>`, so the receiver can trust it.
// One-shot job: start() never emits synchronously; `finished` fires once; then deleteLater.
class WebhookJob final : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        QUrl url;
        QByteArray secret; // from the keychain; empty: unsigned
        QString caBundlePath;
    };

    WebhookJob(QNetworkAccessManager *network, Target target, QJsonObject payload, QObject *parent = nullptr);
    ~WebhookJob() override;
    Q_DISABLE_COPY_MOVE(WebhookJob)

    void start();

    bool failed() const { return m_failed; }

    const Problem &problem() const { return m_problem; }

    static QByteArray signature(const QByteArray &secret, const QByteArray &body);

Q_SIGNALS:
    void finished(WebhookJob *job);

private:
    void run();
    void finish(const Problem *problem);

    QNetworkAccessManager *m_network;
    Target m_target;
    QJsonObject m_payload;
    bool m_started = false;
    bool m_failed = false;
    Problem m_problem;
};
