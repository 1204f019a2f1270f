#include "LabProbe.h"

#include <QBuffer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

namespace {

QByteArray soaQuery(quint16 id, const QString &zone)
{
    QByteArray query;
    query.append(char(id >> 8)).append(char(id & 0xff));
    query.append(QByteArray::fromHex("0000"
                                     "0001"
                                     "0000"
                                     "0000"
                                     "0000")); // no RD, one question
    const QStringList labels = zone.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &label : labels) {
        const QByteArray ascii = label.toLatin1();
        query.append(char(ascii.size())).append(ascii);
    }
    query.append('\0');
    query.append(QByteArray::fromHex("0006"
                                     "0001")); // SOA, IN
    return query;
}

} // namespace

namespace LabProbe {

bool dnsServesZone(quint16 port, const QString &zone, std::chrono::milliseconds timeout)
{
    QUdpSocket socket;
    // A connected UDP socket turns the ICMP "port unreachable" of a server that is not up yet
    // into an immediate error instead of a timeout.
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(int(timeout.count()))) {
        return false;
    }
    const auto id = quint16(QRandomGenerator::global()->bounded(0x10000));
    if (socket.write(soaQuery(id, zone)) < 0) {
        return false;
    }
    if (!socket.waitForReadyRead(int(timeout.count()))) {
        return false;
    }
    const QByteArray reply = socket.read(4096);
    if (reply.size() < 12) {
        return false;
    }
    const auto replyId = quint16((quint8(reply[0]) << 8) | quint8(reply[1]));
    const bool isResponse = quint8(reply[2]) & 0x80;
    const int rcode = quint8(reply[3]) & 0x0f;
    const int answers = (quint8(reply[6]) << 8) | quint8(reply[7]);
    return replyId == id && isResponse && rcode == 0 && answers > 0;
}

HttpResponse http(const QByteArray &verb,
                  const QUrl &url,
                  const Headers &headers,
                  const QByteArray &body,
                  const QSslConfiguration &ssl,
                  std::chrono::milliseconds timeout)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(int(timeout.count()));
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QBuffer payload;
    payload.setData(body);
    payload.open(QIODevice::ReadOnly);
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, &payload);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    HttpResponse response;
    if (!reply->isFinished()) {
        reply->abort();
        response.error = QStringLiteral("timed out");
    } else {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && response.status == 0) {
            response.error = reply->errorString();
        }
    }
    delete reply;
    return response;
}

} // namespace LabProbe
