#pragma once

#include "core/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// The built-in http-01 responder (RFC 8555 §8.3): a deliberately tiny HTTP/1.1 server that
// answers GET/HEAD /.well-known/acme-challenge/<token> for the tokens of orders in flight and
// 404 for everything else. It reads at most one small request per connection and closes it,
// so it cannot be turned into anything but what it is.
class Http01Responder final : public QObject
{
    Q_OBJECT

public:
    explicit Http01Responder(QObject *parent = nullptr);
    ~Http01Responder() override;
    Q_DISABLE_COPY_MOVE(Http01Responder)

    // Port 80 by default; tests and setups behind a port forward choose another.
    Result<void> listen(const QHostAddress &address, quint16 port = 80);
    void close();
    bool isListening() const;
    quint16 port() const;

    // Tokens are base64url (RFC 8555 §8.1); anything else is refused.
    Result<void> publish(const QString &token, const QString &keyAuthorization);
    void withdraw(const QString &token);

    int publishedCount() const { return static_cast<int>(m_answers.size()); }

    static bool isValidToken(const QString &token);

Q_SIGNALS:
    // A CA (or anyone) fetched a published token: useful evidence in the activity log.
    void served(const QString &token, const QHostAddress &peer);

private:
    void accept();
    void readRequest(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body, bool head);

    QTcpServer *m_server;
    QHash<QString, QByteArray> m_answers;
};
