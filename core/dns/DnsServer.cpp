#include "DnsServer.h"

#include <QCoreApplication>

namespace {

Problem badServer(const QString &text)
{
    return Problem::make(
        Problem::Category::Input,
        QStringLiteral("dns.server.invalid"),
        QCoreApplication::translate("DnsServer", "The DNS server address is not valid."),
        QCoreApplication::translate("DnsServer", "“%1” is not an IP address with an optional port.").arg(text),
        QCoreApplication::translate("DnsServer",
                                    "Write an address such as 192.0.2.53, 192.0.2.53:5353 "
                                    "or [2001:db8::53]:5353."));
}

} // namespace

Result<DnsServer> DnsServer::parse(const QString &text, quint16 defaultPort)
{
    const QString trimmed = text.trimmed();
    QString host = trimmed;
    QString port;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return badServer(text);
        }
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) {
                return badServer(text);
            }
            port = rest.mid(1);
        }
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        // One colon: IPv4 with a port. More than one: a bare IPv6 address.
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        host = trimmed.left(colon);
        port = trimmed.mid(colon + 1);
    }

    DnsServer server;
    if (!server.address.setAddress(host)) {
        return badServer(text);
    }
    server.port = defaultPort;
    if (!port.isNull()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            return badServer(text);
        }
        server.port = quint16(value);
    }
    return server;
}
