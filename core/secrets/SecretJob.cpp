#include "SecretJob.h"

#include "SecretStore.h"

SecretJob::SecretJob(SecretStore *store, Operation operation, SecretRef ref, QByteArray data)
    : m_store(store)
    , m_operation(operation)
    , m_ref(std::move(ref))
    , m_data(std::move(data))
{
    // The job lives where the keychain calls run. Left in a worker thread, a job whose worker
    // stopped before the keychain answered would wait forever for a thread that no longer runs
    // its events (and keep that thread's data alive with it).
    moveToThread(store->thread());
    const QMutexLocker locker(&store->m_jobsMutex);
    store->m_jobs.insert(this);
}

SecretJob::~SecretJob()
{
    // Do not leave a copy of the secret in freed memory.
    m_data.fill('\0');
    const QMutexLocker locker(&m_store->m_jobsMutex);
    m_store->m_jobs.remove(this);
}

void SecretJob::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    SecretStore *store = m_store;
    ++store->m_pending;
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
    Q_EMIT completed(m_failed, m_problem, m_data);
    --m_store->m_pending;
    deleteLater();
}
