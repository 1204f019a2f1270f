#include "SecretJob.h"

#include "SecretStore.h"

SecretJob::SecretJob(SecretStore *store, Operation operation, SecretRef ref, QByteArray data)
    : m_store(store)
    , m_operation(operation)
    , m_ref(std::move(ref))
    , m_data(std::move(data))
{
}

SecretJob::~SecretJob()
{
    // Do not leave a copy of the secret in freed memory.
    m_data.fill('\0');
}

void SecretJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    SecretStore *store = m_store;
    QMetaObject::invokeMethod(
        store,
        [store, this] {
            store->run(this);
        },
        Qt::QueuedConnection);
}

void SecretJob::complete(bool failed, const Problem &problem, const QByteArray &data)
{
    m_failed = failed;
    m_problem = problem;
    m_data.fill('\0');
    m_data = data;
    Q_EMIT finished(this);
    deleteLater();
}
