// Benchmark of the live record check (RecordCheck) against the lab's BIND: N external endpoints,
// each with its two required records (`_acme-challenge.hostN CNAME <label>.<delegation zone>.`
// and `hostN CNAME lb.<zone>.`), checked at the authoritative server (no recursion) and at the
// resolver, CAA included, all on one thread. Compared with `dig` run once per record, the way a
// shell script would check them.
//
//     dns_check_bench [endpoints=1000] [rounds=3] [dig=1]
//
// Starts its own lab BIND on loopback; prints only counts and timings (never the TSIG secret).

#include "Lab.h"
#include "LabProcess.h"

#include "core/dns/DnsClient.h"
#include "core/dns/RecordCheck.h"
#include "core/endpoints/RequiredRecords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

namespace {

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int endpoints = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 3;
    const bool withDig = args.size() > 3 ? args.at(3).toInt() != 0 : true;
    QTextStream out(stdout);

    Lab lab(Lab::Options{.pebble = false, .bind = true});
    if (const Result<void> started = lab.start(); !started) {
        out << "lab failed: " << started.problem().message() << Qt::endl;
        return 1;
    }

    DelegationZone delegation;
    delegation.zone = DnsName::parse(lab.delegationZone()).value();
    delegation.providerId = 1;
    const QString balancer = QStringLiteral("lb.") + lab.customerZone();
    QList<RequiredRecord> records;
    QStringList commands{QStringLiteral("update add %1. 60 A 127.0.0.1").arg(balancer)};
    for (int i = 0; i < endpoints; ++i) {
        Endpoint endpoint;
        endpoint.id = i + 1;
        endpoint.names = {QStringLiteral("host%1.%2").arg(i).arg(lab.customerZone())};
        endpoint.exposure = Endpoint::Exposure::External;
        endpoint.targetHost = balancer;
        const Result<QList<RequiredRecord>> required = RequiredRecords::forEndpoint(endpoint, delegation);
        if (!required) {
            out << required.problem().message() << Qt::endl;
            return 1;
        }
        for (const RequiredRecord &record : required.value()) {
            records << record;
            commands << QStringLiteral("update add %1 60 CNAME %2").arg(record.owner.fqdn(), record.target.fqdn());
        }
    }
    QElapsedTimer seeding;
    seeding.start();
    for (qsizetype from = 0; from < commands.size(); from += 500) {
        if (!lab.bindUpdate(lab.customerZone(), commands.mid(from, 500))) {
            out << "seeding failed" << Qt::endl;
            return 1;
        }
    }
    out << "seeded " << endpoints << " endpoints (" << records.size() << " records) in " << seeding.elapsed() << " ms"
        << Qt::endl;

    const DnsServer bind{QHostAddress::LocalHost, lab.bindPort()};
    RecordCheck::Options options;
    options.resolvers = {bind};
    options.authoritativePort = lab.bindPort();
    options.caIdentities = {QStringLiteral("pebble.test")};
    bool allOk = true;
    qint64 bestMs = -1;
    for (int round = 0; round < rounds; ++round) {
        DnsClient client; // a fresh client and check: nothing cached between rounds
        RecordCheck check(&client, records, options);
        int ok = 0;
        QObject::connect(&check, &RecordCheck::finished, &app, &QCoreApplication::quit);
        QElapsedTimer wall;
        const double cpuStart = cpuSeconds(RUSAGE_SELF);
        wall.start();
        check.start();
        app.exec();
        const qint64 wallMs = wall.elapsed();
        const double cpu = cpuSeconds(RUSAGE_SELF) - cpuStart;
        if (check.result()) {
            for (const RecordStatus &status : check.result().value()) {
                ok += status.isOk() ? 1 : 0;
            }
        }
        allOk = allOk && ok == records.size();
        bestMs = bestMs < 0 ? wallMs : std::min(bestMs, wallMs);
        out << "round " << round + 1 << ": " << records.size() << " records checked (" << ok << " OK) in " << wallMs
            << " ms wall, " << qRound(cpu * 1000) << " ms CPU in the checker" << Qt::endl;
    }

    if (withDig) {
        // One dig per record at the authoritative server, as a script would: the process cost
        // is the point of the comparison, so the resolver question is not even asked.
        const QString dig = LabProcess::findProgram(QStringLiteral("dig"));
        if (dig.isEmpty()) {
            out << "dig not installed (bind9-dnsutils): no comparison" << Qt::endl;
            return allOk ? 0 : 1;
        }
        QElapsedTimer wall;
        const double childStart = cpuSeconds(RUSAGE_CHILDREN);
        wall.start();
        int answered = 0;
        for (const RequiredRecord &record : std::as_const(records)) {
            QProcess process;
            process.start(dig,
                          {QStringLiteral("@127.0.0.1"),
                           QStringLiteral("-p"),
                           QString::number(lab.bindPort()),
                           QStringLiteral("+norecurse"),
                           QStringLiteral("+short"),
                           record.owner.ace(),
                           QStringLiteral("CNAME")});
            process.waitForFinished(10000);
            answered += process.readAllStandardOutput().trimmed() == record.target.fqdn().toUtf8() ? 1 : 0;
        }
        const qint64 digMs = wall.elapsed();
        out << "dig, once per record: " << records.size() << " records (" << answered << " answered as expected) in "
            << digMs << " ms wall, " << qRound((cpuSeconds(RUSAGE_CHILDREN) - childStart) * 1000)
            << " ms CPU in dig processes" << Qt::endl;
        if (bestMs > 0) {
            out << "ratio: dig takes " << QString::number(double(digMs) / double(bestMs), 'f', 1)
                << "x the check's best round" << Qt::endl;
        }
    }
    return allOk ? 0 : 1;
}
