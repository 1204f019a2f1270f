#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

// A minimal HTTP/1.1 receiver on loopback for webhook tests: keeps every request it gets
// (headers and body) and answers each with a fixed status.
class HttpReceiver final : public QObject
{
public:
    explicit HttpReceiver(int status = 204)
        : m_status(status)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                    if (headerEnd < 0) {
                        return;
                    }
                    const qsizetype at = buffer->toLower().indexOf("content-length:");
                    const qsizetype length =
                        at < 0 ? 0 : buffer->mid(at + 15, 12).split('\r').first().trimmed().toLongLong();
                    if (buffer->size() - headerEnd - 4 < length) {
                        return;
                    }
                    m_requests << *buffer;
                    socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                                  + " Status\r\nContent-Length: 0\r\n"
                                    "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }

    const QList<QByteArray> &requests() const { return m_requests; }

    static QByteArray body(const QByteArray &request) { return request.mid(request.indexOf("\r\n\r\n") + 4); }

private:
    QTcpServer m_server;
    QList<QByteArray> m_requests;
    int m_status;
};
