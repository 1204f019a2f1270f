#include "DnsQuery.h"

#include <QCoreApplication>

DnsQuery::DnsQuery(DnsClient *client, DnsServer server, DnsName name, DnsRecordType type, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_server(std::move(server))
    , m_name(std::move(name))
    , m_type(type)
    , m_options(client ? client->defaultOptions() : DnsClient::Options())
{
}

DnsQuery::~DnsQuery()
{
    if (m_client && m_handle != 0 && !isFinished()) {
        m_client->cancel(m_handle);
    }
}

void DnsQuery::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    const auto complete = [this](const Result<DnsAnswer> &result) {
        m_result.emplace(result);
        Q_EMIT finished(this);
    };
    if (!m_client) {
        const Problem problem =
            Problem::make(Problem::Category::Internal,
                          QStringLiteral("dns.no-client"),
                          QCoreApplication::translate("DnsQuery", "The DNS lookup was started without a DNS client."));
        QMetaObject::invokeMethod(
            this,
            [complete, problem] {
                complete(problem);
            },
            Qt::QueuedConnection);
        return;
    }
    // The client calls back from its event loop, never from inside lookup().
    m_handle = m_client->lookup(m_server, m_name.ace(), m_type, m_options, this, complete);
}
