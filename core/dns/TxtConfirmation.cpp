#include "TxtConfirmation.h"

#include "core/dns/ZoneDiscovery.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConfirm, "certdesk.core.dns.confirm")

using namespace std::chrono_literals;

TxtConfirmation::TxtConfirmation(DnsClient *client, DnsName name, QString value, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_name(std::move(name))
    , m_value(std::move(value))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TxtConfirmation::round);
}

TxtConfirmation::~TxtConfirmation()
{
    if (m_client) {
        for (const DnsClient::Handle handle : std::as_const(m_pending)) {
            m_client->cancel(handle);
        }
    }
}

void TxtConfirmation::setResolver(const DnsServer &resolver, quint16 authoritativePort)
{
    m_resolver = resolver;
    m_authoritativePort = authoritativePort;
}

void TxtConfirmation::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_elapsed.start();
    if (!m_client || (m_servers.isEmpty() && !m_resolver)) {
        const Problem problem = Problem::make(
            Problem::Category::Configuration,
            QStringLiteral("dns.confirm.no-resolver"),
            tr("CertDesk cannot see whether the record was published."),
            tr("No recursive resolver is configured to find the authoritative servers of %1.").arg(m_name.display()),
            tr("Set the resolvers in the DNS settings (certdesk dns set --resolver ADDRESS)."));
        QMetaObject::invokeMethod(
            this,
            [this, problem] {
                complete(problem);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_servers.isEmpty()) {
        QMetaObject::invokeMethod(this, &TxtConfirmation::discovered, Qt::QueuedConnection);
        return;
    }
    m_discovery = new ZoneDiscovery(m_client, *m_resolver, m_name, this);
    m_discovery->setAuthoritativePort(m_authoritativePort);
    m_discovery->setCache(m_cache);
    connect(m_discovery, &ZoneDiscovery::finished, this, [this] {
        m_discovery->deleteLater();
        if (m_discovery->failed()) {
            complete(m_discovery->problem());
            return;
        }
        m_servers = m_discovery->authority().servers();
        discovered();
    });
    m_discovery->start();
}

void TxtConfirmation::discovered()
{
    m_waitingFor = m_servers;
    round();
}

void TxtConfirmation::round()
{
    if (m_result) {
        return;
    }
    ++m_rounds;
    DnsClient::Options options = m_client->defaultOptions();
    options.recursionDesired = false;
    options.attempts = 2;
    const QList<DnsServer> asking = m_waitingFor;
    m_outstanding = int(asking.size());
    for (const DnsServer &server : asking) {
        m_pending << m_client->lookup(
            server, m_name.ace(), DnsRecordType::TXT, options, this, [this, server](const Result<DnsAnswer> &answer) {
                answered(server, answer);
            });
    }
}

void TxtConfirmation::answered(const DnsServer &server, const Result<DnsAnswer> &answer)
{
    bool seen = false;
    if (answer) {
        QStringList values;
        for (const DnsRecord &record : answer->records(DnsRecordType::TXT)) {
            if (record.name == m_name.ace()) {
                values << record.data;
                seen = seen || record.data == m_value;
            }
        }
        m_lastAnswer.insert(server.toString(),
                            values.isEmpty() ? tr("no TXT record")
                                             : tr("other values: %1").arg(values.join(QStringLiteral(", "))));
    } else {
        m_lastAnswer.insert(server.toString(), answer.problem().title);
    }
    if (seen) {
        m_waitingFor.removeAll(server);
    }
    if (--m_outstanding > 0) {
        return;
    }
    m_pending.clear();
    if (m_waitingFor.isEmpty()) {
        qCDebug(lcConfirm) << m_name.ace() << "visible at" << m_servers.size() << "server(s) after" << m_rounds
                           << "round(s)," << m_elapsed.elapsed() << "ms";
        complete({});
        return;
    }
    const qint64 left = m_timeout.count() - m_elapsed.elapsed();
    if (left <= 0) {
        QStringList evidence;
        for (const DnsServer &waiting : std::as_const(m_waitingFor)) {
            evidence << tr("%1: %2").arg(waiting.toString(), m_lastAnswer.value(waiting.toString()));
        }
        complete(Problem::make(Problem::Category::Timeout,
                               QStringLiteral("dns.confirm.not-visible"),
                               tr("The TXT record did not appear at the zone's name servers in time."),
                               tr("%1 was written, but after %n second(s) these servers still do not serve it: %2.",
                                  nullptr,
                                  int(m_elapsed.elapsed() / 1000))
                                   .arg(m_name.display(), evidence.join(QStringLiteral("; "))),
                               tr("Check that the DNS provider manages the zone these servers answer for, and "
                                  "raise the confirmation timeout if the provider publishes slowly.")));
        return;
    }
    m_timer.start(std::min<qint64>(m_delay.count(), left));
    m_delay = std::min<std::chrono::milliseconds>(m_delay * 2, 4s);
}

void TxtConfirmation::complete(const Result<void> &result)
{
    if (m_result) {
        return;
    }
    m_timer.stop();
    m_result.emplace(result);
    Q_EMIT finished(this);
}
