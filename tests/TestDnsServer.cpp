#include "core/dns/DnsServer.h"

#include <QTest>

class TestDnsServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void parsesIpv4WithAndWithoutPort()
    {
        QCOMPARE(DnsServer::parse(QStringLiteral("192.0.2.53")).value(),
                 (DnsServer{QHostAddress(QStringLiteral("192.0.2.53")), 53}));
        QCOMPARE(DnsServer::parse(QStringLiteral(" 127.0.0.1:5353 ")).value(),
                 (DnsServer{QHostAddress::LocalHost, 5353}));
    }

    void parsesIpv6BareAndBracketed()
    {
        QCOMPARE(DnsServer::parse(QStringLiteral("::1")).value(), (DnsServer{QHostAddress::LocalHostIPv6, 53}));
        QCOMPARE(DnsServer::parse(QStringLiteral("[::1]:8053")).value(),
                 (DnsServer{QHostAddress::LocalHostIPv6, 8053}));
        QCOMPARE(DnsServer::parse(QStringLiteral("[2001:db8::53]")).value().port, quint16(53));
    }

    void usesTheGivenDefaultPort()
    {
        QCOMPARE(DnsServer::parse(QStringLiteral("127.0.0.1"), 5300).value().port, quint16(5300));
    }

    void rejectsHostNamesBecauseTheSystemResolverIsNeverAsked()
    {
        QCOMPARE(DnsServer::parse(QStringLiteral("ns1.example.com")).problem().code,
                 QStringLiteral("dns.server.invalid"));
    }

    void rejectsBadPorts()
    {
        for (const char *text : {"127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1:dns", "[::1]x", "[::1"}) {
            QVERIFY2(!DnsServer::parse(QString::fromLatin1(text)).ok(), text);
        }
    }

    void printsServerForMessages()
    {
        QCOMPARE((DnsServer{QHostAddress::LocalHost, 53}).toString(), QStringLiteral("127.0.0.1:53"));
        QCOMPARE((DnsServer{QHostAddress::LocalHostIPv6, 5353}).toString(), QStringLiteral("[::1]:5353"));
    }
};

QTEST_GUILESS_MAIN(TestDnsServer)
#include "TestDnsServer.moc"
