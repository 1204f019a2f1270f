#pragma once

#include "core/Result.h"
#include "core/dns/DnsName.h"

#include <QObject>
#include <QPointer>

#include <optional>

class DnsProvider;

// One provider operation as a job object, for callers that prefer signals (the UI, the
// command line): start() never emits synchronously; `finished` fires exactly once, after
// which result() is valid (for Test, the sentence saying what was proven). The creator owns
// the job; the provider must outlive it.
class ProviderJob final : public QObject
{
    Q_OBJECT

public:
    enum class Operation {
        Present,
        Cleanup,
        Test,
    };

    ProviderJob(
        DnsProvider *provider, Operation operation, DnsName fqdn = {}, QString value = {}, QObject *parent = nullptr);
    ~ProviderJob() override;
    Q_DISABLE_COPY_MOVE(ProviderJob)

    void start();

    Operation operation() const { return m_operation; }

    bool isFinished() const { return m_result.has_value(); }

    const Result<QString> &result() const { return *m_result; }

    bool failed() const { return !m_result->ok(); }

    const Problem &problem() const { return m_result->problem(); }

Q_SIGNALS:
    void finished(ProviderJob *job);

private:
    void complete(const Result<QString> &result);

    QPointer<DnsProvider> m_provider;
    Operation m_operation;
    DnsName m_fqdn;
    QString m_value;
    bool m_started = false;
    std::optional<Result<QString>> m_result;
};
