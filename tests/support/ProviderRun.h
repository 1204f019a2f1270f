#pragma once

#include "core/dns/DnsClient.h"
#include "core/dns/DnsQuery.h"
#include "core/providers/DnsProvider.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <optional>

// Drives a DnsProvider from a test: runs one operation to its single answer on this thread's
// event loop, and checks that the answer never came synchronously or twice.
namespace ProviderRun {

template <typename T>
struct Outcome
{
    std::optional<Result<T>> result;
    int answers = 0;
    bool synchronous = false;
};

template <typename T, typename Start>
Result<T> wait(Start start, int timeoutMs = 30000)
{
    auto outcome = std::make_shared<Outcome<T>>();
    auto returned = std::make_shared<bool>(false);
    start([outcome, returned](Result<T> result) {
        outcome->synchronous = outcome->synchronous || !*returned;
        ++outcome->answers;
        outcome->result.emplace(std::move(result));
    });
    *returned = true;
    QDeadlineTimer deadline(timeoutMs);
    while (!outcome->result && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    QCoreApplication::processEvents(); // a second answer would arrive now
    if (!outcome->result) {
        return Problem::make(Problem::Category::Timeout, QStringLiteral("test.no-answer"), QStringLiteral("no answer"));
    }
    if (outcome->synchronous || outcome->answers != 1) {
        return Problem::make(Problem::Category::Internal,
                             QStringLiteral("test.contract"),
                             QStringLiteral("answered synchronously or more than once (%1)").arg(outcome->answers));
    }
    return *outcome->result;
}

inline Result<void> present(DnsProvider &provider, const QString &fqdn, const QString &value, int timeoutMs = 30000)
{
    return wait<void>(
        [&](DnsProvider::Done done) {
            provider.present(DnsName::parse(fqdn).value(), value, std::move(done));
        },
        timeoutMs);
}

inline Result<void> cleanup(DnsProvider &provider, const QString &fqdn, const QString &value)
{
    return wait<void>([&](DnsProvider::Done done) {
        provider.cleanup(DnsName::parse(fqdn).value(), value, std::move(done));
    });
}

inline Result<QString> test(DnsProvider &provider)
{
    return wait<QString>([&](DnsProvider::Tested done) {
        provider.testConnection(std::move(done));
    });
}

// The TXT values at `name`, asked of `server` without recursion; {"<code>"} for a failure
// other than "no such name".
inline QStringList txtAt(const DnsServer &server, const QString &name)
{
    DnsClient client;
    DnsClient::Options options;
    options.recursionDesired = false;
    client.setDefaultOptions(options);
    DnsQuery *query = client.query(server, DnsName::parse(name).value(), DnsRecordType::TXT);
    QSignalSpy spy(query, &DnsQuery::finished);
    query->start();
    QStringList values;
    if (!spy.wait(5000)) {
        values << QStringLiteral("<no answer>");
    } else if (query->failed()) {
        if (query->problem().code != QLatin1String("dns.nxdomain")) {
            values << QLatin1Char('<') + query->problem().code + QLatin1Char('>');
        }
    } else {
        for (const DnsRecord &record : query->answer().records(DnsRecordType::TXT)) {
            values << record.data;
        }
    }
    delete query;
    values.sort();
    return values;
}

// A fresh dns-01 style value: 43 base64url characters.
inline QString challengeValue()
{
    QByteArray random(32, Qt::Uninitialized);
    for (char &c : random) {
        c = char(QRandomGenerator::global()->bounded(256));
    }
    return QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace ProviderRun
