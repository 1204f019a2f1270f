#include "LabPorts.h"

#include <QHostAddress>
#include <QMutex>
#include <QSet>
#include <QTcpServer>
#include <QUdpSocket>

namespace {

QMutex s_mutex;
QSet<quint16> s_handedOut;

// The kernel may hand out the port it just released again; remember every port we gave away.
bool claim(quint16 port)
{
    QMutexLocker locker(&s_mutex);
    if (port == 0 || s_handedOut.contains(port)) {
        return false;
    }
    s_handedOut.insert(port);
    return true;
}

} // namespace

namespace LabPorts {

quint16 freeTcpPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            continue;
        }
        if (claim(server.serverPort())) {
            return server.serverPort();
        }
    }
    return 0;
}

quint16 freeDnsPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            continue;
        }
        const quint16 port = server.serverPort();
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, port)) {
            continue;
        }
        if (claim(port)) {
            return port;
        }
    }
    return 0;
}

} // namespace LabPorts
