#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <chrono>

// Readiness probes and the few requests the fixture itself makes. They block (a fixture's
// start() is synchronous), never use a proxy and only ever talk to the URL or port given.
namespace LabProbe {

// True when a DNS server on 127.0.0.1:`port` answers an SOA query for `zone` with NOERROR and
// an answer, i.e. it runs and has loaded the zone. Hand-built query: no resolver involved.
bool dnsServesZone(quint16 port, const QString &zone, std::chrono::milliseconds timeout);

struct HttpResponse
{
    int status = 0; // 0 when no HTTP response arrived
    QByteArray body;
    QString error; // transport or TLS error, empty on success
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One HTTP(S) request through a private QNetworkAccessManager and a local event loop.
// For https, `ssl` decides which CAs are trusted; verification is never disabled.
HttpResponse http(const QByteArray &verb,
                  const QUrl &url,
                  const Headers &headers,
                  const QByteArray &body,
                  const QSslConfiguration &ssl,
                  std::chrono::milliseconds timeout);

} // namespace LabProbe
