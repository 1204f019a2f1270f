#include "DnsLookupProblem.h"

#include <QCoreApplication>

namespace {

// lupdate extracts a tr() call only when it can tie it to a class, so calls go through Text::tr().
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DnsLookupProblem)
};

} // namespace

QString DnsLookupProblem::question(const QString &name, DnsRecordType type)
{
    return name + QLatin1Char(' ') + dnsRecordTypeName(type);
}

Problem DnsLookupProblem::network(const DnsServer &server, const QString &error)
{
    return Problem::make(Problem::Category::Network,
                         QStringLiteral("dns.network"),
                         Text::tr("The DNS server cannot be reached."),
                         Text::tr("Sending to %1 failed: %2").arg(server.toString(), error),
                         Text::tr("Check the server address and port, and that this computer has a route to it."))
        .withTechnical(server.toString() + QStringLiteral(": ") + error);
}

Problem
DnsLookupProblem::timeout(const DnsServer &server, const QString &name, DnsRecordType type, int attempts, bool tcp)
{
    const QString detail =
        tcp ? Text::tr("%1 did not complete an answer over TCP for %2.").arg(server.toString(), question(name, type))
            : Text::tr("No answer from %1 for %2 after %n attempt(s).", nullptr, attempts)
                  .arg(server.toString(), question(name, type));
    return Problem::make(Problem::Category::Timeout,
                         QStringLiteral("dns.timeout"),
                         Text::tr("The DNS server did not answer in time."),
                         detail,
                         Text::tr("Check the server address and port, and that no firewall blocks DNS traffic."))
        .withTechnical(
            QStringLiteral("timeout %1 %2 %3")
                .arg(tcp ? QStringLiteral("tcp") : QStringLiteral("udp"), server.toString(), question(name, type)));
}

Result<DnsAnswer> DnsLookupProblem::fromAnswer(const DnsAnswer &answer, const QString &name, DnsRecordType type)
{
    const QString server = answer.server.toString();
    const QString asked = DnsLookupProblem::question(name, type);
    const QString technical = QStringLiteral("%1 from %2 for %3").arg(dnsRcodeName(answer.rcode()), server, asked);
    switch (answer.rcode()) {
    case DnsRcode::NoError:
        return answer;
    case DnsRcode::NxDomain:
        return Problem::make(Problem::Category::NotFound,
                             QStringLiteral("dns.nxdomain"),
                             Text::tr("The name does not exist (NXDOMAIN)."),
                             Text::tr("%1 says there is no name %2.").arg(server, name),
                             Text::tr("Create the record, or check the spelling of the name."))
            .withTechnical(technical);
    case DnsRcode::ServFail:
        return Problem::make(Problem::Category::Dns,
                             QStringLiteral("dns.servfail"),
                             Text::tr("The DNS server failed to answer (SERVFAIL)."),
                             Text::tr("%1 could not resolve %2.").arg(server, asked),
                             Text::tr("The zone's name servers may be unreachable or its DNSSEC broken. Try again "
                                      "later, or ask the zone's administrator."))
            .withTechnical(technical);
    case DnsRcode::Refused:
        return Problem::make(Problem::Category::Dns,
                             QStringLiteral("dns.refused"),
                             Text::tr("The DNS server refused the question (REFUSED)."),
                             Text::tr("%1 will not answer for %2.").arg(server, asked),
                             Text::tr("Use a server that is authoritative for this zone, or one that allows "
                                      "recursion for this computer."))
            .withTechnical(technical);
    default:
        return Problem::make(Problem::Category::Dns,
                             QStringLiteral("dns.rcode"),
                             Text::tr("The DNS server returned an error (%1).").arg(dnsRcodeName(answer.rcode())),
                             Text::tr("%1 could not answer %2.").arg(server, asked),
                             Text::tr("Check that the server supports this kind of question."))
            .withTechnical(technical);
    }
}
