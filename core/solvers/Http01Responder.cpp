#include "Http01Responder.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp01, "certdesk.core.solvers.http01")

namespace {

constexpr qsizetype kMaxRequest = 8 * 1024;
constexpr int kRequestTimeoutMs = 10000;
const QByteArray kPrefix = QByteArrayLiteral("/.well-known/acme-challenge/");

} // namespace

Http01Responder::Http01Responder(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &Http01Responder::accept);
}

Http01Responder::~Http01Responder() = default;

Result<void> Http01Responder::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->isListening()) {
        m_server->close();
    }
    if (!m_server->listen(address, port)) {
        const QString where = QStringLiteral("%1:%2").arg(address.toString()).arg(port);
        return Problem::make(Problem::Category::Configuration,
                             QStringLiteral("http01.listen-failed"),
                             QCoreApplication::translate("Http01Responder", "The http-01 responder cannot listen."),
                             QCoreApplication::translate("Http01Responder", "Listening on %1 failed: %2")
                                 .arg(where, m_server->errorString()),
                             port < 1024
                                 ? QCoreApplication::translate("Http01Responder",
                                                               "Ports below 1024 need administrator rights "
                                                               "(on Linux: CAP_NET_BIND_SERVICE); stop the "
                                                               "web server using the port, or use webroot mode.")
                                 : QCoreApplication::translate("Http01Responder",
                                                               "Choose a free port, or stop the program using "
                                                               "it."));
    }
    qCInfo(lcHttp01) << "listening on" << m_server->serverAddress() << m_server->serverPort();
    return {};
}

void Http01Responder::close()
{
    m_server->close();
}

bool Http01Responder::isListening() const
{
    return m_server->isListening();
}

quint16 Http01Responder::port() const
{
    return m_server->serverPort();
}

bool Http01Responder::isValidToken(const QString &token)
{
    if (token.isEmpty() || token.size() > 256) {
        return false;
    }
    for (const QChar c : token) {
        const bool allowed =
            (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!allowed) {
            return false;
        }
    }
    return true;
}

Result<void> Http01Responder::publish(const QString &token, const QString &keyAuthorization)
{
    if (!isValidToken(token) || !keyAuthorization.startsWith(token + QLatin1Char('.'))) {
        return Problem::make(Problem::Category::Acme,
                             QStringLiteral("http01.bad-token"),
                             QCoreApplication::translate("Http01Responder", "The CA sent an unusable challenge token."),
                             QCoreApplication::translate("Http01Responder",
                                                         "The token is not base64url, or the key authorization does "
                                                         "not belong to it."));
    }
    m_answers.insert(token, keyAuthorization.toLatin1());
    return {};
}

void Http01Responder::withdraw(const QString &token)
{
    m_answers.remove(token);
}

void Http01Responder::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            readRequest(socket);
        });
        // A client that never finishes its request does not keep a socket forever.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] {
            socket->abort();
        });
    }
}

void Http01Responder::readRequest(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffered = socket->property("buffer").toByteArray() + socket->readAll();
    if (buffered.size() > kMaxRequest) {
        respond(socket, 431, "Request Header Fields Too Large", {}, false);
        return;
    }
    if (!buffered.contains("\r\n\r\n") && !buffered.contains("\n\n")) {
        socket->setProperty("buffer", buffered);
        return;
    }
    const QByteArray requestLine = buffered.left(buffered.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", {}, false);
        return;
    }
    const QByteArray &method = parts.at(0);
    const bool head = method == "HEAD";
    if (method != "GET" && !head) {
        respond(socket, 405, "Method Not Allowed", {}, false);
        return;
    }
    QByteArray path = parts.at(1);
    // RFC 8555 §8.3: the CA requests the path exactly; tolerate an absolute-form URI.
    if (path.startsWith("http://")) {
        const qsizetype slash = path.indexOf('/', 7);
        path = slash < 0 ? QByteArray("/") : path.mid(slash);
    }
    if (path.startsWith(kPrefix)) {
        const QString token = QString::fromLatin1(path.mid(kPrefix.size()));
        const auto answer = m_answers.constFind(token);
        if (answer != m_answers.constEnd()) {
            Q_EMIT served(token, socket->peerAddress());
            respond(socket, 200, "OK", *answer, head);
            return;
        }
    }
    respond(socket, 404, "Not Found", {}, head);
}

void Http01Responder::respond(
    QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body, bool head)
{
    socket->setProperty("answered", true);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/plain\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n\r\n";
    if (!head) {
        response += body;
    }
    socket->write(response);
    socket->disconnectFromHost();
}
