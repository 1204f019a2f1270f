#pragma once

#include "core/Result.h"
#include "core/dns/DnsAnswer.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsName.h"

#include <QObject>
#include <QPointer>

#include <optional>

// One lookup as a job object (see DnsClient::lookup for what the result means).
// start() never emits synchronously; `finished` fires exactly once, after which result() is
// valid. The creator owns the job; deleting it before it finishes cancels the lookup.
class DnsQuery final : public QObject
{
    Q_OBJECT

public:
    DnsQuery(DnsClient *client, DnsServer server, DnsName name, DnsRecordType type, QObject *parent = nullptr);
    ~DnsQuery() override;
    Q_DISABLE_COPY_MOVE(DnsQuery)

    // Before start(); defaults to the client's options.
    void setOptions(const DnsClient::Options &options) { m_options = options; }

    void start();

    DnsServer server() const { return m_server; }

    DnsName name() const { return m_name; }

    DnsRecordType type() const { return m_type; }

    bool isFinished() const { return m_result.has_value(); }

    // Valid after `finished`.
    const Result<DnsAnswer> &result() const { return *m_result; }

    bool failed() const { return !m_result->ok(); }

    const Problem &problem() const { return m_result->problem(); }

    const DnsAnswer &answer() const { return m_result->value(); }

Q_SIGNALS:
    void finished(DnsQuery *query);

private:
    QPointer<DnsClient> m_client;
    DnsServer m_server;
    DnsName m_name;
    DnsRecordType m_type;
    DnsClient::Options m_options;
    DnsClient::Handle m_handle = 0;
    bool m_started = false;
    std::optional<Result<DnsAnswer>> m_result;
};
