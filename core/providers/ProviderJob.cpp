#include "ProviderJob.h"

#include "core/providers/DnsProvider.h"

ProviderJob::ProviderJob(DnsProvider *provider, Operation operation, DnsName fqdn, QString value, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_operation(operation)
    , m_fqdn(std::move(fqdn))
    , m_value(std::move(value))
{
}

ProviderJob::~ProviderJob() = default;

void ProviderJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (!m_provider) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                complete(Problem::make(Problem::Category::Internal,
                                       QStringLiteral("provider.gone"),
                                       tr("The DNS provider is no longer available.")));
            },
            Qt::QueuedConnection);
        return;
    }
    const QPointer<ProviderJob> self(this);
    const auto done = [self](Result<void> result) {
        if (self) {
            self->complete(result ? Result<QString>(QString()) : Result<QString>(result.problem()));
        }
    };
    switch (m_operation) {
    case Operation::Present:
        m_provider->present(m_fqdn, m_value, done);
        break;
    case Operation::Cleanup:
        m_provider->cleanup(m_fqdn, m_value, done);
        break;
    case Operation::Test:
        m_provider->testConnection([self](Result<QString> result) {
            if (self) {
                self->complete(result);
            }
        });
        break;
    }
}

void ProviderJob::complete(const Result<QString> &result)
{
    if (m_result) {
        return;
    }
    m_result.emplace(result);
    Q_EMIT finished(this);
}
