#include "DnsLookupProblem.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("DnsLookupProblem", text, nullptr, n);
}

} // namespace

QString DnsLookupProblem::question(const QString &name, DnsRecordType type)
{
    return name + QLatin1Char(' ') + dnsRecordTypeName(type);
}

Problem DnsLookupProblem::network(const DnsServer &server, const QString &error)
{
    return Problem::make(Problem::Category::Network,
                         QStringLiteral("dns.network"),
                         tr("The DNS server cannot be reached."),
                         tr("Sending to %1 failed: %2").arg(server.toString(), error),
                         tr("Check the server address and port, and that this computer has a route to it."))
        .withTechnical(server.toString() + QStringLiteral(": ") + error);
}

Problem
DnsLookupProblem::timeout(const DnsServer &server, const QString &name, DnsRecordType type, int attempts, bool tcp)
{
    const QString detail =
        tcp ? tr("%1 did not complete an answer over TCP for %2.").arg(server.toString(), question(name, type))
            : tr("No answer from %1 for %2 after %n attempt(s).", attempts)
                  .arg(server.toString(), question(name, type));
    return Problem::make(Problem::Category::Timeout,
                         QStringLiteral("dns.timeout"),
                         tr("The DNS server did not answer in time."),
                         detail,
                         tr("Check the server address and port, and that no firewall blocks DNS traffic."))
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
                             tr("The name does not exist (NXDOMAIN)."),
                             tr("%1 says there is no name %2.").arg(server, name),
                             tr("Create the record, or check the spelling of the name."))
            .withTechnical(technical);
    case DnsRcode::ServFail:
        return Problem::make(Problem::Category::Dns,
                             QStringLiteral("dns.servfail"),
                             tr("The DNS server failed to answer (SERVFAIL)."),
                             tr("%1 could not resolve %2.").arg(server, asked),
                             tr("The zone's name servers may be unreachable or its DNSSEC broken. Try again "
                                "later, or ask the zone's administrator."))
            .withTechnical(technical);
    case DnsRcode::Refused:
        return Problem::make(Problem::Category::Dns,
                             QStringLiteral("dns.refused"),
                             tr("The DNS server refused the question (REFUSED)."),
                             tr("%1 will not answer for %2.").arg(server, asked),
                             tr("Use a server that is authoritative for this zone, or one that allows "
                                "recursion for this computer."))
            .withTechnical(technical);
    default:
        return Problem::make(Problem::Category::Dns,
                             QStringLiteral("dns.rcode"),
                             tr("The DNS server returned an error (%1).").arg(dnsRcodeName(answer.rcode())),
                             tr("%1 could not answer %2.").arg(server, asked),
                             tr("Check that the server supports this kind of question."))
            .withTechnical(technical);
    }
}
