// Micro benchmark for the record check's DNS load: N delegated names, each checked once at the
// authoritative server (the `_acme-challenge` CNAME, no recursion) and once at the resolver (the
// TXT at the end of the CNAME), all in flight together on one thread. The product target is
// 2,000 records in under a second on one core.
//
//     dns_check_bench [records=2000] [max-in-flight=1000] [rounds=3]
//
// Starts its own lab BIND on loopback; prints only counts and timings (never the TSIG secret).

#include "Lab.h"

#include "core/dns/DelegationLabel.h"
#include "core/dns/DnsClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Round
{
    qint64 wallMs = 0;
    double cpuS = 0;
    int ok = 0;
    int failed = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int records = args.size() > 1 ? args.at(1).toInt() : 2000;
    const int maxInFlight = args.size() > 2 ? args.at(2).toInt() : 1000;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 3;
    QTextStream out(stdout);

    Lab lab(Lab::Options{.pebble = false, .bind = true});
    if (const Result<void> started = lab.start(); !started) {
        out << "lab failed: " << started.problem().message() << Qt::endl;
        return 1;
    }

    // Seed: _acme-challenge.hostN.<customer> CNAME <label>.<delegation>, and a TXT there.
    const DnsName customer = DnsName::parse(lab.customerZone()).value();
    const DnsName delegation = DnsName::parse(lab.delegationZone()).value();
    QList<DnsName> challengeNames;
    QList<DnsName> targets;
    QStringList customerCommands;
    QStringList delegationCommands;
    for (int i = 0; i < records; ++i) {
        const DnsName host = customer.child(QStringLiteral("host%1").arg(i));
        const DnsName target = delegation.child(DelegationLabel::forName(host));
        challengeNames << host.challengeName();
        targets << target;
        customerCommands << QStringLiteral("update add %1 60 CNAME %2").arg(host.challengeName().fqdn(), target.fqdn());
        delegationCommands << QStringLiteral("update add %1 60 TXT \"token-%2\"").arg(target.fqdn()).arg(i);
    }
    QElapsedTimer seeding;
    seeding.start();
    for (qsizetype from = 0; from < customerCommands.size(); from += 500) {
        if (!lab.bindUpdate(lab.customerZone(), customerCommands.mid(from, 500))
            || !lab.bindUpdate(lab.delegationZone(), delegationCommands.mid(from, 500))) {
            out << "seeding failed" << Qt::endl;
            return 1;
        }
    }
    out << "seeded " << records << " delegated names in " << seeding.elapsed() << " ms" << Qt::endl;

    const DnsServer server{QHostAddress::LocalHost, lab.bindPort()};
    DnsClient client;
    client.setMaxInFlight(maxInFlight);
    DnsClient::Options authoritative = client.defaultOptions();
    authoritative.recursionDesired = false;
    const DnsClient::Options resolver = client.defaultOptions();

    QList<Round> results;
    for (int round = 0; round < rounds; ++round) {
        Round result;
        int outstanding = 2 * records;
        QElapsedTimer wall;
        const double cpuStart = cpuSeconds();
        wall.start();
        for (int i = 0; i < records; ++i) {
            const QString expectedTarget = targets.at(i).ace();
            const QString expectedToken = QStringLiteral("token-%1").arg(i);
            client.lookup(server,
                          challengeNames.at(i).ace(),
                          DnsRecordType::CNAME,
                          authoritative,
                          &app,
                          [&, expectedTarget](const Result<DnsAnswer> &answer) {
                              const bool good =
                                  answer && answer->records(DnsRecordType::CNAME).size() == 1
                                  && answer->records(DnsRecordType::CNAME).constFirst().data == expectedTarget;
                              ++(good ? result.ok : result.failed);
                              if (--outstanding == 0) {
                                  app.quit();
                              }
                          });
            client.lookup(server,
                          challengeNames.at(i).ace(),
                          DnsRecordType::TXT,
                          resolver,
                          &app,
                          [&, expectedToken](const Result<DnsAnswer> &answer) {
                              const bool good =
                                  answer && answer->records(DnsRecordType::TXT).size() == 1
                                  && answer->records(DnsRecordType::TXT).constFirst().data == expectedToken;
                              ++(good ? result.ok : result.failed);
                              if (--outstanding == 0) {
                                  app.quit();
                              }
                          });
        }
        app.exec();
        result.wallMs = wall.elapsed();
        result.cpuS = cpuSeconds() - cpuStart;
        results << result;
        out << "round " << round + 1 << ": " << records << " records (" << 2 * records << " queries: " << result.ok
            << " ok, " << result.failed << " failed) in " << result.wallMs << " ms wall, " << qRound(result.cpuS * 1000)
            << " ms CPU in the client" << Qt::endl;
    }
    return std::all_of(results.cbegin(),
                       results.cend(),
                       [](const Round &r) {
                           return r.failed == 0;
                       })
               ? 0
               : 1;
}
