#include "ResolverCheck.h"

#include "core/dns/DnsClient.h"

#include <QCoreApplication>

ResolverCheck::ResolverCheck(QList<DnsServer> resolvers, DnsName zone, QObject *parent)
    : QObject(parent)
    , m_resolvers(std::move(resolvers))
    , m_zone(std::move(zone))
    , m_client(new DnsClient(this))
{
}

ResolverCheck::~ResolverCheck() = default;

void ResolverCheck::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    QMetaObject::invokeMethod(this, &ResolverCheck::run, Qt::QueuedConnection);
}

void ResolverCheck::run()
{
    m_timer.start();
    for (const DnsServer &server : std::as_const(m_resolvers)) {
        m_outcomes << Outcome{server, std::nullopt, 0};
    }
    m_pending = m_outcomes.size();
    if (m_pending == 0) {
        Q_EMIT finished(this);
        deleteLater();
        return;
    }
    // A resolver that takes longer than a few seconds for a SOA is no use to record checks
    // either; do not keep the administrator waiting on the full default retry budget.
    DnsClient::Options options = m_client->defaultOptions();
    options.timeout = std::chrono::milliseconds(2000);
    options.attempts = 2;
    options.recursionDesired = true;
    for (qsizetype i = 0; i < m_outcomes.size(); ++i) {
        m_client->lookup(m_outcomes.at(i).server,
                         m_zone.ace(),
                         DnsRecordType::SOA,
                         options,
                         this,
                         [this, i](const Result<DnsAnswer> &answer) {
                             if (!answer) {
                                 settle(i, answer.problem());
                             } else if (answer->records(DnsRecordType::SOA).isEmpty()) {
                                 settle(
                                     i,
                                     Problem::make(Problem::Category::Dns,
                                                   QStringLiteral("dns.resolver.no-soa"),
                                                   tr("The resolver answered without the zone's SOA record."),
                                                   tr("%1 does not seem to see the zone %2.")
                                                       .arg(m_outcomes.at(i).server.toString(),
                                                            m_zone.isNull() ? QStringLiteral(".") : m_zone.display()),
                                                   tr("Check that it is a recursive resolver that can reach "
                                                      "the public DNS.")));
                             } else {
                                 settle(i, std::nullopt);
                             }
                         });
    }
}

void ResolverCheck::settle(qsizetype index, std::optional<Problem> problem)
{
    Outcome &outcome = m_outcomes[index];
    outcome.problem = std::move(problem);
    outcome.milliseconds = m_timer.elapsed();
    if (--m_pending == 0) {
        Q_EMIT finished(this);
        deleteLater();
    }
}
